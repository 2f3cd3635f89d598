#include "models/sync/runhistorymodel.h"

#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/sync/synclabels.h"

#include <QLocale>

namespace crmbridge {

using namespace sync;

RunHistoryModel::RunHistoryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

Status RunHistoryModel::reload(int limit)
{
    auto runs = RunStore(m_workspace).list(limit);
    beginResetModel();
    m_runs.clear();
    if (runs) {
        for (const RunRecord &run : runs.value()) {
            if (run.kind == QLatin1String("sync") || run.kind == QLatin1String("plan"))
                m_runs.append(run);
        }
    }
    endResetModel();
    if (!runs)
        return runs.error();
    return {};
}

const RunRecord *RunHistoryModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunHistoryModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return i;
    }
    return -1;
}

qint64 RunHistoryModel::doneCount(const RunRecord &run, const QString &action)
{
    if (run.kind == QLatin1String("plan"))
        return run.summary.value(QStringLiteral("planned")).toObject().value(action).toInteger();
    return run.summary.value(QStringLiteral("done")).toObject().value(action).toInteger();
}

qint64 RunHistoryModel::failedCount(const RunRecord &run)
{
    qint64 n = 0;
    const QJsonObject failed = run.summary.value(QStringLiteral("failed")).toObject();
    for (auto it = failed.constBegin(); it != failed.constEnd(); ++it)
        n += it.value().toInteger();
    const QJsonObject planned = run.summary.value(QStringLiteral("planned")).toObject();
    n += planned.value(QStringLiteral("invalid")).toInteger() + planned.value(QStringLiteral("conflict")).toInteger();
    return n;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    const bool plan = run.kind == QLatin1String("plan");
    const qint64 seconds = run.finishedAt.isValid() ? run.startedAt.secsTo(run.finishedAt) : -1;
    if (role == ObjectIdRole)
        return run.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case IdColumn:
            return run.id;
        case StartedColumn:
            return run.startedAt;
        case DurationColumn:
            return seconds;
        case CreatedColumn:
            return doneCount(run, QStringLiteral("create"));
        case UpdatedColumn:
            return doneCount(run, QStringLiteral("update"));
        case FailedColumn:
            return failedCount(run);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case IdColumn:
            return QString::number(run.id);
        case ProfileColumn:
            return run.title;
        case KindColumn: {
            if (plan)
                return tr("Plan (dry run)");
            const qint64 retryOf = run.summary.value(QStringLiteral("retry_of")).toInteger();
            if (retryOf > 0)
                return tr("Retry of run %1").arg(retryOf);
            if (run.summary.value(QStringLiteral("resumed")).toBool())
                return tr("Run (resumed)");
            return tr("Run");
        }
        case StartedColumn:
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return seconds < 0 ? (run.status == RunStatus::Running ? tr("running") : tr("—"))
                               : SyncLabels::duration(seconds);
        case CreatedColumn:
            return QLocale().toString(doneCount(run, QStringLiteral("create")));
        case UpdatedColumn:
            return QLocale().toString(doneCount(run, QStringLiteral("update")));
        case FailedColumn:
            return QLocale().toString(failedCount(run));
        case StatusColumn:
            return SyncLabels::status(run.status);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const QColor color = SyncLabels::statusForeground(run.status);
        if (color.isValid())
            return color;
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        const QString error = run.summary.value(QStringLiteral("error")).toString();
        if (!error.isEmpty())
            return error;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CreatedColumn && index.column() <= FailedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Run");
    case ProfileColumn:
        return tr("Profile");
    case KindColumn:
        return tr("Kind");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case FailedColumn:
        return tr("Failed / invalid");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace crmbridge
