#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"
#include "core/endpoints/ratelimitpresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace crmbridge;

// The value types and their export JSON: round trips, stable bytes, errors that name the field;
// {{var}} expansion.
class TestEndpointModel : public QObject
{
    Q_OBJECT

private:
    static Endpoint sampleEndpoint()
    {
        Endpoint e;
        e.name = QStringLiteral("Demo CRM");
        e.kind = EndpointKind::Crm;
        e.protocol = Protocol::RestJson;
        e.baseUrl = QStringLiteral("https://{{host}}/crm/v3");
        e.description = QStringLiteral("HubSpot-like");
        e.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        e.timeoutMs = 15000;
        e.tls.caFile = QStringLiteral("/etc/ca.pem");
        e.auth.kind = AuthKind::OAuth2ClientCredentials;
        e.auth.tokenUrl = QStringLiteral("/oauth/v1/token");
        e.auth.clientId = QStringLiteral("{{client_id}}");
        e.auth.scope = QStringLiteral("crm.objects.contacts.read");
        e.auth.secret = {Endpoint::secretKey(e.name, QStringLiteral("client-secret")), QStringLiteral("DEMO_CRM_SECRET")};
        e.retry.maxAttempts = 5;
        e.rateLimit = RateLimitPresets::find(QStringLiteral("hubspot-190-10s"))->policy;
        return e;
    }

private slots:
    void endpointRoundTripsWithStableBytes()
    {
        const Endpoint e = sampleEndpoint();
        const QByteArray bytes = EndpointJson::toBytes(e);
        auto back = EndpointJson::fromBytes(bytes, QStringLiteral("demo-crm.json"));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message()));
        QVERIFY(back.value() == e);
        QCOMPARE(EndpointJson::toBytes(back.value()), bytes);
        // Alphabetical keys: "auth" comes first, "tls" last.
        QVERIFY(bytes.indexOf("\"auth\"") < bytes.indexOf("\"baseUrl\""));
        QVERIFY(bytes.indexOf("\"timeoutMs\"") < bytes.indexOf("\"tls\""));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("kind") << QByteArray(R"({"name":"A","kind":"mainframe"})") << QStringLiteral("kind");
        QTest::newRow("auth kind") << QByteArray(R"({"name":"A","auth":{"kind":"magic"}})") << QStringLiteral("auth.kind");
        QTest::newRow("attempts") << QByteArray(R"({"name":"A","retry":{"maxAttempts":0}})") << QStringLiteral("retry.maxAttempts");
        QTest::newRow("timeout type") << QByteArray(R"({"name":"A","timeoutMs":"soon"})") << QStringLiteral("timeoutMs");
        QTest::newRow("no name") << QByteArray(R"({"kind":"crm"})") << QStringLiteral("name");
        QTest::newRow("secret value") << QByteArray(R"({"name":"A","auth":{"kind":"bearer","secret":{"value":"x"}}})")
                                      << QStringLiteral("auth.secret.value");
        QTest::newRow("window") << QByteArray(R"({"name":"A","rateLimit":{"windows":[{"requests":5}]}})")
                                << QStringLiteral("rateLimit.windows[0]");
        QTest::newRow("not json") << QByteArray(R"({"name":)") << QStringLiteral("offset");
    }

    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto e = EndpointJson::fromBytes(json, QStringLiteral("a.json"));
        QVERIFY(!e.ok());
        QVERIFY2(e.error().message().contains(mentions), qPrintable(e.error().message()));
        QVERIFY(e.error().message().contains(QStringLiteral("a.json")));
    }

    void entityRoundTrips()
    {
        Entity e;
        e.endpointName = QStringLiteral("Demo Helpdesk");
        e.name = QStringLiteral("tickets");
        e.list = {QStringLiteral("GET"), QStringLiteral("/api/v2/tickets")};
        e.get = {QStringLiteral("GET"), QStringLiteral("/api/v2/tickets/{id}")};
        e.create = {QStringLiteral("POST"), QStringLiteral("/api/v2/tickets")};
        e.remove = {QStringLiteral("DELETE"), QStringLiteral("/api/v2/tickets/{id}")};
        e.recordsPath = QStringLiteral("tickets");
        e.pagination.style = PaginationStyle::CursorBody;
        e.pagination.pageSizeParam = QStringLiteral("page[size]");
        e.pagination.cursorParam = QStringLiteral("page[after]");
        e.pagination.cursorPath = QStringLiteral("meta.after_cursor");
        e.pagination.hasMorePath = QStringLiteral("meta.has_more");
        e.schema = QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}}};
        const QJsonObject json = EntityJson::toJson(e);
        auto back = EntityJson::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message()));
        QVERIFY(back.value() == e);
        QCOMPARE(json.value(QStringLiteral("operations")).toObject().value(QStringLiteral("delete")).toObject()
                     .value(QStringLiteral("method")).toString(),
                 QStringLiteral("DELETE"));

        QJsonObject broken = json;
        QJsonObject pagination = broken.value(QStringLiteral("pagination")).toObject();
        pagination.insert(QStringLiteral("cursorPath"), QString());
        broken.insert(QStringLiteral("pagination"), pagination);
        auto bad = EntityJson::fromJson(broken, QStringLiteral("tickets.json"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message().contains(QStringLiteral("pagination.cursorPath")), qPrintable(bad.error().message()));
    }

    void paginationStylesHaveNames()
    {
        for (PaginationStyle style : {PaginationStyle::None, PaginationStyle::PageNumber, PaginationStyle::OffsetCount,
                                      PaginationStyle::CursorBody, PaginationStyle::NextUrlBody, PaginationStyle::LinkHeader}) {
            auto back = paginationStyleFromString(toString(style));
            QVERIFY(back.ok());
            QCOMPARE(back.value(), style); // QCOMPARE works on these enums (see EnumArg)
        }
        QVERIFY(!paginationStyleFromString(QStringLiteral("scroll")).ok());
    }

    void environmentRoundTripsWithoutSecretValues()
    {
        Environment env;
        env.name = QStringLiteral("Production");
        env.production = true;
        env.variables = {{QStringLiteral("host"), QStringLiteral("api.example.com"), {}},
                         {QStringLiteral("api_token"), {}, {QStringLiteral("env/Production/api_token"), QStringLiteral("PROD_TOKEN")}}};
        const QJsonObject json = EnvironmentJson::toJson(env);
        // Variables are sorted by name, so the file diffs cleanly.
        QCOMPARE(json.value(QStringLiteral("variables")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("api_token"));
        QVERIFY(!json.value(QStringLiteral("variables")).toArray().at(0).toObject().contains(QStringLiteral("value")));
        auto back = EnvironmentJson::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->production, true);
        QVERIFY(back->variable(QStringLiteral("api_token"))->isSecret());
        QCOMPARE(back->variable(QStringLiteral("host"))->value, QStringLiteral("api.example.com"));
        QCOMPARE(back->plainValues().size(), 1);
    }

    void expansion()
    {
        TemplateExpander expander({{QStringLiteral("host"), QStringLiteral("api.example.com")},
                                   {QStringLiteral("v"), QStringLiteral("{{host}}")}},
                                  QStringLiteral("Staging"));
        QCOMPARE(expander.expand(QStringLiteral("https://{{host}}/x/{{ v }}"), QStringLiteral("t")).value(),
                 QStringLiteral("https://api.example.com/x/{{host}}")); // single pass
        QCOMPARE(expander.expand(QStringLiteral("no references"), QStringLiteral("t")).value(), QStringLiteral("no references"));
        QCOMPARE(TemplateExpander::references(QStringLiteral("{{a}}/{{b}}/{{a}}")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        auto missing = expander.expand(QStringLiteral("https://{{host}}/{{tenant}}"), QStringLiteral("base URL of endpoint \"CRM\""));
        QVERIFY(!missing.ok());
        const QString message = missing.error().message();
        QVERIFY2(message.contains(QStringLiteral("{{tenant}}")) && message.contains(QStringLiteral("Staging"))
                     && message.contains(QStringLiteral("base URL of endpoint")),
                 qPrintable(message));
        auto unclosed = expander.expand(QStringLiteral("https://{{host"), QStringLiteral("t"));
        QVERIFY(!unclosed.ok());
    }
};

QTEST_GUILESS_MAIN(TestEndpointModel)
#include "tst_endpointmodel.moc"
