#include "core/sandbox/requestlog.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace crmbridge {

RequestLog::RequestLog(int capacity) : m_capacity(capacity) { }

void RequestLog::append(SandboxLogEntry entry)
{
    m_count.fetch_add(1, std::memory_order_relaxed);
    QMutexLocker lock(&m_mutex);
    m_entries.push_back(std::move(entry));
    while (m_entries.size() > static_cast<size_t>(m_capacity))
        m_entries.pop_front();
}

QJsonArray RequestLog::toJson(int limit) const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray array;
    const size_t n = m_entries.size();
    const size_t first = limit > 0 && static_cast<size_t>(limit) < n ? n - static_cast<size_t>(limit) : 0;
    for (size_t i = first; i < n; ++i) {
        const SandboxLogEntry &e = m_entries[i];
        QJsonObject headers;
        for (const auto &[name, value] : e.headers)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        QJsonObject o{{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                      {u"method"_s, QString::fromLatin1(e.method)},
                      {u"path"_s, e.path},
                      {u"status"_s, e.status},
                      {u"headers"_s, headers}};
        if (!e.fault.isEmpty())
            o.insert(u"fault"_s, e.fault);
        array.append(o);
    }
    return array;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_count.store(0);
}

QList<QPair<QByteArray, QByteArray>> RequestLog::withoutSecrets(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> kept;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower.contains("api-key")
            || lower.contains("token"))
            continue;
        kept.append({lower, value});
    }
    return kept;
}

void RateLimiter::configure(int max, int intervalMs, bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_max = max;
    m_intervalMs = intervalMs;
    m_enabled = enabled;
    m_times.clear();
}

bool RateLimiter::enabled() const
{
    QMutexLocker lock(&m_mutex);
    return m_enabled && m_max > 0 && m_intervalMs > 0;
}

int RateLimiter::max() const
{
    QMutexLocker lock(&m_mutex);
    return m_max;
}

int RateLimiter::intervalMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_intervalMs;
}

RateLimiter::Verdict RateLimiter::take()
{
    QMutexLocker lock(&m_mutex);
    Verdict v;
    v.max = m_max;
    v.intervalMs = m_intervalMs;
    if (!m_enabled || m_max <= 0 || m_intervalMs <= 0) {
        v.remaining = m_max;
        return v;
    }
    const qint64 now = QDeadlineTimer::current().deadline();
    while (!m_times.empty() && m_times.front() <= now - m_intervalMs)
        m_times.pop_front();
    if (m_times.size() >= static_cast<size_t>(m_max)) {
        v.allowed = false;
        v.remaining = 0;
        v.retryAfterMs = static_cast<int>(m_times.front() + m_intervalMs - now);
        return v;
    }
    m_times.push_back(now);
    v.remaining = m_max - static_cast<int>(m_times.size());
    return v;
}

void RateLimiter::clear()
{
    QMutexLocker lock(&m_mutex);
    m_times.clear();
}

} // namespace crmbridge
