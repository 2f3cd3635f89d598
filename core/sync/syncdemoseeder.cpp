#include "core/sync/syncdemoseeder.h"

#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingstore.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/demoworkspace.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

// The demo mappings, in the mapping file format (docs/formulas.md).
const char ContactToCustomer[] = R"json({
  "format_version": 1,
  "name": "CRM contact → ERP customer",
  "rules": [
    {"target": "name", "formula": "TRIM(properties.firstname & \" \" & properties.lastname)", "validate": [{"kind": "required"}]},
    {"target": "email", "formula": "LOWER(TRIM(properties.email))", "validate": [{"kind": "required"}, {"kind": "email"}]},
    {"target": "phone", "formula": "properties.phone"},
    {"target": "company", "formula": "properties.company"},
    {"target": "street", "formula": "properties.address"},
    {"target": "city", "formula": "properties.city"},
    {"target": "country", "formula": "properties.country"},
    {"target": "status", "formula": "LOOKUP(crm_status_to_erp, properties.customer_status)"}
  ],
  "source": {"entity": "contacts", "fields": ["properties.email", "properties.firstname", "properties.lastname", "properties.phone",
             "properties.company", "properties.address", "properties.city", "properties.country", "properties.customer_status"]},
  "target": {"entity": "customers", "fields": ["name", "email", "phone", "company", "street", "city", "country", "status"]},
  "time_zone": "UTC",
  "value_maps": [{"name": "crm_status_to_erp", "fold_case": true, "fold_whitespace": true, "default": "A",
                  "entries": [{"source": "Active", "target": "A"}, {"source": "Inactive", "target": "I"}, {"source": "Blocked", "target": "B"}]}]
})json";

const char OrderToDeal[] = R"json({
  "format_version": 1,
  "name": "ERP order → CRM deal",
  "rules": [
    {"target": "properties.dealname", "formula": "number", "validate": [{"kind": "required"}]},
    {"target": "properties.amount", "formula": "total"},
    {"target": "properties.dealstage", "formula": "LOOKUP(erp_status_to_stage, status)"},
    {"target": "properties.deal_currency_code", "formula": "currency"},
    {"target": "properties.erp_order_no", "formula": "number", "validate": [{"kind": "required"}]}
  ],
  "source": {"entity": "orders", "fields": ["number", "total", "status", "currency"]},
  "target": {"entity": "deals", "fields": ["properties.dealname", "properties.amount", "properties.dealstage",
             "properties.deal_currency_code", "properties.erp_order_no"]},
  "time_zone": "UTC",
  "value_maps": [{"name": "erp_status_to_stage", "fold_case": true, "fold_whitespace": true, "default": "appointmentscheduled",
                  "entries": [{"source": "NEW", "target": "appointmentscheduled"}, {"source": "PROC", "target": "qualifiedtobuy"},
                              {"source": "SHIP", "target": "contractsent"}, {"source": "CLSD", "target": "closedwon"},
                              {"source": "CANC", "target": "closedlost"}, {"source": "HOLD", "target": "decisionmakerboughtin"}]}]
})json";

const char ContactToMember[] = R"json({
  "format_version": 1,
  "name": "CRM contact → Marketing member",
  "rules": [
    {"target": "email_address", "formula": "LOWER(TRIM(properties.email))", "validate": [{"kind": "required"}, {"kind": "email"}]},
    {"target": "status_if_new", "formula": "\"subscribed\""},
    {"target": "merge_fields.FNAME", "formula": "TRIM(properties.firstname)"},
    {"target": "merge_fields.LNAME", "formula": "TRIM(properties.lastname)"}
  ],
  "source": {"entity": "contacts", "fields": ["properties.email", "properties.firstname", "properties.lastname"]},
  "target": {"entity": "members", "fields": ["email_address", "status_if_new", "merge_fields.FNAME", "merge_fields.LNAME"]},
  "time_zone": "UTC",
  "value_maps": []
})json";

const char UserToContact[] = R"json({
  "format_version": 1,
  "name": "Helpdesk user → CRM contact",
  "rules": [
    {"target": "properties.email", "formula": "LOWER(TRIM(email))", "validate": [{"kind": "required"}, {"kind": "email"}]},
    {"target": "properties.firstname", "formula": "REGEX_EXTRACT(TRIM(name), \"^(\\\\S+)\")"},
    {"target": "properties.lastname", "formula": "REGEX_EXTRACT(TRIM(name), \"^\\\\S+\\\\s+(.*)$\")"},
    {"target": "properties.phone", "formula": "phone"}
  ],
  "source": {"entity": "users", "fields": ["email", "name", "phone"]},
  "target": {"entity": "contacts", "fields": ["properties.email", "properties.firstname", "properties.lastname", "properties.phone"]},
  "time_zone": "UTC",
  "value_maps": []
})json";

