#include "core/orders/orderstore.h"

#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString now()
{
    return iso(QDateTime::currentDateTimeUtc());
}

QDateTime stamp(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString OrderColumns = u"id, external_id, state, data, created_at, updated_at"_s;
const QString OutboxColumns = u"id, order_id, transition, kind, subscriber_id, payload, idempotency_key, attempts, "
                              "next_attempt_at, state, last_error, created_at, delivered_at"_s;

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.externalId = q.value(1).toString();
    o.state = q.value(2).toString();
    o.data = object(q.value(3));
    o.createdAt = stamp(q.value(4));
    o.updatedAt = stamp(q.value(5));
    return o;
}

OutboxEntry readOutbox(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.orderId = q.value(1).toLongLong();
    e.transition = q.value(2).toString();
    e.kind = q.value(3).toString() == u"event" ? OutboxEntry::Kind::Event : OutboxEntry::Kind::Action;
    e.subscriberId = q.value(4).toLongLong();
    e.payload = object(q.value(5));
    e.idempotencyKey = q.value(6).toString();
    e.attempts = q.value(7).toInt();
    e.nextAttemptAt = stamp(q.value(8));
    e.state = OutboxEntry::stateFromName(q.value(9).toString()).value_or(OutboxEntry::State::Pending);
    e.lastError = q.value(10).toString();
    e.createdAt = stamp(q.value(11));
    if (!q.value(12).isNull())
        e.deliveredAt = stamp(q.value(12));
    return e;
}

Subscriber readSubscriber(const QSqlQuery &q)
{
    Subscriber s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.url = q.value(2).toString();
    s.secret.key = q.value(3).toString();
    s.secret.envVar = q.value(4).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        s.eventTypes.append(v.toString());
    s.enabled = q.value(6).toBool();
    return s;
}

} // namespace

Result<QList<Order>> OrderStore::list(const OrderFilter &filter) const
{
    QSqlQuery q(m_workspace.database());
    QString sql = u"SELECT "_s + OrderColumns + u" FROM orders WHERE 1 = 1"_s;
    if (!filter.state.isEmpty())
        sql += u" AND state = :state"_s;
    if (!filter.search.isEmpty())
        sql += u" AND (external_id LIKE :search OR data LIKE :search)"_s;
    sql += u" ORDER BY id"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    q.prepare(sql);
    if (!filter.state.isEmpty())
        q.bindValue(u":state"_s, filter.state);
    if (!filter.search.isEmpty())
        q.bindValue(u":search"_s, QString(u"%"_s + filter.search + u"%"_s));
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the orders"), q.lastError().text());
    QList<Order> out;
    while (q.next())
        out.append(readOrder(q));
    return out;
}

Result<Order> OrderStore::find(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + OrderColumns + u" FROM orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read order %1").arg(id), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("There is no order %1").arg(id), m_workspace.filePath(),
                               tr("List the orders with 'crmbridge-cli order list', or import them with 'order import'."));
    return readOrder(q);
}

Result<Order> OrderStore::findByExternalId(const QString &externalId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + OrderColumns + u" FROM orders WHERE external_id = ?"_s);
    q.addBindValue(externalId);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read order %1").arg(externalId), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("There is no order %1").arg(externalId), m_workspace.filePath());
    return readOrder(q);
}

Result<Order> OrderStore::insert(const Order &order)
{
    qint64 id = 0;
    const Status s = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO orders (external_id, state, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
        const QString stampNow = now();
        q.addBindValue(order.externalId.isEmpty() ? QVariant() : QVariant(order.externalId));
        q.addBindValue(order.state);
        q.addBindValue(json(order.data));
        q.addBindValue(stampNow);
        q.addBindValue(stampNow);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not save the order"), q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return find(id);
}

Status OrderStore::update(const Order &order)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"UPDATE orders SET state = ?, data = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(order.state);
        q.addBindValue(json(order.data));
        q.addBindValue(now());
        q.addBindValue(order.id);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not save order %1").arg(order.id), q.lastError().text());
        if (q.numRowsAffected() == 0)
            return Error::notFound(tr("There is no order %1").arg(order.id), m_workspace.filePath());
        return {};
    });
}

Result<QPair<qint64, bool>> OrderStore::upsert(const Order &order)
{
    if (!order.externalId.isEmpty()) {
        auto existing = findByExternalId(order.externalId);
        if (existing) {
            Order updated = existing.value();
            updated.state = order.state;
            // Keep what the actions learned (erp_etag, …) unless the source says otherwise.
            for (auto it = order.data.begin(); it != order.data.end(); ++it)
                updated.data.insert(it.key(), it.value());
            if (Status s = update(updated); !s)
                return s.error();
            return QPair<qint64, bool>(updated.id, false);
        }
        if (existing.error().kind != Error::Kind::NotFound)
            return existing.error();
    }
    auto inserted = insert(order);
    if (!inserted)
        return inserted.error();
    return QPair<qint64, bool>(inserted->id, true);
}

