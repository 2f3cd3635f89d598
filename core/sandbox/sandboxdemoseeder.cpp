#include "core/sandbox/sandboxdemoseeder.h"

#include "core/sandbox/crmsystem.h"
#include "core/sandbox/erpsystem.h"
#include "core/sandbox/helpdesksystem.h"
#include "core/sandbox/marketingsystem.h"
#include "core/workspace/demoworkspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

class SandboxDemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemoSeeder)

public:
    static Status seed(Workspace &workspace)
    {
        return workspace.transaction([](QSqlDatabase &db) -> Status {
            QSqlQuery query(db);
            query.prepare(u"INSERT INTO environments (name, production, variables, created_at, updated_at) "
                          "VALUES (?, 0, ?, ?, ?)"_s);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            query.addBindValue(u"Sandbox"_s);
            query.addBindValue(QString::fromUtf8(QJsonDocument(sandboxEnvironmentVariables()).toJson(QJsonDocument::Compact)));
            query.addBindValue(now);
            query.addBindValue(now);
            if (!query.exec()) {
                return Error::io(tr("Could not add the Sandbox environment to the demo workspace: %1")
                                     .arg(query.lastError().text()),
                                 db.databaseName(), tr("Delete the demo workspace file; it is created again on the next start."));
            }
            return {};
        });
    }
};

} // namespace

QJsonObject sandboxEnvironmentVariables(quint16 basePort)
{
    auto url = [basePort](SandboxSystemId id) { return u"http://127.0.0.1:%1"_s.arg(basePort + static_cast<int>(id)); };
    return QJsonObject{
        {u"crm_base_url"_s, url(SandboxSystemId::Crm)},
        {u"crm_token"_s, QString::fromLatin1(CrmSystem::Token)},
        {u"erp_base_url"_s, QString(url(SandboxSystemId::Erp) + u"/api/v1"_s)},
        {u"erp_soap_url"_s, QString(url(SandboxSystemId::Erp) + u"/soap/OrderService"_s)},
        {u"erp_user"_s, QString::fromLatin1(ErpSystem::User)},
        {u"erp_password"_s, QString::fromLatin1(ErpSystem::Password)},
        {u"helpdesk_base_url"_s, QString(url(SandboxSystemId::Helpdesk) + u"/api/v2"_s)},
        {u"helpdesk_user"_s, QString::fromLatin1(HelpdeskSystem::User)},
        {u"helpdesk_token"_s, QString::fromLatin1(HelpdeskSystem::ApiToken)},
        {u"marketing_base_url"_s, QString(url(SandboxSystemId::Marketing) + u"/3.0"_s)},
        {u"marketing_user"_s, u"anystring"_s},
        {u"marketing_api_key"_s, QString::fromLatin1(MarketingSystem::ApiKey)},
        {u"webhooks_base_url"_s, url(SandboxSystemId::Webhooks)},
    };
}

void registerSandboxDemoSeeder()
{
    static std::atomic<bool> registered{false};
    if (registered.exchange(true))
        return;
    DemoWorkspace::addSeeder(&SandboxDemoSeeder::seed);
}

} // namespace crmbridge
