// "Test connection" (ConnectionTester, what the Endpoints page's test panel runs) on the demo SOAP
// entity against the sandbox: a sample of orders, the 401 diagnosis naming the credential, a
// wrong records path, and a refused port told apart by Qt's network error code.
#include "core/endpoints/secretstore.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "models/endpoints/connectiontester.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestSoapConnectionTest : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    SecretStore *m_secrets = nullptr;
    Environment m_environment;
    DemoEndpoint m_demo;

    ConnectionTestResult run(const Endpoint &endpoint, const std::optional<Entity> &entity)
    {
        ConnectionTester tester;
        tester.setSecretStore(m_secrets);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(endpoint, entity, m_environment);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ConnectionTestResult>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        auto started = m_sandbox->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_secrets = new SecretStore(u"CRM Bridge tests"_s, this);
        m_secrets->setKeychainEnabled(false);
        registerSandboxSecrets(*m_secrets);
        m_environment = sandboxEnvironment(*m_sandbox); // each system on its own ephemeral port
        for (const DemoEndpoint &d : sandboxDemoEndpoints()) {
            if (d.endpoint.name == QLatin1String("Demo ERP (SOAP)"))
                m_demo = d;
        }
        QCOMPARE(m_demo.entities.size(), 1);
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void sampleOfOrders()
    {
        const ConnectionTestResult r = run(m_demo.endpoint, m_demo.entities.first());
        QVERIFY2(r.ok(), qPrintable(r.diagnosis + u' ' + r.detail));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.records.size(), ConnectionTester::SampleSize);
        QVERIFY(r.records.first().toObject().value(u"Number"_s).toString().startsWith(u"SO-"_s));
    }

    void wrongPasswordIsUnauthorized()
    {
        Endpoint endpoint = m_demo.endpoint;
        endpoint.auth.secret.key = u"test/wrong"_s;
        m_secrets->setSessionSecret(endpoint.auth.secret.key, "wrong-password");
        const ConnectionTestResult r = run(endpoint, m_demo.entities.first());
        QVERIFY2(r.problem == ConnectionTestResult::Problem::Unauthorized,
                 qPrintable(r.diagnosis + u' ' + r.detail));
        QCOMPARE(r.status, 401);
        QVERIFY2(r.diagnosis.contains(u"Basic password"_s), qPrintable(r.diagnosis));
        QVERIFY2(r.detail.contains(u"AUTHENTICATION_FAILED"_s),
                 qPrintable(r.detail)); // the fault code, for the details
        QVERIFY(!r.diagnosis.contains(u"wrong-password"_s));
    }

    void wrongRecordsPath()
    {
        Entity orders = m_demo.entities.first();
        orders.recordsPath = u"Orderz/Order"_s;
        const ConnectionTestResult r = run(m_demo.endpoint, orders);
        QVERIFY2(r.problem == ConnectionTestResult::Problem::UnexpectedBody, qPrintable(r.diagnosis));
        QVERIFY2(r.diagnosis.contains(u"Orders"_s), qPrintable(r.diagnosis)); // names what the answer holds
    }

    void faultIsShownWithItsCode()
    {
        Entity orders = m_demo.entities.first();
        orders.list.path = u"GetOrder"_s; // GetOrder without an id: ORDER_NOT_FOUND
        const ConnectionTestResult r = run(m_demo.endpoint, orders);
        QVERIFY(!r.ok());
        QVERIFY2(r.diagnosis.contains(u"ORDER_NOT_FOUND"_s), qPrintable(r.diagnosis));
    }

    void refusedByCode()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Endpoint endpoint = m_demo.endpoint;
        endpoint.baseUrl = u"http://127.0.0.1:%1/soap/OrderService"_s.arg(port);
        const ConnectionTestResult r = run(endpoint, m_demo.entities.first());
        QVERIFY2(r.problem == ConnectionTestResult::Problem::Refused,
                 qPrintable(r.diagnosis + u' ' + r.detail));
    }
};

QTEST_GUILESS_MAIN(TestSoapConnectionTest)
#include "tst_soapconnectiontest.moc"
