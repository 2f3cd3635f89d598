#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"
#include "core/sandbox/sandboxtypes.h"

#include <QList>

namespace crmbridge {

class SandboxServer;

class SecretStore;

/// One demo endpoint with its entities.
struct DemoEndpoint
{
    Endpoint endpoint;
    QList<Entity> entities;
};

/// The demo workspace's "Sandbox" environment for a sandbox whose first system listens on
/// `basePort`: crm_base_url, crm_token, erp_base_url, erp_soap_url, erp_user, erp_password,
/// helpdesk_base_url, helpdesk_user, helpdesk_token, marketing_base_url, marketing_user,
/// marketing_api_key, marketing_list_id, webhooks_base_url. The credentials are the sandbox's
/// public demo values (docs/sandbox.md), not secrets.
Environment sandboxEnvironment(quint16 basePort = SandboxDefaultBasePort, quint32 seed = 42);
/// The same for a running sandbox, each system at the address it really listens on (with
/// `basePort` 0 every system gets its own ephemeral port — the tests do that).
Environment sandboxEnvironment(const SandboxServer &sandbox, quint32 seed = 42);

/// "Demo CRM", "Demo ERP", "Demo ERP (SOAP)" (the OrderService, its operations from the sandbox's
/// WSDL), "Demo Helpdesk" and "Demo Marketing" with their entities, their URLs
/// written as {{variables}} of the Sandbox environment and their auth secrets as keychain
/// references ("sandbox/…") that registerSandboxSecrets() fills for the session.
QList<DemoEndpoint> sandboxDemoEndpoints();

/// Puts the sandbox's public demo credentials into `store` as session secrets, so the demo
/// endpoints authenticate on any machine, keychain or not.
void registerSandboxSecrets(SecretStore &store);

/// Registers the demo-workspace seeder that adds the "Sandbox" environment and the demo
/// endpoints. Call once from the composition root (app/gui, app/cli) before the demo workspace
/// is created; calling it again does nothing. (A static initialiser would be dropped by the
/// linker in the static core.)
void registerSandboxDemoSeeder();

} // namespace crmbridge
