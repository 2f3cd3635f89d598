#pragma once

#include "core/common/result.h"
#include "core/mapping/valuemap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmbridge::orders {

/// How a transition tells the outside world (docs/orders.md):
/// Sync  — the action runs now; the state changes only when it succeeded.
/// Async — the state change and an outbox row commit in one transaction; the OutboxWorker
///         performs the action later, with retries, exactly once (Idempotency-Key).
/// Event — the state changes and a signed CloudEvent is queued for every webhook subscriber.
enum class NotificationMode { Sync, Async, Event };

QString notificationModeName(NotificationMode mode); ///< "sync", "async", "event"
std::optional<NotificationMode> notificationModeFromName(const QString &name);

/// One state of the order lifecycle ("created", "processing", …). ids are stable machine names
/// (the `orders.state` column holds them); labels are what the analyst reads.
struct LifecycleState
{
    QString id;
    QString label;
    bool initial = false; ///< where new (and imported-without-status) orders start; exactly one
    bool final = false;   ///< no transition is expected out of it (closed, cancelled)
    friend bool operator==(const LifecycleState &, const LifecycleState &) = default;
};

/// Where one field of the order comes from in an action's answer: `source` is a path into the
/// JSON body ("id", "number", "Order.Version" for a SOAP answer read as JSON) or "@Header-Name"
/// for a response header ("@ETag").
struct ResponseField
{
    QString field;  ///< order data field to set ("erp_id", "erp_etag")
    QString source; ///< body path or "@Header"
    friend bool operator==(const ResponseField &, const ResponseField &) = default;
};

/// What a transition does on the ERP.
///
/// Templates: in `path`, `{field}` is the order's data field (percent-encoded), `{{var}}` the
/// environment's variable. In `body` (and `soapArguments`) a string value that starts with "="
/// is a formula over the order (docs/formulas.md), evaluated with the lifecycle's value maps
/// and the fields `step.from`, `step.to`, `step.transition`; other values are sent as they are.
struct LifecycleAction
{
    enum class Kind {
        None,           ///< only the local state changes (and, in event mode, the event)
        Rest,           ///< one HTTP request to `endpoint`
        Soap,           ///< one SOAP 1.1 operation (needs core/net's SOAP client)
        CreateErpOrder, ///< POST the order to the ERP with an Idempotency-Key; maps number, id, version, ETag back
    };
    Kind kind = Kind::None;
    QString endpoint;           ///< workspace endpoint name ("Demo ERP")
    QString method;             ///< Rest/CreateErpOrder: "PATCH", "POST", …
    QString path;               ///< Rest/CreateErpOrder: "/orders/{erp_id}" (relative to the endpoint)
    QJsonObject body;           ///< body template (see above)
    QString bodyMapping;        ///< a saved mapping that builds the body from the order, instead of `body`
    bool ifMatch = false;       ///< send If-Match with the order's last known ETag (read first when unknown)
    QString operation;          ///< Soap: "UpdateOrderStatus"
    QString soapUrl;            ///< Soap: service URL ("{{erp_soap_url}}")
    QJsonObject soapArguments;  ///< Soap: argument template (see above)
    QList<ResponseField> response; ///< how the answer maps back onto the order

    static QString kindName(Kind kind); ///< "none", "rest", "soap", "create_erp_order"
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const LifecycleAction &, const LifecycleAction &) = default;
};

/// One named transition ("ship": processing → shipped) with its guard, required fields, action
/// and notification mode.
struct LifecycleTransition
{
    QString name;  ///< machine name, unique ("process", "ship", …)
    QString label; ///< for people ("Ship")
    QStringList from; ///< states it leaves from
    QString to;
    QString guard; ///< formula over the order; must be true (empty: always allowed)
    QStringList requiredFields; ///< order data paths that must not be blank ("customer_id", "lines")
    LifecycleAction action;
    NotificationMode mode = NotificationMode::Sync; ///< the default; a step may ask for another
    friend bool operator==(const LifecycleTransition &, const LifecycleTransition &) = default;
};

