#include "core/orders/orderservice.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/orders/cloudevent.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderaction.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

QString osUser()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without USER; the account name still exists.
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()); entry != nullptr && entry->pw_name != nullptr)
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? OrderService::tr("unknown user") : user;
}

QJsonObject merged(QJsonObject data, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            data.remove(it.key());
        else
            data.insert(it.key(), it.value());
    }
    return data;
}

} // namespace

OrderService::OrderService(Workspace &workspace, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_store(workspace), m_secrets(secrets), m_actor(osUser())
{
    qRegisterMetaType<crmbridge::orders::StepResult>();
    qRegisterMetaType<crmbridge::orders::OutboxEntry>();
}

OrderService::~OrderService() = default;

void OrderService::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    for (HttpClient *client : std::as_const(m_clients))
        client->setEnvironment(environment);
}

void OrderService::setActivityRecorder(ActivityRecorder *recorder)
{
    m_activity = recorder;
    for (HttpClient *client : std::as_const(m_clients))
        client->setActivityRecorder(recorder);
}

void OrderService::setLifecycle(const Lifecycle &lifecycle)
{
    m_lifecycleOverride = lifecycle;
}

Result<Lifecycle> OrderService::lifecycle() const
{
    if (m_lifecycleOverride)
        return *m_lifecycleOverride;
    return LifecycleStore(m_workspace).load();
}

Result<HttpClient *> OrderService::client(const QString &endpointName)
{
    if (HttpClient *existing = m_clients.value(endpointName))
        return existing;
    auto endpoint = EndpointStore(m_workspace).find(endpointName);
    if (!endpoint)
        return endpoint.error();
    auto *client = new HttpClient(endpoint.value(), this);
    client->setEnvironment(m_environment);
    client->setSecretStore(m_secrets);
    client->setActivityRecorder(m_activity);
    m_clients.insert(endpointName, client);
    return client;
}

Result<QList<Order>> OrderService::list(const OrderFilter &filter) const
{
    return m_store.list(filter);
}

Result<Order> OrderService::order(qint64 id) const
{
    return m_store.find(id);
}

Result<QList<OrderEvent>> OrderService::timeline(qint64 id) const
{
    if (auto found = m_store.find(id); !found)
        return found.error();
    return m_store.events(id);
}

Result<QList<LifecycleTransition>> OrderService::availableTransitions(qint64 id) const
{
    auto found = m_store.find(id);
    if (!found)
        return found.error();
    auto l = lifecycle();
    if (!l)
        return l.error();
    return l->transitionsFrom(found->state);
}

StepResult OrderService::check(const Order &order, const QString &transitionName) const
{
    StepResult result;
    result.orderId = order.id;
    result.transition = transitionName;
    result.order = order;
    auto l = lifecycle();
    if (!l) {
        result.failure = StepResult::Failure::Config;
        result.error = l.error();
        return result;
    }
    const LifecycleTransition *t = l->transition(transitionName);
    if (!t || !t->from.contains(order.state)) {
        QStringList possible;
        for (const LifecycleTransition &other : l->transitionsFrom(order.state))
            possible.append(other.name);
        result.failure = StepResult::Failure::NotAllowed;
        result.error = Error::input(
            t ? tr("Order %1 is %2; the transition \"%3\" leaves from %4 only").arg(order.id).arg(order.state, transitionName, t->from.join(u", "_s))
              : tr("The lifecycle has no transition \"%1\"").arg(transitionName),
            tr("order %1").arg(order.id),
            possible.isEmpty() ? tr("No transition leaves the state %1.").arg(order.state)
                               : tr("From %1 the order can: %2.").arg(order.state, possible.join(u", "_s)));
        return result;
    }
    result.mode = t->mode;
    const QJsonObject record = OrderFormulas::record(order, t->name, order.state, t->to);
    result.missingFields = OrderFormulas::missingFields(t->requiredFields, record);
    if (!result.missingFields.isEmpty()) {
        result.failure = StepResult::Failure::MissingFields;
        result.error = Error::input(tr("Order %1 cannot \"%2\": required field(s) blank: %3")
                                        .arg(order.id)
                                        .arg(transitionName, result.missingFields.join(u", "_s)),
                                    tr("order %1").arg(order.id), tr("Fill the fields (crmbridge-cli order set) and step again."));
        return result;
    }
    if (const auto why = OrderFormulas::guardFails(*l, t->guard, record)) {
        result.failure = StepResult::Failure::GuardFailed;
        result.error = Error::input(tr("Order %1 cannot \"%2\": %3").arg(order.id).arg(transitionName, *why), tr("order %1").arg(order.id),
                                    tr("Change the order so that the guard holds, or change the lifecycle."));
    }
    return result;
}

