#include "core/sandbox/faults.h"

#include <QJsonArray>

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

class Faults
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)

public:
    static Error badValue(const QString &kind, const QString &value, const QString &expected)
    {
        return Error::usage(tr("The fault '%1' cannot be set to '%2'.").arg(kind, value),
                            tr("Give %1.").arg(expected));
    }
};

quint32 systemSeed(quint32 seed, SandboxSystemId system)
{
    return seed * 2654435761u + static_cast<quint32>(system) * 40503u + 1u;
}

bool parseRate(const QString &text, double *rate)
{
    QString t = text.trimmed();
    bool percent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        percent = true;
        t.chop(1);
    }
    bool ok = false;
    double value = t.toDouble(&ok);
    if (!ok)
        return false;
    if (percent)
        value /= 100.0;
    if (value < 0 || value > 1)
        return false;
    *rate = value;
    return true;
}

bool parseNonNegative(const QString &text, int *value)
{
    QString t = text.trimmed();
    if (t.endsWith(u"ms"_s))
        t.chop(2);
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < 0)
        return false;
    *value = v;
    return true;
}

} // namespace

FaultInjector::FaultInjector(quint32 seed, SandboxSystemId system)
    : m_seed(seed), m_system(system), m_random(systemSeed(seed, system))
{
}

void FaultInjector::setFaults(const SandboxFaults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

SandboxFaults FaultInjector::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void FaultInjector::reseed()
{
    QMutexLocker lock(&m_mutex);
    m_random.seed(systemSeed(m_seed, m_system));
}

FaultDecision FaultInjector::decide()
{
    QMutexLocker lock(&m_mutex);
    FaultDecision decision;
    SandboxFaults &f = m_faults;
    if (!f.any())
        return decision;
    decision.delayMs = f.latencyMs;
    if (f.jitterMs > 0)
        decision.delayMs += static_cast<int>(m_random.bounded(f.jitterMs + 1));
    decision.retryAfterSeconds = f.retryAfterSeconds;
    decision.slowBytesPerTick = qMax(1, f.slowBytesPerTick);
    decision.slowTickMs = qMax(1, f.slowTickMs);
    if (!f.next.isEmpty()) {
        const QString name = f.next.takeFirst();
        using K = FaultDecision::Kind;
        decision.kind = name == u"errors" ? K::Error : name == u"throttle" ? K::Throttle : name == u"drop" ? K::Drop
                      : name == u"malformed" ? K::Malformed : name == u"truncate" ? K::Truncate : name == u"slow" ? K::Slow
                                                                                                    : K::None;
        decision.errorStatus = 503;
        return decision;
    }
    // One draw per kind, always in the same order, so changing one rate does not reshuffle
    // the decisions of the others.
    const double error = m_random.generateDouble();
    const double throttle = m_random.generateDouble();
    const double drop = m_random.generateDouble();
    const double malformed = m_random.generateDouble();
    const double truncate = m_random.generateDouble();
    const double slow = m_random.generateDouble();
    const quint32 which = m_random.bounded(3u);
    if (error < f.errorRate) {
        decision.kind = FaultDecision::Kind::Error;
        decision.errorStatus = which == 0 ? 500 : (which == 1 ? 502 : 503);
    } else if (throttle < f.throttleRate) {
        decision.kind = FaultDecision::Kind::Throttle;
    } else if (drop < f.dropRate) {
        decision.kind = FaultDecision::Kind::Drop;
    } else if (malformed < f.malformedRate) {
        decision.kind = FaultDecision::Kind::Malformed;
    } else if (truncate < f.truncateRate) {
        decision.kind = FaultDecision::Kind::Truncate;
    } else if (slow < f.slowRate) {
        decision.kind = FaultDecision::Kind::Slow;
    }
    return decision;
}

bool SandboxFaults::any() const
{
    return latencyMs > 0 || jitterMs > 0 || errorRate > 0 || throttleRate > 0 || dropRate > 0 || malformedRate > 0
        || truncateRate > 0 || slowRate > 0 || !next.isEmpty();
}

QStringList sandboxFaultKinds()
{
    return {u"latency"_s,   u"jitter"_s,    u"errors"_s, u"throttle"_s,   u"retry-after"_s, u"drop"_s,
            u"malformed"_s, u"truncate"_s, u"slow"_s,   u"slow-bytes"_s, u"slow-tick"_s, u"next"_s};
}

Status sandboxFaultsApply(const QString &kind, const QString &value, SandboxFaults *faults)
{
    const QString k = kind.trimmed().toLower();
    const QString rateHint = QCoreApplication::translate("SandboxFaults", "a rate between 0 and 1 (or a percentage such as 10%)");
    const QString msHint = QCoreApplication::translate("SandboxFaults", "a whole number of milliseconds, 0 or more");
    const QString countHint = QCoreApplication::translate("SandboxFaults", "a whole number, 0 or more");
    auto rate = [&](double *target) -> Status {
        if (!parseRate(value, target))
            return Faults::badValue(kind, value, rateHint);
        return {};
    };
    auto number = [&](int *target, const QString &hint) -> Status {
        if (!parseNonNegative(value, target))
            return Faults::badValue(kind, value, hint);
        return {};
    };
    if (k == u"latency")
        return number(&faults->latencyMs, msHint);
    if (k == u"jitter")
        return number(&faults->jitterMs, msHint);
    if (k == u"errors" || k == u"5xx")
        return rate(&faults->errorRate);
    if (k == u"throttle" || k == u"429")
        return rate(&faults->throttleRate);
    if (k == u"retry-after")
        return number(&faults->retryAfterSeconds, countHint);
    if (k == u"drop")
        return rate(&faults->dropRate);
    if (k == u"malformed")
        return rate(&faults->malformedRate);
    if (k == u"truncate")
        return rate(&faults->truncateRate);
    if (k == u"slow")
        return rate(&faults->slowRate);
    if (k == u"slow-bytes")
        return number(&faults->slowBytesPerTick, countHint);
    if (k == u"slow-tick")
        return number(&faults->slowTickMs, msHint);
    if (k == u"next") {
        static const QStringList kinds{u"errors"_s, u"throttle"_s, u"drop"_s, u"malformed"_s, u"truncate"_s, u"slow"_s, u"none"_s};
        QStringList next;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.trimmed().toLower();
            if (!kinds.contains(name)) {
                return Faults::badValue(kind, value,
                                        QCoreApplication::translate("SandboxFaults", "a comma-separated list of: %1")
                                            .arg(kinds.join(u", "_s)));
            }
            next.append(name);
        }
        faults->next = next;
        return {};
    }
    return Error::usage(QCoreApplication::translate("SandboxFaults", "Unknown fault kind '%1'.").arg(kind),
                        QCoreApplication::translate("SandboxFaults", "Use one of: %1.")
                            .arg(sandboxFaultKinds().join(u", "_s)));
}