SyncProfile profile(const QString &name, const QString &description)
{
    SyncProfile p;
    p.name = name;
    p.description = description;
    return p;
}

QList<SyncProfile> demoProfiles()
{
    QList<SyncProfile> out;

    SyncProfile a = profile(u"CRM contacts → ERP customers"_s,
                            u"Every CRM contact as an ERP customer, matched by lower-cased e-mail; the CRM wins."_s);
    a.source = {u"Demo CRM"_s, u"contacts"_s, {}, {},
                {{u"properties"_s, u"email,firstname,lastname,phone,company,address,city,country,customer_status"_s}}};
    a.mapping = u"CRM contact → ERP customer"_s;
    a.target = {u"Demo ERP"_s, u"customers"_s, {}};
    a.mode = SyncMode::Upsert;
    a.matchKey = {u"email"_s, u"LOWER(TRIM(properties.email))"_s, u"LOWER(TRIM(email))"_s};
    a.cursor.field = u"updatedAt"_s;
    a.conflictPolicy = ConflictPolicy::SourceWins;
    out.append(a);

    SyncProfile b = profile(u"ERP orders → CRM deals"_s,
                            u"ERP orders as CRM deals, matched by order number (erp_order_no), in batches of 100."_s);
    b.source = {u"Demo ERP"_s, u"orders"_s, {}, {}, {}};
    b.mapping = u"ERP order → CRM deal"_s;
    b.target = {u"Demo CRM"_s, u"deals"_s, {{u"properties"_s, u"dealname,amount,dealstage,deal_currency_code,erp_order_no"_s}}};
    b.mode = SyncMode::Upsert;
    b.matchKey = {u"properties.erp_order_no"_s, u"number"_s, {}};
    b.batchSize = 100;
    b.conflictPolicy = ConflictPolicy::NewerWins;
    b.sourceTimestamp = u"updated_at"_s;
    b.targetTimestamp = u"updatedAt"_s;
    out.append(b);

    SyncProfile c = profile(u"CRM contacts → Marketing members"_s,
                            u"CRM contacts as members of the first list; member id = MD5 of the lower-cased e-mail, PUT upsert."_s);
    c.source = {u"Demo CRM"_s, u"contacts"_s, {}, {}, {}};
    c.mapping = u"CRM contact → Marketing member"_s;
    c.target = {u"Demo Marketing"_s, u"members"_s, {}};
    c.mode = SyncMode::Upsert;
    c.matchKey = {u"id"_s, u"HASH(\"MD5\", LOWER(TRIM(properties.email)))"_s, {}};
    c.createStyle = CreateStyle::UpdateByKey;
    c.createOnlyFields = {u"status_if_new"_s};
    c.concurrency = 6;
    out.append(c);

    SyncProfile d = profile(u"Helpdesk users → CRM contacts"_s,
                            u"Helpdesk users into the CRM by e-mail; the CRM keeps its values, only blank fields are filled."_s);
    d.source = {u"Demo Helpdesk"_s, u"users"_s, {}, {}, {}};
    d.mapping = u"Helpdesk user → CRM contact"_s;
    d.target = {u"Demo CRM"_s, u"contacts"_s, {{u"properties"_s, u"email,firstname,lastname,phone"_s}}};
    d.mode = SyncMode::Upsert;
    d.matchKey = {u"properties.email"_s, u"LOWER(TRIM(email))"_s, u"LOWER(TRIM(properties.email))"_s};
    d.conflictPolicy = ConflictPolicy::TargetWins;
    out.append(d);
    return out;
}

Status seed(Workspace &workspace)
{
    mapping::MappingStore mappings(workspace);
    for (const char *json : {ContactToCustomer, OrderToDeal, ContactToMember, UserToContact}) {
        auto parsed = mapping::MappingFile::fromJson(QByteArray(json), u"demo mapping"_s);
        if (!parsed)
            return parsed.error();
        if (auto saved = mappings.save(parsed.value()); !saved)
            return saved.error();
    }
    SyncProfileStore profiles(workspace);
    for (const SyncProfile &p : demoProfiles()) {
        if (auto saved = profiles.save(p); !saved)
            return saved.error();
    }
    return {};
}

} // namespace

void registerSyncDemoSeeder()
{
    static std::atomic<bool> registered{false};
    if (registered.exchange(true))
        return;
    registerSandboxDemoSeeder(); // the endpoints the profiles name come first
    DemoWorkspace::addSeeder(&seed);
}

} // namespace crmbridge::sync
