// crmbridge-cli endpoint/fetch/environment commands as real processes against a running sandbox.
#include "core/sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

using namespace crmbridge;

class TestCliEndpoints : public QObject
{
    Q_OBJECT

private:
    QStringList demo(const QStringList &args) const
    {
        // The demo endpoints use the Sandbox environment's variables; point them at our sandbox.
        QStringList all = args;
        all << QStringLiteral("--workspace") << m_demo;
        all << QStringLiteral("--var") << QStringLiteral("crm_base_url=") + m_server.system(SandboxSystemId::Crm).baseUrl.toString();
        all << QStringLiteral("--var") << QStringLiteral("erp_base_url=") + m_server.system(SandboxSystemId::Erp).baseUrl.toString() + QStringLiteral("/api/v1");
        all << QStringLiteral("--var") << QStringLiteral("helpdesk_base_url=") + m_server.system(SandboxSystemId::Helpdesk).baseUrl.toString() + QStringLiteral("/api/v2");
        all << QStringLiteral("--var") << QStringLiteral("marketing_base_url=") + m_server.system(SandboxSystemId::Marketing).baseUrl.toString() + QStringLiteral("/3.0");
        return all;
    }

    static QList<QJsonObject> jsonLines(const QString &text)
    {
        QList<QJsonObject> rows;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << QJsonDocument::fromJson(line.toUtf8()).object();
        return rows;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        auto started = m_server.start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_demo = m_home.file(QStringLiteral("demo.crmbridge"));
        const auto init = test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--demo"), m_demo}, m_home.path());
        QCOMPARE(init.exitCode, 0);
    }

    void cleanupTestCase() { m_server.stop(); }