void OrderService::recordRefusal(const Order &order, const StepResult &result, const QString &actor)
{
    if (order.id == 0)
        return;
    OrderEvent e;
    e.orderId = order.id;
    e.actor = actor;
    e.transition = result.transition;
    e.fromState = order.state;
    e.mode = notificationModeName(result.mode);
    e.outcome = OrderEvent::Outcome::Refused;
    e.error = result.error ? result.error->message() : QString();
    (void)m_store.appendEvent(e);
}

qint64 OrderService::step(qint64 orderId, const QString &transition, const StepOptions &options)
{
    const qint64 id = nextRequestId();
    // Always answer through the event loop, even for an immediate refusal: callers connect after calling.
    QTimer::singleShot(0, this, [this, id, orderId, transition, options] {
        runStep(id, orderId, transition, options, [this, id](const StepResult &r) { emit stepFinished(id, r); });
    });
    return id;
}

qint64 OrderService::stepMany(const QList<qint64> &orderIds, const QString &transition, const StepOptions &options, int parallel)
{
    const qint64 batch = nextRequestId();
    struct Bulk
    {
        QList<qint64> queue;
        int total = 0;
        int done = 0;
        int succeeded = 0;
        int running = 0;
        std::function<void()> pump; ///< holds the batch alive until it ends (then cleared)
    };
    auto bulk = std::make_shared<Bulk>();
    bulk->queue = orderIds;
    bulk->total = int(orderIds.size());
    bulk->pump = [this, bulk, batch, transition, options, parallel] {
        while (bulk->running < qMax(1, parallel) && !bulk->queue.isEmpty()) {
            const qint64 orderId = bulk->queue.takeFirst();
            ++bulk->running;
            runStep(batch, orderId, transition, options, [this, bulk, batch](const StepResult &r) {
                --bulk->running;
                ++bulk->done;
                if (r.ok())
                    ++bulk->succeeded;
                emit stepFinished(batch, r);
                emit bulkProgress(batch, bulk->done, bulk->total);
                if (bulk->done == bulk->total) {
                    emit bulkFinished(batch, bulk->succeeded, bulk->total - bulk->succeeded);
                    // Break the cycle later: this may run inside pump() itself.
                    QTimer::singleShot(0, this, [bulk] { bulk->pump = nullptr; });
                } else {
                    QTimer::singleShot(0, this, [bulk] {
                        if (bulk->pump)
                            bulk->pump();
                    });
                }
            });
        }
    };
    QTimer::singleShot(0, this, [this, bulk, batch] {
        if (bulk->total == 0) {
            bulk->pump = nullptr;
            emit bulkFinished(batch, 0, 0);
        } else {
            bulk->pump();
        }
    });
    return batch;
}

void OrderService::finishStep(StepResult result, std::function<void(const StepResult &)> done)
{
    if (result.orderId)
        emit orderChanged(result.orderId);
    done(result);
}

