// `crmbridge-cli order …` and `crmbridge-cli lifecycle …`: orders through the workspace's lifecycle.
#include "clicommand.h"

#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderdemoseeder.h"
#include "core/orders/orderservice.h"
#include "core/orders/outboxworker.h"
#include "core/sandbox/sandboxdemoseeder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crmbridge::cli {

namespace {

using namespace crmbridge::orders;

const QString OptState = QStringLiteral("state");
const QString OptSearch = QStringLiteral("search");
const QString OptLimit = QStringLiteral("limit");
const QString OptFrom = QStringLiteral("from");
const QString OptMode = QStringLiteral("mode");
const QString OptYes = QStringLiteral("yes");
const QString OptMaxAttempts = QStringLiteral("max-attempts");
const QString OptBaseDelay = QStringLiteral("base-delay-ms");

/// What every order command needs: the workspace, the environment, secrets, the Activity record
/// and the OrderService over them.
struct OrderSession
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ActivityRecorder> activity;
    std::unique_ptr<OrderService> service;

    ~OrderSession()
    {
        service.reset();
        if (activity)
            (void)activity->flush();
    }
};

class OrderCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)

public:
    static Result<std::unique_ptr<OrderSession>> open(CliContext &context, bool network)
    {
        auto workspace = context.openWorkspace();
        if (!workspace)
            return workspace.error();
        auto session = std::make_unique<OrderSession>();
        session->workspace = std::move(workspace).value();
        session->secrets = std::make_unique<SecretStore>();
        registerSandboxSecrets(*session->secrets); // public sandbox demo credentials
        registerOrderDemoSecrets(*session->secrets);
        session->service = std::make_unique<OrderService>(*session->workspace, session->secrets.get());
        if (network) {
            auto environment = context.environmentFor(*session->workspace);
            if (!environment)
                return environment.error();
            session->activity = std::make_unique<ActivityRecorder>(*session->workspace);
            session->service->setEnvironment(environment.value());
            session->service->setActivityRecorder(session->activity.get());
        }
        return session;
    }

    static Result<qint64> orderId(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::usage(tr("'%1' is not an order id (a positive whole number, as 'order list' shows).").arg(text));
        return id;
    }

    static int exitFor(const StepResult &r)
    {
        switch (r.failure) {
        case StepResult::Failure::None: return Success;
        case StepResult::Failure::Rejected:
        case StepResult::Failure::Conflict:
        case StepResult::Failure::Network: return SomeFailed;
        default: return UsageError;
        }
    }

    static QString describe(const Order &o)
    {
        const QString number = o.erpNumber().isEmpty() ? o.data.value(QStringLiteral("dealname")).toString() : o.erpNumber();
        return QStringLiteral("%1  %2  %3  %4  %5")
            .arg(o.id, 6)
            .arg(o.externalId, -12)
            .arg(o.state, -11)
            .arg(number, -24)
            .arg(o.data.value(QStringLiteral("total")).toVariant().toString());
    }

    static int list(CliContext &context)
    {
        auto session = open(context, false);
        if (!session)
            return context.fail(session.error());
        OrderFilter filter;
        filter.state = context.parser.value(OptState);
        filter.search = context.parser.value(OptSearch);
        filter.limit = context.parser.value(OptLimit).toInt();
        auto orders = session.value()->service->list(filter);
        if (!orders)
            return context.fail(orders.error());
        if (context.json) {
            QJsonArray array;
            for (const Order &o : orders.value())
                array.append(o.toJson());
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("orders"), array}}));
        } else {
            for (const Order &o : orders.value())
                context.out << describe(o) << Qt::endl;
            if (!context.quiet)
                context.err << tr("%n order(s).", nullptr, int(orders->size())) << Qt::endl;
        }
        return Success;
    }

    static int show(CliContext &context)
    {
        auto id = orderId(context.positional.value(0));
        if (!id)
            return context.fail(id.error());
        auto session = open(context, false);
        if (!session)
            return context.fail(session.error());
        OrderService &service = *session.value()->service;
        auto order = service.order(id.value());
        if (!order)
            return context.fail(order.error());
        auto timeline = service.timeline(id.value());
        auto transitions = service.availableTransitions(id.value());
        if (!timeline)
            return context.fail(timeline.error());
        QStringList next;
        for (const LifecycleTransition &t : transitions.ok() ? transitions.value() : QList<LifecycleTransition>())
            next.append(t.name);
        if (context.json) {
            QJsonArray events;
            for (const OrderEvent &e : timeline.value())
                events.append(e.toJson());
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("order"), order->toJson()},
                                                        {QStringLiteral("timeline"), events},
                                                        {QStringLiteral("transitions"), QJsonArray::fromStringList(next)}}));
            return Success;
        }
        context.out << tr("Order %1 (%2): %3").arg(order->id).arg(order->externalId, order->state) << Qt::endl;
        context.out << QString::fromUtf8(QJsonDocument(order->data).toJson(QJsonDocument::Indented));
        context.out << tr("Next: %1").arg(next.isEmpty() ? tr("(none)") : next.join(QStringLiteral(", "))) << Qt::endl;
        context.out << tr("Timeline:") << Qt::endl;
        for (const OrderEvent &e : timeline.value()) {
            QString line = QStringLiteral("  %1  %2  %3").arg(e.time.toString(Qt::ISODate), e.actor, OrderEvent::outcomeName(e.outcome));
            if (!e.transition.isEmpty())
                line += QStringLiteral("  %1 %2→%3").arg(e.transition, e.fromState, e.toState);
            if (!e.mode.isEmpty())
                line += QStringLiteral("  [%1]").arg(e.mode);
            if (e.request.contains(QStringLiteral("method")))
                line += QStringLiteral("  %1 %2").arg(e.request.value(QStringLiteral("method")).toString(),
                                                      e.request.value(QStringLiteral("url")).toString());
            if (e.response.contains(QStringLiteral("status")))
                line += QStringLiteral(" → %1").arg(e.response.value(QStringLiteral("status")).toInt());
            context.out << line << Qt::endl;
            if (!e.error.isEmpty())
                context.out << QStringLiteral("      ") << e.error << Qt::endl;
        }
        return Success;
    }

    static int step(CliContext &context)
    {
        QList<qint64> ids;
        for (const QString &part : context.positional.value(0).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = orderId(part.trimmed());
            if (!id)
                return context.fail(id.error());
            ids.append(id.value());
        }
        if (ids.isEmpty())
            return context.usage(tr("Name the order(s) to step: ID or ID,ID,…"));
        const QString transition = context.positional.value(1);
        StepOptions options;
        if (context.parser.isSet(OptMode)) {
            options.mode = notificationModeFromName(context.parser.value(OptMode));
            if (!options.mode)
                return context.usage(tr("--mode must be sync, async or event, got '%1'.").arg(context.parser.value(OptMode)));
        }
        options.confirmedProductionWrite = context.parser.isSet(OptYes);
        auto session = open(context, true);
        if (!session)
            return context.fail(session.error());
        OrderService &service = *session.value()->service;
        QList<StepResult> results;
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            QObject::connect(&service, &OrderService::stepFinished, &service,
                             [&](qint64, const StepResult &r) { results.append(r); });
            QObject::connect(&service, &OrderService::bulkFinished, &service, [finish](qint64, int, int) { finish(Success); });
            service.stepMany(ids, transition, options);
        });
        int code = Success;
        QJsonArray array;
        for (const StepResult &r : std::as_const(results)) {
            array.append(r.toJson());
            if (!r.ok()) {
                context.err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ')
                            << (r.error ? r.error->message() : StepResult::failureName(r.failure)) << Qt::endl;
                code = ids.size() == 1 ? exitFor(r) : SomeFailed;
            } else if (!context.json) {
                context.say(r.mode == NotificationMode::Sync
                                ? tr("Order %1: %2 → %3.").arg(r.orderId).arg(transition, r.order.state)
                                : tr("Order %1: %2 → %3; queued for delivery (%4).")
                                      .arg(r.orderId)
                                      .arg(transition, r.order.state, notificationModeName(r.mode)));
            }
        }
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("results"), array}}));
        return code;
    }

    static int set(CliContext &context)
    {
        auto id = orderId(context.positional.value(0));
        if (!id)
            return context.fail(id.error());
        QJsonObject fields;
        for (const QString &assignment : context.positional.mid(1)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return context.usage(tr("Write fields as FIELD=VALUE, got '%1'.").arg(assignment));
            const QString value = assignment.mid(eq + 1);
            // JSON when it reads as JSON (numbers, lists, null), text otherwise.
            const QJsonDocument parsed = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
            fields.insert(assignment.left(eq), parsed.isArray() && !value.isEmpty() ? parsed.array().at(0) : QJsonValue(value));
        }
        auto session = open(context, false);
        if (!session)
            return context.fail(session.error());
        if (Status s = session.value()->service->setFields(id.value(), fields); !s)
            return context.fail(s.error());
        context.say(tr("Order %1: %n field(s) set.", nullptr, int(fields.size())).arg(id.value()));
        return Success;
    }

    static int refresh(CliContext &context)
    {
        auto id = orderId(context.positional.value(0));
        if (!id)
            return context.fail(id.error());
        auto session = open(context, true);
        if (!session)
            return context.fail(session.error());
        OrderService &service = *session.value()->service;
        QString error;
        bool ok = false;
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            QObject::connect(&service, &OrderService::refreshed, &service, [&, finish](qint64, qint64, bool success, const QString &message) {
                ok = success;
                error = message;
                finish(Success);
            });
            service.refresh(id.value());
        });
        if (!ok) {
            context.err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ') << error << Qt::endl;
            return SomeFailed;
        }
        auto order = service.order(id.value());
        if (context.json && order)
            context.printJson(QJsonDocument(order->toJson()));
        else if (order)
            context.say(tr("Order %1 refreshed from the ERP: %2, version %3.").arg(id.value()).arg(order->state).arg(order->erpVersion()));
        return Success;
    }

    static int import(CliContext &context)
    {
        const QString from = context.parser.value(OptFrom).toLower();
        if (from != QStringLiteral("crm") && from != QStringLiteral("erp"))
            return context.usage(tr("--from must be crm or erp, got '%1'.").arg(from));
        auto session = open(context, true);
        if (!session)
            return context.fail(session.error());
        OrderService &service = *session.value()->service;
        int inserted = 0, updated = 0;
        QString error;
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            QObject::connect(&service, &OrderService::importFinished, &service,
                             [&, finish](qint64, int ins, int upd, const QString &message) {
                                 inserted = ins;
                                 updated = upd;
                                 error = message;
                                 finish(Success);
                             });
            service.importOrders(from == QStringLiteral("crm") ? OrderSource::Crm : OrderSource::Erp,
                                 context.parser.value(OptLimit).toInt());
        });
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("inserted"), inserted},
                                                        {QStringLiteral("updated"), updated},
                                                        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}}));
        else
            context.say(tr("Imported from the %1: %2 new, %3 updated.").arg(from.toUpper()).arg(inserted).arg(updated));
        if (!error.isEmpty()) {
            context.err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ') << error << Qt::endl;
            return inserted + updated > 0 ? SomeFailed : UsageError;
        }
        return Success;
    }

    static int outboxList(CliContext &context)
    {
        std::optional<OutboxEntry::State> state;
        if (context.parser.isSet(OptState)) {
            state = OutboxEntry::stateFromName(context.parser.value(OptState));
            if (!state)
                return context.usage(tr("--state must be pending, delivered, failed or discarded."));
        }
        auto session = open(context, false);
        if (!session)
            return context.fail(session.error());
        auto entries = session.value()->service->outbox(state);
        if (!entries)
            return context.fail(entries.error());
        if (context.json) {
            QJsonArray array;
            for (const OutboxEntry &e : entries.value())
                array.append(e.toJson());
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("outbox"), array}}));
            return Success;
        }
        for (const OutboxEntry &e : entries.value()) {
            context.out << QStringLiteral("%1  order %2  %3  %4  %5  attempts %6  %7")
                               .arg(e.id, 5)
                               .arg(e.orderId)
                               .arg(e.transition, OutboxEntry::kindName(e.kind), OutboxEntry::stateName(e.state))
                               .arg(e.attempts)
                               .arg(e.lastError)
                        << Qt::endl;
        }
        return Success;
    }

    static int outboxDeliver(CliContext &context)
    {
        auto session = open(context, true);
        if (!session)
            return context.fail(session.error());
        OutboxWorker worker(*session.value()->service);
        OutboxWorker::Policy policy;
        if (context.parser.isSet(OptMaxAttempts))
            policy.maxAttempts = qMax(1, context.parser.value(OptMaxAttempts).toInt());
        if (context.parser.isSet(OptBaseDelay))
            policy.baseDelayMs = qMax(1, context.parser.value(OptBaseDelay).toInt());
        worker.setPolicy(policy);
        int delivered = 0, failed = 0;
        std::function<void(int)> finishLoop;
        const int code = context.runEventLoop(
            [&](const std::function<void(int)> &finish) {
                finishLoop = finish;
                QObject::connect(&worker, &OutboxWorker::failed, &worker, [&](const OutboxEntry &e, const QString &error) {
                    context.err << tr("Outbox entry %1 (order %2, %3) failed: %4").arg(e.id).arg(e.orderId).arg(e.transition, error)
                                << Qt::endl;
                });
                QObject::connect(&worker, &OutboxWorker::drained, &worker, [&, finish](int d, int f) {
                    delivered = d;
                    failed = f;
                    finish(f > 0 ? SomeFailed : Success);
                });
                worker.drain();
            },
            [&] {
                // Entries in flight stay pending (their attempt is counted) and go out next time.
                worker.stop();
                if (finishLoop)
                    finishLoop(Interrupted);
            });
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("delivered"), delivered}, {QStringLiteral("failed"), failed}}));
        else
            context.say(tr("Outbox: %1 delivered, %2 failed.").arg(delivered).arg(failed));
        return code;
    }

    static int outboxChange(CliContext &context, bool retry)
    {
        auto id = orderId(context.positional.value(0));
        if (!id)
            return context.fail(id.error());
        auto session = open(context, false);
        if (!session)
            return context.fail(session.error());
        OrderService &service = *session.value()->service;
        if (Status s = retry ? service.retryOutboxEntry(id.value()) : service.discardOutboxEntry(id.value()); !s)
            return context.fail(s.error());
        context.say(retry ? tr("Outbox entry %1 will be delivered again ('order outbox deliver').").arg(id.value())
                          : tr("Outbox entry %1 discarded.").arg(id.value()));
        return Success;
    }

    static int lifecycleExport(CliContext &context)
    {
        auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
        if (!workspace)
            return context.fail(workspace.error());
        if (Status s = LifecycleStore(*workspace.value()).exportFile(context.positional.value(0)); !s)
            return context.fail(s.error());
        context.say(tr("Lifecycle written to %1.").arg(context.positional.value(0)));
        return Success;
    }

    static int lifecycleImport(CliContext &context)
    {
        auto workspace = context.openWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto imported = LifecycleStore(*workspace.value()).importFile(context.positional.value(0));
        if (!imported)
            return context.fail(imported.error());
        context.say(tr("Lifecycle \"%1\" imported: %2 states, %3 transitions.")
                        .arg(imported->name)
                        .arg(imported->states.size())
                        .arg(imported->transitions.size()));
        return Success;
    }

    static int lifecycleValidate(CliContext &context)
    {
        Result<Lifecycle> lifecycle = Error::internal(QString());
        QString where;
        if (!context.positional.isEmpty()) {
            where = context.positional.value(0);
            lifecycle = LifecycleFile::load(where);
        } else {
            auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
            if (!workspace)
                return context.fail(workspace.error());
            where = workspace.value()->filePath();
            lifecycle = LifecycleStore(*workspace.value()).load();
        }
        if (!lifecycle)
            return context.fail(lifecycle.error());
        const QList<LifecycleIssue> issues = LifecycleValidator::validate(lifecycle.value());
        const bool errors = LifecycleValidator::hasErrors(issues);
        if (context.json) {
            QJsonArray array;
            for (const LifecycleIssue &i : issues) {
                QJsonObject o{{QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                              {QStringLiteral("kind"), i.kindName()},
                              {QStringLiteral("message"), i.message}};
                if (!i.transition.isEmpty())
                    o.insert(QStringLiteral("transition"), i.transition);
                if (!i.state.isEmpty())
                    o.insert(QStringLiteral("state"), i.state);
                if (i.line > 0) {
                    o.insert(QStringLiteral("line"), i.line);
                    o.insert(QStringLiteral("column"), i.column);
                }
                array.append(o);
            }
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("valid"), !errors}, {QStringLiteral("issues"), array}}));
        } else {
            for (const LifecycleIssue &i : issues)
                context.err << where << QStringLiteral(": ") << (i.isError() ? tr("error") : tr("warning")) << QStringLiteral(": ")
                            << i.message << Qt::endl;
            context.say(errors ? tr("The lifecycle \"%1\" is not valid.").arg(lifecycle->name)
                               : tr("The lifecycle \"%1\" is valid (%n warning(s)).", nullptr, int(issues.size())).arg(lifecycle->name));
        }
        return errors ? UsageError : Success;
    }
};

} // namespace