/// The order state machine of a workspace: states, transitions, and the value maps that turn a
/// state into an ERP status code ("erp_status": processing → PROC) or a CRM deal stage
/// ("crm_dealstage"). A plain value; LifecycleFile reads and writes it, LifecycleStore keeps it.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    static constexpr int FormatVersion = 1;
    static inline const QString ErpStatusMap = QStringLiteral("erp_status");
    static inline const QString CrmStageMap = QStringLiteral("crm_dealstage");

    QString name;
    QString description;
    QList<LifecycleState> states;
    QList<LifecycleTransition> transitions;
    QList<mapping::ValueMap> valueMaps; ///< state id → external code, by map name

    const LifecycleState *state(const QString &id) const;
    const LifecycleTransition *transition(const QString &transitionName) const;
    /// The initial state's id (the first state when none is marked).
    QString initialState() const;
    /// Transitions that leave `state`, in lifecycle order.
    QList<LifecycleTransition> transitionsFrom(const QString &state) const;
    const mapping::ValueMap *valueMap(const QString &mapName) const;
    /// state → code through the value map `map` ("processing" → "PROC").
    std::optional<QString> codeForState(const QString &map, const QString &state) const;
    /// code → state, the reverse look-up ("PROC" → "processing"); nullopt when no entry has it.
    std::optional<QString> stateForCode(const QString &map, const QString &code) const;

    /// created → processing → shipped → closed, cancelled, on_hold; transitions process, ship,
    /// close, cancel, hold, release (plus submit: create the order in the ERP) with REST actions
    /// on `erpEndpoint`, value maps for the Demo ERP's codes and the Demo CRM's deal stages.
    static Lifecycle standard(const QString &erpEndpoint = QStringLiteral("Demo ERP"));
};

/// A problem validate() found. Errors make a lifecycle unusable (it is not saved); warnings
/// are shown but allowed.
struct LifecycleIssue
{
    enum class Severity { Error, Warning };
    enum class Kind {
        NoStates, DuplicateState, NoInitialState, UnknownState, UnreachableState, DeadEnd,
        DuplicateTransition, NoAction, GuardError, BadTemplate, UnknownValueMap, BadField,
    };
    Severity severity = Severity::Error;
    Kind kind = Kind::UnknownState;
    QString transition; ///< the transition it concerns (empty for a state issue)
    QString state;      ///< the state it concerns
    int line = 0;       ///< GuardError: 1-based position in the guard formula
    int column = 0;
    QString message;    ///< translated, complete sentence with what to do

    bool isError() const { return severity == Severity::Error; }
    QString kindName() const;
};

/// Checks a lifecycle: states (one initial, unique ids, every state reachable from the initial
/// one, non-final states with a way out), transitions (unique names, known from/to states, an
/// action or an explicit "none" — a transition without one is a warning, the guard compiles —
/// errors with line:column — and required fields are paths), actions (REST needs an endpoint,
/// method and path; templates refer to value maps the lifecycle has).
class LifecycleValidator
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleValidator)

public:
    static QList<LifecycleIssue> validate(const Lifecycle &lifecycle);
    static bool hasErrors(const QList<LifecycleIssue> &issues);
};

/// Lifecycle files: readable, diffable JSON — keys in a stable order, two-space indent, states
/// and transitions in the analyst's order, `format_version`: 1. Reading never guesses: an unknown
/// version, a missing name or a malformed part is an error naming the file and the part.
class LifecycleFile
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleFile)

public:
    static QByteArray toJson(const Lifecycle &lifecycle);
    static Result<Lifecycle> fromJson(const QByteArray &json, const QString &fileName = {});
    static Status save(const Lifecycle &lifecycle, const QString &path);
    static Result<Lifecycle> load(const QString &path);
};

} // namespace crmbridge::orders