Status sandboxParseFaultOption(const QString &spec, SandboxOptions *options)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (colon <= 0 || eq < colon + 2) {
        return Error::usage(
            QCoreApplication::translate("SandboxFaults", "--fault needs SYSTEM:KIND=VALUE, got '%1'.").arg(spec),
            QCoreApplication::translate("SandboxFaults", "For example --fault crm:errors=0.1 or --fault erp:latency=200."));
    }
    SandboxSystemId id;
    if (!sandboxSystemFromKey(spec.left(colon), &id)) {
        return Error::usage(
            QCoreApplication::translate("SandboxFaults", "Unknown sandbox system '%1' in --fault.").arg(spec.left(colon)),
            QCoreApplication::translate("SandboxFaults", "Use crm, erp, helpdesk, marketing or webhooks."));
    }
    SandboxFaults faults = options->faults.value(id);
    if (Status s = sandboxFaultsApply(spec.mid(colon + 1, eq - colon - 1), spec.mid(eq + 1), &faults); !s)
        return s;
    options->faults.insert(id, faults);
    return {};
}

QJsonObject sandboxFaultsToJson(const SandboxFaults &f)
{
    return QJsonObject{{u"latency"_s, f.latencyMs},        {u"jitter"_s, f.jitterMs},
                       {u"errors"_s, f.errorRate},         {u"throttle"_s, f.throttleRate},
                       {u"retry-after"_s, f.retryAfterSeconds}, {u"drop"_s, f.dropRate},
                       {u"malformed"_s, f.malformedRate},  {u"truncate"_s, f.truncateRate},
                       {u"slow"_s, f.slowRate},            {u"slow-bytes"_s, f.slowBytesPerTick},
                       {u"slow-tick"_s, f.slowTickMs},     {u"next"_s, f.next.join(u',')}};
}

Status sandboxFaultsApplyJson(const QJsonObject &object, SandboxFaults *faults)
{
    SandboxFaults result = *faults;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
        if (it.value().isArray()) { // "next": ["drop", "errors"]
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items.append(item.toString());
            value = items.join(u',');
        }
        if (Status s = sandboxFaultsApply(it.key(), value, &result); !s)
            return s;
    }
    *faults = result;
    return {};
}

} // namespace crmbridge
