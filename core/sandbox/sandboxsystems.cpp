#include "core/sandbox/sandboxsystems.h"

#include "core/sandbox/crmsystem.h"
#include "core/sandbox/erpsystem.h"
#include "core/sandbox/helpdesksystem.h"
#include "core/sandbox/marketingsystem.h"
#include "core/sandbox/webhookreceiver.h"

namespace crmbridge {

std::unique_ptr<SandboxSystem> createSandboxSystem(SandboxSystemId id, quint32 seed, int scale)
{
    switch (id) {
    case SandboxSystemId::Crm: return std::make_unique<CrmSystem>(seed, scale);
    case SandboxSystemId::Erp: return std::make_unique<ErpSystem>(seed, scale);
    case SandboxSystemId::Helpdesk: return std::make_unique<HelpdeskSystem>(seed, scale);
    case SandboxSystemId::Marketing: return std::make_unique<MarketingSystem>(seed, scale);
    case SandboxSystemId::Webhooks: return std::make_unique<WebhookReceiver>(seed, scale);
    }
    return nullptr;
}

} // namespace crmbridge
