// OrderService: delivering queued steps and events, refreshing an order from the ERP, importing
// orders from the CRM or the ERP.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/net/entityrequest.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/orders/cloudevent.h"
#include "core/orders/orderaction.h"
#include "core/orders/orderservice.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

StepResult resultFor(const OutboxEntry &entry, NotificationMode mode)
{
    StepResult r;
    r.orderId = entry.orderId;
    r.transition = entry.transition;
    r.mode = mode;
    r.outboxId = entry.id;
    return r;
}

// The endpoint and entity orders are read from: the CRM's deals, or the ERP's orders (the
// endpoint the lifecycle's actions use, else the first ERP endpoint with an "orders" entity).
Result<QPair<Endpoint, Entity>> sourceEntity(Workspace &workspace, OrderSource source, const Lifecycle &lifecycle)
{
    EndpointStore store(workspace);
    const QString entityName = source == OrderSource::Crm ? u"deals"_s : u"orders"_s;
    const EndpointKind kind = source == OrderSource::Crm ? EndpointKind::Crm : EndpointKind::Erp;
    QStringList candidates;
    if (source == OrderSource::Erp) {
        for (const LifecycleTransition &t : lifecycle.transitions) {
            if (!t.action.endpoint.isEmpty() && !candidates.contains(t.action.endpoint))
                candidates.append(t.action.endpoint);
        }
    }
    auto endpoints = store.list();
    if (!endpoints)
        return endpoints.error();
    for (const Endpoint &e : endpoints.value()) {
        if (e.kind == kind && !candidates.contains(e.name))
            candidates.append(e.name);
    }
    for (const QString &name : std::as_const(candidates)) {
        auto endpoint = store.find(name);
        auto entity = store.findEntity(name, entityName);
        if (endpoint && entity)
            return QPair<Endpoint, Entity>(endpoint.value(), entity.value());
    }
    return Error::config(OrderService::tr("No %1 endpoint with an entity \"%2\" in this workspace")
                             .arg(source == OrderSource::Crm ? u"CRM"_s : u"ERP"_s, entityName),
                         workspace.filePath(), OrderService::tr("Add the endpoint and its entity (the demo workspace has them)."));
}

} // namespace

