#include "core/orders/cloudevent.h"
#include "orderstesthelpers.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::orders;

// OrderService against the real sandbox over loopback: sync steps and their refusals, the ERP's
// own refusals (REST 422 and SOAP Faults), 412 conflicts, the create-from-order action, the
// transactional outbox, signed events, webhook retries and bulk steps under faults.
class TestOrderService : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<OrderService> m_service;

    test::SandboxClient erp() const { return test::SandboxClient(m_sandbox->system(SandboxSystemId::Erp)); }

    QJsonObject erpOrder(const QString &erpId) const { return erp().get(QStringLiteral("/api/v1/orders/") + erpId).object(); }

    /// Imported orders in `state` (ERP orders: their status maps onto the state).
    QList<Order> ordersIn(const QString &state, int atLeast)
    {
        OrderFilter filter;
        filter.state = state;
        auto list = m_service->list(filter);
        if (!list || list->size() < atLeast) {
            qWarning("only %d orders in %s", list ? int(list->size()) : -1, qPrintable(state));
            return {};
        }
        return list.value();
    }

    Order reload(qint64 id) const { return m_service->order(id).value(); }

    int erpRequests(const QByteArray &method, const QString &pathPart) const
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->requestLog(SandboxSystemId::Erp, 10000)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String(method)
                && o.value(QStringLiteral("path")).toString().contains(pathPart))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<StepResult>();
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.rateLimits = false;
        QVERIFY(test::startSandbox(*m_sandbox, options));
        m_secrets = new SecretStore(QStringLiteral("CRM Bridge tests"), this);
        m_secrets->setKeychainEnabled(false);
        registerSandboxSecrets(*m_secrets);
        registerOrderDemoSecrets(*m_secrets);
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->reset();
        m_dir = std::make_unique<test::TempDir>();
        auto ws = Workspace::create(m_dir->file(QStringLiteral("orders.crmbridge")), {});
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws).value();
        const QString seeded = test::seedOrdersWorkspace(*m_workspace, *m_sandbox);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
        m_service = std::make_unique<OrderService>(*m_workspace, m_secrets);
        m_service->setEnvironment(test::environmentFor(*m_sandbox));
        m_service->setActor(QStringLiteral("ana"));
        QCOMPARE(test::importAndWait(*m_service, OrderSource::Erp, 60), 60);
    }

    void cleanup()
    {
        m_service.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void cleanupTestCase() { m_sandbox->stop(); }

    void importMapsErpStatusesOntoStates()
    {
        auto all = m_service->list();
        QCOMPARE(all->size(), 60);
        for (const Order &o : all.value()) {
            const QJsonObject e = erpOrder(o.erpId());
            QCOMPARE(Lifecycle::standard().codeForState(Lifecycle::ErpStatusMap, o.state).value_or(QString()),
                     e.value(QStringLiteral("status")).toString());
            QCOMPARE(o.erpNumber(), e.value(QStringLiteral("number")).toString());
        }
        // Importing again updates, never duplicates.
        QCOMPARE(test::importAndWait(*m_service, OrderSource::Erp, 60), 60);
        QCOMPARE(m_service->list()->size(), 60);
    }

    void importFromCrmDealsMapsStagesOntoStates()
    {
        QCOMPARE(test::importAndWait(*m_service, OrderSource::Crm, 10), 10);
        OrderFilter filter;
        filter.search = QStringLiteral("crm:");
        const QList<Order> deals = m_service->list(filter).value();
        QCOMPARE(deals.size(), 10);
        const Lifecycle l = Lifecycle::standard();
        for (const Order &o : deals) {
            QCOMPARE(l.codeForState(Lifecycle::CrmStageMap, o.state).value_or(QString()),
                     o.data.value(QStringLiteral("dealstage")).toString());
            QVERIFY(!o.data.value(QStringLiteral("currency")).toString().isEmpty());
            QVERIFY(o.data.value(QStringLiteral("erp_order_no")).toString().startsWith(QStringLiteral("SO-")));
            QCOMPARE(o.externalId, QStringLiteral("crm:") + o.data.value(QStringLiteral("crm_deal_id")).toString());
        }
    }

    void syncStepAppliesOnTheErpAndTheTimeline()
    {
        const QList<Order> created = ordersIn(QStringLiteral("created"), 1);
        QVERIFY(!created.isEmpty());
        const Order o = created.first();
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("process"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        QCOMPARE(r.order.state, QStringLiteral("processing"));
        QCOMPARE(reload(o.id).state, QStringLiteral("processing"));
        const QJsonObject e = erpOrder(o.erpId());
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
        QCOMPARE(reload(o.id).erpVersion(), e.value(QStringLiteral("version")).toInteger());
        QVERIFY(!reload(o.id).etag().isEmpty());

        const QList<OrderEvent> timeline = m_service->timeline(o.id).value();
        const OrderEvent &last = timeline.constLast();
        QCOMPARE(last.outcome, OrderEvent::Outcome::Applied);
        QCOMPARE(last.actor, QStringLiteral("ana"));
        QCOMPARE(last.mode, QStringLiteral("sync"));
        QCOMPARE(last.request.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
        QVERIFY(last.request.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("If-Match")));
        QCOMPARE(last.request.value(QStringLiteral("body")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
        QCOMPARE(last.response.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(last.time.isValid());
    }

    void invalidTransitionsAreRefusedLocally()
    {
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        const int patchesBefore = erpRequests("PATCH", QStringLiteral("/orders/"));
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("ship"));
        QCOMPARE(r.failure, StepResult::Failure::NotAllowed);
        QVERIFY2(r.error->message().contains(QStringLiteral("process")), qPrintable(r.error->message())); // what it can do instead
        QCOMPARE(reload(o.id).state, QStringLiteral("created"));
        QCOMPARE(m_service->timeline(o.id)->constLast().outcome, OrderEvent::Outcome::Refused);
        const StepResult unknown = test::stepAndWait(*m_service, o.id, QStringLiteral("teleport"));
        QCOMPARE(unknown.failure, StepResult::Failure::NotAllowed);
        QCOMPARE(erpRequests("PATCH", QStringLiteral("/orders/")), patchesBefore); // the ERP never heard of them
        const StepResult missing = test::stepAndWait(*m_service, 999999, QStringLiteral("process"));
        QCOMPARE(missing.failure, StepResult::Failure::NotFound);
    }

    void guardsAndRequiredFieldsRefuseTheStep()
    {
        Order blank;
        blank.data = QJsonObject{{QStringLiteral("total"), QStringLiteral("0.00")}};
        auto added = m_service->addOrder(blank);
        QVERIFY(added.ok());
        QCOMPARE(added->state, QStringLiteral("created"));
        StepResult r = test::stepAndWait(*m_service, added->id, QStringLiteral("process"));
        QCOMPARE(r.failure, StepResult::Failure::MissingFields);
        QCOMPARE(r.missingFields, QStringList{QStringLiteral("erp_id")});

        QVERIFY(m_service->setFields(added->id, QJsonObject{{QStringLiteral("erp_id"), QStringLiteral("1")}}).ok());
        r = test::stepAndWait(*m_service, added->id, QStringLiteral("process"));
        QCOMPARE(r.failure, StepResult::Failure::GuardFailed);
        QVERIFY2(r.error->message().contains(QStringLiteral("total > 0 AND COUNT(lines) > 0")), qPrintable(r.error->message()));
        QCOMPARE(reload(added->id).state, QStringLiteral("created"));
    }

    void erpRefusalQuotesTheServer()
    {
        // A lifecycle that allows what the ERP does not: created → closed (NEW → CLSD).
        Lifecycle l = Lifecycle::standard();
        LifecycleTransition closeNow = *l.transition(QStringLiteral("close"));
        closeNow.name = QStringLiteral("close_now");
        closeNow.from = {QStringLiteral("created")};
        l.transitions.append(closeNow);
        m_service->setLifecycle(l);
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("close_now"));
        QCOMPARE(r.failure, StepResult::Failure::Rejected);
        QCOMPARE(r.serverCode, QStringLiteral("invalid_transition"));
        QVERIFY2(r.error->message().contains(QStringLiteral("An order cannot go from NEW to CLSD.")), qPrintable(r.error->message()));
        QVERIFY(r.error->message().contains(QStringLiteral("422")));
        QCOMPARE(reload(o.id).state, QStringLiteral("created")); // stays where it was
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
        const OrderEvent last = m_service->timeline(o.id)->constLast();
        QCOMPARE(last.outcome, OrderEvent::Outcome::Failed);
        QCOMPARE(last.response.value(QStringLiteral("status")).toInt(), 422);
    }

    void soapActionsAndTheirFaults()
    {
        Lifecycle l = Lifecycle::standard();
        for (LifecycleTransition &t : l.transitions) {
            if (t.action.kind != LifecycleAction::Kind::Rest)
                continue;
            t.action = LifecycleAction();
            t.action.kind = LifecycleAction::Kind::Soap;
            t.action.endpoint = QStringLiteral("ERP SOAP");
            t.action.operation = QStringLiteral("UpdateOrderStatus");
            t.action.soapArguments = QJsonObject{{QStringLiteral("OrderId"), QStringLiteral("=erp_id")},
                                                 {QStringLiteral("Status"), QStringLiteral("=LOOKUP(erp_status, step.to)")},
                                                 {QStringLiteral("ExpectedVersion"), QStringLiteral("=erp_version")}};
            t.action.response = {{QStringLiteral("erp_status"), QStringLiteral("Order.Status")},
                                 {QStringLiteral("erp_version"), QStringLiteral("Order.Version")}};
        }
        LifecycleTransition closeNow = *l.transition(QStringLiteral("close"));
        closeNow.name = QStringLiteral("close_now");
        closeNow.from = {QStringLiteral("created")};
        l.transitions.append(closeNow);
        QVERIFY(!LifecycleValidator::hasErrors(LifecycleValidator::validate(l)));
        m_service->setLifecycle(l);

        const QList<Order> created = ordersIn(QStringLiteral("created"), 2);
        const Order a = created.at(0);
        const StepResult ok = test::stepAndWait(*m_service, a.id, QStringLiteral("process"));
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->message() : QString()));
        QCOMPARE(erpOrder(a.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
        QCOMPARE(reload(a.id).erpVersion(), erpOrder(a.erpId()).value(QStringLiteral("version")).toInteger());
        QCOMPARE(reload(a.id).data.value(QStringLiteral("erp_status")).toString(), QStringLiteral("PROC"));

        const Order b = created.at(1);
        const StepResult fault = test::stepAndWait(*m_service, b.id, QStringLiteral("close_now"));
        QCOMPARE(fault.failure, StepResult::Failure::Rejected);
        QCOMPARE(fault.serverCode, QStringLiteral("INVALID_TRANSITION"));
        QVERIFY2(fault.error->message().contains(QStringLiteral("An order cannot go from NEW to CLSD.")), qPrintable(fault.error->message()));
        QCOMPARE(reload(b.id).state, QStringLiteral("created"));

        // ExpectedVersion that is no longer true: the SOAP VERSION_CONFLICT is a conflict.
        QVERIFY(m_service->setFields(b.id, QJsonObject{{QStringLiteral("erp_version"), 99}}).ok());
        const StepResult conflict = test::stepAndWait(*m_service, b.id, QStringLiteral("process"));
        QCOMPARE(conflict.failure, StepResult::Failure::Conflict);
        QVERIFY(conflict.conflict.has_value());
        QCOMPARE(conflict.conflict->localVersion, 99);
        QCOMPARE(conflict.conflict->serverVersion, 1);
    }

    void staleEtagIsAConflictWithBothVersions()
    {
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        QVERIFY(test::stepAndWait(*m_service, o.id, QStringLiteral("process")).ok());
        const Order processed = reload(o.id);
        // Someone else holds the order on the ERP.
        const test::HttpReply changed = erp().send("PATCH", QStringLiteral("/api/v1/orders/") + o.erpId(), R"({"status": "HOLD"})",
                                                   {{"If-Match", processed.etag().toLatin1()}});
        QCOMPARE(changed.status, 200);
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("ship"));
        QCOMPARE(r.failure, StepResult::Failure::Conflict);
        QVERIFY(r.conflict.has_value());
        QCOMPARE(r.conflict->localVersion, processed.erpVersion());
        QCOMPARE(r.conflict->localEtag, processed.etag());
        QCOMPARE(r.conflict->serverVersion, processed.erpVersion() + 1);
        QCOMPARE(r.conflict->serverStatus, QStringLiteral("HOLD"));
        QCOMPARE(r.conflict->serverEtag, QString::fromLatin1(changed.header("etag")));
        QVERIFY2(r.error->message().contains(QString::number(processed.erpVersion() + 1)), qPrintable(r.error->message()));
        QCOMPARE(reload(o.id).state, QStringLiteral("processing"));
        QCOMPARE(m_service->timeline(o.id)->constLast().outcome, OrderEvent::Outcome::Conflict);

        // Refresh, then the step the ERP's state allows.
        QSignalSpy refreshed(m_service.get(), &OrderService::refreshed);
        m_service->refresh(o.id);
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(refreshed.first().at(2).toBool(), qPrintable(refreshed.first().at(3).toString()));
        QCOMPARE(reload(o.id).state, QStringLiteral("on_hold"));
        const StepResult release = test::stepAndWait(*m_service, o.id, QStringLiteral("release"));
        QVERIFY2(release.ok(), qPrintable(release.error ? release.error->message() : QString()));
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
    }

    void submitCreatesTheErpOrderOnce()
    {
        const QJsonArray products = erp().get(QStringLiteral("/api/v1/products?per_page=1")).array();
        const QString sku = products.at(0).toObject().value(QStringLiteral("sku")).toString();
        Order local;
        local.data = QJsonObject{{QStringLiteral("customer_id"), 1},
                                 {QStringLiteral("currency"), QStringLiteral("EUR")},
                                 {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku},
                                                                                  {QStringLiteral("qty"), QStringLiteral("2")},
                                                                                  {QStringLiteral("unit_price"), QStringLiteral("9.90")}}}}};
        auto added = m_service->addOrder(local);
        QVERIFY(added.ok());
        const int postsBefore = erpRequests("POST", QStringLiteral("/api/v1/orders"));
        const StepResult r = test::stepAndWait(*m_service, added->id, QStringLiteral("submit"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        const Order o = reload(added->id);
        QVERIFY(!o.erpId().isEmpty());
        QVERIFY(o.erpNumber().startsWith(QStringLiteral("SO-")));
        QCOMPARE(o.data.value(QStringLiteral("erp_status")).toString(), QStringLiteral("NEW"));
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("total")).toString(), QStringLiteral("19.80"));
        QCOMPARE(erpRequests("POST", QStringLiteral("/api/v1/orders")), postsBefore + 1);
        const OrderEvent last = m_service->timeline(o.id)->constLast();
        QVERIFY(!last.request.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Idempotency-Key")).toString().isEmpty());
        // Its guard now refuses a second create.
        QCOMPARE(test::stepAndWait(*m_service, o.id, QStringLiteral("submit")).failure, StepResult::Failure::GuardFailed);
        // And it steps on like any other.
        QVERIFY(test::stepAndWait(*m_service, o.id, QStringLiteral("process")).ok());
    }

    void asyncStepCommitsWithItsOutboxRowAndIsDeliveredOnce()
    {
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("process"), NotificationMode::Async);
        QVERIFY(r.ok());
        QVERIFY(r.outboxId > 0);
        QCOMPARE(reload(o.id).state, QStringLiteral("processing"));
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("NEW")); // not yet
        auto pending = m_service->outbox(OutboxEntry::State::Pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().transition, QStringLiteral("process"));

        OutboxWorker worker(*m_service);
        int delivered = 0, failed = 0;
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 1);
        QCOMPARE(failed, 0);
        const qint64 version = erpOrder(o.erpId()).value(QStringLiteral("version")).toInteger();
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
        QCOMPARE(m_service->store().outboxEntry(r.outboxId)->state, OutboxEntry::State::Delivered);
        QCOMPARE(m_service->timeline(o.id)->constLast().outcome, OrderEvent::Outcome::Delivered);

        // As if the worker died after the ERP applied it but before it recorded that: the entry is
        // pending again. Redelivery notices and does not apply it twice.
        QSqlQuery q(m_workspace->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE id = %1").arg(r.outboxId)));
        QVERIFY(m_service->setFields(o.id, QJsonObject{{QStringLiteral("erp_etag"), QStringLiteral("")}}).ok());
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 1);
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("version")).toInteger(), version); // no second change
        // Same with a remembered (now stale) ETag: the 412 is read as "already applied".
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE id = %1").arg(r.outboxId)));
        QVERIFY(m_service->setFields(o.id, QJsonObject{{QStringLiteral("erp_etag"), QStringLiteral("\"o1-v1\"")}}).ok());
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 1);
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("version")).toInteger(), version);
    }

    void asyncStepsOfOneOrderGoOutInOrder()
    {
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        QVERIFY(test::stepAndWait(*m_service, o.id, QStringLiteral("process"), NotificationMode::Async).ok());
        QVERIFY(test::stepAndWait(*m_service, o.id, QStringLiteral("ship"), NotificationMode::Async).ok());
        QVERIFY(test::stepAndWait(*m_service, o.id, QStringLiteral("close"), NotificationMode::Async).ok());
        QCOMPARE(reload(o.id).state, QStringLiteral("closed"));
        OutboxWorker worker(*m_service);
        int delivered = 0, failed = 0;
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 3);
        QCOMPARE(failed, 0);
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("CLSD"));
    }

    void eventsAreSignedCloudEvents()
    {
        test::SandboxClient webhooks(m_sandbox->system(SandboxSystemId::Webhooks));
        webhooks.send("DELETE", QStringLiteral("/_sandbox/received"));
        const Order o = ordersIn(QStringLiteral("created"), 1).value(0);
        const StepResult r = test::stepAndWait(*m_service, o.id, QStringLiteral("hold"), NotificationMode::Event);
        QVERIFY(r.ok());
        QCOMPARE(reload(o.id).state, QStringLiteral("on_hold"));
        OutboxWorker worker(*m_service);
        int delivered = 0;
        QVERIFY(test::drainAndWait(worker, &delivered));
        QCOMPARE(delivered, 1);
        const QJsonArray received = webhooks.get(QStringLiteral("/_sandbox/received")).object().value(QStringLiteral("received")).toArray();
        QCOMPARE(received.size(), 1);
        const QJsonObject delivery = received.at(0).toObject();
        QCOMPARE(delivery.value(QStringLiteral("path")).toString(), QStringLiteral("/orders"));
        const QJsonObject headers = delivery.value(QStringLiteral("headers")).toObject();
        const QJsonObject event = delivery.value(QStringLiteral("body")).toObject();
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/cloudevents+json"));
        QCOMPARE(event.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("com.crmbridge.order.hold"));
        QCOMPARE(event.value(QStringLiteral("subject")).toString(), QStringLiteral("orders/%1").arg(o.id));
        QCOMPARE(headers.value(QStringLiteral("idempotency-key")).toString(), event.value(QStringLiteral("id")).toString());
        const QJsonObject data = event.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("from")).toString(), QStringLiteral("created"));
        QCOMPARE(data.value(QStringLiteral("to")).toString(), QStringLiteral("on_hold"));
        QCOMPARE(data.value(QStringLiteral("actor")).toString(), QStringLiteral("ana"));
        // The receiver's side: recompute the HMAC over the body it got, with the shared secret.
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray signature = headers.value(QStringLiteral("x-crmbridge-signature")).toString().toLatin1();
        QVERIFY(signature.startsWith("sha256="));
        QVERIFY(CloudEvent::verify(body, QByteArray(DemoWebhookSecret), signature));
        QVERIFY(!CloudEvent::verify(body, QByteArray("another secret"), signature));
        QVERIFY(!CloudEvent::verify(body + ' ', QByteArray(DemoWebhookSecret), signature));
        // Event mode does not touch the ERP.
        QCOMPARE(erpOrder(o.erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
    }

    void webhookDeliveriesAreRetriedOn5xx()
    {
        test::SandboxClient webhooks(m_sandbox->system(SandboxSystemId::Webhooks));
        webhooks.send("DELETE", QStringLiteral("/_sandbox/received"));
        SandboxFaults faults;
        faults.errorRate = 0.6;
        m_sandbox->setFaults(SandboxSystemId::Webhooks, faults);
        const QList<Order> created = ordersIn(QStringLiteral("created"), 4);
        QSet<QString> ids;
        for (int i = 0; i < 4; ++i)
            QVERIFY(test::stepAndWait(*m_service, created.at(i).id, QStringLiteral("cancel"), NotificationMode::Event).ok());
        OutboxWorker worker(*m_service);
        OutboxWorker::Policy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 200;
        policy.maxAttempts = 30;
        worker.setPolicy(policy);
        int delivered = 0, failed = 0;
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 4);
        QCOMPARE(failed, 0);
        m_sandbox->clearFaults();
        const QJsonArray received = webhooks.get(QStringLiteral("/_sandbox/received")).object().value(QStringLiteral("received")).toArray();
        for (const QJsonValue &v : received)
            ids.insert(v.toObject().value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(received.size(), 4); // each event once
        QCOMPARE(ids.size(), 4);
        int serverErrors = 0;
        for (const QJsonValue &v : m_sandbox->requestLog(SandboxSystemId::Webhooks, 1000))
            serverErrors += v.toObject().value(QStringLiteral("status")).toInt() >= 500 ? 1 : 0;
        QVERIFY(serverErrors > 0); // it really had to retry
    }

    void bulkStepsUnderFaultsStayConsistent()
    {
        const QList<Order> created = ordersIn(QStringLiteral("created"), 8);
        QList<qint64> ids;
        for (const Order &o : created)
            ids.append(o.id);
        SandboxFaults faults;
        faults.errorRate = 0.4;
        m_sandbox->setFaults(SandboxSystemId::Erp, faults);
        QSignalSpy finished(m_service.get(), &OrderService::bulkFinished);
        QSignalSpy progress(m_service.get(), &OrderService::bulkProgress);
        QSignalSpy results(m_service.get(), &OrderService::stepFinished);
        const qint64 batch = m_service->stepMany(ids, QStringLiteral("process"));
        QVERIFY(finished.wait(120000));
        m_sandbox->clearFaults();
        QCOMPARE(finished.first().at(0).toLongLong(), batch);
        QCOMPARE(results.size(), ids.size());
        QCOMPARE(progress.constLast().at(1).toInt(), int(ids.size()));
        const int succeeded = finished.first().at(1).toInt();
        const int failedCount = finished.first().at(2).toInt();
        QCOMPARE(succeeded + failedCount, int(ids.size()));
        QVERIFY(failedCount > 0); // the faults did hit
        // Whatever happened, each order's local state matches the ERP's status.
        for (const QList<QVariant> &args : std::as_const(results)) {
            const StepResult r = args.at(1).value<StepResult>();
            const Order o = reload(r.orderId);
            const QString erpStatus = erpOrder(o.erpId()).value(QStringLiteral("status")).toString();
            QCOMPARE(o.state, r.ok() ? QStringLiteral("processing") : QStringLiteral("created"));
            QCOMPARE(erpStatus, r.ok() ? QStringLiteral("PROC") : QStringLiteral("NEW"));
            if (!r.ok())
                QVERIFY(r.error->message().contains(QStringLiteral("HTTP 5")) || r.failure == StepResult::Failure::Network);
        }
    }

    void outboxRetryAndDiscard()
    {
        const QList<Order> created = ordersIn(QStringLiteral("created"), 2);
        // An outbox entry whose order vanished from the ERP fails (404 is not worth repeating).
        QVERIFY(erp().send("DELETE", QStringLiteral("/api/v1/orders/") + created.at(0).erpId()).status == 204);
        const StepResult a = test::stepAndWait(*m_service, created.at(0).id, QStringLiteral("process"), NotificationMode::Async);
        const StepResult b = test::stepAndWait(*m_service, created.at(1).id, QStringLiteral("process"), NotificationMode::Async);
        QVERIFY(m_service->discardOutboxEntry(b.outboxId).ok());
        OutboxWorker worker(*m_service);
        int delivered = -1, failed = -1;
        QVERIFY(test::drainAndWait(worker, &delivered, &failed));
        QCOMPARE(delivered, 0);
        QCOMPARE(failed, 1);
        QCOMPARE(m_service->store().outboxEntry(a.outboxId)->state, OutboxEntry::State::Failed);
        QVERIFY(!m_service->store().outboxEntry(a.outboxId)->lastError.isEmpty());
        QCOMPARE(m_service->store().outboxEntry(b.outboxId)->state, OutboxEntry::State::Discarded);
        QCOMPARE(erpOrder(created.at(1).erpId()).value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
        QVERIFY(m_service->retryOutboxEntry(a.outboxId).ok());
        QCOMPARE(m_service->store().outboxEntry(a.outboxId)->state, OutboxEntry::State::Pending);
        QVERIFY(!m_service->retryOutboxEntry(b.outboxId).ok()); // discarded stays discarded
    }
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
