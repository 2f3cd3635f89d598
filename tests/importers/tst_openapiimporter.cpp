// The OpenAPI importer over the six real published documents in ../shared/openapi (HubSpot
// contacts, deals, products; Zendesk Support; Klaviyo Lists; Intercom), plus small inline
// documents for $ref, YAML typing and errors.
#include "core/discovery/fieldtree.h"
#include "core/importers/openapiimporter.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestOpenApiImporter : public QObject
{
    Q_OBJECT

private:
    static ImportResult importShared(const QString &name)
    {
        const QString path = QStringLiteral(CRMBRIDGE_OPENAPI_DIR) + QLatin1Char('/') + name;
        auto result = OpenApiImporter::importFile(path);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message()));
            return {};
        }
        return result.value();
    }

    static FieldTree schemaOf(const Entity &entity)
    {
        auto tree = FieldTreeJson::fromJson(entity.schema, entity.name);
        return tree ? tree.value() : FieldTree();
    }

private slots:
    void hubspotContacts()
    {
        const ImportResult r = importShared(u"hubspot-crm-contacts-v3.json"_s);
        QCOMPARE(r.endpoint.baseUrl, u"https://api.hubapi.com"_s);
        QCOMPARE(toString(r.endpoint.kind), toString(EndpointKind::Crm));
        QCOMPARE(toString(r.endpoint.auth.kind), toString(AuthKind::Bearer));
        QVERIFY(!r.endpoint.auth.secret.key.isEmpty());
        QCOMPARE(r.endpoint.rateLimit.preset, u"hubspot-100-10s"_s);
        const Entity *contacts = r.entity(u"contacts"_s);
        QVERIFY(contacts);
        QCOMPARE(contacts->list.method, u"GET"_s);
        QCOMPARE(contacts->list.path, u"/crm/v3/objects/contacts"_s);
        QCOMPARE(contacts->get.method, u"GET"_s);
        QCOMPARE(contacts->get.path, u"/crm/v3/objects/contacts/{id}"_s);
        QCOMPARE(contacts->create.method, u"POST"_s);
        QCOMPARE(contacts->create.path, u"/crm/v3/objects/contacts"_s);
        QCOMPARE(contacts->update.method, u"PATCH"_s);
        QCOMPARE(contacts->update.path, u"/crm/v3/objects/contacts/{id}"_s);
        QCOMPARE(contacts->remove.method, u"DELETE"_s);
        QCOMPARE(contacts->batchCreate.path, u"/crm/v3/objects/contacts/batch/create"_s);
        QCOMPARE(contacts->batchUpdate.path, u"/crm/v3/objects/contacts/batch/update"_s);
        QCOMPARE(contacts->batchUpdate.method, u"POST"_s);
        QCOMPARE(contacts->recordsPath, u"results"_s);
        QCOMPARE(contacts->idField, u"id"_s);
        QCOMPARE(toString(contacts->pagination.style), toString(PaginationStyle::CursorBody));
        QCOMPARE(contacts->pagination.cursorParam, u"after"_s);
        QCOMPARE(contacts->pagination.cursorPath, u"paging.next.after"_s);
        QCOMPARE(contacts->pagination.pageSizeParam, u"limit"_s);
        // Actions on the collection (search, merge, gdpr-delete) are not entities.
        QVERIFY(!r.entity(u"search"_s));
        QVERIFY(!r.entity(u"merge"_s));

        const FieldTree schema = schemaOf(*contacts);
        QCOMPARE(schema.source, u"openapi"_s);
        const FieldNode *id = schema.find(u"id"_s);
        QVERIFY(id);
        QCOMPARE(toString(id->type), toString(FieldType::Text));
        QVERIFY(id->required);
        const FieldNode *properties = schema.find(u"properties"_s);
        QVERIFY(properties);
        QCOMPARE(toString(properties->type), toString(FieldType::Object));
        QCOMPARE(properties->mapValueType, u"text"_s);
        QCOMPARE(toString(schema.find(u"createdAt"_s)->type), toString(FieldType::DateTime));
        QCOMPARE(toString(schema.find(u"archived"_s)->type), toString(FieldType::Bool));

        // What was imported is a valid entity and endpoint: it survives the export format.
        auto back = EntityJson::fromJson(EntityJson::toJson(*contacts));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        QCOMPARE(back.value(), *contacts);
        auto endpointBack = EndpointJson::fromJson(EndpointJson::toJson(r.endpoint));
        QVERIFY2(endpointBack.ok(), endpointBack.ok() ? "" : qPrintable(endpointBack.error().message()));
        QCOMPARE(endpointBack.value(), r.endpoint);
    }

    void hubspotDealsAndProducts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("path");
        // Deals are addressed by their object type id, /crm/v3/objects/0-3/{dealId}.
        QTest::newRow("deals") << u"hubspot-crm-deals-v3.json"_s << u"deals"_s << u"/crm/v3/objects/0-3"_s;
        QTest::newRow("products") << u"hubspot-crm-products-v3.json"_s << u"products"_s << u"/crm/v3/objects/products"_s;
    }

    void hubspotDealsAndProducts()
    {
        QFETCH(QString, file);
        QFETCH(QString, entity);
        QFETCH(QString, path);
        const ImportResult r = importShared(file);
        const Entity *e = r.entity(entity);
        QVERIFY(e);
        QCOMPARE(e->list.path, path);
        QCOMPARE(e->get.path, path + u"/{id}"_s);
        QCOMPARE(e->update.method, u"PATCH"_s);
        QCOMPARE(e->batchCreate.path, path + u"/batch/create"_s);
        QCOMPARE(toString(e->pagination.style), toString(PaginationStyle::CursorBody));
        QCOMPARE(e->pagination.cursorPath, u"paging.next.after"_s);
        QCOMPARE(e->recordsPath, u"results"_s);
        QVERIFY(schemaOf(*e).find(u"properties"_s));
    }

    void zendesk()
    {
        const ImportResult r = importShared(u"zendesk-support-openapi.yaml"_s);
        QCOMPARE(toString(r.endpoint.kind), toString(EndpointKind::Helpdesk));
        QCOMPARE(toString(r.endpoint.auth.kind), toString(AuthKind::Basic));
        // https://{subdomain}.{domain}.com: server variables become environment variables.
        QCOMPARE(r.endpoint.baseUrl, u"https://{{subdomain}}.{{domain}}.com"_s);
        QVERIFY(r.environment.variable(u"subdomain"_s));
        QCOMPARE(r.environment.variable(u"domain"_s)->value, u"zendesk"_s);
        QCOMPARE(r.endpoint.rateLimit.preset, u"zendesk-team"_s);
        QVERIFY(r.entities.size() > 20);
        if (qEnvironmentVariableIsSet("CRMBRIDGE_TEST_VERBOSE"))
            qInfo("%s", qPrintable(r.warnings.join(u'\n')));

        for (const QString &name : {u"tickets"_s, u"users"_s}) {
            const Entity *e = r.entity(name);
            QVERIFY2(e, qPrintable(name));
            QCOMPARE(e->list.path, u"/api/v2/"_s + name);
            QCOMPARE(e->get.path, u"/api/v2/"_s + name + u"/{id}"_s);
            QCOMPARE(e->update.method, u"PUT"_s);
            QCOMPARE(e->create.method, u"POST"_s);
            QCOMPARE(e->batchCreate.path, u"/api/v2/"_s + name + u"/create_many"_s);
            QCOMPARE(e->batchUpdate.path, u"/api/v2/"_s + name + u"/update_many"_s);
            QCOMPARE(e->recordsPath, name);
            QCOMPARE(toString(e->pagination.style), toString(PaginationStyle::CursorBody));
            QCOMPARE(e->pagination.cursorParam, u"page[after]"_s);
            QCOMPARE(e->pagination.cursorPath, u"meta.after_cursor"_s);
            QCOMPARE(e->pagination.hasMorePath, u"meta.has_more"_s);
            QCOMPARE(e->pagination.pageSizeParam, u"page[size]"_s);
        }
        const FieldTree tickets = schemaOf(*r.entity(u"tickets"_s));
        QCOMPARE(toString(tickets.find(u"id"_s)->type), toString(FieldType::Number));
        QCOMPARE(toString(tickets.find(u"subject"_s)->type), toString(FieldType::Text));
        QCOMPARE(toString(tickets.find(u"created_at"_s)->type), toString(FieldType::DateTime));
        const FieldNode *status = tickets.find(u"status"_s);
        QVERIFY(status);
        QCOMPARE(toString(status->type), toString(FieldType::Enum));
        QVERIFY(status->enumValues.contains(u"open"_s));
        QCOMPARE(toString(schemaOf(*r.entity(u"users"_s)).find(u"email"_s)->type), toString(FieldType::Text));
        // The nested ticket collections name themselves after their parent.
        QVERIFY(r.entity(u"tickets_comments"_s) || r.entity(u"comments"_s));
    }

    void klaviyo()
    {
        const ImportResult r = importShared(u"klaviyo-lists-stable.json"_s);
        QCOMPARE(r.endpoint.baseUrl, u"https://a.klaviyo.com"_s);
        QCOMPARE(toString(r.endpoint.kind), toString(EndpointKind::Marketing));
        QCOMPARE(toString(r.endpoint.auth.kind), toString(AuthKind::ApiKeyHeader));
        QCOMPARE(r.endpoint.auth.keyName, u"Authorization"_s);
        QCOMPARE(r.endpoint.rateLimit.preset, u"klaviyo-m"_s);
        const Entity *lists = r.entity(u"lists"_s);
        QVERIFY(lists);
        QCOMPARE(lists->list.path, u"/api/lists"_s);
        QCOMPARE(lists->get.path, u"/api/lists/{id}"_s);
        QCOMPARE(lists->update.method, u"PATCH"_s);
        QCOMPARE(lists->remove.method, u"DELETE"_s);
        QCOMPARE(lists->recordsPath, u"data"_s);
        QCOMPARE(toString(lists->pagination.style), toString(PaginationStyle::NextUrlBody));
        QCOMPARE(lists->pagination.nextUrlPath, u"links.next"_s);
        const FieldTree schema = schemaOf(*lists);
        QCOMPARE(toString(schema.find(u"attributes.name"_s)->type), toString(FieldType::Text));
        QCOMPARE(toString(schema.find(u"attributes.created"_s)->type), toString(FieldType::DateTime));
        // A list's profiles: the parent id becomes a variable.
        const Entity *profiles = r.entity(u"profiles"_s);
        QVERIFY(profiles);
        QCOMPARE(profiles->list.path, u"/api/lists/{{lists_id}}/profiles"_s);
        QVERIFY(r.environment.variable(u"lists_id"_s));
    }

    void intercom()
    {
        const ImportResult r = importShared(u"intercom-2.15.yaml"_s);
        QCOMPARE(r.endpoint.baseUrl, u"https://api.intercom.io"_s);
        QCOMPARE(toString(r.endpoint.kind), toString(EndpointKind::Helpdesk));
        QCOMPARE(toString(r.endpoint.auth.kind), toString(AuthKind::Bearer));
        QCOMPARE(r.endpoint.rateLimit.preset, u"intercom"_s);
        const Entity *contacts = r.entity(u"contacts"_s);
        QVERIFY(contacts);
        QCOMPARE(contacts->list.path, u"/contacts"_s);
        QCOMPARE(contacts->get.path, u"/contacts/{id}"_s);
        QCOMPARE(contacts->update.method, u"PUT"_s);
        QCOMPARE(contacts->recordsPath, u"data"_s);
        QCOMPARE(toString(contacts->pagination.style), toString(PaginationStyle::CursorBody));
        QCOMPARE(contacts->pagination.cursorParam, u"starting_after"_s);
        QCOMPARE(contacts->pagination.cursorPath, u"pages.next.starting_after"_s);
        const FieldTree schema = schemaOf(*contacts);
        QVERIFY(schema.find(u"email"_s));
        QVERIFY(r.entity(u"conversations"_s));
        QVERIFY(r.entity(u"tickets"_s)); // no list, but get/update/delete by id
    }

    void everyEntityIsValid_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"hubspot-crm-contacts-v3.json", "hubspot-crm-deals-v3.json", "hubspot-crm-products-v3.json",
                              "intercom-2.15.yaml", "klaviyo-lists-stable.json", "zendesk-support-openapi.yaml"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyEntityIsValid()
    {
        // Whatever was guessed, each entity is one the workspace accepts, and names are unique.
        QFETCH(QString, file);
        const ImportResult r = importShared(file);
        QVERIFY(!r.entities.isEmpty());
        QSet<QString> names;
        for (const Entity &e : r.entities) {
            QVERIFY2(!names.contains(e.name), qPrintable(e.name));
            names.insert(e.name);
            QCOMPARE(e.endpointName, r.endpoint.name);
            auto back = EntityJson::fromJson(EntityJson::toJson(e), file);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(e.name + u": "_s + back.error().message()));
            QCOMPARE(back.value(), e);
            QVERIFY(FieldTreeJson::fromJson(e.schema, e.name).ok());
        }
        auto endpoint = EndpointJson::fromJson(EndpointJson::toJson(r.endpoint), file);
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message()));
        QVERIFY(!r.endpoint.baseUrl.isEmpty());
    }

    void refsAndYamlTyping()
    {
        QFile file(fixturesDir() + u"/importers/openapi-erp.yaml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        auto r = OpenApiImporter::import(yaml, u"inline.yaml"_s);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->endpoint.baseUrl, u"http://localhost:8711/api/v1"_s);
        QCOMPARE(toString(r->endpoint.kind), toString(EndpointKind::Erp));
        QCOMPARE(toString(r->endpoint.auth.kind), toString(AuthKind::OAuth2ClientCredentials));
        QCOMPARE(r->endpoint.auth.tokenUrl, u"/oauth/token"_s);
        QCOMPARE(r->endpoint.auth.scope, u"orders.read"_s);
        const Entity *orders = r->entity(u"orders"_s);
        QVERIFY(orders);
        QCOMPARE(orders->recordsPath, QString());
        QCOMPARE(orders->update.path, u"/orders/{id}"_s);
        QCOMPARE(toString(orders->pagination.style), toString(PaginationStyle::PageNumber));
        QCOMPARE(orders->pagination.pageParam, u"page"_s);
        QCOMPARE(orders->pagination.pageSizeParam, u"per_page"_s);
        QCOMPARE(orders->pagination.pageSize, 100);
        const FieldTree schema = schemaOf(*orders);
        QCOMPARE(schema.find(u"number"_s)->examples.first().toString(), u"0042"_s); // quoted: stays text
        QCOMPARE(toString(schema.find(u"total"_s)->type), toString(FieldType::Decimal));
        QCOMPARE(schema.find(u"status"_s)->enumValues, QStringList({u"NEW"_s, u"PROC"_s, u"ON"_s}));
        QCOMPARE(toString(schema.find(u"placed"_s)->type), toString(FieldType::Date));
        QVERIFY(schema.find(u"placed"_s)->nullable);
        QCOMPARE(toString(schema.find(u"lines"_s)->elementType), toString(FieldType::Object));
        QCOMPARE(toString(schema.find(u"lines[].qty"_s)->type), toString(FieldType::Number));
        QVERIFY(schema.find(u"lines[].qty"_s)->required);
        QVERIFY(schema.find(u"parent.parent.id"_s)); // recursive: stops at a fixed depth
        QVERIFY(schema.find(u"id"_s)->required);
    }

    void errorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("swagger 2") << QByteArray(R"({"swagger": "2.0"})") << u"Swagger 2.0"_s;
        QTest::newRow("bad json") << QByteArray("{\n\"openapi\": \"3.0.0\",\n\"info\" {}\n}") << u"line 3"_s;
        QTest::newRow("bad yaml") << QByteArray("openapi: 3.0.0\ninfo:\n  title: [unclosed\n") << u"line"_s;
        QTest::newRow("not openapi") << QByteArray("just: text\n") << u"not an OpenAPI"_s;
    }

    void errorsSayWhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        auto r = OpenApiImporter::import(bytes, u"spec.yaml"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(where), qPrintable(r.error().message()));
        QVERIFY(!r.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImporter)
#include "tst_openapiimporter.moc"