    void fetchWalksEveryPageOnce_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("collection");
        QTest::newRow("CRM contacts (cursor)") << "Demo CRM" << "contacts" << "crm" << "contacts";
        QTest::newRow("ERP orders (page number)") << "Demo ERP" << "orders" << "erp" << "orders";
        QTest::newRow("Helpdesk tickets (cursor + has_more)") << "Demo Helpdesk" << "tickets" << "helpdesk" << "tickets";
    }

    void fetchWalksEveryPageOnce()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, entity);
        QFETCH(QString, system);
        QFETCH(QString, collection);
        const auto r = test::runCli(demo({QStringLiteral("fetch"), endpoint, entity, QStringLiteral("--quiet")}), m_home.path(), 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> rows = jsonLines(r.out);
        SandboxSystemId id;
        QVERIFY(sandboxSystemFromKey(system, &id));
        const int expected = m_server.recordCounts(id).value(collection).toInt();
        QVERIFY(expected > 100); // several pages
        QCOMPARE(rows.size(), expected);
        QSet<QString> ids;
        for (const QJsonObject &row : rows)
            ids.insert(row.value(QStringLiteral("id")).toVariant().toString());
        QCOMPARE(ids.size(), expected); // each record once
    }

    void fetchFormatsAndLimit()
    {
        const QString csv = m_home.file(QStringLiteral("contacts.csv"));
        const auto r = test::runCli(demo({QStringLiteral("fetch"), QStringLiteral("Demo CRM"), QStringLiteral("contacts"), QStringLiteral("--limit"),
                                          QStringLiteral("150"), QStringLiteral("--output"), csv, QStringLiteral("--json")}),
                                    m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("records")).toInt(), 150);
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), false);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().contains("properties.email"));
        QCOMPARE(lines.size(), 152); // header + 150 rows + the empty piece after the last newline

        const auto json = test::runCli(demo({QStringLiteral("fetch"), QStringLiteral("Demo Marketing"), QStringLiteral("lists"),
                                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--quiet")}),
                                       m_home.path());
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 3);
    }

    void fetchErrorsSayWhatAndWhere()
    {
        const auto refused = test::runCli({QStringLiteral("fetch"), QStringLiteral("Demo CRM"), QStringLiteral("contacts"), QStringLiteral("--workspace"), m_demo,
                                           QStringLiteral("--var"), QStringLiteral("crm_base_url=http://127.0.0.1:1")},
                                          m_home.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Connection refused")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("http://127.0.0.1:1/crm/v3/objects/contacts")));

        const auto unknown = test::runCli(demo({QStringLiteral("fetch"), QStringLiteral("Demo CRM"), QStringLiteral("tickets")}), m_home.path());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no entity named \"tickets\"")));

        const auto badFormat = test::runCli(demo({QStringLiteral("fetch"), QStringLiteral("Demo CRM"), QStringLiteral("contacts"), QStringLiteral("--format"),
                                                  QStringLiteral("xlsx")}),
                                            m_home.path());
        QCOMPARE(badFormat.exitCode, 2);
    }

    void testConnection()
    {
        const auto ok = test::runCli(demo({QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("Demo ERP"), QStringLiteral("orders"),
                                           QStringLiteral("--json")}),
                                     m_home.path());
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(result.value(QStringLiteral("sampleRecords")).toInt(), 5);
        QVERIFY(result.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("X-Total-Count")));

        const auto wrongPath = test::runCli({QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("Demo Helpdesk"), QStringLiteral("--workspace"),
                                             m_demo, QStringLiteral("--var"),
                                             QStringLiteral("helpdesk_base_url=") + m_server.system(SandboxSystemId::Helpdesk).baseUrl.toString() + QStringLiteral("/wrong")},
                                            m_home.path());
        QCOMPARE(wrongPath.exitCode, 1);
        QVERIFY2(wrongPath.err.contains(QStringLiteral("404")), qPrintable(wrongPath.err));
        QVERIFY(wrongPath.err.contains(QStringLiteral("/wrong/tickets")));
    }

    void secretsNeverReachTheWorkspace()
    {
        const QString file = m_home.file(QStringLiteral("plain.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), file}, m_home.path()).exitCode, 0);
        const QString crm = m_server.system(SandboxSystemId::Crm).baseUrl.toString();
        const auto add = test::runCli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("My CRM"), QStringLiteral("--workspace"), file,
                                       QStringLiteral("--base-url"), crm, QStringLiteral("--auth"), QStringLiteral("bearer"), QStringLiteral("--secret-env"),
                                       QStringLiteral("MY_CRM_TOKEN")},
                                      m_home.path());
        QCOMPARE(add.exitCode, 0);
        // An entity, through the JSON the export format uses.
        const QString token = m_server.system(SandboxSystemId::Crm).credentials.token;
        QProcessEnvironment env;
        env.insert(QStringLiteral("MY_CRM_TOKEN"), token);
        env.insert(QStringLiteral("CRMBRIDGE_NO_KEYCHAIN"), QStringLiteral("1"));
        const auto show = test::runCli({QStringLiteral("endpoint"), QStringLiteral("show"), QStringLiteral("My CRM"), QStringLiteral("--workspace"), file,
                                        QStringLiteral("--json")},
                                       m_home.path(), 60000, env);
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("MY_CRM_TOKEN")));
        QVERIFY(!show.out.contains(token));

        const auto tested = test::runCli({QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("My CRM"), QStringLiteral("--workspace"), file},
                                       m_home.path(), 60000, env);
        // No entity: the test asks for the base URL, which the CRM does not serve (404) — after
        // accepting the token from the environment variable (a missing token would be 401).
        QCOMPARE(tested.exitCode, 1);
        QVERIFY2(tested.err.contains(QStringLiteral("404")), qPrintable(tested.err));
        QVERIFY(!tested.err.contains(token));
        for (const QString &path : QStringList{file, file + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(path));
        }
    }

    void importsFromDocuments()
    {
        const QString file = m_home.file(QStringLiteral("imports.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), file}, m_home.path()).exitCode, 0);
        const QString openapi = QStringLiteral(CRMBRIDGE_SOURCE_DIR "/../shared/openapi/hubspot-crm-contacts-v3.json");
        const auto imported = test::runCli({QStringLiteral("endpoint"), QStringLiteral("import-openapi"), openapi, QStringLiteral("--workspace"), file,
                                            QStringLiteral("--name"), QStringLiteral("HubSpot"), QStringLiteral("--json")},
                                           m_home.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QJsonDocument::fromJson(imported.out.toUtf8()).object().value(QStringLiteral("entities")).toArray().contains(QJsonValue(QStringLiteral("contacts"))));
        const auto again = test::runCli({QStringLiteral("endpoint"), QStringLiteral("import-openapi"), openapi, QStringLiteral("--workspace"), file,
                                         QStringLiteral("--name"), QStringLiteral("HubSpot")},
                                        m_home.path());
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("exists already")));

        const QString wsdl = m_server.system(SandboxSystemId::Erp).baseUrl.toString() + QStringLiteral("/soap/OrderService?wsdl");
        const auto soap = test::runCli({QStringLiteral("endpoint"), QStringLiteral("import-wsdl"), wsdl, QStringLiteral("--workspace"), file,
                                        QStringLiteral("--name"), QStringLiteral("ERP SOAP")},
                                       m_home.path());
        QVERIFY2(soap.exitCode == 0, qPrintable(soap.err));
        QVERIFY(soap.out.contains(QStringLiteral("UpdateOrderStatus")));

        const auto notOpenApi = test::runCli({QStringLiteral("endpoint"), QStringLiteral("import-openapi"), m_demo, QStringLiteral("--workspace"), file},
                                             m_home.path());
        QCOMPARE(notOpenApi.exitCode, 2);

        const auto remove = test::runCli({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("HubSpot"), QStringLiteral("--workspace"), file},
                                         m_home.path());
        QCOMPARE(remove.exitCode, 0);
        const auto list = test::runCli({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--workspace"), file, QStringLiteral("--json")},
                                       m_home.path());
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

private:
    test::TempDir m_home;
    QString m_demo;
    SandboxServer m_server;
};

QTEST_GUILESS_MAIN(TestCliEndpoints)
#include "tst_cli_endpoints.moc"
