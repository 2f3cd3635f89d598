// Postman Collection v2.1 fixtures: folders to entities or requests, variables to an
// environment, auth — and no secret left in what would be saved.
#include "core/discovery/fieldtree.h"
#include "core/importers/postmanimporter.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestPostmanImporter : public QObject
{
    Q_OBJECT

private:
    static ImportResult load(const QString &name)
    {
        auto r = PostmanImporter::importFile(fixturesDir() + u"/importers/"_s + name);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message()));
            return {};
        }
        return r.value();
    }

    /// Everything that would be saved, as text, to prove no secret is in it.
    static QByteArray saved(const ImportResult &r)
    {
        QByteArray all = EndpointJson::toBytes(r.endpoint) + QJsonDocument(EnvironmentJson::toJson(r.environment)).toJson();
        for (const Entity &e : r.entities)
            all += QJsonDocument(EntityJson::toJson(e)).toJson();
        for (const ImportedRequest &q : r.requests) {
            all += q.url.toUtf8() + q.body;
            for (const HeaderValue &h : q.headers)
                all += h.name.toUtf8() + h.value.toUtf8();
        }
        return all;
    }

private slots:
    void demoCrm()
    {
        const ImportResult r = load(u"demo-crm.postman_collection.json"_s);
        QCOMPARE(r.endpoint.name, u"Demo CRM"_s);
        QCOMPARE(r.endpoint.baseUrl, u"{{baseUrl}}"_s);
        QCOMPARE(toString(r.endpoint.auth.kind), u"bearer"_s);

        // The token variable is now a keychain reference; its value is handed back separately.
        const EnvironmentVariable *token = r.environment.variable(u"accessToken"_s);
        QVERIFY(token);
        QVERIFY(token->isSecret());
        QVERIFY(token->value.isEmpty());
        QCOMPARE(r.endpoint.auth.secret.key, token->secret.key);
        QCOMPARE(r.secrets.value(token->secret.key), u"sandbox-token-123"_s);
        QCOMPARE(r.environment.variable(u"baseUrl"_s)->value, u"http://127.0.0.1:8710"_s);
        QVERIFY(!saved(r).contains("sandbox-token-123"));
        QVERIFY(!saved(r).contains("literal-secret"));

        // The Contacts folder is one collection: an entity named after the folder.
        const Entity *contacts = r.entity(u"contacts"_s);
        QVERIFY(contacts);
        QCOMPARE(contacts->endpointName, u"Demo CRM"_s);
        QCOMPARE(contacts->list.path, u"/crm/v3/objects/contacts"_s);
        QCOMPARE(contacts->get.path, u"/crm/v3/objects/contacts/{id}"_s);
        QCOMPARE(contacts->update.method, u"PATCH"_s);
        QCOMPARE(contacts->update.path, u"/crm/v3/objects/contacts/{id}"_s);
        QCOMPARE(contacts->remove.method, u"DELETE"_s);
        QCOMPARE(contacts->batchCreate.path, u"/crm/v3/objects/contacts/batch/create"_s);
        // The saved example answer gave the records path and a discovered schema.
        QCOMPARE(contacts->recordsPath, u"results"_s);
        QCOMPARE(toString(contacts->pagination.style), u"cursor"_s);
        QCOMPARE(contacts->pagination.cursorParam, u"after"_s);
        QCOMPARE(contacts->pagination.cursorPath, u"paging.next.after"_s);
        QCOMPARE(contacts->pagination.pageSizeParam, u"limit"_s);
        auto schema = FieldTreeJson::fromJson(contacts->schema);
        QVERIFY(schema.ok());
        QCOMPARE(toString(schema->find(u"properties.email"_s)->type), u"email"_s);
        QCOMPARE(toString(schema->find(u"createdAt"_s)->type), u"date-time"_s);

        // Deals: list + create make a collection; its folder also holds a search, so the
        // entity keeps its path name and the search stays a request.
        const Entity *deals = r.entity(u"deals"_s);
        QVERIFY(deals);
        QCOMPARE(deals->create.method, u"POST"_s);
        QStringList requests;
        for (const ImportedRequest &q : r.requests)
            requests << q.folder + u":"_s + q.name;
        requests.sort();
        QCOMPARE(requests, QStringList({u":Health"_s, u"Deal pipeline:Search deals"_s, u"ERP:Orders"_s}));
        for (const ImportedRequest &q : r.requests) {
            if (q.name == u"Orders"_s)
                QCOMPARE(q.url, u"{{erpUrl}}/api/v1/orders?page=1&per_page=50"_s);
            if (q.name == u"Health"_s)
                QVERIFY(q.headers.isEmpty());
        }
        QVERIFY(r.warnings.join(u'\n').contains(u"Health"_s));

        for (const Entity &e : r.entities) {
            auto back = EntityJson::fromJson(EntityJson::toJson(e));
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        }
    }

    void zendeskBasic()
    {
        const ImportResult r = load(u"zendesk-basic.postman_collection.json"_s);
        QCOMPARE(r.endpoint.baseUrl, u"https://acme.zendesk.com"_s);
        QCOMPARE(toString(r.endpoint.auth.kind), u"basic"_s);
        QCOMPARE(r.endpoint.auth.username, u"agent@example.com/token"_s);
        QCOMPARE(r.secrets.value(r.endpoint.auth.secret.key), u"zd-plain-token"_s);
        QVERIFY(!saved(r).contains("zd-plain-token"));
        const Entity *tickets = r.entity(u"tickets"_s);
        QVERIFY(tickets);
        QCOMPARE(tickets->list.path, u"/api/v2/tickets"_s);
        QCOMPARE(tickets->update.method, u"PUT"_s);
        QCOMPARE(toString(tickets->pagination.style), u"page-number"_s);
        QCOMPARE(tickets->pagination.pageSizeParam, QString());
        QCOMPARE(r.requests.size(), 1); // the upload
        QVERIFY(r.warnings.join(u'\n').contains(u"formdata"_s));
    }

    void urlencodedBody()
    {
        auto single = PostmanImporter::importFile(fixturesDir() + u"/importers/form.postman_collection.json"_s);
        QVERIFY(single.ok());
        QCOMPARE(single->requests.size(), 1);
        QCOMPARE(single->requests.first().body, QByteArray("comment=%E8%B0%A2%E8%B0%A2%20%26%20bye"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\n\"info\": }") << u"line 2"_s;
        QTest::newRow("v1 collection") << QByteArray("{\"id\":\"x\",\"name\":\"old\",\"requests\":[]}") << u"v2.1"_s;
        QTest::newRow("openapi") << QByteArray("{\"openapi\":\"3.0.0\"}") << u"v2.1"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto r = PostmanImporter::import(bytes, u"c.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestPostmanImporter)
#include "tst_postmanimporter.moc"
