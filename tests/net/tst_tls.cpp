#include "core/net/httpclient.h"
#include "nettestutil.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;

// TLS verification against a local server with a self-signed certificate
// (tests/fixtures/tls): refused by default, accepted with the certificate as the endpoint's CA
// file, or with the explicit "allow self-signed" flag.
class TestTls : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const char *name) { return fixturesDir() + QStringLiteral("/tls/") + QString::fromLatin1(name); }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend in this Qt build");
    }

    void verificationIsOnByDefault()
    {
        TestHttpServer server;
        QVERIFY(server.startTls(fixture("localhost.crt"), fixture("localhost.key")));
        HttpClient client(endpointFor(server));
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value() && !response->ok());
        QCOMPARE(response->status, 0);
        const QString message = response->error->message();
        QVERIFY2(message.contains(QStringLiteral("certificate")) && message.contains(QStringLiteral("CA file")),
                 qPrintable(message));
        QCOMPARE(response->attempts, 1); // a TLS failure is not retried
    }

    void customCaFileIsTrusted()
    {
        TestHttpServer server;
        QVERIFY(server.startTls(fixture("localhost.crt"), fixture("localhost.key")));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.caFile = fixture("localhost.crt");
        HttpClient client(endpoint);
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
        QCOMPARE(server.requestCount(), 1);
    }

    void allowSelfSignedIsExplicit()
    {
        TestHttpServer server;
        QVERIFY(server.startTls(fixture("localhost.crt"), fixture("localhost.key")));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.allowSelfSigned = true;
        HttpClient client(endpoint);
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value());
        QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
    }

    void unreadableCaFileIsAConfigError()
    {
        TestHttpServer server;
        QVERIFY(server.startTls(fixture("localhost.crt"), fixture("localhost.key")));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.caFile = fixture("missing.pem");
        HttpClient client(endpoint);
        auto response = fetch(client, get(QStringLiteral("/x")));
        QVERIFY(response.has_value() && !response->ok());
        QVERIFY(response->error->message().contains(QStringLiteral("missing.pem")));
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
