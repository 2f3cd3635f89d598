#pragma once

#include "core/workspace/workspace.h"

#include <QAbstractTableModel>

namespace crmbridge {

/// The newest runs of a workspace: number, what ran, status, start and duration.
class RecentRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TitleColumn, StatusColumn, StartedColumn, DurationColumn, ColumnCount };

    explicit RecentRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<RunSummary> &runs);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1 h 02 min", "42 s", or "running" when the run has not finished.
    static QString formatDuration(const QDateTime &start, const QDateTime &end);
    static QString statusLabel(const QString &status);

private:
    QList<RunSummary> m_runs;
};

} // namespace crmbridge