Result<QHash<QString, qint64>> OrderStore::countByState() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT state, COUNT(*) FROM orders GROUP BY state"_s))
        return m_workspace.sqlError(tr("Could not count the orders"), q.lastError().text());
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> OrderStore::appendEvent(const OrderEvent &e)
{
    qint64 id = 0;
    const Status s = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO order_events (order_id, time, actor, transition, from_state, to_state, mode, outcome, "
                  "request, response, error, outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(e.orderId);
        q.addBindValue(e.time.isValid() ? iso(e.time) : now());
        q.addBindValue(nn(e.actor));
        q.addBindValue(nn(e.transition));
        q.addBindValue(nn(e.fromState));
        q.addBindValue(nn(e.toState));
        q.addBindValue(nn(e.mode));
        q.addBindValue(OrderEvent::outcomeName(e.outcome));
        q.addBindValue(json(e.request));
        q.addBindValue(json(e.response));
        q.addBindValue(nn(e.error));
        q.addBindValue(e.outboxId);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not write the timeline of order %1").arg(e.orderId), q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<OrderEvent>> OrderStore::events(qint64 orderId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, order_id, time, actor, transition, from_state, to_state, mode, outcome, request, response, error, "
              "outbox_id FROM order_events WHERE order_id = ? ORDER BY id"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the timeline of order %1").arg(orderId), q.lastError().text());
    QList<OrderEvent> out;
    while (q.next()) {
        OrderEvent e;
        e.id = q.value(0).toLongLong();
        e.orderId = q.value(1).toLongLong();
        e.time = stamp(q.value(2));
        e.actor = q.value(3).toString();
        e.transition = q.value(4).toString();
        e.fromState = q.value(5).toString();
        e.toState = q.value(6).toString();
        e.mode = q.value(7).toString();
        e.outcome = OrderEvent::outcomeFromName(q.value(8).toString()).value_or(OrderEvent::Outcome::Applied);
        e.request = object(q.value(9));
        e.response = object(q.value(10));
        e.error = q.value(11).toString();
        e.outboxId = q.value(12).toLongLong();
        out.append(e);
    }
    return out;
}

Result<qint64> OrderStore::enqueue(const OutboxEntry &e)
{
    qint64 id = 0;
    const Status s = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO outbox (order_id, transition, kind, subscriber_id, payload, idempotency_key, attempts, "
                  "next_attempt_at, state, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'pending', '', ?, ?)"_s);
        const QString stampNow = now();
        q.addBindValue(e.orderId);
        q.addBindValue(nn(e.transition));
        q.addBindValue(OutboxEntry::kindName(e.kind));
        q.addBindValue(e.subscriberId ? QVariant(e.subscriberId) : QVariant());
        q.addBindValue(json(e.payload));
        q.addBindValue(e.idempotencyKey);
        q.addBindValue(e.nextAttemptAt.isValid() ? iso(e.nextAttemptAt) : stampNow);
        q.addBindValue(stampNow);
        q.addBindValue(stampNow);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not queue the delivery"), q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<OutboxEntry> OrderStore::outboxEntry(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT "_s + OutboxColumns + u" FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the outbox"), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("There is no outbox entry %1").arg(id), m_workspace.filePath(),
                               tr("List the outbox with 'crmbridge-cli order outbox list'."));
    return readOutbox(q);
}

Result<QList<OutboxEntry>> OrderStore::outbox(std::optional<OutboxEntry::State> state, int limit) const
{
    QSqlQuery q(m_workspace.database());
    QString sql = u"SELECT "_s + OutboxColumns + u" FROM outbox"_s;
    if (state)
        sql += u" WHERE state = '%1'"_s.arg(OutboxEntry::stateName(*state));
    sql += u" ORDER BY id"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    if (!q.exec(sql))
        return m_workspace.sqlError(tr("Could not read the outbox"), q.lastError().text());
    QList<OutboxEntry> out;
    while (q.next())
        out.append(readOutbox(q));
    return out;
}

Result<QList<OutboxEntry>> OrderStore::due(const QDateTime &at, bool ignoreSchedule, int limit) const
{
    // The oldest pending entry of each order, if it is due: an order's steps go out in order.
    QSqlQuery q(m_workspace.database());
    QString sql = u"SELECT "_s + OutboxColumns
        + u" FROM outbox o WHERE state = 'pending' AND id = (SELECT MIN(id) FROM outbox p WHERE p.order_id = o.order_id "
          "AND p.state = 'pending' AND p.kind = o.kind AND IFNULL(p.subscriber_id, 0) = IFNULL(o.subscriber_id, 0))"_s;
    if (!ignoreSchedule)
        sql += u" AND next_attempt_at <= :now"_s;
    sql += u" ORDER BY next_attempt_at, id"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    q.prepare(sql);
    if (!ignoreSchedule)
        q.bindValue(u":now"_s, iso(at));
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the outbox"), q.lastError().text());
    QList<OutboxEntry> out;
    while (q.next())
        out.append(readOutbox(q));
    return out;
}