void OrderService::runStep(qint64 requestId, qint64 orderId, const QString &transitionName, const StepOptions &options,
                           std::function<void(const StepResult &)> done)
{
    const QString actor = options.actor.isEmpty() ? m_actor : options.actor;
    auto found = m_store.find(orderId);
    if (!found) {
        StepResult r;
        r.requestId = requestId;
        r.orderId = orderId;
        r.transition = transitionName;
        r.failure = StepResult::Failure::NotFound;
        r.error = found.error();
        done(r);
        return;
    }
    const Order order = found.value();
    StepResult result = check(order, transitionName);
    result.requestId = requestId;
    if (options.mode)
        result.mode = *options.mode;
    if (!result.ok()) {
        recordRefusal(order, result, actor);
        finishStep(result, done);
        return;
    }
    auto l = lifecycle();
    const Lifecycle lifecycle = l.value();
    const LifecycleTransition t = *lifecycle.transition(transitionName);
    const QString from = order.state;
    const QString mode = notificationModeName(result.mode);

    if (m_environment.production && !options.confirmedProductionWrite && t.action.kind != LifecycleAction::Kind::None
        && result.mode != NotificationMode::Event) {
        result.failure = StepResult::Failure::Config;
        result.error = Error::config(tr("The environment \"%1\" is production; stepping orders writes to it").arg(m_environment.name),
                                     tr("order %1").arg(order.id), tr("Confirm the write (the CLI's --yes) and step again."));
        recordRefusal(order, result, actor);
        finishStep(result, done);
        return;
    }

    if (result.mode == NotificationMode::Async || result.mode == NotificationMode::Event) {
        Order changed = order;
        changed.state = t.to;
        QList<qint64> outboxIds;
        qint64 eventId = 0;
        const Status committed = m_workspace.transaction([&](QSqlDatabase &) -> Status {
            if (Status s = m_store.update(changed); !s)
                return s;
            if (result.mode == NotificationMode::Async && t.action.kind != LifecycleAction::Kind::None) {
                OutboxEntry entry;
                entry.orderId = order.id;
                entry.transition = t.name;
                entry.kind = OutboxEntry::Kind::Action;
                entry.payload = QJsonObject{{u"from"_s, from}, {u"to"_s, t.to}, {u"actor"_s, actor},
                                            {u"confirmed"_s, options.confirmedProductionWrite}};
                entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
                auto id = m_store.enqueue(entry);
                if (!id)
                    return id.error();
                outboxIds.append(id.value());
            } else if (result.mode == NotificationMode::Event) {
                if (Status s = queueEvents(changed, t, from, actor, &outboxIds); !s)
                    return s;
            }
            OrderEvent e;
            e.orderId = order.id;
            e.actor = actor;
            e.transition = t.name;
            e.fromState = from;
            e.toState = t.to;
            e.mode = mode;
            e.outcome = OrderEvent::Outcome::Queued;
            e.outboxId = outboxIds.value(0);
            e.response = QJsonObject{{u"outbox"_s, QJsonArray::fromVariantList(QVariantList(outboxIds.begin(), outboxIds.end()))}};
            auto eid = m_store.appendEvent(e);
            if (!eid)
                return eid.error();
            eventId = eid.value();
            return {};
        });
        if (!committed) {
            result.failure = StepResult::Failure::Config;
            result.error = committed.error();
        } else {
            result.order = changed;
            result.outboxId = outboxIds.value(0);
            result.eventId = eventId;
            if (!outboxIds.isEmpty())
                emit outboxChanged();
        }
        finishStep(result, done);
        return;
    }

    // Sync: the ERP first; the order changes only when it accepted.
    ActionInput input;
    input.order = order;
    input.lifecycle = lifecycle;
    input.transition = t;
    input.from = from;
    input.confirmedProductionWrite = options.confirmedProductionWrite;
    ActionRunner::run(*this, input, this, [this, result, order, t, from, mode, actor, done](const ActionOutcome &outcome) mutable {
        OrderEvent e;
        e.orderId = order.id;
        e.actor = actor;
        e.transition = t.name;
        e.fromState = from;
        e.toState = t.to;
        e.mode = mode;
        e.request = outcome.request;
        e.response = outcome.response;
        if (outcome.ok()) {
            Order changed = order;
            changed.state = t.to;
            changed.data = merged(order.data, outcome.orderFields);
            e.outcome = OrderEvent::Outcome::Applied;
            qint64 eventId = 0;
            const Status committed = m_workspace.transaction([&](QSqlDatabase &) -> Status {
                if (Status s = m_store.update(changed); !s)
                    return s;
                auto id = m_store.appendEvent(e);
                if (!id)
                    return id.error();
                eventId = id.value();
                return {};
            });
            if (committed) {
                result.order = changed;
                result.eventId = eventId;
            } else {
                result.failure = StepResult::Failure::Config;
                result.error = Error::io(tr("The ERP accepted the step, but the workspace could not record it: %1")
                                             .arg(committed.error().message()),
                                         tr("order %1").arg(order.id), tr("Refresh the order from the ERP before stepping it again."));
            }
        } else {
            e.outcome = outcome.failure == StepResult::Failure::Conflict ? OrderEvent::Outcome::Conflict : OrderEvent::Outcome::Failed;
            e.error = outcome.error ? outcome.error->message() : QString();
            auto id = m_store.appendEvent(e);
            result.eventId = id ? id.value() : 0;
            result.failure = outcome.failure;
            result.error = outcome.error;
            result.serverCode = outcome.serverCode;
            result.conflict = outcome.conflict;
        }
        finishStep(result, done);
    });
}

