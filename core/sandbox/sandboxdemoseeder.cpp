#include "core/sandbox/sandboxdemoseeder.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/endpoints/secretstore.h"
#include "core/importers/wsdlimporter.h"
#include "core/sandbox/crmsystem.h"
#include "core/sandbox/erpsystem.h"
#include "core/sandbox/helpdesksystem.h"
#include "core/sandbox/marketingsystem.h"
#include "core/sandbox/sandboxdata.h"
#include "core/sandbox/sandboxserver.h"
#include "core/workspace/demoworkspace.h"

#include <atomic>

using namespace Qt::StringLiterals;

#include <functional>

namespace crmbridge {

namespace {

const QString CrmTokenKey = u"sandbox/crm/token"_s;
const QString ErpPasswordKey = u"sandbox/erp/password"_s;
const QString HelpdeskTokenKey = u"sandbox/helpdesk/token"_s;
const QString MarketingKeyKey = u"sandbox/marketing/api-key"_s;

Entity restEntity(const QString &endpoint, const QString &name, const QString &collectionPath, const QString &updateMethod)
{
    Entity entity;
    entity.endpointName = endpoint;
    entity.name = name;
    entity.list = {u"GET"_s, collectionPath};
    entity.get = {u"GET"_s, collectionPath + u"/{id}"_s};
    entity.create = {u"POST"_s, collectionPath};
    entity.update = {updateMethod, collectionPath + u"/{id}"_s};
    entity.remove = {u"DELETE"_s, collectionPath + u"/{id}"_s};
    entity.idField = u"id"_s;
    return entity;
}

DemoEndpoint crm()
{
    DemoEndpoint demo;
    Endpoint &e = demo.endpoint;
    e.name = u"Demo CRM"_s;
    e.kind = EndpointKind::Crm;
    e.baseUrl = u"{{crm_base_url}}"_s;
    e.description = u"Built-in sandbox: HubSpot CRM v3 shapes"_s;
    e.auth.kind = AuthKind::Bearer;
    e.auth.secret.key = CrmTokenKey;
    if (auto preset = RateLimitPresets::find(u"hubspot-100-10s"_s))
        e.rateLimit = preset->policy;
    for (const QString &object : {u"contacts"_s, u"companies"_s, u"deals"_s, u"products"_s}) {
        const QString path = u"/crm/v3/objects/"_s + object;
        Entity entity = restEntity(e.name, object, path, u"PATCH"_s);
        entity.batchCreate = {u"POST"_s, path + u"/batch/create"_s};
        entity.batchUpdate = {u"POST"_s, path + u"/batch/update"_s};
        entity.recordsPath = u"results"_s;
        entity.pagination.style = PaginationStyle::CursorBody;
        entity.pagination.pageSize = 100;
        entity.pagination.pageSizeParam = u"limit"_s;
        entity.pagination.cursorParam = u"after"_s;
        entity.pagination.cursorPath = u"paging.next.after"_s;
        demo.entities.append(entity);
    }
    return demo;
}

DemoEndpoint erp()
{
    DemoEndpoint demo;
    Endpoint &e = demo.endpoint;
    e.name = u"Demo ERP"_s;
    e.kind = EndpointKind::Erp;
    e.baseUrl = u"{{erp_base_url}}"_s;
    e.description = u"Built-in sandbox: REST /api/v1 (and a SOAP 1.1 OrderService at {{erp_soap_url}})"_s;
    e.auth.kind = AuthKind::Basic;
    e.auth.username = u"{{erp_user}}"_s;
    e.auth.secret.key = ErpPasswordKey;
    for (const QString &collection : {u"customers"_s, u"orders"_s, u"products"_s}) {
        Entity entity = restEntity(e.name, collection, u"/"_s + collection, u"PUT"_s);
        entity.pagination.style = PaginationStyle::PageNumber;
        entity.pagination.pageSize = 100;
        entity.pagination.pageParam = u"page"_s;
        entity.pagination.pageSizeParam = u"per_page"_s;
        entity.pagination.firstPage = 1;
        entity.pagination.totalHeader = u"X-Total-Count"_s;
        demo.entities.append(entity);
    }
    return demo;
}

// The ERP's SOAP OrderService, described by the sandbox's own WSDL: the operations (and their
// element order and types) come from the same WsdlImporter an analyst's import goes through.
DemoEndpoint erpSoap()
{
    DemoEndpoint demo;
    auto imported = WsdlImporter::parse(ErpSystem::wsdl(u"{{erp_soap_url}}"_s), u"Demo ERP OrderService WSDL"_s);
    if (!imported) {
        qWarning("The sandbox OrderService WSDL does not import: %s", qPrintable(imported.error().message()));
        return demo;
    }
    Endpoint &e = demo.endpoint;
    e = imported->endpoint;
    e.name = u"Demo ERP (SOAP)"_s;
    e.baseUrl = u"{{erp_soap_url}}"_s;
    e.description = u"Built-in sandbox: the Demo ERP's SOAP 1.1 OrderService (CreateOrder, GetOrder, UpdateOrderStatus, ListOrders)"_s;
    e.auth.kind = AuthKind::Basic;
    e.auth.username = u"{{erp_user}}"_s;
    e.auth.secret.key = ErpPasswordKey;
    e.soapService = imported->service.toJson();

    Entity orders;
    orders.endpointName = e.name;
    orders.name = u"orders"_s;
    orders.description = u"Orders through the SOAP OrderService; operations name WSDL operations"_s;
    orders.list = {u"POST"_s, u"ListOrders"_s};
    orders.get = {u"POST"_s, u"GetOrder"_s};
    orders.create = {u"POST"_s, u"CreateOrder"_s};
    orders.update = {u"POST"_s, u"UpdateOrderStatus"_s};
    orders.recordsPath = u"Orders/Order"_s;
    orders.idField = u"Id"_s;
    orders.pagination.style = PaginationStyle::PageNumber;
    orders.pagination.pageParam = u"PageNumber"_s;
    orders.pagination.pageSizeParam = u"PageSize"_s;
    orders.pagination.firstPage = 1;
    orders.pagination.pageSize = 100;
    orders.pagination.totalPath = u"TotalCount"_s;
    if (const SoapOperation *get = imported->service.operation(u"GetOrder"_s)) {
        if (const FieldNode *order = get->response.find(u"Order"_s)) {
            FieldTree schema;
            schema.source = u"wsdl"_s;
            schema.fields = order->children;
            orders.schema = FieldTreeJson::toJson(schema);
        }
    }
    demo.entities.append(orders);
    return demo;
}

DemoEndpoint helpdesk()
{
    DemoEndpoint demo;
    Endpoint &e = demo.endpoint;
    e.name = u"Demo Helpdesk"_s;
    e.kind = EndpointKind::Helpdesk;
    e.baseUrl = u"{{helpdesk_base_url}}"_s;
    e.description = u"Built-in sandbox: Zendesk Support API v2 shapes"_s;
    e.auth.kind = AuthKind::Basic;
    e.auth.username = u"{{helpdesk_user}}"_s;
    e.auth.secret.key = HelpdeskTokenKey;
    for (const QString &collection : {u"tickets"_s, u"users"_s}) {
        Entity entity = restEntity(e.name, collection, u"/"_s + collection, u"PUT"_s);
        entity.recordsPath = collection;
        entity.pagination.style = PaginationStyle::CursorBody;
        entity.pagination.pageSize = 100;
        entity.pagination.pageSizeParam = u"page[size]"_s;
        entity.pagination.cursorParam = u"page[after]"_s;
        entity.pagination.cursorPath = u"meta.after_cursor"_s;
        entity.pagination.hasMorePath = u"meta.has_more"_s;
        demo.entities.append(entity);
    }
    return demo;
}

DemoEndpoint marketing()
{
    DemoEndpoint demo;
    Endpoint &e = demo.endpoint;
    e.name = u"Demo Marketing"_s;
    e.kind = EndpointKind::Marketing;
    e.baseUrl = u"{{marketing_base_url}}"_s;
    e.description = u"Built-in sandbox: Mailchimp Marketing API 3.0 shapes"_s;
    e.auth.kind = AuthKind::Basic;
    e.auth.username = u"{{marketing_user}}"_s;
    e.auth.secret.key = MarketingKeyKey;
    e.rateLimit.maxInFlight = 10; // Mailchimp: 10 simultaneous connections

    Entity lists = restEntity(e.name, u"lists"_s, u"/lists"_s, u"PATCH"_s);
    lists.recordsPath = u"lists"_s;
    lists.pagination.style = PaginationStyle::OffsetCount;
    lists.pagination.pageSize = 100;
    lists.pagination.offsetParam = u"offset"_s;
    lists.pagination.pageSizeParam = u"count"_s;
    lists.pagination.totalPath = u"total_items"_s;
    demo.entities.append(lists);

    Entity members = restEntity(e.name, u"members"_s, u"/lists/{{marketing_list_id}}/members"_s, u"PUT"_s);
    members.recordsPath = u"members"_s;
    members.pagination = lists.pagination;
    demo.entities.append(members);
    return demo;
}

class SandboxDemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemoSeeder)

public:
    static Status seed(Workspace &workspace)
    {
        if (auto saved = EnvironmentStore(workspace).save(sandboxEnvironment()); !saved)
            return saved.error();
        EndpointStore endpoints(workspace);
        for (const DemoEndpoint &demo : sandboxDemoEndpoints()) {
            if (auto saved = endpoints.save(demo.endpoint); !saved)
                return saved.error();
            for (const Entity &entity : demo.entities) {
                if (auto saved = endpoints.saveEntity(entity); !saved)
                    return saved.error();
            }
        }
        return {};
    }
};

} // namespace

