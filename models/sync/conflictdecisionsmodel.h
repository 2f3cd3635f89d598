#pragma once

#include "core/sync/conflictdecisions.h"
#include "core/sync/syncplan.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QUndoCommand>

#include <optional>

namespace crmbridge {

class Workspace;

/// The conflict decisions of the profile whose plan the Syncs page shows: read from the
/// workspace when the profile changes, written through at once by apply() (one transaction per
/// step), announced by changed(). Undo steps are ConflictDecisionCommand.
class ConflictDecisionBook : public QObject
{
    Q_OBJECT

public:
    explicit ConflictDecisionBook(Workspace &workspace, QObject *parent = nullptr);

    /// Reads the decisions of this profile (0: none).
    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }
    const sync::ConflictDecisions &decisions() const { return m_decisions; }

    /// Stores `put` and removes the `drop` fields (match key, field) of `profileId`; the cache
    /// follows when it is the profile shown. Errors are reported by failed() as well.
    Status apply(qint64 profileId, const QList<sync::ConflictDecision> &put, const QList<QPair<QString, QString>> &drop);

signals:
    void changed();
    void failed(const QString &message);

private:
    Workspace &m_workspace;
    qint64 m_profileId = 0;
    sync::ConflictDecisions m_decisions;
};

/// One step of Edit ▸ Undo: some fields of some records decided (or undecided). Undo puts back
/// what each field had before — its earlier decision, or none.
class ConflictDecisionCommand : public QUndoCommand
{
public:
    /// `after`: per (match key, field), the new decision or nullopt to remove it.
    ConflictDecisionCommand(ConflictDecisionBook &book,
                            const QList<QPair<QPair<QString, QString>, std::optional<sync::ConflictDecision>>> &after,
                            const QString &text);
    void redo() override;
    void undo() override;

private:
    using Change = QPair<QPair<QString, QString>, std::optional<sync::ConflictDecision>>;
    void put(const QList<Change> &changes);

    ConflictDecisionBook &m_book;
    qint64 m_profileId;
    QList<Change> m_before;
    QList<Change> m_after;
};

/// The differing fields of one conflict: the target's value, the source's (mapped) value and
/// the decision on each (source, target, stale, not decided). DecisionRole gives the
/// ConflictDecisions::State.
class ConflictFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TargetColumn, SourceColumn, DecisionColumn, ColumnCount };
    enum Role { DecisionRole = Qt::UserRole + 90, WinnerRole };

    explicit ConflictFieldsModel(QObject *parent = nullptr);
    /// Where the decisions come from (none: every field shows as not decided).
    void setBook(const ConflictDecisionBook *book);
    /// Shows the changes of a conflict item (nullptr or another action: none).
    void setItem(const sync::PlanItem *item);
    const sync::PlanItem *item() const { return m_item ? &*m_item : nullptr; }
    /// Decisions changed: repaint the decision column.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const sync::ConflictDecisions &decisions() const;

    const ConflictDecisionBook *m_book = nullptr;
    std::optional<sync::PlanItem> m_item;
};

} // namespace crmbridge