void OrderService::deliverAction(const OutboxEntry &entry, QObject *context, std::function<void(const StepResult &)> done)
{
    StepResult result = resultFor(entry, NotificationMode::Async);
    auto fail = [&](StepResult::Failure failure, const Error &error) {
        result.failure = failure;
        result.error = error;
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    auto order = m_store.find(entry.orderId);
    if (!order)
        return fail(StepResult::Failure::NotFound, order.error());
    auto l = lifecycle();
    if (!l)
        return fail(StepResult::Failure::Config, l.error());
    const LifecycleTransition *t = l->transition(entry.transition);
    if (!t)
        return fail(StepResult::Failure::Config,
                    Error::config(tr("The lifecycle has no transition \"%1\" any more").arg(entry.transition),
                                  tr("outbox entry %1").arg(entry.id), tr("Discard the entry, or add the transition back.")));
    ActionInput input;
    input.order = order.value();
    input.lifecycle = l.value();
    input.transition = *t;
    input.transition.to = entry.payload.value(u"to"_s).toString(t->to);
    input.from = entry.payload.value(u"from"_s).toString();
    input.idempotencyKey = entry.idempotencyKey;
    input.confirmedProductionWrite = entry.payload.value(u"confirmed"_s).toBool();
    input.acceptAlreadyApplied = true;
    ActionRunner::run(*this, input, context, [this, entry, result, done](const ActionOutcome &outcome) mutable {
        result.httpStatus = outcome.httpStatus;
        result.retryable = outcome.retryable;
        result.serverCode = outcome.serverCode;
        result.conflict = outcome.conflict;
        OrderEvent e;
        e.orderId = entry.orderId;
        e.actor = tr("outbox worker");
        e.transition = entry.transition;
        e.fromState = entry.payload.value(u"from"_s).toString();
        e.toState = entry.payload.value(u"to"_s).toString();
        e.mode = notificationModeName(NotificationMode::Async);
        e.request = outcome.request;
        e.response = outcome.response;
        e.outboxId = entry.id;
        if (outcome.ok()) {
            // Merge into the order as it is now (later steps may have changed its state).
            const Status saved = m_workspace.transaction([&](QSqlDatabase &) -> Status {
                auto current = m_store.find(entry.orderId);
                if (!current)
                    return current.error();
                Order changed = current.value();
                for (auto it = outcome.orderFields.begin(); it != outcome.orderFields.end(); ++it)
                    changed.data.insert(it.key(), it.value());
                if (Status s = m_store.update(changed); !s)
                    return s;
                if (Status s = m_store.markDelivered(entry.id); !s)
                    return s;
                e.outcome = OrderEvent::Outcome::Delivered;
                auto id = m_store.appendEvent(e);
                if (!id)
                    return id.error();
                result.order = changed;
                result.eventId = id.value();
                return {};
            });
            if (!saved) {
                result.failure = StepResult::Failure::Config;
                result.error = saved.error();
                result.retryable = true;
            }
        } else {
            result.failure = outcome.failure;
            result.error = outcome.error;
        }
        emit orderChanged(entry.orderId);
        done(result);
    });
}

void OrderService::deliverEvent(const OutboxEntry &entry, QObject *context, std::function<void(const StepResult &)> done)
{
    StepResult result = resultFor(entry, NotificationMode::Event);
    auto subscriber = m_store.subscriber(entry.subscriberId);
    if (!subscriber) {
        result.failure = StepResult::Failure::Config;
        result.error = subscriber.error();
        QTimer::singleShot(0, context, [done, result] { done(result); });
        return;
    }
    const Subscriber s = subscriber.value();
    const QByteArray body = entry.payload.value(u"body"_s).toString().toUtf8();
    QPointer<QObject> guard(context);
    auto post = [this, s, entry, body, result, done, guard](const QByteArray &secret) mutable {
        if (!guard)
            return;
        const QString key = u"webhook:%1"_s.arg(s.id);
        HttpClient *client = m_clients.value(key);
        if (!client) {
            Endpoint endpoint;
            endpoint.name = tr("webhook %1").arg(s.name);
            endpoint.baseUrl = s.url;
            endpoint.timeoutMs = 30000;
            client = new HttpClient(endpoint, this);
            client->setEnvironment(m_environment);
            client->setSecretStore(m_secrets);
            client->setActivityRecorder(m_activity);
            m_clients.insert(key, client);
        }
        HttpRequest request;
        request.method = "POST";
        request.body = body;
        request.expandBody = false;
        request.contentType = QString::fromLatin1(CloudEvent::ContentType);
        request.idempotencyKey = entry.idempotencyKey;
        request.context = tr("event %1 for order %2 to %3").arg(entry.transition).arg(entry.orderId).arg(s.name);
        QJsonObject headers{{u"Idempotency-Key"_s, entry.idempotencyKey}};
        if (!secret.isEmpty()) {
            const QByteArray signature = CloudEvent::signature(body, secret);
            request.headers.append({QString::fromLatin1(CloudEvent::SignatureHeader), QString::fromLatin1(signature)});
            headers.insert(QString::fromLatin1(CloudEvent::SignatureHeader), QString::fromLatin1(signature));
        }
        const QJsonObject sent{{u"method"_s, u"POST"_s}, {u"subscriber"_s, s.name}, {u"headers"_s, headers},
                               {u"body"_s, QJsonDocument::fromJson(body).object()}};
        client->send(request, guard, [this, entry, result, done, sent](const HttpResponse &r) mutable {
            result.httpStatus = r.status;
            OrderEvent e;
            e.orderId = entry.orderId;
            e.actor = tr("outbox worker");
            e.transition = entry.transition;
            e.mode = notificationModeName(NotificationMode::Event);
            e.fromState = entry.payload.value(u"from"_s).toString();
            e.toState = entry.payload.value(u"to"_s).toString();
            e.request = sent;
            e.request.insert(u"url"_s, r.displayUrl);
            e.response = QJsonObject{{u"status"_s, r.status}, {u"body"_s, QString::fromUtf8(r.body.left(4096))}};
            e.outboxId = entry.id;
            if (r.ok()) {
                const Status saved = m_workspace.transaction([&](QSqlDatabase &) -> Status {
                    if (Status st = m_store.markDelivered(entry.id); !st)
                        return st;
                    e.outcome = OrderEvent::Outcome::Delivered;
                    auto id = m_store.appendEvent(e);
                    return id ? Status() : Status(id.error());
                });
                if (!saved) {
                    result.failure = StepResult::Failure::Config;
                    result.error = saved.error();
                    result.retryable = true;
                }
            } else {
                result.failure = r.status == 0 || r.status >= 500 ? StepResult::Failure::Network : StepResult::Failure::Rejected;
                result.retryable = r.status == 0 || r.status >= 500 || r.status == 429 || r.status == 408;
                result.error = r.error.value_or(Error::internal(tr("No answer")));
            }
            emit orderChanged(entry.orderId);
            done(result);
        });
    };
    if (s.secret.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, [post]() mutable { post({}); });
        return;
    }
    m_secrets->read(s.secret, this, [post, result, done, s](const Result<QByteArray> &secret) mutable {
        if (!secret) {
            result.failure = StepResult::Failure::Config;
            result.error = Error::config(tr("The signing secret of the webhook subscriber \"%1\" is not available: %2")
                                             .arg(s.name, secret.error().message()),
                                         s.secret.describe(), tr("Store the secret in the keychain, or set the environment variable."));
            done(result);
            return;
        }
        post(secret.value());
    });
}

