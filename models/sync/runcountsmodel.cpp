#include "models/sync/runcountsmodel.h"

#include "models/common/modelroles.h"
#include "models/sync/synclabels.h"

#include <QFont>
#include <QLocale>

namespace crmbridge {

using namespace sync;

RunCountsModel::RunCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PlanAction RunCountsModel::actionOf(int row)
{
    switch (row) {
    case 0:
        return PlanAction::Create;
    case 1:
        return PlanAction::Update;
    default:
        return PlanAction::Archive;
    }
}

void RunCountsModel::setProgress(const SyncProgress &progress)
{
    set(progress.planned, progress.done, progress.failed);
}

void RunCountsModel::setOutcome(const SyncOutcome &outcome)
{
    set(outcome.planned, outcome.done, outcome.failed);
}

void RunCountsModel::clear()
{
    set({}, {}, {});
}

void RunCountsModel::set(const PlanCounts &planned, const std::array<qint64, PlanActionCount> &done,
                         const std::array<qint64, PlanActionCount> &failed)
{
    m_planned = planned;
    m_done = done;
    m_failed = failed;
    emit dataChanged(index(0, 0), index(TotalRow, ColumnCount - 1));
}

qint64 RunCountsModel::planned(int row) const
{
    if (row == TotalRow)
        return m_planned.writes();
    return m_planned[actionOf(row)];
}

qint64 RunCountsModel::done(int row) const
{
    if (row == TotalRow)
        return done(0) + done(1) + done(2);
    return m_done[std::size_t(actionOf(row))];
}

qint64 RunCountsModel::failed(int row) const
{
    if (row == TotalRow)
        return failed(0) + failed(1) + failed(2);
    return m_failed[std::size_t(actionOf(row))];
}

int RunCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TotalRow + 1;
}

int RunCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 total = planned(row);
    const qint64 finished = done(row) + failed(row);
    const int percent = total > 0 ? int(qMin<qint64>(100, finished * 100 / total)) : 0;
    if (role == ProgressRole)
        return percent;
    if (role == RawValueRole) {
        switch (index.column()) {
        case ActionColumn:
            return row;
        case PlannedColumn:
            return total;
        case DoneColumn:
            return done(row);
        case FailedColumn:
            return failed(row);
        case ProgressColumn:
            return percent;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ActionColumn:
            return row == TotalRow ? tr("All writes") : SyncLabels::action(actionOf(row));
        case PlannedColumn:
            return QLocale().toString(total);
        case DoneColumn:
            return QLocale().toString(done(row));
        case FailedColumn:
            return QLocale().toString(failed(row));
        case ProgressColumn:
            return total > 0 ? tr("%1 of %2").arg(QLocale().toString(finished), QLocale().toString(total)) : tr("—");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PlannedColumn && index.column() <= FailedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && row == TotalRow) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == FailedColumn && failed(row) > 0)
        return QColor(0xb0, 0x20, 0x20);
    return {};
}

QVariant RunCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case PlannedColumn:
        return tr("Planned");
    case DoneColumn:
        return tr("Written");
    case FailedColumn:
        return tr("Failed");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}

} // namespace crmbridge