static Environment sandboxEnvironmentAt(const std::function<QString(SandboxSystemId)> &url, quint32 seed)
{
    const QList<QPair<QString, QString>> values = {
        {u"crm_base_url"_s, url(SandboxSystemId::Crm)},
        {u"crm_token"_s, QString::fromLatin1(CrmSystem::Token)},
        {u"erp_base_url"_s, url(SandboxSystemId::Erp) + u"/api/v1"_s},
        {u"erp_soap_url"_s, url(SandboxSystemId::Erp) + u"/soap/OrderService"_s},
        {u"erp_user"_s, QString::fromLatin1(ErpSystem::User)},
        {u"erp_password"_s, QString::fromLatin1(ErpSystem::Password)},
        {u"helpdesk_base_url"_s, url(SandboxSystemId::Helpdesk) + u"/api/v2"_s},
        {u"helpdesk_user"_s, QString::fromLatin1(HelpdeskSystem::User)},
        {u"helpdesk_token"_s, QString::fromLatin1(HelpdeskSystem::ApiToken)},
        {u"marketing_base_url"_s, url(SandboxSystemId::Marketing) + u"/3.0"_s},
        {u"marketing_user"_s, u"anystring"_s},
        {u"marketing_api_key"_s, QString::fromLatin1(MarketingSystem::ApiKey)},
        {u"marketing_list_id"_s, SandboxData::marketingListId(0, seed)},
        {u"webhooks_base_url"_s, url(SandboxSystemId::Webhooks)},
    };
    Environment environment;
    environment.name = u"Sandbox"_s;
    for (const auto &[name, value] : values) {
        EnvironmentVariable variable;
        variable.name = name;
        variable.value = value;
        environment.variables.append(variable);
    }
    return environment;
}

