#pragma once

#include "core/sandbox/faults.h"
#include "core/sandbox/requestlog.h"
#include "core/sandbox/sandboxhttp.h"
#include "core/sandbox/sandboxtypes.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include <memory>

namespace crmbridge {

struct SandboxDataset;

/// One simulated system: its store, auth, vendor-shaped answers and the admin API under
/// `/_sandbox/`. Transport-independent (SandboxHttpServer puts it on a socket); thread-safe:
/// every request and every reset runs under the system's mutex, so the window may reset or
/// read while a worker thread serves.
class SandboxSystem
{
    Q_DECLARE_TR_FUNCTIONS(SandboxSystem)

public:
    SandboxSystem(SandboxSystemId id, quint32 seed, int scale);
    virtual ~SandboxSystem();
    SandboxSystem(const SandboxSystem &) = delete;
    SandboxSystem &operator=(const SandboxSystem &) = delete;

    SandboxSystemId id() const { return m_id; }
    virtual QString name() const = 0;
    virtual QString vendor() const = 0;
    virtual SandboxCredentials credentials() const = 0;

    /// Replaces the store with the seeded data (what clients wrote is gone), clears the log,
    /// the idempotency keys and the rate-limit window.
    void reset(const SandboxDataset &data);
    /// Regenerates the seeded data for this system alone (the admin API's reset).
    void resetFromSeed();

    /// Answers one request: admin API, auth, rate limit, then the vendor API.
    SandboxResponse respond(const SandboxRequest &request);
    /// The vendor's 429 / 5xx answers, used by the fault injector.
    virtual SandboxResponse throttledResponse(int retryAfterSeconds) const;
    virtual SandboxResponse serverErrorResponse(int status) const;

    /// > 0: at most this many simultaneous connections (Demo Marketing); 0: no such limit.
    virtual int connectionLimit() const { return 0; }

    FaultInjector &faults() { return m_faults; }
    RequestLog &log() { return m_log; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    void setRateLimitsEnabled(bool enabled);
    SandboxRateLimit rateLimit() const;
    void setRateLimit(const SandboxRateLimit &limit);

    /// Ground truth: the seeded discrepancies this system takes part in.
    QJsonArray discrepancies() const;
    /// Record counts per collection, for the admin API and the window.
    QJsonObject counts() const;

    static bool isAdminPath(const QString &path) { return path.startsWith(QLatin1String("/_sandbox")); }

protected:
    /// The vendor-like default budget (max per interval); {0,0} for none.
    virtual SandboxRateLimit defaultRateLimit() const { return {}; }
    virtual void load(const SandboxDataset &data) = 0;
    virtual QJsonObject collectionCounts() const = 0;
    virtual bool authorized(const SandboxRequest &request) const = 0;
    virtual SandboxResponse unauthorized(const SandboxRequest &request) const = 0;
    /// The vendor API; called with the system's mutex held.
    virtual SandboxResponse handle(const SandboxRequest &request) = 0;
    /// Vendor headers for every answer under a rate limit (e.g. X-HubSpot-RateLimit-*).
    virtual void addRateLimitHeaders(SandboxResponse &, const RateLimiter::Verdict &) const { }
    /// Extra admin routes ("/_sandbox/received" of the webhook receiver); null when unknown.
    virtual bool handleAdmin(const SandboxRequest &, SandboxResponse *) { return false; }

    /// An earlier answer to the same Idempotency-Key on POST, if any.
    bool replayIdempotent(const SandboxRequest &request, SandboxResponse *response) const;
    void rememberIdempotent(const SandboxRequest &request, const SandboxResponse &response);

    SandboxSystemId m_id;
    quint32 m_seed;
    int m_scale;
    mutable QMutex m_mutex;

private:
    SandboxResponse admin(const SandboxRequest &request);

    FaultInjector m_faults;
    RequestLog m_log;
    RateLimiter m_rateLimiter;
    SandboxRateLimit m_rateLimit;
    bool m_rateLimitsEnabled = true;
    QHash<QByteArray, SandboxResponse> m_idempotent;
    QJsonArray m_discrepancies;
};

} // namespace crmbridge
