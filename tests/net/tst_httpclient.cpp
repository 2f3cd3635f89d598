#include "core/endpoints/secretstore.h"
#include "core/net/httpclient.h"
#include "nettestutil.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;

// HttpClient against a real loopback HTTP server: URL building, variables, every auth kind,
// retries and their limits, Retry-After, timeouts, the production-write guard.
class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    SecretStore *secrets()
    {
        auto *store = new SecretStore(QStringLiteral("CRM Bridge tests"), this);
        store->setKeychainEnabled(false);
        return store;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsUrlsHeadersAndVariables()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.baseUrl = server.baseUrl() + QStringLiteral("/{{tenant}}/api/");
        endpoint.headers = {{QStringLiteral("X-Tenant"), QStringLiteral("{{tenant}}")}};
        HttpClient client(endpoint);
        Environment env;
        env.name = QStringLiteral("Sandbox");
        env.variables = {{QStringLiteral("tenant"), QStringLiteral("acme"), {}}};
        client.setEnvironment(env);
        HttpRequest request = get(QStringLiteral("/contacts"), {{QStringLiteral("q"), QStringLiteral("a&b c")}});
        request.method = "POST";
        request.body = R"({"owner":"{{tenant}}"})";
        request.contentType = QStringLiteral("application/json");
        auto response = fetch(client, request);
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        QCOMPARE(server.requestCount(), 1);
        const TestHttpRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.path, QStringLiteral("/acme/api/contacts"));
        QCOMPARE(seen.queryValue(QStringLiteral("q")), QStringLiteral("a&b c"));
        QCOMPARE(seen.header("X-Tenant"), QByteArray("acme"));
        QCOMPARE(seen.body, QByteArray(R"({"owner":"acme"})"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response->attempts, 1);
    }

    void undefinedVariableIsAClearError()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.baseUrl = server.baseUrl() + QStringLiteral("/{{region}}");
        HttpClient client(endpoint);
        Environment env;
        env.name = QStringLiteral("Staging");
        client.setEnvironment(env);
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value() && !response->ok());
        const QString message = response->error->message();
        QVERIFY2(message.contains(QStringLiteral("{{region}}")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Staging")));
        QVERIFY(message.contains(QStringLiteral("base URL")));
        QCOMPARE(server.requestCount(), 0);
    }

    void authKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("queryKey");
        QTest::newRow("basic") << int(AuthKind::Basic) << QByteArray("Authorization")
                               << QByteArray("Basic ") + QByteArray("ann:s3cr3t-Value").toBase64() << QString();
        QTest::newRow("bearer") << int(AuthKind::Bearer) << QByteArray("Authorization")
                                << QByteArray("Bearer s3cr3t-Value") << QString();
        QTest::newRow("api key header") << int(AuthKind::ApiKeyHeader) << QByteArray("X-Api-Key")
                                        << QByteArray("s3cr3t-Value") << QString();
        QTest::newRow("api key query") << int(AuthKind::ApiKeyQuery) << QByteArray() << QByteArray()
                                       << QStringLiteral("api_key");
    }

    void authKinds()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, expected);
        QFETCH(QString, queryKey);
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind(kind);
        endpoint.auth.username = QStringLiteral("ann");
        endpoint.auth.keyName = header.isEmpty() ? queryKey : QString::fromLatin1(header);
        endpoint.auth.secret = {QStringLiteral("endpoint/Test API/secret"), {}};
        SecretStore *store = secrets();
        store->setSessionSecret(QStringLiteral("endpoint/Test API/secret"), "s3cr3t-Value");
        HttpClient client(endpoint);
        client.setSecretStore(store);
        auto response = fetch(client, get(QStringLiteral("/me")));
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        const TestHttpRequest &seen = server.requests().constFirst();
        if (!header.isEmpty())
            QCOMPARE(seen.header(header), expected);
        else
            QCOMPARE(seen.queryValue(queryKey), QStringLiteral("s3cr3t-Value"));
        // The redacted URL (what messages and Activity show) hides a key in the query.
        QVERIFY(!response->displayUrl.contains(QStringLiteral("s3cr3t")));
    }

    void secretFromEnvironmentVariable()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind::Bearer;
        endpoint.auth.secret = {QStringLiteral("endpoint/Test API/token"), QStringLiteral("CRMBRIDGE_TEST_TOKEN")};
        qputenv("CRMBRIDGE_TEST_TOKEN", "from-the-environment");
        HttpClient client(endpoint);
        client.setSecretStore(secrets());
        auto response = fetch(client, get(QStringLiteral("/me")));
        qunsetenv("CRMBRIDGE_TEST_TOKEN");
        QVERIFY(response.has_value() && response->ok());
        QCOMPARE(server.requests().constFirst().header("Authorization"), QByteArray("Bearer from-the-environment"));
    }

    void secretVariablesAreReadThroughTheSecretStore()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.headers = {{QStringLiteral("X-Partner-Key"), QStringLiteral("{{partner_key}}")}};
        Environment env;
        env.name = QStringLiteral("Staging");
        env.variables = {{QStringLiteral("partner_key"), {}, {QStringLiteral("env/Staging/partner_key"), {}}},
                         {QStringLiteral("region"), QStringLiteral("eu"), {}}};
        SecretStore *store = secrets();
        store->setSessionSecret(QStringLiteral("env/Staging/partner_key"), "pk-7f3e-secret");
        HttpClient client(endpoint);
        client.setEnvironment(env);
        client.setSecretStore(store);
        auto response = fetch(client, get(QStringLiteral("/{{region}}/x"), {{QStringLiteral("k"), QStringLiteral("{{partner_key}}")}}));
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        const TestHttpRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.path, QStringLiteral("/eu/x"));
        QCOMPARE(seen.header("X-Partner-Key"), QByteArray("pk-7f3e-secret"));
        QCOMPARE(seen.queryValue(QStringLiteral("k")), QStringLiteral("pk-7f3e-secret"));
        // Once used, the value is masked wherever the client shows a URL.
        QVERIFY2(!response->displayUrl.contains(QStringLiteral("pk-7f3e")), qPrintable(response->displayUrl));
    }

    void oauthTokenIsRenewedWhenItExpires()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        int tokensIssued = 0;
        server.setHandler([&](const TestHttpRequest &r) {
            if (r.path == QLatin1String("/token")) {
                ++tokensIssued;
                return TestHttpResponse::json(QByteArray(R"({"access_token":"t","expires_in":600})"));
            }
            return TestHttpResponse::json(QByteArray("{}"));
        });
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind::OAuth2ClientCredentials;
        endpoint.auth.tokenUrl = server.url(QStringLiteral("/token")).toString();
        endpoint.auth.clientId = QStringLiteral("c");
        endpoint.auth.secret = {QStringLiteral("endpoint/Test API/client-secret"), {}};
        SecretStore *store = secrets();
        store->setSessionSecret(endpoint.auth.secret.key, "cs");
        HttpClient client(endpoint);
        client.setSecretStore(store);
        qint64 fakeNow = 1000;
        client.setClock([&fakeNow]() { return fakeNow; });
        QVERIFY(fetch(client, get(QStringLiteral("/a")))->ok());
        fakeNow += 500 * 1000; // still valid (600 s, renewed 30 s early)
        QVERIFY(fetch(client, get(QStringLiteral("/a")))->ok());
        QCOMPARE(tokensIssued, 1);
        fakeNow += 80 * 1000; // 580 s: inside the renewal margin
        QVERIFY(fetch(client, get(QStringLiteral("/a")))->ok());
        QCOMPARE(tokensIssued, 2);
    }

    void missingSecretSaysWhatToDo()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind::Bearer;
        endpoint.auth.secret = {QStringLiteral("endpoint/Test API/token"), QStringLiteral("CRMBRIDGE_TEST_NOT_SET")};
        HttpClient client(endpoint);
        client.setSecretStore(secrets());
        auto response = fetch(client, get(QStringLiteral("/me")));
        QVERIFY(response.has_value() && !response->ok());
        QVERIFY2(response->error->message().contains(QStringLiteral("CRMBRIDGE_TEST_NOT_SET")),
                 qPrintable(response->error->message()));
        QCOMPARE(server.requestCount(), 0);
    }

    void oauthTokenIsCachedAndRefreshedOnceOn401()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        int tokensIssued = 0;
        QByteArray validToken;
        bool revokeOnce = false;
        server.setHandler([&](const TestHttpRequest &r) {
            if (r.path == QLatin1String("/oauth/token")) {
                if (!r.body.contains("grant_type=client_credentials") || !r.body.contains("client_secret=cl1ent-s3cret"))
                    return TestHttpResponse::json(QByteArray(R"({"error":"invalid_client"})"), 401);
                validToken = "tok-" + QByteArray::number(++tokensIssued);
                return TestHttpResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(validToken)},
                                                                        {QStringLiteral("expires_in"), 3600}}));
            }
            if (revokeOnce) {
                revokeOnce = false;
                validToken.clear();
            }
            if (r.header("Authorization") != "Bearer " + validToken || validToken.isEmpty())
                return TestHttpResponse::json(QByteArray(R"({"error":"expired"})"), 401);
            return TestHttpResponse::json(QByteArray(R"({"ok":true})"));
        });
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind::OAuth2ClientCredentials;
        endpoint.auth.tokenUrl = QStringLiteral("/oauth/token");
        endpoint.auth.clientId = QStringLiteral("client-1");
        endpoint.auth.secret = {QStringLiteral("endpoint/Test API/client-secret"), {}};
        SecretStore *store = secrets();
        store->setSessionSecret(endpoint.auth.secret.key, "cl1ent-s3cret");
        HttpClient client(endpoint);
        client.setSecretStore(store);

        for (int i = 0; i < 3; ++i) {
            auto response = fetch(client, get(QStringLiteral("/data")));
            QVERIFY(response.has_value());
            QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        }
        QCOMPARE(tokensIssued, 1); // cached until expiry

        revokeOnce = true; // the server forgets the token: one refresh, then success
        auto refreshed = fetch(client, get(QStringLiteral("/data")));
        QVERIFY(refreshed.has_value() && refreshed->ok());
        QCOMPARE(tokensIssued, 2);

        // A server that rejects every token: exactly one refresh, then a clear 401 error.
        server.setHandler([&](const TestHttpRequest &r) {
            if (r.path == QLatin1String("/oauth/token")) {
                ++tokensIssued;
                return TestHttpResponse::json(QByteArray(R"({"access_token":"useless","expires_in":3600})"));
            }
            return TestHttpResponse::json(QByteArray(R"({"error":"nope"})"), 401);
        });
        const int before = tokensIssued;
        auto rejected = fetch(client, get(QStringLiteral("/data")));
        QVERIFY(rejected.has_value() && !rejected->ok());
        QCOMPARE(rejected->status, 401);
        QCOMPARE(tokensIssued, before + 1);
        QVERIFY(rejected->error->message().contains(QStringLiteral("401")));
        QVERIFY(!rejected->error->message().contains(QStringLiteral("cl1ent-s3cret")));
    }

    void retryAfterIsHonoured()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &) {
            if (server.requestCount() == 1)
                return TestHttpResponse::json(QByteArray(R"({"message":"slow down"})"), 429).header("Retry-After", "1");
            return TestHttpResponse::json(QByteArray(R"({"ok":true})"));
        });
        HttpClient client(endpointFor(server));
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value() && response->ok());
        QCOMPARE(response->attempts, 2);
        QCOMPARE(server.requestCount(), 2);
        // From the server's own clock: nothing came back before Retry-After elapsed (generous
        // tolerance for timer granularity, none for coming early).
        const qint64 gap = server.requests().at(1).receivedMs - server.requests().at(0).receivedMs;
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    }

    void retryAfterBlocksTheWholeEndpoint()
    {
        // A 429 for one request holds back the others too: no 429 storm.
        TestHttpServer server;
        QVERIFY(server.start());
        qint64 blockedUntil = -1;
        int earlyRequests = 0;
        server.setHandler([&](const TestHttpRequest &r) {
            if (blockedUntil < 0) {
                blockedUntil = r.receivedMs + 1000;
                return TestHttpResponse::json(QByteArray("{}"), 429).header("Retry-After", "1");
            }
            if (r.receivedMs < blockedUntil - 50)
                ++earlyRequests;
            return TestHttpResponse::json(QByteArray("{}"));
        });
        Endpoint endpoint = endpointFor(server);
        endpoint.rateLimit.maxInFlight = 1; // the first request answers before the others start
        HttpClient client(endpoint);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            client.send(get(QStringLiteral("/x%1").arg(i)), this, [&done](const HttpResponse &r) { done += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 30000);
        QCOMPARE(earlyRequests, 0);
        QCOMPARE(server.requestCount(), 6);
    }

    void serverErrorsAndDropsAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("502") << 502;
        QTest::newRow("504") << 504;
        QTest::newRow("dropped connection") << -1;
    }

    void serverErrorsAndDropsAreRetried()
    {
        QFETCH(int, fault);
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &) {
            if (server.requestCount() <= 2)
                return fault < 0 ? TestHttpResponse::drop() : TestHttpResponse::json(QByteArray("{}"), fault);
            return TestHttpResponse::json(QByteArray(R"({"ok":1})"));
        });
        HttpClient client(endpointFor(server));
        client.setRandomSource([]() { return 0.5; });
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        // Qt itself re-sends a request once when a connection drops before any answer, so a
        // drop may cost one attempt of ours or none.
        QCOMPARE(server.requestCount(), 3);
        QVERIFY(response->attempts >= 2);
        QCOMPARE(response->body, QByteArray(R"({"ok":1})"));
    }

    void retriesStopAtTheLimitWithAClearError()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::json(QByteArray(R"({"e":"down"})"), 503); });
        Endpoint endpoint = endpointFor(server);
        endpoint.retry.maxAttempts = 3;
        HttpClient client(endpoint);
        auto response = fetch(client, get(QStringLiteral("/orders")));
        QVERIFY(response.has_value() && !response->ok());
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(response->status, 503);
        const QString message = response->error->message();
        QVERIFY2(message.contains(QStringLiteral("503")) && message.contains(QStringLiteral("/orders"))
                     && message.contains(QStringLiteral("3 attempts")),
                 qPrintable(message));
    }

    void postIsRetriedOnlyWithAnIdempotencyKey()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &) {
            if (server.requestCount() == 1)
                return TestHttpResponse::json(QByteArray("{}"), 503);
            return TestHttpResponse::json(QByteArray(R"({"id":1})"), 201);
        });
        HttpClient client(endpointFor(server));
        HttpRequest post = get(QStringLiteral("/orders"));
        post.method = "POST";
        post.body = "{}";
        auto unsafe = fetch(client, post);
        QVERIFY(unsafe.has_value() && !unsafe->ok());
        QCOMPARE(server.requestCount(), 1);

        server.clearRequests();
        post.idempotencyKey = QStringLiteral("order-42");
        auto safe = fetch(client, post);
        QVERIFY(safe.has_value() && safe->ok());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).header("Idempotency-Key"), QByteArray("order-42"));
    }

    void aHangTimesOut()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::stall(); });
        Endpoint endpoint = endpointFor(server);
        endpoint.timeoutMs = 300;
        endpoint.retry.maxAttempts = 2;
        HttpClient client(endpoint);
        auto response = fetch(client, get(QStringLiteral("/slow")));
        QVERIFY(response.has_value() && !response->ok());
        QCOMPARE(response->status, 0);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(response->error->message().contains(QStringLiteral("No data")), qPrintable(response->error->message()));
    }

    void productionWritesNeedConfirmation()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        HttpClient client(endpointFor(server));
        Environment production;
        production.name = QStringLiteral("Production");
        production.production = true;
        client.setEnvironment(production);
        HttpRequest request = get(QStringLiteral("/contacts"));
        request.method = "DELETE";
        auto refused = fetch(client, request);
        QVERIFY(refused.has_value() && !refused->ok());
        QVERIFY(refused->error->message().contains(QStringLiteral("--yes")));
        QCOMPARE(server.requestCount(), 0);
        request.confirmedProductionWrite = true;
        auto confirmed = fetch(client, request);
        QVERIFY(confirmed.has_value() && confirmed->ok());
        auto read = fetch(client, get(QStringLiteral("/contacts")));
        QVERIFY(read.has_value() && read->ok());
    }

    void malformedJsonNamesUrlAndOffset()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::json(QByteArray(R"({"results": [1, 2,)")); });
        HttpClient client(endpointFor(server));
        auto response = fetch(client, get(QStringLiteral("/broken")));
        QVERIFY(response.has_value() && response->ok());
        auto json = response->json();
        QVERIFY(!json.ok());
        QVERIFY(json.error().message().contains(QStringLiteral("/broken")));
        QVERIFY2(json.error().message().contains(QStringLiteral("offset")), qPrintable(json.error().message()));
    }

    void inFlightCapIsKept()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) {
            TestHttpResponse r = TestHttpResponse::json(QByteArray("{}"));
            r.delayMs = 30;
            return r;
        });
        Endpoint endpoint = endpointFor(server);
        endpoint.rateLimit.maxInFlight = 2;
        HttpClient client(endpoint);
        int maxSeen = 0;
        connect(&client, &HttpClient::inFlightChanged, this, [&maxSeen](int n) { maxSeen = std::max(maxSeen, n); });
        int done = 0;
        for (int i = 0; i < 8; ++i)
            client.send(get(QStringLiteral("/p")), this, [&done](const HttpResponse &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 30000);
        QCOMPARE(maxSeen, 2);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
