#include "core/orders/orderdemoseeder.h"

#include "core/endpoints/secretstore.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderstore.h"
#include "core/workspace/demoworkspace.h"

#include <atomic>

namespace crmbridge::orders {

namespace {

Status seed(Workspace &workspace)
{
    if (Status s = LifecycleStore(workspace).save(Lifecycle::standard()); !s)
        return s;
    Subscriber receiver;
    receiver.name = QStringLiteral("Sandbox receiver");
    receiver.url = QStringLiteral("{{webhooks_base_url}}/orders");
    receiver.secret.key = QString::fromLatin1(DemoWebhookSecretKey);
    if (auto saved = OrderStore(workspace).saveSubscriber(receiver); !saved)
        return saved.error();
    return {};
}

} // namespace

void registerOrderDemoSeeder()
{
    static std::atomic<bool> registered{false};
    if (registered.exchange(true))
        return;
    DemoWorkspace::addSeeder(&seed);
}

void registerOrderDemoSecrets(SecretStore &store)
{
    store.setSessionSecret(QString::fromLatin1(DemoWebhookSecretKey), QByteArray(DemoWebhookSecret));
}

} // namespace crmbridge::orders