Result<QDateTime> OrderStore::nextDue() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'"_s))
        return m_workspace.sqlError(tr("Could not read the outbox"), q.lastError().text());
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return stamp(q.value(0));
}

static Status outboxUpdate(Workspace &workspace, const QString &sql, const QVariantList &values, const QString &what)
{
    return workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return workspace.sqlError(what, q.lastError().text());
        return {};
    });
}

Status OrderStore::beginAttempt(qint64 id, const QDateTime &retryAt)
{
    return outboxUpdate(m_workspace, u"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
                        {iso(retryAt), now(), id}, tr("Could not update outbox entry %1").arg(id));
}

Status OrderStore::markDelivered(qint64 id)
{
    const QString t = now();
    return outboxUpdate(m_workspace,
                        u"UPDATE outbox SET state = 'delivered', last_error = '', delivered_at = ?, updated_at = ? WHERE id = ?"_s,
                        {t, t, id}, tr("Could not update outbox entry %1").arg(id));
}

Status OrderStore::markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt)
{
    return outboxUpdate(m_workspace, u"UPDATE outbox SET last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
                        {nn(error), iso(nextAttemptAt), now(), id}, tr("Could not update outbox entry %1").arg(id));
}

Status OrderStore::markFailed(qint64 id, const QString &error)
{
    return outboxUpdate(m_workspace, u"UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"_s,
                        {nn(error), now(), id}, tr("Could not update outbox entry %1").arg(id));
}

Status OrderStore::retry(qint64 id)
{
    auto entry = outboxEntry(id);
    if (!entry)
        return entry.error();
    if (entry->state == OutboxEntry::State::Delivered || entry->state == OutboxEntry::State::Discarded)
        return Error::input(tr("Outbox entry %1 is %2 and cannot be retried").arg(id).arg(OutboxEntry::stateName(entry->state)),
                            m_workspace.filePath(), tr("Only pending or failed entries can be retried."));
    const QString t = now();
    return outboxUpdate(m_workspace, u"UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
                        {t, t, id}, tr("Could not update outbox entry %1").arg(id));
}

Status OrderStore::discard(qint64 id)
{
    auto entry = outboxEntry(id);
    if (!entry)
        return entry.error();
    if (entry->state == OutboxEntry::State::Delivered)
        return Error::input(tr("Outbox entry %1 is already delivered").arg(id), m_workspace.filePath(),
                            tr("Only pending or failed entries can be discarded."));
    return outboxUpdate(m_workspace, u"UPDATE outbox SET state = 'discarded', updated_at = ? WHERE id = ?"_s, {now(), id},
                        tr("Could not update outbox entry %1").arg(id));
}

Result<QHash<QString, qint64>> OrderStore::outboxCounts() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s))
        return m_workspace.sqlError(tr("Could not read the outbox"), q.lastError().text());
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QList<Subscriber>> OrderStore::subscribers(bool enabledOnly) const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT id, name, url, secret_key, secret_env, event_types, enabled FROM subscribers"_s
                + (enabledOnly ? u" WHERE enabled = 1"_s : QString()) + u" ORDER BY id"_s))
        return m_workspace.sqlError(tr("Could not read the webhook subscribers"), q.lastError().text());
    QList<Subscriber> out;
    while (q.next())
        out.append(readSubscriber(q));
    return out;
}

Result<Subscriber> OrderStore::subscriber(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, name, url, secret_key, secret_env, event_types, enabled FROM subscribers WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the webhook subscribers"), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("There is no webhook subscriber %1").arg(id), m_workspace.filePath());
    return readSubscriber(q);
}

Result<Subscriber> OrderStore::saveSubscriber(const Subscriber &s)
{
    qint64 id = s.id;
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        const QString t = now();
        const QString types = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.eventTypes)).toJson(QJsonDocument::Compact));
        if (id == 0) {
            q.prepare(u"INSERT INTO subscribers (name, url, secret_key, secret_env, event_types, enabled, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v : QVariantList{s.name, s.url, nn(s.secret.key), nn(s.secret.envVar), types, s.enabled, t, t})
                q.addBindValue(v);
        } else {
            q.prepare(u"UPDATE subscribers SET name = ?, url = ?, secret_key = ?, secret_env = ?, event_types = ?, enabled = ?, "
                      "updated_at = ? WHERE id = ?"_s);
            for (const QVariant &v : QVariantList{s.name, s.url, nn(s.secret.key), nn(s.secret.envVar), types, s.enabled, t, id})
                q.addBindValue(v);
        }
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not save the webhook subscriber \"%1\"").arg(s.name), q.lastError().text());
        if (id == 0)
            id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return subscriber(id);
}

Status OrderStore::removeSubscriber(const QString &name)
{
    return outboxUpdate(m_workspace, u"DELETE FROM subscribers WHERE name = ?"_s, {name},
                        tr("Could not remove the webhook subscriber \"%1\"").arg(name));
}

} // namespace crmbridge::orders
