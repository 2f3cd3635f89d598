// crmbridge-cli against the sandbox ERP's SOAP OrderService as real processes: fetch of the demo
// workspace's SOAP entity, endpoint test, and endpoint call (SOAP operations, REST ENTITY.verb,
// faults, production confirmation).
#include "core/endpoints/endpointstore.h"
#include "core/sandbox/sandboxserver.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestCliSoap : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_home;
    SandboxServer m_server;
    QString m_demo;

    QStringList demo(const QStringList &args) const
    {
        const QString erp = m_server.system(SandboxSystemId::Erp).baseUrl.toString();
        return args + QStringList { u"--workspace"_s, m_demo,
                                    u"--var"_s,       u"erp_soap_url="_s + erp + u"/soap/OrderService"_s,
                                    u"--var"_s,       u"erp_base_url="_s + erp + u"/api/v1"_s };
    }

    test::CliResult cli(const QStringList &args) const
    {
        return test::runCli(demo(args), m_home.path(), 120000);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        auto started = m_server.start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_demo = m_home.file(u"demo.crmbridge"_s);
        const auto init = test::runCli({ u"workspace"_s, u"init"_s, u"--demo"_s, m_demo }, m_home.path());
        QCOMPARE(init.exitCode, 0);
    }

    void cleanupTestCase() { m_server.stop(); }

    void fetchTheSoapEntity()
    {
        const auto r = cli({ u"fetch"_s, u"Demo ERP (SOAP)"_s, u"orders"_s, u"--quiet"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const int expected = m_server.recordCounts(SandboxSystemId::Erp).value(u"orders"_s).toInt();
        QVERIFY(expected >= 1500);
        QCOMPARE(lines.size(), expected);
        QSet<qint64> ids;
        for (const QString &line : lines) {
            const QJsonObject order = QJsonDocument::fromJson(line.toUtf8()).object();
            ids.insert(order.value(u"Id"_s).toInteger());
            QVERIFY(order.value(u"Number"_s).toString().startsWith(u"SO-"_s));
        }
        QCOMPARE(ids.size(), expected); // each order once
    }

    void testTheSoapEntity()
    {
        const auto ok = cli({ u"endpoint"_s, u"test"_s, u"Demo ERP (SOAP)"_s, u"orders"_s, u"--json"_s });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        const QJsonObject result = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(result.value(u"status"_s).toInt(), 200);
        QCOMPARE(result.value(u"sampleRecords"_s).toInt(), 5);

        // A wrong password: the 401 and the service's fault code, and what to check.
        const auto denied =
            test::runCli({ u"endpoint"_s, u"test"_s, u"Demo ERP (SOAP)"_s, u"orders"_s, u"--workspace"_s,
                           m_demo, u"--var"_s,
                           u"erp_soap_url="_s + m_server.system(SandboxSystemId::Erp).baseUrl.toString()
                               + u"/soap/OrderService"_s,
                           u"--var"_s, u"erp_user=intruder"_s },
                         m_home.path());
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains(u"AUTHENTICATION_FAILED"_s), qPrintable(denied.err));
        QVERIFY2(denied.err.contains(u"401"_s), qPrintable(denied.err));
        QVERIFY2(denied.err.contains(u"credentials"_s), qPrintable(denied.err));
    }

    void callAnOperation()
    {
        const auto r = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"GetOrder"_s, u"--data"_s,
                             u"{\"OrderId\": 3}"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(u"ok"_s).toBool(), true);
        QCOMPARE(result.value(u"status"_s).toInt(), 200);
        QCOMPARE(
            result.value(u"response"_s).toObject().value(u"Order"_s).toObject().value(u"Id"_s).toInteger(),
            3);

        // Plain output: the response as JSON on stdout.
        const auto plain = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"GetOrder"_s, u"--data"_s,
                                 u"{\"OrderId\": 4}"_s });
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(plain.out.toUtf8())
                     .object()
                     .value(u"Order"_s)
                     .toObject()
                     .value(u"Id"_s)
                     .toInteger(),
                 4);

        // --data @FILE, a write.
        const QString file = m_home.file(u"order.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"CustomerId": 3, "Currency": "EUR", "Lines": [{"Sku": "SKU-10003", "Qty": 2, "UnitPrice": "4.25"}]})");
        f.close();
        const auto created = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"CreateOrder"_s,
                                   u"--data"_s, u"@"_s + file, u"--json"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        const QJsonObject order = QJsonDocument::fromJson(created.out.toUtf8())
                                      .object()
                                      .value(u"response"_s)
                                      .toObject()
                                      .value(u"Order"_s)
                                      .toObject();
        QCOMPARE(order.value(u"Total"_s).toString(), u"8.50"_s);
        QCOMPARE(order.value(u"Status"_s).toString(), u"NEW"_s);

        // REST endpoints: ENTITY.get with --id.
        const auto rest =
            cli({ u"endpoint"_s, u"call"_s, u"Demo ERP"_s, u"orders.get"_s, u"--id"_s, u"3"_s, u"--json"_s });
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.out + rest.err));
        QCOMPARE(QJsonDocument::fromJson(rest.out.toUtf8())
                     .object()
                     .value(u"response"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 3);
    }

    void faultExitsOneWithTheCodes()
    {
        // Order 1 … is some state; CLSD → NEW is never allowed, whatever state it is in.
        const auto r = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"UpdateOrderStatus"_s,
                             u"--data"_s, u"{\"OrderId\": 1, \"Status\": \"NEW\"}"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"faultcode: soap:Client"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"faultstring: An order cannot go from"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"detail code: INVALID_TRANSITION"_s), qPrintable(r.err));

        const auto json = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"UpdateOrderStatus"_s,
                                u"--data"_s, u"{\"OrderId\": 1, \"Status\": \"NEW\"}"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject fault =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"fault"_s).toObject();
        QCOMPARE(fault.value(u"code"_s).toString(), u"INVALID_TRANSITION"_s);

        const auto unknown = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"Nope"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"ListOrders"_s), qPrintable(unknown.err));

        const auto badJson = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"GetOrder"_s, u"--data"_s,
                                   u"{OrderId: 1}"_s });
        QCOMPARE(badJson.exitCode, 2);
        QVERIFY2(badJson.err.contains(u"offset"_s), qPrintable(badJson.err));
    }

    void productionWritesNeedYes()
    {
        {
            auto ws = Workspace::open(m_demo);
            QVERIFY(ws.ok());
            EnvironmentStore environments(*ws.value());
            auto sandbox = environments.find(u"Sandbox"_s);
            QVERIFY(sandbox.ok());
            Environment production = sandbox.value();
            production.id = 0;
            production.name = u"Production"_s;
            production.production = true;
            QVERIFY(environments.save(production).ok());
        }
        const QString data =
            u"{\"CustomerId\": 3, \"Currency\": \"EUR\", \"Lines\": [{\"Sku\": \"SKU-10003\", \"Qty\": 1, \"UnitPrice\": \"1.00\"}]}"_s;
        const auto refused = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"CreateOrder"_s,
                                   u"--env"_s, u"Production"_s, u"--data"_s, data });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--yes"_s), qPrintable(refused.err));

        // Reads need no confirmation, even though SOAP sends them as POST.
        const auto read = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"GetOrder"_s, u"--env"_s,
                                u"Production"_s, u"--data"_s, u"{\"OrderId\": 2}"_s });
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));

        const auto confirmed = cli({ u"endpoint"_s, u"call"_s, u"Demo ERP (SOAP)"_s, u"CreateOrder"_s,
                                     u"--env"_s, u"Production"_s, u"--data"_s, data, u"--yes"_s });
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSoap)
#include "tst_cli_soap.moc"
