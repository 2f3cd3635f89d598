#pragma once

#include "core/sandbox/sandboxtypes.h"

#include <QJsonObject>

namespace crmbridge {

/// The variables of the demo workspace's "Sandbox" environment for a sandbox on `basePort`:
/// crm_base_url, crm_token, erp_base_url, erp_user, erp_password, erp_soap_url,
/// helpdesk_base_url, helpdesk_user, helpdesk_token, marketing_base_url, marketing_user,
/// marketing_api_key, marketing_list_id…, webhooks_base_url.
QJsonObject sandboxEnvironmentVariables(quint16 basePort = SandboxDefaultBasePort);

/// Registers the demo-workspace seeder that adds the "Sandbox" environment. Call once from the
/// composition root (app/gui, app/cli) before the demo workspace is created; calling it again
/// does nothing. (A static initialiser would be dropped by the linker in the static core.)
void registerSandboxDemoSeeder();

} // namespace crmbridge
