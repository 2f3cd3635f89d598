#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QPair>

#include <atomic>
#include <deque>

namespace crmbridge {

/// One request a sandbox system answered.
struct SandboxLogEntry
{
    QDateTime time; ///< UTC, when the request arrived
    QByteArray method;
    QString path; ///< with the query
    int status = 0;
    QString fault; ///< the injected fault, if any
    QList<QPair<QByteArray, QByteArray>> headers; ///< secrets already removed
};

/// The last requests of one system, and how many it answered since the last reset. Thread-safe:
/// written by the system's worker thread, read by the admin API and the window.
class RequestLog
{
public:
    explicit RequestLog(int capacity = 2000);

    void append(SandboxLogEntry entry);
    quint64 count() const { return m_count.load(std::memory_order_relaxed); }
    /// The newest `limit` entries, oldest first, as JSON for the admin API.
    QJsonArray toJson(int limit) const;
    void clear();

    /// Headers a log may show: credentials and API keys are dropped.
    static QList<QPair<QByteArray, QByteArray>> withoutSecrets(const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    mutable QMutex m_mutex;
    int m_capacity;
    std::deque<SandboxLogEntry> m_entries;
    std::atomic<quint64> m_count{0};
};

/// A rolling-window request budget ("at most max requests in any intervalMs"). Thread-safe.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int max = 0;
        int remaining = 0;
        int intervalMs = 0;
        int retryAfterMs = 0;
    };

    void configure(int max, int intervalMs, bool enabled);
    bool enabled() const;
    int max() const;
    int intervalMs() const;
    Verdict take();
    void clear();

private:
    mutable QMutex m_mutex;
    int m_max = 0;
    int m_intervalMs = 0;
    bool m_enabled = false;
    std::deque<qint64> m_times;
};

} // namespace crmbridge
