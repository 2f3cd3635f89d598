#include "core/orders/order.h"

#include "core/orders/cloudevent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString Order::erpId() const
{
    return text(data.value(u"erp_id"_s));
}

QString Order::erpNumber() const
{
    return text(data.value(u"erp_number"_s));
}

QString Order::etag() const
{
    return data.value(u"erp_etag"_s).toString();
}

qint64 Order::erpVersion() const
{
    const QJsonValue v = data.value(u"erp_version"_s);
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

QJsonObject Order::toJson() const
{
    return {{u"id"_s, id},
            {u"external_id"_s, externalId},
            {u"state"_s, state},
            {u"data"_s, data},
            {u"created_at"_s, iso(createdAt)},
            {u"updated_at"_s, iso(updatedAt)}};
}

QString OrderEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied: return u"applied"_s;
    case Outcome::Queued: return u"queued"_s;
    case Outcome::Delivered: return u"delivered"_s;
    case Outcome::Retrying: return u"retrying"_s;
    case Outcome::Failed: return u"failed"_s;
    case Outcome::Conflict: return u"conflict"_s;
    case Outcome::Refused: return u"refused"_s;
    case Outcome::Refreshed: return u"refreshed"_s;
    case Outcome::Imported: return u"imported"_s;
    case Outcome::Discarded: return u"discarded"_s;
    }
    return {};
}

std::optional<OrderEvent::Outcome> OrderEvent::outcomeFromName(const QString &name)
{
    for (int i = 0; i <= int(Outcome::Discarded); ++i) {
        if (outcomeName(Outcome(i)) == name)
            return Outcome(i);
    }
    return std::nullopt;
}

QJsonObject OrderEvent::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"order_id"_s, orderId},
                  {u"time"_s, iso(time)},
                  {u"actor"_s, actor},
                  {u"transition"_s, transition},
                  {u"from"_s, fromState},
                  {u"to"_s, toState},
                  {u"mode"_s, mode},
                  {u"outcome"_s, outcomeName(outcome)}};
    if (!request.isEmpty())
        o.insert(u"request"_s, request);
    if (!response.isEmpty())
        o.insert(u"response"_s, response);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (outboxId)
        o.insert(u"outbox_id"_s, outboxId);
    return o;
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Delivered: return u"delivered"_s;
    case State::Failed: return u"failed"_s;
    case State::Discarded: return u"discarded"_s;
    }
    return {};
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromName(const QString &name)
{
    for (State s : {State::Pending, State::Delivered, State::Failed, State::Discarded}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString OutboxEntry::kindName(Kind kind)
{
    return kind == Kind::Event ? u"event"_s : u"action"_s;
}

QJsonObject OutboxEntry::toJson() const
{
    return {{u"id"_s, id},
            {u"order_id"_s, orderId},
            {u"transition"_s, transition},
            {u"kind"_s, kindName(kind)},
            {u"subscriber_id"_s, subscriberId},
            {u"idempotency_key"_s, idempotencyKey},
            {u"attempts"_s, attempts},
            {u"next_attempt_at"_s, iso(nextAttemptAt)},
            {u"state"_s, stateName(state)},
            {u"last_error"_s, lastError},
            {u"created_at"_s, iso(createdAt)},
            {u"delivered_at"_s, deliveredAt.isValid() ? QJsonValue(iso(deliveredAt)) : QJsonValue()}};
}

QJsonObject Subscriber::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"url"_s, url},
            {u"secret"_s, secret.describe()},
            {u"event_types"_s, QJsonArray::fromStringList(eventTypes)},
            {u"enabled"_s, enabled}};
}

QJsonObject OrderConflict::toJson() const
{
    return {{u"local_version"_s, localVersion},
            {u"local_etag"_s, localEtag},
            {u"server_version"_s, serverVersion},
            {u"server_etag"_s, serverEtag},
            {u"server_status"_s, serverStatus}};
}

QString StepResult::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None: return u"none"_s;
    case Failure::NotAllowed: return u"not_allowed"_s;
    case Failure::GuardFailed: return u"guard_failed"_s;
    case Failure::MissingFields: return u"missing_fields"_s;
    case Failure::Conflict: return u"conflict"_s;
    case Failure::Rejected: return u"rejected"_s;
    case Failure::Network: return u"network"_s;
    case Failure::Config: return u"config"_s;
    case Failure::NotFound: return u"not_found"_s;
    }
    return {};
}

QJsonObject StepResult::toJson() const
{
    QJsonObject o{{u"order_id"_s, orderId},
                  {u"transition"_s, transition},
                  {u"mode"_s, notificationModeName(mode)},
                  {u"ok"_s, ok()},
                  {u"state"_s, order.state}};
    if (!ok()) {
        o.insert(u"failure"_s, failureName(failure));
        if (error)
            o.insert(u"error"_s, error->message());
    }
    if (!serverCode.isEmpty())
        o.insert(u"server_code"_s, serverCode);
    if (conflict)
        o.insert(u"conflict"_s, conflict->toJson());
    if (!missingFields.isEmpty())
        o.insert(u"missing_fields"_s, QJsonArray::fromStringList(missingFields));
    if (outboxId)
        o.insert(u"outbox_id"_s, outboxId);
    return o;
}

QJsonObject CloudEvent::make(const QString &workspaceName, const Order &order, const QString &transition,
                             const QString &from, const QString &to, const QString &actor)
{
    QString source = workspaceName;
    source.replace(QLatin1Char(' '), QLatin1Char('-'));
    return {{u"specversion"_s, u"1.0"_s},
            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"source"_s, u"crmbridge://workspace/%1/orders"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(source)))},
            {u"type"_s, QString(u"com.crmbridge.order."_s + transition)},
            {u"subject"_s, u"orders/%1"_s.arg(order.id)},
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"datacontenttype"_s, u"application/json"_s},
            {u"data"_s, QJsonObject{{u"order"_s, order.toJson()},
                                    {u"transition"_s, transition},
                                    {u"from"_s, from},
                                    {u"to"_s, to},
                                    {u"actor"_s, actor}}}};
}

QByteArray CloudEvent::body(const QJsonObject &event)
{
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray CloudEvent::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool CloudEvent::verify(const QByteArray &body, const QByteArray &secret, const QByteArray &header)
{
    const QByteArray expected = signature(body, secret);
    const QByteArray given = header.trimmed();
    if (given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return diff == 0;
}

} // namespace crmbridge::orders
