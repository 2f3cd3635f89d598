#include "core/importers/vendortemplates.h"

#include "core/endpoints/ratelimitpresets.h"

namespace crmbridge {

namespace {

Endpoint endpoint(const QString &name, EndpointKind kind, const QString &baseUrl, AuthKind auth, const char *preset)
{
    Endpoint e;
    e.name = name;
    e.kind = kind;
    e.protocol = Protocol::RestJson;
    e.baseUrl = baseUrl;
    e.auth.kind = auth;
    e.auth.secret.key = Endpoint::secretKey(name, auth == AuthKind::Basic ? QStringLiteral("password")
                                                   : auth == AuthKind::OAuth2ClientCredentials ? QStringLiteral("clientSecret")
                                                                                             : QStringLiteral("token"));
    auto p = RateLimitPresets::find(QString::fromLatin1(preset));
    Q_ASSERT(p.ok());
    if (p)
        e.rateLimit = p->policy;
    return e;
}

// The usual REST layout: /things, /things/{id}.
Entity crud(const Endpoint &e, const QString &name, const QString &collection, const QString &updateMethod,
            const QString &itemSuffix = QStringLiteral("/{id}"))
{
    Entity entity;
    entity.endpointName = e.name;
    entity.name = name;
    entity.list = {QStringLiteral("GET"), collection};
    entity.get = {QStringLiteral("GET"), collection + itemSuffix};
    entity.create = {QStringLiteral("POST"), collection};
    entity.update = {updateMethod, collection + itemSuffix};
    entity.remove = {QStringLiteral("DELETE"), collection + itemSuffix};
    return entity;
}

Pagination cursor(const QString &param, const QString &path, const QString &sizeParam, int size, const QString &hasMore = {})
{
    Pagination p;
    p.style = PaginationStyle::CursorBody;
    p.cursorParam = param;
    p.cursorPath = path;
    p.pageSizeParam = sizeParam;
    p.pageSize = size;
    p.hasMorePath = hasMore;
    return p;
}

Pagination nextUrl(const QString &path, const QString &sizeParam, int size)
{
    Pagination p;
    p.style = PaginationStyle::NextUrlBody;
    p.nextUrlPath = path;
    p.pageSizeParam = sizeParam;
    p.pageSize = size;
    return p;
}

VendorTemplate hubspot()
{
    VendorTemplate t;
    t.id = QStringLiteral("hubspot");
    t.displayName = VendorTemplates::tr("HubSpot CRM");
    t.description = VendorTemplates::tr("Contacts, companies, deals and products over the CRM v3 API. "
                                        "Needs a private-app access token.");
    t.endpoint = endpoint(QStringLiteral("HubSpot"), EndpointKind::Crm, QStringLiteral("https://api.hubapi.com"),
                          AuthKind::Bearer, "hubspot-100-10s");
    for (const char *object : {"contacts", "companies", "deals", "products"}) {
        const QString name = QString::fromLatin1(object);
        const QString path = QStringLiteral("/crm/v3/objects/") + name;
        Entity e = crud(t.endpoint, name, path, QStringLiteral("PATCH"));
        e.batchCreate = {QStringLiteral("POST"), path + QStringLiteral("/batch/create")};
        e.batchUpdate = {QStringLiteral("POST"), path + QStringLiteral("/batch/update")};
        e.recordsPath = QStringLiteral("results");
        e.pagination = cursor(QStringLiteral("after"), QStringLiteral("paging.next.after"), QStringLiteral("limit"), 100);
        t.entities.append(e);
    }
    return t;
}

VendorTemplate zendesk()
{
    VendorTemplate t;
    t.id = QStringLiteral("zendesk");
    t.displayName = VendorTemplates::tr("Zendesk Support");
    t.description = VendorTemplates::tr("Tickets, users and organizations. Needs your Zendesk subdomain, "
                                        "an agent's email address and an API token.");
    t.endpoint = endpoint(QStringLiteral("Zendesk"), EndpointKind::Helpdesk,
                          QStringLiteral("https://{{zendesk_subdomain}}.zendesk.com"), AuthKind::Basic, "zendesk-team");
    // API-token auth: the user name is "email/token", the password the token.
    t.endpoint.auth.username = QStringLiteral("{{zendesk_email}}/token");
    t.environment.name = t.displayName;
    t.environment.variables = {{QStringLiteral("zendesk_subdomain"), {}, {}}, {QStringLiteral("zendesk_email"), {}, {}}};
    for (const char *object : {"tickets", "users", "organizations"}) {
        const QString name = QString::fromLatin1(object);
        const QString path = QStringLiteral("/api/v2/") + name;
        Entity e = crud(t.endpoint, name, path, QStringLiteral("PUT"));
        e.batchCreate = {QStringLiteral("POST"), path + QStringLiteral("/create_many")};
        e.batchUpdate = {QStringLiteral("PUT"), path + QStringLiteral("/update_many")};
        e.recordsPath = name;
        e.pagination = cursor(QStringLiteral("page[after]"), QStringLiteral("meta.after_cursor"), QStringLiteral("page[size]"),
                              100, QStringLiteral("meta.has_more"));
        t.entities.append(e);
    }
    return t;
}

VendorTemplate klaviyo()
{
    VendorTemplate t;
    t.id = QStringLiteral("klaviyo");
    t.displayName = VendorTemplates::tr("Klaviyo");
    t.description = VendorTemplates::tr("Profiles and lists over the JSON:API endpoints. Needs a private API key, "
                                        "stored as \"Klaviyo-API-Key\" followed by the key.");
    t.endpoint = endpoint(QStringLiteral("Klaviyo"), EndpointKind::Marketing, QStringLiteral("https://a.klaviyo.com"),
                          AuthKind::ApiKeyHeader, "klaviyo-m");
    t.endpoint.auth.keyName = QStringLiteral("Authorization");
    t.endpoint.headers = {{QStringLiteral("revision"), QStringLiteral("2024-10-15")},
                          {QStringLiteral("Accept"), QStringLiteral("application/vnd.api+json")}};
    Entity profiles = crud(t.endpoint, QStringLiteral("profiles"), QStringLiteral("/api/profiles"), QStringLiteral("PATCH"));
    profiles.remove = {};
    profiles.recordsPath = QStringLiteral("data");
    profiles.pagination = nextUrl(QStringLiteral("links.next"), QStringLiteral("page[size]"), 100);
    Entity lists = crud(t.endpoint, QStringLiteral("lists"), QStringLiteral("/api/lists"), QStringLiteral("PATCH"));
    lists.recordsPath = QStringLiteral("data");
    lists.pagination = nextUrl(QStringLiteral("links.next"), QString(), 10);
    t.entities = {profiles, lists};
    return t;
}

VendorTemplate intercom()
{
    VendorTemplate t;
    t.id = QStringLiteral("intercom");
    t.displayName = VendorTemplates::tr("Intercom");
    t.description = VendorTemplates::tr("Contacts and conversations. Needs an access token from the Developer Hub.");
    t.endpoint = endpoint(QStringLiteral("Intercom"), EndpointKind::Helpdesk, QStringLiteral("https://api.intercom.io"),
                          AuthKind::Bearer, "intercom");
    t.endpoint.headers = {{QStringLiteral("Intercom-Version"), QStringLiteral("2.11")}};
    Entity contacts = crud(t.endpoint, QStringLiteral("contacts"), QStringLiteral("/contacts"), QStringLiteral("PUT"));
    contacts.recordsPath = QStringLiteral("data");
    contacts.pagination = cursor(QStringLiteral("starting_after"), QStringLiteral("pages.next.starting_after"),
                                 QStringLiteral("per_page"), 50);
    Entity conversations = crud(t.endpoint, QStringLiteral("conversations"), QStringLiteral("/conversations"), QStringLiteral("PUT"));
    conversations.recordsPath = QStringLiteral("conversations");
    conversations.pagination = contacts.pagination;
    t.entities = {contacts, conversations};
    return t;
}

VendorTemplate mailchimp()
{
    VendorTemplate t;
    t.id = QStringLiteral("mailchimp");
    t.displayName = VendorTemplates::tr("Mailchimp Marketing");
    t.description = VendorTemplates::tr("Audiences (lists) and their members. Needs the API key and its data centre "
                                        "(the part after the dash, e.g. us21).");
    t.endpoint = endpoint(QStringLiteral("Mailchimp"), EndpointKind::Marketing,
                          QStringLiteral("https://{{mailchimp_dc}}.api.mailchimp.com/3.0"), AuthKind::Basic, "mailchimp");
    t.endpoint.auth.username = QStringLiteral("anystring");
    t.environment.name = t.displayName;
    t.environment.variables = {{QStringLiteral("mailchimp_dc"), {}, {}}, {QStringLiteral("list_id"), {}, {}}};
    Pagination offset;
    offset.style = PaginationStyle::OffsetCount;
    offset.offsetParam = QStringLiteral("offset");
    offset.pageSizeParam = QStringLiteral("count");
    offset.pageSize = 1000;
    offset.totalPath = QStringLiteral("total_items");
    Entity lists = crud(t.endpoint, QStringLiteral("lists"), QStringLiteral("/lists"), QStringLiteral("PATCH"));
    lists.recordsPath = QStringLiteral("lists");
    lists.pagination = offset;
    // A member's id is the MD5 of the lower-cased email; PUT creates or updates (upsert).
    Entity members = crud(t.endpoint, QStringLiteral("members"), QStringLiteral("/lists/{{list_id}}/members"), QStringLiteral("PUT"));
    members.recordsPath = QStringLiteral("members");
    members.pagination = offset;
    t.entities = {lists, members};
    return t;
}

VendorTemplate salesforce()
{
    VendorTemplate t;
    t.id = QStringLiteral("salesforce");
    t.displayName = VendorTemplates::tr("Salesforce REST");
    t.description = VendorTemplates::tr("Accounts, contacts, leads and opportunities: lists through a SOQL query that "
                                        "follows nextRecordsUrl. Needs your My Domain name and a connected app's "
                                        "client id and secret (client-credentials flow).");
    t.endpoint = endpoint(QStringLiteral("Salesforce"), EndpointKind::Crm,
                          QStringLiteral("https://{{salesforce_domain}}.my.salesforce.com/services/data/v60.0"),
                          AuthKind::OAuth2ClientCredentials, "salesforce-enterprise");
    t.endpoint.auth.tokenUrl = QStringLiteral("https://{{salesforce_domain}}.my.salesforce.com/services/oauth2/token");
    t.environment.name = t.displayName;
    t.environment.variables = {{QStringLiteral("salesforce_domain"), {}, {}}};
    for (const char *object : {"Account", "Contact", "Lead", "Opportunity"}) {
        const QString name = QString::fromLatin1(object);
        Entity e = crud(t.endpoint, name, QStringLiteral("/sobjects/") + name, QStringLiteral("PATCH"));
        // SOQL: the list is a query; nextRecordsUrl is a path from the host on (the network
        // client resolves it against the base URL's host).
        e.list = {QStringLiteral("GET"), QStringLiteral("/query?q=SELECT%20FIELDS(STANDARD)%20FROM%20") + name};
        e.batchCreate = {QStringLiteral("POST"), QStringLiteral("/composite/sobjects")};
        e.batchUpdate = {QStringLiteral("PATCH"), QStringLiteral("/composite/sobjects")};
        e.recordsPath = QStringLiteral("records");
        e.idField = QStringLiteral("Id");
        e.pagination = nextUrl(QStringLiteral("nextRecordsUrl"), QString(), 2000);
        t.entities.append(e);
    }
    return t;
}

VendorTemplate dynamics365()
{
    VendorTemplate t;
    t.id = QStringLiteral("dynamics365");
    t.displayName = VendorTemplates::tr("Dynamics 365 / Dataverse Web API");
    t.description = VendorTemplates::tr("Accounts, contacts, leads and opportunities over the OData Web API, paged with "
                                        "@odata.nextLink. Needs your organization name, the Microsoft Entra tenant id "
                                        "and an app registration's client id and secret.");
    t.endpoint = endpoint(QStringLiteral("Dynamics 365"), EndpointKind::Crm,
                          QStringLiteral("https://{{dynamics_org}}.crm.dynamics.com/api/data/v9.2"),
                          AuthKind::OAuth2ClientCredentials, "dynamics365");
    t.endpoint.auth.tokenUrl = QStringLiteral("https://login.microsoftonline.com/{{tenant_id}}/oauth2/v2.0/token");
    t.endpoint.auth.scope = QStringLiteral("https://{{dynamics_org}}.crm.dynamics.com/.default");
    // The page size is a preference header, not a query parameter.
    t.endpoint.headers = {{QStringLiteral("Prefer"), QStringLiteral("odata.maxpagesize=500")},
                          {QStringLiteral("OData-Version"), QStringLiteral("4.0")},
                          {QStringLiteral("OData-MaxVersion"), QStringLiteral("4.0")},
                          {QStringLiteral("Accept"), QStringLiteral("application/json")}};
    t.environment.name = t.displayName;
    t.environment.variables = {{QStringLiteral("dynamics_org"), {}, {}}, {QStringLiteral("tenant_id"), {}, {}}};
    const struct
    {
        const char *set;
        const char *id;
    } sets[] = {{"accounts", "accountid"}, {"contacts", "contactid"}, {"leads", "leadid"}, {"opportunities", "opportunityid"}};
    for (const auto &s : sets) {
        const QString name = QString::fromLatin1(s.set);
        Entity e = crud(t.endpoint, name, QLatin1Char('/') + name, QStringLiteral("PATCH"), QStringLiteral("({id})"));
        e.recordsPath = QStringLiteral("value");
        e.idField = QString::fromLatin1(s.id);
        e.pagination = nextUrl(QStringLiteral("@odata.nextLink"), QString(), 500);
        t.entities.append(e);
    }
    return t;
}

} // namespace

QList<VendorTemplate> VendorTemplates::all()
{
    return {hubspot(), zendesk(), klaviyo(), intercom(), mailchimp(), salesforce(), dynamics365()};
}

Result<VendorTemplate> VendorTemplates::find(const QString &id)
{
    QStringList ids;
    const QList<VendorTemplate> templates = all();
    for (const VendorTemplate &t : templates) {
        if (t.id == id)
            return t;
        ids.append(t.id);
    }
    return Error::notFound(tr("No vendor template named \"%1\"").arg(id), {},
                           tr("Use one of: %1.").arg(ids.join(QStringLiteral(", "))));
}

} // namespace crmbridge
