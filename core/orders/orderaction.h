#pragma once

#include "core/net/httpmessage.h"
#include "core/orders/lifecycle.h"
#include "core/orders/order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace crmbridge::orders {

class OrderService;

/// What the order looks like to guards and templates: its data plus `step` {from, to,
/// transition}. Formulas compile with the lifecycle's value maps.
class OrderFormulas
{
    Q_DECLARE_TR_FUNCTIONS(OrderFormulas)

public:
    /// The guard's verdict: nullopt when it holds, else why not (false, or the formula's error).
    static std::optional<QString> guardFails(const Lifecycle &lifecycle, const QString &guard, const QJsonObject &record);
    /// Required fields that are blank (missing, null, "", an empty list).
    static QStringList missingFields(const QStringList &fields, const QJsonObject &record);
    /// The body template with every "=formula" string replaced by its value.
    static Result<QJsonObject> fill(const Lifecycle &lifecycle, const QJsonObject &bodyTemplate, const QJsonObject &record,
                                    const QString &where);
    static QJsonObject record(const Order &order, const QString &transition, const QString &from, const QString &to);
    /// "/orders/{erp_id}" with the order's fields filled in, percent-encoded; an empty field is an error.
    static Result<QString> path(const QString &pathTemplate, const QJsonObject &record, const QString &where);
};

/// The input of one action run.
struct ActionInput
{
    Order order;
    Lifecycle lifecycle;
    LifecycleTransition transition;
    QString from;
    QString idempotencyKey;       ///< sent as Idempotency-Key (always for creates and outbox deliveries)
    bool confirmedProductionWrite = false;
    bool acceptAlreadyApplied = false; ///< outbox: a 412 where the ERP already has the target status counts as done
};

/// What the action did: the request and answer for the timeline, the fields to merge into the
/// order, or the failure.
struct ActionOutcome
{
    StepResult::Failure failure = StepResult::Failure::None;
    std::optional<Error> error;
    QString serverCode;
    std::optional<OrderConflict> conflict;
    int httpStatus = 0;
    bool retryable = false;  ///< a later attempt may succeed (no answer, 5xx, 429)
    QJsonObject request;     ///< for the timeline
    QJsonObject response;
    QJsonObject orderFields; ///< merge into Order::data on success
    bool ok() const { return failure == StepResult::Failure::None; }
};

/// Runs a transition's action (REST, create-ERP-order, SOAP) for one order through the
/// service's HttpClients. Asynchronous; deletes itself after calling `done`.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    static void run(OrderService &service, ActionInput input, QObject *context, std::function<void(const ActionOutcome &)> done);

private:
    ActionRunner(OrderService &service, ActionInput input, std::function<void(const ActionOutcome &)> done);
    void start();
    void readThenSend();
    void send();
    void sendSoap();
    void onAnswer(const HttpResponse &answer);
    void readCurrent(std::function<void(const HttpResponse &answer, const QJsonObject &order)> then);
    void finish(ActionOutcome outcome);
    void fail(StepResult::Failure failure, const Error &error);

    OrderService &m_service;
    ActionInput m_input;
    std::function<void(const ActionOutcome &)> m_done;
    ActionOutcome m_outcome;
    QString m_etag;
    bool m_finished = false;
};

} // namespace crmbridge::orders
