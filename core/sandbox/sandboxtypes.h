#pragma once

#include <QStringList>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace crmbridge {

/// The simulated systems the sandbox serves, one loopback port each (base port + index).
enum class SandboxSystemId : int {
    Crm = 0,       ///< Demo CRM: HubSpot CRM v3 shapes
    Erp = 1,       ///< Demo ERP: REST /api/v1 plus the SOAP 1.1 OrderService
    Helpdesk = 2,  ///< Demo Helpdesk: Zendesk Support shapes
    Marketing = 3, ///< Demo Marketing: Mailchimp Marketing API 3.0 shapes
    Webhooks = 4,  ///< records the webhook deliveries it receives
};

inline constexpr int SandboxSystemCount = 5;
inline constexpr quint16 SandboxDefaultBasePort = 8710;

QList<SandboxSystemId> allSandboxSystems();
/// Stable machine key: "crm", "erp", "helpdesk", "marketing", "webhooks".
QString sandboxSystemKey(SandboxSystemId id);
/// Parses a machine key (case-insensitive); false when unknown.
bool sandboxSystemFromKey(const QString &key, SandboxSystemId *id);

/// How a client authenticates against one sandbox system. The sandbox's credentials are fixed
/// demo values, documented in docs/sandbox.md; they are not secrets.
struct SandboxCredentials
{
    QString scheme;   ///< "Bearer", "Basic" or empty (no auth)
    QString username; ///< Basic user ("sandbox", "agent@example.com/token", "anystring")
    QString password; ///< Basic password or API token
    QString token;    ///< Bearer token
    /// The complete value for an Authorization header, or empty when the system needs none.
    QByteArray authorizationHeader() const;
};

/// What the window, the CLI and tests need to know about one running system.
struct SandboxSystemInfo
{
    SandboxSystemId id = SandboxSystemId::Crm;
    QString key;     ///< sandboxSystemKey(id)
    QString name;    ///< translated display name, e.g. "Demo CRM"
    QString vendor;  ///< the real API it imitates, e.g. "HubSpot CRM v3"
    QUrl baseUrl;    ///< e.g. http://127.0.0.1:8710
    quint16 port = 0;
    SandboxCredentials credentials;
};

/// Runtime-switchable faults of one system. Rates are probabilities in [0, 1]; decisions come
/// from a random generator seeded by the sandbox seed, so a sequence of requests sees the same
/// faults on every run.
struct SandboxFaults
{
    int latencyMs = 0;       ///< added before every answer
    int jitterMs = 0;        ///< up to this much more, drawn per request
    double errorRate = 0;    ///< answer 500/502/503 instead
    double throttleRate = 0; ///< answer 429 with Retry-After instead
    int retryAfterSeconds = 1;
    double dropRate = 0;      ///< send half an answer, then close the connection
    double malformedRate = 0; ///< corrupt the body (still a complete HTTP message)
    double truncateRate = 0;  ///< announce the full Content-Length, send half, keep waiting, close
    double slowRate = 0;      ///< trickle the body in small chunks
    int slowBytesPerTick = 64;
    int slowTickMs = 20;
    /// The next requests get these faults, one each, in order ("errors", "throttle", "drop",
    /// "malformed", "truncate", "slow" or "none"); the rates apply after them. For a test that
    /// needs an exact story: the first answer lost, then every retry refused.
    QStringList next;

    bool any() const;
    bool operator==(const SandboxFaults &other) const = default;
};

/// A vendor-like request budget: at most `max` requests per `intervalMs` (or, for Demo
/// Marketing, at most `max` simultaneous connections when intervalMs is 0).
struct SandboxRateLimit
{
    bool enabled = true;
    int max = 0;
    int intervalMs = 0;
    bool operator==(const SandboxRateLimit &other) const = default;
};

/// How to start the sandbox.
struct SandboxOptions
{
    quint16 basePort = SandboxDefaultBasePort; ///< 0: every system on an ephemeral port
    quint32 seed = 42;
    int scale = 1;          ///< multiplies the seeded record counts
    bool rateLimits = true; ///< the vendor-like budgets; off for benchmarks
    QHash<SandboxSystemId, SandboxFaults> faults;
};

} // namespace crmbridge
