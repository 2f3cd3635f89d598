#pragma once

#include "core/common/result.h"
#include "core/sync/runstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace crmbridge {

class Workspace;

/// The run history of the workspace (RunStore::list, kind sync and plan): profile, kind, start,
/// duration, counts, status, newest first. A retry names the run it retried.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ProfileColumn, KindColumn, StartedColumn, DurationColumn, CreatedColumn, UpdatedColumn,
                  FailedColumn, StatusColumn, ColumnCount };

    explicit RunHistoryModel(Workspace &workspace, QObject *parent = nullptr);

    /// Re-reads the newest `limit` runs.
    Status reload(int limit = 500);
    const sync::RunRecord *run(int row) const;
    int rowOfRun(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Records a run wrote (done) or failed to write, for one action key ("create") or all.
    static qint64 doneCount(const sync::RunRecord &run, const QString &action);
    static qint64 failedCount(const sync::RunRecord &run);

private:
    Workspace &m_workspace;
    QList<sync::RunRecord> m_runs;
};

} // namespace crmbridge
