#pragma once

#include "core/endpoints/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <deque>

namespace crmbridge {

/// The request budget of one endpoint, as plain arithmetic over a millisecond clock the caller
/// passes in (so tests drive it with a fake clock). HttpClient asks waitMs() before each start.
///
/// Each RateWindow is a sliding window over the start times of recent requests (not a token
/// bucket that refills evenly): a vendor counting in fixed or sliding windows alike never sees
/// more than `requests` in any span of `windowMs`, while a full burst is still allowed at once.
///
/// Guarantees: no more than `requests` starts in any span of `windowMs`, for every window; never more than maxInFlight requests at once; after blockUntil() (Retry-After, a 429)
/// nothing starts before that instant; when the vendor's remaining-budget header drops to
/// slowDownBelow, the rest of the budget is spread evenly over the rest of the window, and at
/// zero nothing starts until the window resets.
class RateLimiter
{
public:
    explicit RateLimiter(RateLimitPolicy policy = {});

    const RateLimitPolicy &policy() const { return m_policy; }

    /// Milliseconds until the next request may start (0 = now); ignores the in-flight cap.
    qint64 waitMs(qint64 nowMs) const;
    bool hasSlot() const { return m_inFlight < m_policy.maxInFlight; }
    int inFlight() const { return m_inFlight; }

    /// A request starts now: counts in every window and takes a slot.
    void acquire(qint64 nowMs);
    /// A request finished (whatever the outcome): frees its slot.
    void release();
    /// Nothing starts before untilMs (monotonic ms).
    void blockUntil(qint64 untilMs);
    qint64 blockedUntil() const { return m_blockedUntil; }

    /// Reads the remaining-budget headers of a response.
    void observe(const QList<QPair<QByteArray, QByteArray>> &headers, qint64 nowMs);

private:
    struct Window
    {
        RateWindow limit;
        std::deque<qint64> starts; ///< start times inside the window, oldest first
    };
    static void expire(Window &window, qint64 nowMs);

    RateLimitPolicy m_policy;
    mutable QList<Window> m_windows;
    int m_inFlight = 0;
    qint64 m_blockedUntil = 0;
    qint64 m_lastStart = -1;
    qint64 m_spacingMs = 0;       ///< minimum gap between starts while the server says we are low
    qint64 m_spacingUntil = 0;    ///< when that pacing ends (the server's window resets)
};

} // namespace crmbridge