qint64 OrderService::refresh(qint64 orderId)
{
    const qint64 id = nextRequestId();
    QTimer::singleShot(0, this, [this, id, orderId] {
        auto order = m_store.find(orderId);
        auto l = lifecycle();
        if (!order || !l) {
            emit refreshed(id, orderId, false, (!order ? order.error() : l.error()).message());
            return;
        }
        auto source = sourceEntity(m_workspace, OrderSource::Erp, l.value());
        if (!source) {
            emit refreshed(id, orderId, false, source.error().message());
            return;
        }
        auto request = EntityRequest::build(source->second, EntityOperationKind::Get, order->erpId());
        auto c = client(source->first.name);
        if (order->erpId().isEmpty() || !request || !c) {
            emit refreshed(id, orderId, false,
                           order->erpId().isEmpty() ? tr("Order %1 is not in the ERP yet.").arg(orderId)
                                                    : (!request ? request.error() : c.error()).message());
            return;
        }
        const Lifecycle lifecycle = l.value();
        c.value()->send(request.value(), this, [this, id, orderId, lifecycle](const HttpResponse &r) {
            if (!r.ok()) {
                emit refreshed(id, orderId, false, r.error ? r.error->message() : QString());
                return;
            }
            const QJsonObject erp = QJsonDocument::fromJson(r.body).object();
            auto current = m_store.find(orderId);
            if (!current) {
                emit refreshed(id, orderId, false, current.error().message());
                return;
            }
            Order changed = current.value();
            for (auto it = erp.begin(); it != erp.end(); ++it) {
                if (it.key() != u"id" && it.key() != u"number" && it.key() != u"status" && it.key() != u"version")
                    changed.data.insert(it.key(), it.value());
            }
            changed.data.insert(u"erp_status"_s, erp.value(u"status"_s));
            changed.data.insert(u"erp_version"_s, erp.value(u"version"_s));
            changed.data.insert(u"erp_number"_s, erp.value(u"number"_s));
            changed.data.insert(u"erp_etag"_s, QString::fromLatin1(r.header("ETag")));
            const QString from = changed.state;
            if (const auto state = lifecycle.stateForCode(Lifecycle::ErpStatusMap, erp.value(u"status"_s).toString()))
                changed.state = *state;
            OrderEvent e;
            e.orderId = orderId;
            e.actor = m_actor;
            e.fromState = from;
            e.toState = changed.state;
            e.outcome = OrderEvent::Outcome::Refreshed;
            e.request = QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, r.displayUrl}};
            e.response = QJsonObject{{u"status"_s, r.status}, {u"headers"_s, QJsonObject{{u"ETag"_s, QString::fromLatin1(r.header("ETag"))}}}};
            const Status saved = m_workspace.transaction([&](QSqlDatabase &) -> Status {
                if (Status s = m_store.update(changed); !s)
                    return s;
                auto eid = m_store.appendEvent(e);
                return eid ? Status() : Status(eid.error());
            });
            emit orderChanged(orderId);
            emit refreshed(id, orderId, saved.ok(), saved ? QString() : saved.error().message());
        });
    });
    return id;
}

