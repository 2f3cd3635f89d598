#pragma once

#include "core/endpoints/environment.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/orders/lifecycle.h"
#include "core/orders/order.h"
#include "core/orders/orderstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace crmbridge {
class HttpClient;
class Workspace;
}

namespace crmbridge::orders {

class ActionRunner;

/// Where `importOrders` reads from.
enum class OrderSource {
    Crm, ///< the CRM's deals (Demo CRM `deals`): state from the deal stage
    Erp, ///< the ERP's orders (Demo ERP `orders`): state from the status code
};

/// Options of one step.
struct StepOptions
{
    std::optional<NotificationMode> mode; ///< the transition's own mode when not set
    bool confirmedProductionWrite = false; ///< the user confirmed a write to a production environment
    QString actor;                         ///< who; the service's actor when empty
};

/// The order lifecycle for the window and the CLI: lists orders, shows their timelines, and steps
/// them through the workspace's lifecycle in sync, async or event mode.
///
/// Guarantees: nothing here blocks — network answers come back through the event loop and every
/// result is a queued signal (stepFinished, importFinished, refreshed) tagged with the request id
/// the call returned; a sync step changes the order only when the ERP accepted it; an async or
/// event step commits the state change, its timeline line and its outbox rows in one workspace
/// transaction; every attempt, refused or not, is on the order's timeline. Lives in one thread
/// (its HttpClients do).
class OrderService : public QObject
{
    Q_OBJECT

public:
    OrderService(Workspace &workspace, SecretStore *secrets, QObject *parent = nullptr);
    ~OrderService() override;

    Workspace &workspace() const { return m_workspace; }
    OrderStore &store() { return m_store; }
    void setEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }
    void setActivityRecorder(ActivityRecorder *recorder);
    /// Who steps orders (timeline "by whom"); default: the OS user name.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    /// Tests and benchmarks: use this lifecycle instead of the workspace's.
    void setLifecycle(const Lifecycle &lifecycle);
    /// The lifecycle in use (the workspace's, or the standard one).
    Result<Lifecycle> lifecycle() const;

    // Reading (synchronous, small queries)
    Result<QList<Order>> list(const OrderFilter &filter = {}) const;
    Result<Order> order(qint64 id) const;
    Result<QList<OrderEvent>> timeline(qint64 id) const;
    /// The transitions the lifecycle offers from the order's state.
    Result<QList<LifecycleTransition>> availableTransitions(qint64 id) const;
    /// Checks a step without doing it: the transition exists from the state, the guard holds,
    /// required fields are filled. The failure says which.
    StepResult check(const Order &order, const QString &transition) const;

    // Changing (asynchronous; results arrive as signals)
    /// Steps one order. Returns the request id stepFinished carries.
    qint64 step(qint64 orderId, const QString &transition, const StepOptions &options = {});
    /// Steps several orders (at most `parallel` in flight); stepFinished for each, bulkProgress
    /// as they finish, bulkFinished at the end. Returns the batch id.
    qint64 stepMany(const QList<qint64> &orderIds, const QString &transition, const StepOptions &options = {},
                    int parallel = 4);
    /// Reads the order again from the ERP (status, version, ETag) — the "refresh" of a 412.
    qint64 refresh(qint64 orderId);
    /// Loads orders from the CRM's deals or the ERP's orders into the workspace (insert or
    /// update by external id). `limit` 0 reads everything.
    qint64 importOrders(OrderSource source, int limit = 0);
    /// Merges `fields` into the order's data (a null value removes the field).
    Status setFields(qint64 orderId, const QJsonObject &fields);
    /// Adds a local order (created in the initial state unless `order.state` is set).
    Result<Order> addOrder(Order order);

    // Outbox (the OutboxWorker delivers; these are the analyst's buttons)
    Result<QList<OutboxEntry>> outbox(std::optional<OutboxEntry::State> state = std::nullopt) const;
    Status retryOutboxEntry(qint64 id);
    Status discardOutboxEntry(qint64 id);

    /// For OutboxWorker: performs the action of a queued step. `done` gets the result (the
    /// order's data already updated on success).
    void deliverAction(const OutboxEntry &entry, QObject *context, std::function<void(const StepResult &)> done);
    /// For OutboxWorker: POSTs a queued event to its subscriber.
    void deliverEvent(const OutboxEntry &entry, QObject *context, std::function<void(const StepResult &)> done);
    /// The client for an endpoint (created on first use, environment and secrets set).
    Result<HttpClient *> client(const QString &endpointName);
    SecretStore *secretStore() const { return m_secrets; }

signals:
    void stepFinished(qint64 requestId, const crmbridge::orders::StepResult &result);
    void bulkProgress(qint64 batchId, int done, int total);
    void bulkFinished(qint64 batchId, int succeeded, int failed);
    void refreshed(qint64 requestId, qint64 orderId, bool ok, const QString &error);
    void importFinished(qint64 requestId, int inserted, int updated, const QString &error);
    /// An order's state, data or timeline changed (id 0: many changed).
    void orderChanged(qint64 orderId);
    /// The outbox got new rows or a row changed state.
    void outboxChanged();

private:
    friend class ActionRunner;
    qint64 nextRequestId() { return ++m_lastRequestId; }
    void runStep(qint64 requestId, qint64 orderId, const QString &transition, const StepOptions &options,
                 std::function<void(const StepResult &)> done);
    void finishStep(StepResult result, std::function<void(const StepResult &)> done);
    Status queueEvents(const Order &order, const LifecycleTransition &transition, const QString &from,
                       const QString &actor, QList<qint64> *outboxIds);
    void recordRefusal(const Order &order, const StepResult &result, const QString &actor);

    Workspace &m_workspace;
    OrderStore m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<ActivityRecorder> m_activity;
    Environment m_environment;
    QString m_actor;
    std::optional<Lifecycle> m_lifecycleOverride;
    QHash<QString, HttpClient *> m_clients;
    qint64 m_lastRequestId = 0;
};

} // namespace crmbridge::orders
