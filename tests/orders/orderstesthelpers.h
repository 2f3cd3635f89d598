#pragma once

// Shared by the order tests: a workspace wired to a running sandbox (demo endpoints, the standard
// lifecycle, the demo webhook subscriber) and helpers that wait for OrderService answers with
// QSignalSpy — never a fixed sleep.

#include "../sandbox/sandboxtestclient.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/importers/wsdlimporter.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderdemoseeder.h"
#include "core/orders/orderservice.h"
#include "core/orders/outboxworker.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

namespace crmbridge::test {

/// The Sandbox environment pointed at a sandbox whose systems listen on ephemeral ports.
inline Environment environmentFor(const SandboxServer &sandbox)
{
    return sandboxEnvironment(sandbox);
}

/// Saves the demo environment and endpoints, the standard lifecycle and the webhook subscriber
/// (what the demo workspace holds) into `workspace`. Plus "ERP SOAP": the sandbox's OrderService,
/// imported from its WSDL over HTTP.
inline QString seedOrdersWorkspace(Workspace &workspace, const SandboxServer &sandbox)
{
    if (auto saved = EnvironmentStore(workspace).save(environmentFor(sandbox)); !saved)
        return saved.error().message();
    EndpointStore endpoints(workspace);
    for (const DemoEndpoint &demo : sandboxDemoEndpoints()) {
        if (auto saved = endpoints.save(demo.endpoint); !saved)
            return saved.error().message();
        for (const Entity &entity : demo.entities) {
            if (auto saved = endpoints.saveEntity(entity); !saved)
                return saved.error().message();
        }
    }
    SandboxClient erp(sandbox.system(SandboxSystemId::Erp));
    const HttpReply wsdl = erp.get(QStringLiteral("/soap/OrderService?wsdl"));
    auto imported = WsdlImporter::parse(wsdl.body, QStringLiteral("OrderService WSDL"));
    if (!imported)
        return imported.error().message();
    Endpoint soap = imported->endpoint;
    soap.name = QStringLiteral("ERP SOAP");
    soap.kind = EndpointKind::Erp;
    soap.baseUrl = QStringLiteral("{{erp_soap_url}}");
    soap.auth.kind = AuthKind::Basic;
    soap.auth.username = QStringLiteral("{{erp_user}}");
    soap.auth.secret.key = QStringLiteral("sandbox/erp/password");
    soap.soapService = imported->service.toJson();
    if (auto saved = endpoints.save(soap); !saved)
        return saved.error().message();
    if (Status s = orders::LifecycleStore(workspace).save(orders::Lifecycle::standard()); !s)
        return s.error().message();
    orders::Subscriber receiver;
    receiver.name = QStringLiteral("Sandbox receiver");
    receiver.url = QStringLiteral("{{webhooks_base_url}}/orders");
    receiver.secret.key = QString::fromLatin1(orders::DemoWebhookSecretKey);
    if (auto saved = orders::OrderStore(workspace).saveSubscriber(receiver); !saved)
        return saved.error().message();
    return {};
}

inline orders::StepResult stepAndWait(orders::OrderService &service, qint64 orderId, const QString &transition,
                                      std::optional<orders::NotificationMode> mode = std::nullopt)
{
    QSignalSpy spy(&service, &orders::OrderService::stepFinished);
    orders::StepOptions options;
    options.mode = mode;
    const qint64 request = service.step(orderId, transition, options);
    for (int i = 0; i < 600; ++i) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toLongLong() == request)
                return args.at(1).value<orders::StepResult>();
        }
        if (!spy.wait(30000))
            break;
    }
    orders::StepResult none;
    none.failure = orders::StepResult::Failure::Network;
    none.error = Error::internal(QStringLiteral("no stepFinished"));
    return none;
}

/// Imports the ERP's orders; returns the number imported (-1 on failure).
inline int importAndWait(orders::OrderService &service, orders::OrderSource source, int limit)
{
    QSignalSpy spy(&service, &orders::OrderService::importFinished);
    service.importOrders(source, limit);
    if (!spy.wait(60000))
        return -1;
    if (!spy.first().at(3).toString().isEmpty())
        qWarning("%s", qPrintable(spy.first().at(3).toString()));
    return spy.first().at(1).toInt() + spy.first().at(2).toInt();
}

inline bool drainAndWait(orders::OutboxWorker &worker, int *delivered = nullptr, int *failed = nullptr)
{
    QSignalSpy spy(&worker, &orders::OutboxWorker::drained);
    worker.drain();
    if (!spy.wait(120000))
        return false;
    if (delivered)
        *delivered = spy.first().at(0).toInt();
    if (failed)
        *failed = spy.first().at(1).toInt();
    return true;
}

} // namespace crmbridge::test