Environment sandboxEnvironment(quint16 basePort, quint32 seed)
{
    return sandboxEnvironmentAt(
        [basePort](SandboxSystemId id) { return u"http://127.0.0.1:%1"_s.arg(basePort + static_cast<int>(id)); }, seed);
}

Environment sandboxEnvironment(const SandboxServer &sandbox, quint32 seed)
{
    return sandboxEnvironmentAt([&sandbox](SandboxSystemId id) { return sandbox.system(id).baseUrl.toString(); },
                                seed);
}

QList<DemoEndpoint> sandboxDemoEndpoints()
{
    return {crm(), erp(), erpSoap(), helpdesk(), marketing()};
}

void registerSandboxSecrets(SecretStore &store)
{
    store.setSessionSecret(CrmTokenKey, QByteArray(CrmSystem::Token));
    store.setSessionSecret(ErpPasswordKey, QByteArray(ErpSystem::Password));
    store.setSessionSecret(HelpdeskTokenKey, QByteArray(HelpdeskSystem::ApiToken));
    store.setSessionSecret(MarketingKeyKey, QByteArray(MarketingSystem::ApiKey));
}

void registerSandboxDemoSeeder()
{
    static std::atomic<bool> registered{false};
    if (registered.exchange(true))
        return;
    DemoWorkspace::addSeeder(&SandboxDemoSeeder::seed);
}

} // namespace crmbridge
