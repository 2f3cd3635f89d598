#pragma once

#include "core/common/result.h"
#include "core/orders/order.h"

#include <QCoreApplication>
#include <QList>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::orders {

/// Orders, their timelines, the outbox and the webhook subscribers in the workspace (tables
/// `orders`, `order_events`, `outbox`, `subscribers`). Plain synchronous SQL on the calling
/// thread's connection; every change is one Workspace::transaction and nests inside a caller's,
/// so a state change and its outbox rows commit together. Small statements only: fine on the
/// GUI thread.
class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)

public:
    explicit OrderStore(Workspace &workspace) : m_workspace(workspace) { }
    Workspace &workspace() const { return m_workspace; }

    // Orders
    Result<QList<Order>> list(const OrderFilter &filter = {}) const;
    Result<Order> find(qint64 id) const;
    Result<Order> findByExternalId(const QString &externalId) const;
    Result<Order> insert(const Order &order);
    /// Writes state and data of `order.id` (updated_at set now).
    Status update(const Order &order);
    /// Inserts or, when external_id exists, replaces data and state; returns the id and whether it was new.
    Result<QPair<qint64, bool>> upsert(const Order &order);
    Result<QHash<QString, qint64>> countByState() const;

    // Timeline
    Result<qint64> appendEvent(const OrderEvent &event);
    Result<QList<OrderEvent>> events(qint64 orderId) const;

    // Outbox
    Result<qint64> enqueue(const OutboxEntry &entry);
    Result<OutboxEntry> outboxEntry(qint64 id) const;
    /// Entries in `state` (all when nullopt), oldest first.
    Result<QList<OutboxEntry>> outbox(std::optional<OutboxEntry::State> state = std::nullopt, int limit = 0) const;
    /// Pending entries whose next attempt is due at `now` (all pending when `ignoreSchedule`),
    /// oldest first, at most one per order (the oldest: an order's steps go out in order).
    Result<QList<OutboxEntry>> due(const QDateTime &now, bool ignoreSchedule, int limit) const;
    /// The earliest next_attempt_at of a pending entry (invalid when none is pending).
    Result<QDateTime> nextDue() const;
    /// Counts the attempt before it is made, so a crash mid-attempt is still counted.
    Status beginAttempt(qint64 id, const QDateTime &retryAt);
    Status markDelivered(qint64 id);
    Status markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    Status markFailed(qint64 id, const QString &error);
    /// Failed or pending → pending, due now. Discarded/delivered entries are refused.
    Status retry(qint64 id);
    /// Pending or failed → discarded (never delivered).
    Status discard(qint64 id);
    Result<QHash<QString, qint64>> outboxCounts() const;

    // Webhook subscribers
    Result<QList<Subscriber>> subscribers(bool enabledOnly = false) const;
    Result<Subscriber> subscriber(qint64 id) const;
    /// Inserts (id 0) or updates; the name is unique.
    Result<Subscriber> saveSubscriber(const Subscriber &subscriber);
    Status removeSubscriber(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace crmbridge::orders
