#include "models/workspace/recentrunsmodel.h"

#include "models/common/modelroles.h"

#include <QLocale>

namespace crmbridge {

RecentRunsModel::RecentRunsModel(QObject *parent) : QAbstractTableModel(parent) { }

void RecentRunsModel::setRuns(const QList<RunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RecentRunsModel::retranslate()
{
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RecentRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RecentRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecentRunsModel::formatDuration(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return tr("running");
    const qint64 seconds = qMax<qint64>(0, start.secsTo(end));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString RecentRunsModel::statusLabel(const QString &status)
{
    if (status == QStringLiteral("succeeded"))
        return tr("Succeeded");
    if (status == QStringLiteral("failed"))
        return tr("Failed");
    if (status == QStringLiteral("partial"))
        return tr("Some records failed");
    if (status == QStringLiteral("running"))
        return tr("Running");
    if (status == QStringLiteral("interrupted"))
        return tr("Interrupted");
    if (status == QStringLiteral("cancelled"))
        return tr("Cancelled");
    return status;
}

QVariant RecentRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &run = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(run.id);
        case TitleColumn:
            return run.title;
        case StatusColumn:
            return statusLabel(run.status);
        case StartedColumn:
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return formatDuration(run.startedAt, run.finishedAt);
        }
    } else if (role == RawValueRole) {
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case TitleColumn:
            return run.title;
        case StatusColumn:
            return run.status;
        case StartedColumn:
            return run.startedAt;
        case DurationColumn:
            return run.finishedAt.isValid() ? run.startedAt.secsTo(run.finishedAt) : qint64(-1);
        }
    } else if (role == ObjectIdRole) {
        return run.id;
    }
    return {};
}

QVariant RecentRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Run");
    case TitleColumn:
        return tr("What ran");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace crmbridge
