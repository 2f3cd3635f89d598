#pragma once

namespace crmbridge {

class SecretStore;

namespace orders {

/// The keychain reference of the demo webhook subscriber's signing secret, and its public demo
/// value (like the sandbox's credentials, not a secret: the same on every machine).
inline constexpr const char *DemoWebhookSecretKey = "sandbox/webhooks/secret";
inline constexpr const char *DemoWebhookSecret = "whsec-crmbridge-sandbox-0000";

/// Registers the demo-workspace seeder that saves the standard lifecycle (REST actions on
/// "Demo ERP") and the webhook subscriber "Sandbox receiver" ({{webhooks_base_url}}/orders).
/// Call once from the composition root, like registerSandboxDemoSeeder().
void registerOrderDemoSeeder();

/// Puts the demo subscriber's signing secret into `store` for this session.
void registerOrderDemoSecrets(SecretStore &store);

} // namespace orders
} // namespace crmbridge
