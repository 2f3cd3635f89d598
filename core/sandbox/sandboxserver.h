#pragma once

#include "core/common/result.h"
#include "core/sandbox/sandboxtypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace crmbridge {

class SandboxSystem;
class SandboxHttpServer;

/// The built-in sandbox: Demo CRM, ERP, Helpdesk, Marketing and a webhook receiver, each on
/// its own 127.0.0.1 port and served from its own worker thread (never the caller's). Owned
/// and driven from one thread (the GUI thread or the CLI's main thread); all getters and
/// setters are cheap and safe to call while the systems serve. Signals are emitted in the
/// owner's thread; requestCountsChanged is throttled to at most four per second.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Generates the seeded data and starts every system. On failure (a port in use, …)
    /// nothing is left running and the Error names the port and the option to change.
    Result<QList<SandboxSystemInfo>> start(const SandboxOptions &options);
    /// Stops serving and joins the worker threads. Safe to call when not running.
    void stop();
    bool isRunning() const { return !m_systems.isEmpty(); }
    SandboxOptions options() const { return m_options; }

    QList<SandboxSystemInfo> systems() const;
    /// Info of one system; port 0 and an empty URL when the sandbox is not running.
    SandboxSystemInfo system(SandboxSystemId id) const;

    /// Requests answered since start or the last reset (admin API calls not counted).
    quint64 requestCount(SandboxSystemId id) const;
    QHash<SandboxSystemId, quint64> requestCounts() const;
    /// The newest `limit` requests of one system (method, path, status, time, headers without secrets).
    QJsonArray requestLog(SandboxSystemId id, int limit = 100) const;
    /// Record counts per collection of one system, e.g. {"contacts": 480, …}.
    QJsonObject recordCounts(SandboxSystemId id) const;

    SandboxFaults faults(SandboxSystemId id) const;
    void setFaults(SandboxSystemId id, const SandboxFaults &faults);
    void clearFaults();

    bool rateLimitsEnabled() const { return m_options.rateLimits; }
    void setRateLimitsEnabled(bool enabled);
    SandboxRateLimit rateLimit(SandboxSystemId id) const;
    void setRateLimit(SandboxSystemId id, const SandboxRateLimit &limit);

    /// Regenerates the seeded data in every system: what clients wrote is gone, logs cleared.
    void reset();
    /// Ground truth: every seeded discrepancy ({id, kind, entity, key, systems, field, values}).
    QJsonArray discrepancies() const { return m_discrepancies; }

    /// What `crmbridge-cli sandbox serve --json` prints: seed, scale, systems with URLs and credentials.
    QJsonObject toJson() const;
    static QJsonObject toJson(const SandboxSystemInfo &info);

signals:
    void started();
    void stopped();
    void requestCountsChanged();
    void faultsChanged(crmbridge::SandboxSystemId id);
    void rateLimitsChanged(bool enabled);
    void dataReset();

private:
    struct Running;
    SandboxSystem *find(SandboxSystemId id) const;
    void pollCounts();

    SandboxOptions m_options;
    QList<std::shared_ptr<Running>> m_systems;
    QJsonArray m_discrepancies;
    QTimer m_countTimer;
    quint64 m_lastTotal = 0;
};

} // namespace crmbridge
