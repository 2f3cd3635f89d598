#pragma once

namespace crmbridge::sync {

/// Registers the demo-workspace seeder that adds the demo mappings and the working sync profiles
/// ("CRM contacts → ERP customers", "ERP orders → CRM deals", "CRM contacts → Marketing members",
/// "Helpdesk users → CRM contacts") over the sandbox's demo endpoints. It registers the sandbox
/// seeder first (registerSandboxDemoSeeder), so the endpoints exist when it runs. Call once from
/// the composition root before the demo workspace is created; calling again does nothing.
void registerSyncDemoSeeder();

} // namespace crmbridge::sync
