#pragma once

#include "core/common/result.h"
#include "core/sync/runstore.h"
#include "core/sync/syncprofile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QUndoStack;

namespace crmbridge {

/// The records a run could not write (their write failed, or the plan found them invalid), as an
/// editable table: the problem and what to do, then one column per source field (nested fields as
/// dotted paths). Every edit is an undo command on the given stack. retryProfile() and
/// writeRecords() turn the edited records into a run of just those rows.
class FailedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceKeyColumn, ActionColumn, ProblemColumn, FixedColumns };
    enum Role { EditedRole = Qt::UserRole + 100 };

    FailedRowsModel(QUndoStack *undoStack, QObject *parent = nullptr);

    /// Keeps the items of the run that failed or were invalid (journal: seq → entry).
    void setRun(qint64 runId, const QList<sync::PlanItem> &items, const QHash<int, sync::JournalEntry> &journal);
    qint64 runId() const { return m_runId; }
    QStringList fields() const { return m_fields; }
    bool isEdited() const;
    /// The source record of a row with the edits applied.
    QJsonObject record(int row) const;
    int columnOf(const QString &field) const;

    /// Writes the edited source records as a JSON array (the retry's source file).
    Status writeRecords(const QString &path) const;
    /// The profile a retry with edited rows runs: `profile` reading `file`, with no incremental
    /// cursor (a retry must not move it) and mirror as upsert (a partial source must never
    /// archive the rest of the target).
    static sync::SyncProfile retryProfile(sync::SyncProfile profile, const QString &file);

    /// Sets a field of a row without an undo command (the command's redo and undo call this).
    void setValue(int row, const QString &field, const QJsonValue &value);
    QJsonValue value(int row, const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        sync::PlanItem item;
        QString problem;
        QString hint;
        QJsonObject original;
        QJsonObject edited;
    };

    QUndoStack *m_undoStack;
    qint64 m_runId = 0;
    QList<Row> m_rows;
    QStringList m_fields;
};

} // namespace crmbridge