Status OrderService::queueEvents(const Order &order, const LifecycleTransition &transition, const QString &from, const QString &actor,
                                 QList<qint64> *outboxIds)
{
    auto subscribers = m_store.subscribers(true);
    if (!subscribers)
        return subscribers.error();
    const QString workspaceName = m_workspace.displayName();
    for (const Subscriber &s : subscribers.value()) {
        const QJsonObject event = CloudEvent::make(workspaceName, order, transition.name, from, transition.to, actor);
        if (!s.eventTypes.isEmpty() && !s.eventTypes.contains(event.value(u"type"_s).toString()))
            continue;
        OutboxEntry entry;
        entry.orderId = order.id;
        entry.transition = transition.name;
        entry.kind = OutboxEntry::Kind::Event;
        entry.subscriberId = s.id;
        entry.payload = QJsonObject{{u"body"_s, QString::fromUtf8(CloudEvent::body(event))},
                                    {u"type"_s, event.value(u"type"_s)},
                                    {u"from"_s, from},
                                    {u"to"_s, transition.to}};
        entry.idempotencyKey = event.value(u"id"_s).toString();
        auto id = m_store.enqueue(entry);
        if (!id)
            return id.error();
        outboxIds->append(id.value());
    }
    return {};
}

Status OrderService::setFields(qint64 orderId, const QJsonObject &fields)
{
    auto found = m_store.find(orderId);
    if (!found)
        return found.error();
    Order changed = found.value();
    changed.data = merged(changed.data, fields);
    if (Status s = m_store.update(changed); !s)
        return s;
    emit orderChanged(orderId);
    return {};
}

Result<Order> OrderService::addOrder(Order order)
{
    if (order.state.isEmpty()) {
        auto l = lifecycle();
        if (!l)
            return l.error();
        order.state = l->initialState();
    }
    auto inserted = m_store.insert(order);
    if (inserted)
        emit orderChanged(inserted->id);
    return inserted;
}

Result<QList<OutboxEntry>> OrderService::outbox(std::optional<OutboxEntry::State> state) const
{
    return m_store.outbox(state);
}

Status OrderService::retryOutboxEntry(qint64 id)
{
    Status s = m_store.retry(id);
    if (s)
        emit outboxChanged();
    return s;
}

Status OrderService::discardOutboxEntry(qint64 id)
{
    auto entry = m_store.outboxEntry(id);
    Status s = m_store.discard(id);
    if (s && entry) {
        OrderEvent e;
        e.orderId = entry->orderId;
        e.actor = m_actor;
        e.transition = entry->transition;
        e.outcome = OrderEvent::Outcome::Discarded;
        e.outboxId = id;
        (void)m_store.appendEvent(e);
        emit outboxChanged();
        emit orderChanged(entry->orderId);
    }
    return s;
}

} // namespace crmbridge::orders
