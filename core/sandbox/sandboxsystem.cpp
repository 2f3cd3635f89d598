#include "core/sandbox/sandboxsystem.h"

#include "core/sandbox/sandboxdata.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace crmbridge {

SandboxSystem::SandboxSystem(SandboxSystemId id, quint32 seed, int scale)
    : m_id(id), m_seed(seed), m_scale(scale), m_faults(seed, id)
{
}

SandboxSystem::~SandboxSystem() = default;

void SandboxSystem::reset(const SandboxDataset &data)
{
    QMutexLocker lock(&m_mutex);
    load(data);
    m_idempotent.clear();
    m_discrepancies = {};
    const QString key = sandboxSystemKey(m_id);
    for (const QJsonValue &d : data.discrepancies) {
        if (d.toObject().value(u"systems"_s).toArray().contains(key))
            m_discrepancies.append(d);
    }
    lock.unlock();
    m_log.clear();
    m_rateLimiter.clear();
    m_faults.reseed();
}

void SandboxSystem::resetFromSeed()
{
    reset(SandboxData::generate(m_seed, m_scale));
}

void SandboxSystem::setRateLimitsEnabled(bool enabled)
{
    SandboxRateLimit limit;
    {
        // The window toggles this while worker threads read the limit.
        QMutexLocker lock(&m_mutex);
        if (!m_rateLimit.max)
            m_rateLimit = defaultRateLimit();
        m_rateLimitsEnabled = enabled;
        m_rateLimit.enabled = enabled;
        limit = m_rateLimit;
    }
    if (limit.intervalMs > 0)
        m_rateLimiter.configure(limit.max, limit.intervalMs, enabled);
}

SandboxRateLimit SandboxSystem::rateLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_rateLimit;
}

void SandboxSystem::setRateLimit(const SandboxRateLimit &limit)
{
    {
        QMutexLocker lock(&m_mutex);
        m_rateLimit = limit;
    }
    m_rateLimiter.configure(limit.max, limit.intervalMs, limit.enabled && limit.intervalMs > 0);
}

QJsonArray SandboxSystem::discrepancies() const
{
    QMutexLocker lock(&m_mutex);
    return m_discrepancies;
}

QJsonObject SandboxSystem::counts() const
{
    QMutexLocker lock(&m_mutex);
    return collectionCounts();
}

SandboxResponse SandboxSystem::throttledResponse(int retryAfterSeconds) const
{
    SandboxResponse r = SandboxResponse::json(
        429, QJsonObject{{u"error"_s, u"rate_limited"_s}, {u"message"_s, u"Too many requests. Retry later."_s}});
    r.header("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
    return r;
}

SandboxResponse SandboxSystem::serverErrorResponse(int status) const
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, u"server_error"_s},
                                                     {u"message"_s, u"The sandbox injected a server error."_s}});
}

SandboxResponse SandboxSystem::respond(const SandboxRequest &request)
{
    if (isAdminPath(request.path))
        return admin(request);
    if (!authorized(request))
        return unauthorized(request);
    RateLimiter::Verdict verdict = m_rateLimiter.take();
    if (!verdict.allowed) {
        SandboxResponse r = throttledResponse(qMax(1, (verdict.retryAfterMs + 999) / 1000));
        addRateLimitHeaders(r, verdict);
        return r;
    }
    SandboxResponse response;
    {
        QMutexLocker lock(&m_mutex);
        response = handle(request);
    }
    if (m_rateLimiter.enabled())
        addRateLimitHeaders(response, verdict);
    return response;
}

bool SandboxSystem::replayIdempotent(const SandboxRequest &request, SandboxResponse *response) const
{
    const QByteArray key = request.header("idempotency-key"_ba);
    if (key.isEmpty() || request.method != "POST")
        return false;
    auto it = m_idempotent.constFind(request.path.toUtf8() + '\n' + key);
    if (it == m_idempotent.constEnd())
        return false;
    *response = it.value();
    response->header("Idempotent-Replayed"_ba, "true"_ba);
    return true;
}

