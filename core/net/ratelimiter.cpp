#include "core/net/ratelimiter.h"

#include "core/net/httpmessage.h"

#include <algorithm>

namespace crmbridge {

RateLimiter::RateLimiter(RateLimitPolicy policy) : m_policy(std::move(policy))
{
    m_policy.maxInFlight = std::max(1, m_policy.maxInFlight);
    for (const RateWindow &window : std::as_const(m_policy.windows)) {
        if (window.requests > 0 && window.windowMs > 0)
            m_windows.append(Window{window, {}});
    }
}

void RateLimiter::expire(Window &window, qint64 nowMs)
{
    while (!window.starts.empty() && window.starts.front() <= nowMs - window.limit.windowMs)
        window.starts.pop_front();
}

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    qint64 wait = std::max<qint64>(0, m_blockedUntil - nowMs);
    for (Window &window : m_windows) {
        expire(window, nowMs);
        if (qsizetype(window.starts.size()) >= window.limit.requests) {
            // The oldest start that still counts must leave the window first.
            const qint64 oldest = window.starts.at(window.starts.size() - size_t(window.limit.requests));
            wait = std::max(wait, oldest + window.limit.windowMs - nowMs);
        }
    }
    if (m_spacingMs > 0 && nowMs < m_spacingUntil && m_lastStart >= 0)
        wait = std::max(wait, m_lastStart + m_spacingMs - nowMs);
    return std::max<qint64>(0, wait);
}

void RateLimiter::acquire(qint64 nowMs)
{
    for (Window &window : m_windows) {
        expire(window, nowMs);
        window.starts.push_back(nowMs);
        // Only the newest `requests` starts can matter; an over-eager caller cannot grow this.
        while (qsizetype(window.starts.size()) > window.limit.requests)
            window.starts.pop_front();
    }
    ++m_inFlight;
    m_lastStart = nowMs;
}

void RateLimiter::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

void RateLimiter::blockUntil(qint64 untilMs)
{
    m_blockedUntil = std::max(m_blockedUntil, untilMs);
}

void RateLimiter::observe(const QList<QPair<QByteArray, QByteArray>> &headers, qint64 nowMs)
{
    if (m_policy.remainingHeader.isEmpty())
        return;
    bool ok = false;
    const qint64 remaining = headerValue(headers, m_policy.remainingHeader.toLatin1()).trimmed().toLongLong(&ok);
    if (!ok)
        return;
    // How long until the server's window resets: an explicit reset header (seconds, or an epoch
    // timestamp as Intercom sends), else the interval header, else our own longest window.
    qint64 resetMs = 0;
    if (!m_policy.resetHeader.isEmpty()) {
        const qint64 reset = headerValue(headers, m_policy.resetHeader.toLatin1()).trimmed().toLongLong(&ok);
        if (ok)
            resetMs = reset > 1000000000 ? std::max<qint64>(0, reset * 1000 - currentEpochMs()) : reset * 1000;
    }
    if (resetMs == 0 && !m_policy.intervalHeader.isEmpty()) {
        const qint64 interval = headerValue(headers, m_policy.intervalHeader.toLatin1()).trimmed().toLongLong(&ok);
        if (ok)
            resetMs = interval;
    }
    if (resetMs == 0) {
        for (const RateWindow &w : std::as_const(m_policy.windows))
            resetMs = std::max(resetMs, w.windowMs);
    }
    if (resetMs == 0)
        resetMs = 1000;

    if (remaining <= 0) {
        blockUntil(nowMs + resetMs);
        m_spacingMs = 0;
    } else if (remaining <= m_policy.slowDownBelow) {
        // Spread what is left over what remains of the window instead of spending it in a burst
        // and meeting a 429.
        m_spacingMs = resetMs / (remaining + 1);
        m_spacingUntil = nowMs + resetMs;
    } else {
        m_spacingMs = 0;
    }
}

} // namespace crmbridge
