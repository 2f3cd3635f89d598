#pragma once

#include "core/common/error.h"
#include "core/endpoints/endpoint.h"
#include "core/orders/lifecycle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace crmbridge::orders {

/// One order as the workspace keeps it (`orders` table). `data` holds the order's fields (as the
/// CRM or ERP gave them: lines, total, currency, customer_id, …) plus what the actions learned:
/// erp_id, erp_number, erp_status, erp_version, erp_etag, crm_deal_id. Guards and templates read
/// `data`.
struct Order
{
    qint64 id = 0;
    QString externalId; ///< "erp:17", "crm:9001" (unique per workspace), or empty for a local order
    QString state;      ///< a LifecycleState id
    QJsonObject data;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString erpId() const;       ///< data.erp_id as text ("" when not in the ERP yet)
    QString erpNumber() const;   ///< data.erp_number ("SO-100017")
    QString etag() const;        ///< data.erp_etag, the last ETag the ERP sent
    qint64 erpVersion() const;   ///< data.erp_version, 0 when unknown
    QJsonObject toJson() const;  ///< {id, external_id, state, data, created_at, updated_at}
};

/// One line of an order's timeline: what was sent, what the ERP answered, when, by whom and in
/// which mode. Every step attempt writes one, successful or not; delivery of a queued step adds
/// one more.
struct OrderEvent
{
    enum class Outcome {
        Applied,   ///< sync step: the ERP accepted, the state changed
        Queued,    ///< async/event step: the state changed, delivery is in the outbox
        Delivered, ///< an outbox entry was delivered
        Retrying,  ///< an outbox attempt failed and will be repeated
        Failed,    ///< a sync step failed (state unchanged) or an outbox entry gave up
        Conflict,  ///< 412: the order changed on the ERP since we read it
        Refused,   ///< refused locally: not allowed from this state, guard false, fields missing
        Refreshed, ///< re-read from the ERP
        Imported,  ///< created by an import
        Discarded, ///< an outbox entry was discarded by the analyst
    };

    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime time;
    QString actor;      ///< who: the OS user name, or "outbox worker"
    QString transition;
    QString fromState;
    QString toState;
    QString mode;       ///< "sync", "async", "event" (empty for import/refresh)
    Outcome outcome = Outcome::Applied;
    QJsonObject request;  ///< {method, url, headers:{If-Match, Idempotency-Key, …}, body}, secrets redacted
    QJsonObject response; ///< {status, headers:{ETag}, body} (body cut to 4 KB)
    QString error;        ///< the error's message, when it failed
    qint64 outboxId = 0;

    static QString outcomeName(Outcome outcome); ///< "applied", "queued", …
    static std::optional<Outcome> outcomeFromName(const QString &name);
    QJsonObject toJson() const;
};

/// One row of the transactional outbox: a step (kind "action") or an event for one subscriber
/// (kind "event") waiting to be delivered.
struct OutboxEntry
{
    enum class State { Pending, Delivered, Failed, Discarded };
    enum class Kind { Action, Event };

    qint64 id = 0;
    qint64 orderId = 0;
    QString transition;
    Kind kind = Kind::Action;
    qint64 subscriberId = 0;   ///< Event: whom to deliver to
    QJsonObject payload;       ///< Action: {from, to, mode}; Event: {body: "<the exact CloudEvent JSON>"}
    QString idempotencyKey;    ///< sent as Idempotency-Key; unique
    int attempts = 0;          ///< attempts started (a kill -9 mid-attempt still counts it)
    QDateTime nextAttemptAt;
    State state = State::Pending;
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;

    static QString stateName(State state); ///< "pending", "delivered", "failed", "discarded"
    static std::optional<State> stateFromName(const QString &name);
    static QString kindName(Kind kind);    ///< "action", "event"
    QJsonObject toJson() const;
};

/// A webhook that receives the order events (CloudEvents 1.0, structured JSON), signed with
/// HMAC-SHA256 over the body: header `X-CRMBridge-Signature: sha256=<hex>`. The secret is a
/// reference (keychain entry or environment variable), never stored in the workspace.
struct Subscriber
{
    qint64 id = 0;
    QString name;
    QString url;               ///< may hold {{var}} ("{{webhooks_base_url}}/orders")
    SecretRef secret;
    QStringList eventTypes;    ///< empty: every order event; else CloudEvent types to send
    bool enabled = true;
    QJsonObject toJson() const;
};

/// A 412 from the ERP: the order changed there since we read it. Carries both sides so the
/// Orders page can show them and offer refresh-and-retry.
struct OrderConflict
{
    qint64 localVersion = 0;
    QString localEtag;
    qint64 serverVersion = 0;   ///< 0 when the current order could not be read
    QString serverEtag;
    QString serverStatus;       ///< the ERP's status code now
    QJsonObject serverOrder;    ///< the ERP's order as it is now
    QJsonObject toJson() const;
};

/// How a step ended.
struct StepResult
{
    enum class Failure {
        None,
        NotAllowed,    ///< the lifecycle has no such transition from the order's state
        GuardFailed,   ///< the guard formula is false (or failed)
        MissingFields, ///< required fields are blank
        Conflict,      ///< 412: see conflict
        Rejected,      ///< the ERP refused (422 invalid_transition, a SOAP Fault, another 4xx/5xx)
        Network,       ///< no answer
        Config,        ///< the lifecycle, endpoint or environment is not usable
        NotFound,      ///< no such order
    };

    qint64 requestId = 0; ///< what step()/stepMany() returned
    qint64 orderId = 0;
    QString transition;
    NotificationMode mode = NotificationMode::Sync;
    Failure failure = Failure::None;
    std::optional<Error> error;  ///< set when it failed; message() quotes the server's text
    QString serverCode;          ///< "invalid_transition", "INVALID_TRANSITION", "precondition_failed"
    std::optional<OrderConflict> conflict;
    QStringList missingFields;
    Order order;                 ///< the order after the step (unchanged when it failed)
    qint64 outboxId = 0;         ///< async/event: the first outbox row it queued
    qint64 eventId = 0;          ///< the timeline line it wrote
    int httpStatus = 0;          ///< the ERP's (or webhook's) answer, 0 when there was none
    bool retryable = false;      ///< a later attempt may succeed (no answer, 5xx, 429)

    bool ok() const { return failure == Failure::None; }
    static QString failureName(Failure failure);
    QJsonObject toJson() const;
};

/// Filter for OrderService::list().
struct OrderFilter
{
    QString state;       ///< empty: every state
    QString search;      ///< matches external id, ERP number or deal name (case-insensitive)
    int limit = 0;       ///< 0: no limit
};

} // namespace crmbridge::orders

Q_DECLARE_METATYPE(crmbridge::orders::StepResult)
Q_DECLARE_METATYPE(crmbridge::orders::OutboxEntry)