void SandboxSystem::rememberIdempotent(const SandboxRequest &request, const SandboxResponse &response)
{
    const QByteArray key = request.header("idempotency-key"_ba);
    if (key.isEmpty() || request.method != "POST" || response.status >= 500)
        return;
    m_idempotent.insert(request.path.toUtf8() + '\n' + key, response);
}

SandboxResponse SandboxSystem::admin(const SandboxRequest &request)
{
    const QStringList s = request.segments();
    const QString what = s.value(1);
    const QByteArray &m = request.method;
    if (what.isEmpty() && m == "GET") {
        const SandboxRateLimit limit = rateLimit();
        return SandboxResponse::json(
            200, QJsonObject{{u"system"_s, sandboxSystemKey(m_id)},
                             {u"name"_s, name()},
                             {u"vendor"_s, vendor()},
                             {u"seed"_s, static_cast<qint64>(m_seed)},
                             {u"scale"_s, m_scale},
                             {u"requests"_s, static_cast<qint64>(m_log.count())},
                             {u"counts"_s, counts()},
                             {u"faults"_s, sandboxFaultsToJson(m_faults.faults())},
                             {u"rateLimit"_s, QJsonObject{{u"enabled"_s, limit.enabled},
                                                          {u"max"_s, limit.max},
                                                          {u"intervalMs"_s, limit.intervalMs}}}});
    }
    if (what == u"discrepancies" && m == "GET")
        return SandboxResponse::json(200, QJsonObject{{u"discrepancies"_s, discrepancies()}});
    if (what == u"requests" && m == "GET") {
        const int limit = request.queryValue(u"limit"_s).isEmpty() ? 100 : request.queryValue(u"limit"_s).toInt();
        return SandboxResponse::json(200, QJsonObject{{u"total"_s, static_cast<qint64>(m_log.count())},
                                                      {u"requests"_s, m_log.toJson(limit)}});
    }
    if (what == u"reset" && m == "POST") {
        resetFromSeed();
        return SandboxResponse::json(200, QJsonObject{{u"reset"_s, true}, {u"counts"_s, counts()}});
    }
    if (what == u"faults" && m == "GET")
        return SandboxResponse::json(200, sandboxFaultsToJson(m_faults.faults()));
    if (what == u"faults" && (m == "PUT" || m == "POST" || m == "PATCH" || m == "DELETE")) {
        SandboxFaults faults = m == "PATCH" ? m_faults.faults() : SandboxFaults{};
        if (m != "DELETE") {
            bool ok = false;
            const QJsonDocument doc = request.json(&ok);
            if (!ok || !doc.isObject())
                return SandboxResponse::json(400, QJsonObject{{u"error"_s, u"The body must be a JSON object of fault settings."_s}});
            if (Status st = sandboxFaultsApplyJson(doc.object(), &faults); !st)
                return SandboxResponse::json(400, QJsonObject{{u"error"_s, st.error().message()}});
        }
        m_faults.setFaults(faults);
        return SandboxResponse::json(200, sandboxFaultsToJson(faults));
    }
    if (what == u"rate-limit" && (m == "PUT" || m == "PATCH")) {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        SandboxRateLimit limit = rateLimit();
        limit.enabled = o.value(u"enabled"_s).toBool(limit.enabled);
        limit.max = o.value(u"max"_s).toInt(limit.max);
        limit.intervalMs = o.value(u"intervalMs"_s).toInt(limit.intervalMs);
        setRateLimit(limit);
        return SandboxResponse::json(200, QJsonObject{{u"enabled"_s, limit.enabled}, {u"max"_s, limit.max},
                                                      {u"intervalMs"_s, limit.intervalMs}});
    }
    SandboxResponse extra;
    if (handleAdmin(request, &extra))
        return extra;
    return SandboxResponse::json(404, QJsonObject{{u"error"_s, u"Unknown sandbox admin route."_s},
                                                  {u"routes"_s, QJsonArray{u"GET /_sandbox"_s, u"GET /_sandbox/discrepancies"_s,
                                                                          u"GET /_sandbox/requests?limit=N"_s, u"POST /_sandbox/reset"_s,
                                                                          u"GET|PUT|PATCH|DELETE /_sandbox/faults"_s,
                                                                          u"PUT /_sandbox/rate-limit"_s}}});
}

} // namespace crmbridge
