#pragma once

#include "core/sync/runstore.h"
#include "core/sync/syncplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QSortFilterProxyModel>

#include <array>

class QThread;

namespace crmbridge::sync {
/// For QSet<PlanAction> (Qt 6.4 has no generic qHash for enums).
inline size_t qHash(PlanAction action, size_t seed = 0) noexcept
{
    return ::qHash(int(action), seed);
}
} // namespace crmbridge::sync

namespace crmbridge {

class Workspace;

/// The items of a plan (or of a run's plan, with each write's journal outcome): one row per
/// record with its action, keys, target id and what changes or why it is invalid. ActionRole
/// gives the PlanAction for PlanActionFilter.
class PlanItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, SourceKeyColumn, MatchKeyColumn, ActionColumn, TargetIdColumn, OutcomeColumn, DetailsColumn,
                  ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 80 };

    explicit PlanItemsModel(QObject *parent = nullptr);

    /// Shows these items; `journal` (seq → entry) adds each write's outcome (empty for a plan).
    void setItems(QList<sync::PlanItem> items, QHash<int, sync::JournalEntry> journal = {});
    void clear();
    const QList<sync::PlanItem> &items() const { return m_items; }
    const sync::PlanItem *item(int row) const;
    const sync::JournalEntry *journalEntry(int row) const;
    /// Items per action.
    const std::array<qint64, sync::PlanActionCount> &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::PlanItem> m_items;
    QHash<int, sync::JournalEntry> m_journal;
    std::array<qint64, sync::PlanActionCount> m_counts{};
};

/// Keeps the plan items whose action is one of the chosen ones (none chosen: all).
class PlanActionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanActionFilter(QObject *parent = nullptr);
    void setActions(const QSet<sync::PlanAction> &actions);
    QSet<sync::PlanAction> actions() const { return m_actions; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<sync::PlanAction> m_actions;
};

/// The field-level diff of one plan item: each changed field with its value before and after
/// (before red, after green), then each reason the record is invalid or in conflict.
class FieldChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit FieldChangesModel(QObject *parent = nullptr);
    void setItem(const sync::PlanItem *item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A JSON value as the diff shows it: text plain, null as "(empty)", objects compact.
    static QString valueText(const QJsonValue &value);

private:
    sync::PlanAction m_action = sync::PlanAction::Skip;
    QList<sync::FieldChange> m_changes;
    QList<sync::PlanReason> m_reasons;
    QJsonObject m_payload; ///< a create shows every field it sends
};

/// What RunItemsLoader read for one run.
struct RunItems
{
    quint64 generation = 0;
    qint64 runId = 0;
    QList<sync::PlanItem> items;
    QHash<int, sync::JournalEntry> journal;
    /// With the journal: records written (x = seconds since the first outcome, y = per second)
    /// and failures per second, from the journal's outcome times — the chart of a past run.
    QList<QPointF> writtenPerSecond;
    QList<QPointF> failedPerSecond;
    QString error; ///< translated; empty when it worked
};

/// Reads a run's plan items and journal on its own thread (a plan of 100,000 records is not read
/// on the GUI thread). Answers with a queued loaded() carrying the generation of the request;
/// answers to superseded requests are dropped.
class RunItemsLoader : public QObject
{
    Q_OBJECT

public:
    explicit RunItemsLoader(Workspace &workspace, QObject *parent = nullptr);
    ~RunItemsLoader() override;

    quint64 load(qint64 runId, bool withJournal);
    /// Reads only a run's chart (RunItems::writtenPerSecond and failedPerSecond): no items, no
    /// journal. A run of 100,000 records would otherwise carry all of them to the GUI thread
    /// only to be freed there — a 300 ms stall after every large run (bench/syncstall).
    quint64 loadThroughput(qint64 runId);
    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(const crmbridge::RunItems &items);

private:
    enum class What { Items, ItemsAndJournal, Throughput };
    quint64 start(qint64 runId, What what);

    Workspace &m_workspace;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::RunItems)