qint64 OrderService::importOrders(OrderSource source, int limit)
{
    const qint64 id = nextRequestId();
    QTimer::singleShot(0, this, [this, id, source, limit] {
        auto l = lifecycle();
        if (!l) {
            emit importFinished(id, 0, 0, l.error().message());
            return;
        }
        auto from = sourceEntity(m_workspace, source, l.value());
        if (!from) {
            emit importFinished(id, 0, 0, from.error().message());
            return;
        }
        auto c = client(from->first.name);
        if (!c) {
            emit importFinished(id, 0, 0, c.error().message());
            return;
        }
        auto *walker = new PageWalker(c.value(), from->second, this);
        if (source == OrderSource::Crm) {
            // HubSpot sends a default property set unless asked: ask for what an order needs.
            walker->setQuery({{u"properties"_s, u"dealname,amount,dealstage,pipeline,closedate,erp_order_no,deal_currency_code"_s}});
        }
        struct Counts
        {
            int inserted = 0;
            int updated = 0;
            int seen = 0;
            QString error;
        };
        auto counts = std::make_shared<Counts>();
        const Lifecycle lifecycle = l.value();
        const QString actor = m_actor;
        connect(walker, &PageWalker::pageReady, this, [this, walker, counts, source, limit, lifecycle, actor](const QJsonArray &records, int) {
            const Status saved = m_workspace.transaction([&](QSqlDatabase &) -> Status {
                for (const QJsonValue &v : records) {
                    if (limit > 0 && counts->seen >= limit)
                        break;
                    ++counts->seen;
                    const QJsonObject record = v.toObject();
                    Order order;
                    if (source == OrderSource::Erp) {
                        const QString erpId = QString::number(record.value(u"id"_s).toInteger());
                        order.externalId = u"erp:"_s + erpId;
                        order.data = record;
                        // id, number, status and version live on as erp_*: one name for each fact.
                        for (const QString &key : {u"id"_s, u"number"_s, u"status"_s, u"version"_s})
                            order.data.remove(key);
                        order.data.insert(u"erp_id"_s, erpId);
                        order.data.insert(u"erp_number"_s, record.value(u"number"_s));
                        order.data.insert(u"erp_status"_s, record.value(u"status"_s));
                        order.data.insert(u"erp_version"_s, record.value(u"version"_s));
                        order.data.insert(u"erp_etag"_s, QString()); // lists carry no ETag: read before the next change
                        order.state = lifecycle.stateForCode(Lifecycle::ErpStatusMap, record.value(u"status"_s).toString())
                                          .value_or(lifecycle.initialState());
                    } else {
                        const QString dealId = record.value(u"id"_s).toString();
                        const QJsonObject p = record.value(u"properties"_s).toObject();
                        order.externalId = u"crm:"_s + dealId;
                        order.data = p;
                        order.data.insert(u"crm_deal_id"_s, dealId);
                        order.data.insert(u"currency"_s, p.value(u"deal_currency_code"_s));
                        order.data.insert(u"total"_s, p.value(u"amount"_s));
                        order.state = lifecycle.stateForCode(Lifecycle::CrmStageMap, p.value(u"dealstage"_s).toString())
                                          .value_or(lifecycle.initialState());
                    }
                    auto upserted = m_store.upsert(order);
                    if (!upserted)
                        return upserted.error();
                    if (upserted->second) {
                        ++counts->inserted;
                        OrderEvent e;
                        e.orderId = upserted->first;
                        e.actor = actor;
                        e.toState = order.state;
                        e.outcome = OrderEvent::Outcome::Imported;
                        e.response = QJsonObject{{u"source"_s, source == OrderSource::Crm ? u"crm"_s : u"erp"_s}};
                        if (auto eid = m_store.appendEvent(e); !eid)
                            return eid.error();
                    } else {
                        ++counts->updated;
                    }
                }
                return {};
            });
            if (!saved) {
                counts->error = saved.error().message();
                walker->cancel();
            } else if (limit > 0 && counts->seen >= limit) {
                walker->cancel();
            }
        });
        connect(walker, &PageWalker::finished, this, [this, walker, counts, id, limit](bool ok) {
            QString error = counts->error;
            if (error.isEmpty() && !ok && !(limit > 0 && counts->seen >= limit))
                error = walker->status().error().message();
            walker->deleteLater();
            emit orderChanged(0);
            emit importFinished(id, counts->inserted, counts->updated, error);
        });
        walker->start();
    });
    return id;
}

} // namespace crmbridge::orders
