#include "models/sync/synclabels.h"

#include <QFileInfo>

namespace crmbridge {

using namespace sync;

QString SyncLabels::action(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return tr("Create");
    case PlanAction::Update:
        return tr("Update");
    case PlanAction::Unchanged:
        return tr("Unchanged");
    case PlanAction::Skip:
        return tr("Skip");
    case PlanAction::Invalid:
        return tr("Invalid");
    case PlanAction::Conflict:
        return tr("Conflict");
    case PlanAction::Archive:
        return tr("Archive");
    }
    return {};
}

QString SyncLabels::status(RunStatus status)
{
    switch (status) {
    case RunStatus::Planned:
        return tr("Planned");
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::Failed:
        return tr("Some records failed");
    case RunStatus::Interrupted:
        return tr("Interrupted");
    case RunStatus::Error:
        return tr("Error");
    }
    return {};
}

QString SyncLabels::mode(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Insert:
        return tr("Insert");
    case SyncMode::Update:
        return tr("Update");
    case SyncMode::Upsert:
        return tr("Upsert");
    case SyncMode::Mirror:
        return tr("Mirror");
    }
    return {};
}

QString SyncLabels::policy(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::SourceWins:
        return tr("Source wins");
    case ConflictPolicy::TargetWins:
        return tr("Target wins");
    case ConflictPolicy::NewerWins:
        return tr("Newer wins");
    case ConflictPolicy::Ask:
        return tr("Ask (mark as conflict)");
    }
    return {};
}

QString SyncLabels::phase(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Starting:
        return tr("Starting");
    case SyncPhase::ReadingSource:
        return tr("Reading the source");
    case SyncPhase::ReadingTarget:
        return tr("Reading the target");
    case SyncPhase::Planning:
        return tr("Planning");
    case SyncPhase::Writing:
        return tr("Writing");
    case SyncPhase::Verifying:
        return tr("Verifying uncertain writes");
    case SyncPhase::Finished:
        return tr("Finished");
    }
    return {};
}

QString SyncLabels::createStyle(CreateStyle style)
{
    switch (style) {
    case CreateStyle::Create:
        return tr("Create (POST with an idempotency key)");
    case CreateStyle::UpdateByKey:
        return tr("Update by key (PUT at the match key)");
    }
    return {};
}

QString SyncLabels::source(const SyncSource &source)
{
    if (source.isFile())
        return QFileInfo(source.file).fileName();
    return tr("%1 / %2").arg(source.endpoint, source.entity);
}

QString SyncLabels::target(const SyncTarget &target)
{
    return tr("%1 / %2").arg(target.endpoint, target.entity);
}

QColor SyncLabels::actionBackground(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return QColor(0xe3, 0xf4, 0xe3);
    case PlanAction::Update:
        return QColor(0xe3, 0xed, 0xfa);
    case PlanAction::Invalid:
        return QColor(0xfb, 0xe0, 0xe0);
    case PlanAction::Conflict:
        return QColor(0xfd, 0xef, 0xd4);
    case PlanAction::Archive:
        return QColor(0xee, 0xe4, 0xf5);
    case PlanAction::Unchanged:
    case PlanAction::Skip:
        break;
    }
    return {};
}

QColor SyncLabels::statusForeground(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return QColor(0x1d, 0x7a, 0x1d);
    case RunStatus::Failed:
    case RunStatus::Error:
        return QColor(0xb0, 0x20, 0x20);
    case RunStatus::Interrupted:
        return QColor(0xa0, 0x60, 0x00);
    case RunStatus::Planned:
    case RunStatus::Running:
        break;
    }
    return {};
}

QString SyncLabels::duration(qint64 seconds)
{
    if (seconds < 0)
        return tr("—");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace crmbridge
