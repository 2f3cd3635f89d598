#pragma once

#include "core/orders/order.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace crmbridge::orders {

class OrderService;

/// Delivers the transactional outbox: queued steps (their ERP action, with the entry's
/// Idempotency-Key) and queued events (to their webhook). Retries with exponential backoff and
/// full jitter up to `maxAttempts`, then marks the entry failed (the analyst can retry or
/// discard it). Each attempt is counted in the workspace before it is made, so after a crash or
/// `kill -9` a restarted worker carries on where the last one stopped; the Idempotency-Key
/// (and, for status changes, If-Match plus a re-read on 412) makes a repeated attempt harmless,
/// so each step takes effect exactly once. An order's entries go out in order, one at a time.
/// Never blocks: waits are timers, answers come through the event loop.
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxAttempts = 8;
        int baseDelayMs = 1000;    ///< delay after the first failure; doubles each time
        int maxDelayMs = 300000;   ///< never waits longer than this between attempts
        int parallel = 4;          ///< entries in flight at once
    };

    explicit OutboxWorker(OrderService &service, QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    /// Seam for tests: uniform [0, 1) for the jitter.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    /// Keeps delivering: whatever is due now, then again when the next entry falls due or the
    /// service queues something. The window runs one of these while a workspace is open.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Delivers every pending entry now (not waiting for its schedule), retrying per policy,
    /// and emits drained() when nothing is pending or in flight any more (`crmbridge-cli order
    /// outbox deliver`).
    void drain();
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    void delivered(const crmbridge::orders::OutboxEntry &entry);
    void retrying(const crmbridge::orders::OutboxEntry &entry, const QString &error, const QDateTime &nextAttemptAt);
    void failed(const crmbridge::orders::OutboxEntry &entry, const QString &error);
    /// drain(): every entry is delivered or failed; counts of this run.
    void drained(int delivered, int failed);

private:
    void pump();
    void schedule();
    void attempt(const OutboxEntry &entry);
    void finished(const OutboxEntry &entry, const StepResult &result);
    qint64 backoffMs(int attempts) const;

    OrderService &m_service;
    Policy m_policy;
    std::function<double()> m_random;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_busyOrders;
    bool m_running = false;
    bool m_draining = false;
    bool m_pumping = false;
    bool m_sendAllNow = false;
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace crmbridge::orders
