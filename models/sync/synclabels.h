#pragma once

#include "core/sync/runstore.h"
#include "core/sync/syncplan.h"
#include "core/sync/syncprofile.h"
#include "core/sync/syncrunner.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace crmbridge {

/// Translated names of the sync engine's enums for the Syncs page (the engine's toString gives
/// the stable, untranslated keys the CLI and the JSON use), and the colour each action is shown in.
class SyncLabels
{
    Q_DECLARE_TR_FUNCTIONS(SyncLabels)

public:
    static QString action(sync::PlanAction action);
    static QString status(sync::RunStatus status);
    static QString mode(sync::SyncMode mode);
    static QString policy(sync::ConflictPolicy policy);
    static QString phase(sync::SyncPhase phase);
    static QString createStyle(sync::CreateStyle style);
    /// "Demo CRM / contacts" or the file name.
    static QString source(const sync::SyncSource &source);
    static QString target(const sync::SyncTarget &target);
    /// A light background for rows of this action (invalid and conflict stand out).
    static QColor actionBackground(sync::PlanAction action);
    static QColor statusForeground(sync::RunStatus status);
    /// "1 h 02 min", "3 min 05 s", "12 s".
    static QString duration(qint64 seconds);
};

} // namespace crmbridge
