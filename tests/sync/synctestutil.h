#pragma once

#include "core/endpoints/environment.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"

namespace crmbridge::test {

/// The Sandbox environment pointed at a SandboxServer whose systems listen on ephemeral ports.
inline Environment sandboxEnvironmentFor(const SandboxServer &sandbox)
{
    Environment environment = sandboxEnvironment(0);
    const auto base = [&sandbox](SandboxSystemId id) { return sandbox.system(id).baseUrl.toString(); };
    for (EnvironmentVariable &v : environment.variables) {
        if (v.name == QLatin1String("crm_base_url"))
            v.value = base(SandboxSystemId::Crm);
        else if (v.name == QLatin1String("erp_base_url"))
            v.value = base(SandboxSystemId::Erp) + QStringLiteral("/api/v1");
        else if (v.name == QLatin1String("erp_soap_url"))
            v.value = base(SandboxSystemId::Erp) + QStringLiteral("/soap/OrderService");
        else if (v.name == QLatin1String("helpdesk_base_url"))
            v.value = base(SandboxSystemId::Helpdesk) + QStringLiteral("/api/v2");
        else if (v.name == QLatin1String("marketing_base_url"))
            v.value = base(SandboxSystemId::Marketing) + QStringLiteral("/3.0");
        else if (v.name == QLatin1String("webhooks_base_url"))
            v.value = base(SandboxSystemId::Webhooks);
    }
    return environment;
}

} // namespace crmbridge::test
