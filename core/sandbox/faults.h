#pragma once

#include "core/common/result.h"
#include "core/sandbox/sandboxtypes.h"

#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

namespace crmbridge {

/// What the fault injector decided for one request.
struct FaultDecision
{
    enum class Kind { None, Error, Throttle, Drop, Malformed, Truncate, Slow };
    Kind kind = Kind::None;
    int delayMs = 0;
    int errorStatus = 500;
    int retryAfterSeconds = 1;
    int slowBytesPerTick = 64;
    int slowTickMs = 20;
};

/// Decides, per request, which fault (if any) a system injects. Thread-safe; the decisions
/// come from one generator seeded with (seed, system), so the n-th request of a run always
/// gets the same decision.
class FaultInjector
{
public:
    FaultInjector(quint32 seed, SandboxSystemId system);

    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    /// Restarts the decision sequence (on reset).
    void reseed();
    FaultDecision decide();

private:
    mutable QMutex m_mutex;
    quint32 m_seed;
    SandboxSystemId m_system;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
};

/// The JSON form of faults used by the admin API and `--json` output.
QJsonObject sandboxFaultsToJson(const SandboxFaults &faults);
/// Applies the keys present in `object` onto `faults`; unknown keys and bad values are errors.
Status sandboxFaultsApplyJson(const QJsonObject &object, SandboxFaults *faults);
/// Applies one KIND=VALUE setting (the CLI's `--fault SYSTEM:KIND=VALUE` after the system).
Status sandboxFaultsApply(const QString &kind, const QString &value, SandboxFaults *faults);
/// Parses `SYSTEM:KIND=VALUE` into options.faults.
Status sandboxParseFaultOption(const QString &spec, SandboxOptions *options);
/// The fault kinds accepted by sandboxFaultsApply, for help texts.
QStringList sandboxFaultKinds();

} // namespace crmbridge