void registerOrderCommands(CliRegistry &registry)
{
    // The demo workspace the CLI creates gets the lifecycle and the webhook subscriber too.
    registerOrderDemoSeeder();
    using C = OrderCommands;
    const QString id = QStringLiteral("ID");
    registry.add({{QStringLiteral("order"), QStringLiteral("list")},
                  OrderCommands::tr("List the workspace's orders."),
                  {QCommandLineOption(OptState, OrderCommands::tr("Only orders in this state."), OrderCommands::tr("STATE")),
                   QCommandLineOption(OptSearch, OrderCommands::tr("Only orders whose id, number or name contains this."), OrderCommands::tr("TEXT")),
                   QCommandLineOption(OptLimit, OrderCommands::tr("At most this many orders."), OrderCommands::tr("N"))},
                  {},
                  0,
                  0,
                  &C::list});
    registry.add({{QStringLiteral("order"), QStringLiteral("import")},
                  OrderCommands::tr("Load orders from the CRM's deals or the ERP's orders into the workspace."),
                  {QCommandLineOption(OptFrom, OrderCommands::tr("crm or erp."), OrderCommands::tr("SYSTEM")),
                   QCommandLineOption(OptLimit, OrderCommands::tr("At most this many orders."), OrderCommands::tr("N"))},
                  {},
                  0,
                  0,
                  &C::import});
    registry.add({{QStringLiteral("order"), QStringLiteral("show")},
                  OrderCommands::tr("Show an order with its timeline and the transitions it can take."),
                  {},
                  {{id, OrderCommands::tr("The order.")}},
                  1,
                  1,
                  &C::show});
    registry.add({{QStringLiteral("order"), QStringLiteral("step")},
                  OrderCommands::tr("Step orders through a transition of the lifecycle."),
                  {QCommandLineOption(OptMode, OrderCommands::tr("sync, async or event (default: the transition's)."), OrderCommands::tr("MODE")),
                   QCommandLineOption(OptYes, OrderCommands::tr("Confirm writes to a production environment."))},
                  {{OrderCommands::tr("ID[,ID…]"), OrderCommands::tr("The order(s).")}, {OrderCommands::tr("TRANSITION"), OrderCommands::tr("process, ship, close, …")}},
                  2,
                  2,
                  &C::step});
    registry.add({{QStringLiteral("order"), QStringLiteral("set")},
                  OrderCommands::tr("Set fields of an order's data (VALUE is JSON, or text)."),
                  {},
                  {{id, OrderCommands::tr("The order.")}, {OrderCommands::tr("FIELD=VALUE…"), OrderCommands::tr("The fields.")}},
                  2,
                  64,
                  &C::set});
    registry.add({{QStringLiteral("order"), QStringLiteral("refresh")},
                  OrderCommands::tr("Read an order again from the ERP (status, version, ETag)."),
                  {},
                  {{id, OrderCommands::tr("The order.")}},
                  1,
                  1,
                  &C::refresh});
    registry.add({{QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("list")},
                  OrderCommands::tr("List the outbox (queued steps and events)."),
                  {QCommandLineOption(OptState, OrderCommands::tr("pending, delivered, failed or discarded."), OrderCommands::tr("STATE"))},
                  {},
                  0,
                  0,
                  &C::outboxList});
    registry.add({{QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("deliver")},
                  OrderCommands::tr("Deliver every pending outbox entry, with retries, and wait until each is delivered or failed."),
                  {QCommandLineOption(OptMaxAttempts, OrderCommands::tr("Attempts per entry before it fails (default 8)."), OrderCommands::tr("N")),
                   QCommandLineOption(OptBaseDelay, OrderCommands::tr("First retry delay in ms, doubling (default 1000)."), OrderCommands::tr("MS"))},
                  {},
                  0,
                  0,
                  &C::outboxDeliver});
    registry.add({{QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("retry")},
                  OrderCommands::tr("Put a failed outbox entry back in the queue."),
                  {},
                  {{id, OrderCommands::tr("The outbox entry.")}},
                  1,
                  1,
                  [](CliContext &c) { return C::outboxChange(c, true); }});
    registry.add({{QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("discard")},
                  OrderCommands::tr("Give up on an outbox entry (it is never delivered)."),
                  {},
                  {{id, OrderCommands::tr("The outbox entry.")}},
                  1,
                  1,
                  [](CliContext &c) { return C::outboxChange(c, false); }});
    registry.add({{QStringLiteral("lifecycle"), QStringLiteral("export")},
                  OrderCommands::tr("Write the workspace's lifecycle as a file."),
                  {},
                  {{OrderCommands::tr("FILE"), OrderCommands::tr("The lifecycle file (JSON).")}},
                  1,
                  1,
                  &C::lifecycleExport});
    registry.add({{QStringLiteral("lifecycle"), QStringLiteral("import")},
                  OrderCommands::tr("Validate a lifecycle file and make it the workspace's lifecycle."),
                  {},
                  {{OrderCommands::tr("FILE"), OrderCommands::tr("The lifecycle file (JSON).")}},
                  1,
                  1,
                  &C::lifecycleImport});
    registry.add({{QStringLiteral("lifecycle"), QStringLiteral("validate")},
                  OrderCommands::tr("Check a lifecycle file (or the workspace's lifecycle)."),
                  {},
                  {{OrderCommands::tr("[FILE]"), OrderCommands::tr("The lifecycle file; the workspace's when not given.")}},
                  0,
                  1,
                  &C::lifecycleValidate});
}

} // namespace crmbridge::cli
