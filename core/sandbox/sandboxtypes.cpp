#include "core/sandbox/sandboxtypes.h"

using namespace Qt::StringLiterals;

namespace crmbridge {

QList<SandboxSystemId> allSandboxSystems()
{
    return {SandboxSystemId::Crm, SandboxSystemId::Erp, SandboxSystemId::Helpdesk, SandboxSystemId::Marketing,
            SandboxSystemId::Webhooks};
}

QString sandboxSystemKey(SandboxSystemId id)
{
    switch (id) {
    case SandboxSystemId::Crm: return u"crm"_s;
    case SandboxSystemId::Erp: return u"erp"_s;
    case SandboxSystemId::Helpdesk: return u"helpdesk"_s;
    case SandboxSystemId::Marketing: return u"marketing"_s;
    case SandboxSystemId::Webhooks: return u"webhooks"_s;
    }
    return {};
}

bool sandboxSystemFromKey(const QString &key, SandboxSystemId *id)
{
    for (SandboxSystemId candidate : allSandboxSystems()) {
        if (sandboxSystemKey(candidate).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            *id = candidate;
            return true;
        }
    }
    return false;
}

QByteArray SandboxCredentials::authorizationHeader() const
{
    if (scheme == u"Bearer")
        return "Bearer " + token.toUtf8();
    if (scheme == u"Basic")
        return "Basic " + QByteArray(username.toUtf8() + ':' + password.toUtf8()).toBase64();
    return {};
}

} // namespace crmbridge
