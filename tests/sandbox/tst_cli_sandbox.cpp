// `crmbridge-cli sandbox serve` as a real process: JSON on stdout, real requests, SIGTERM → a
// clean exit 0; a port in use → exit 2 naming the port and --base-port; bad options → exit 2;
// and the demo workspace gets the "Sandbox" environment.
#include "sandboxtestclient.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>

#include <csignal>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestCliSandbox : public QObject
{
    Q_OBJECT

private slots:
    void serveJsonThenSigterm()
    {
        TempDir home;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
        cli.setProcessEnvironment(env);
        cli.start(cliPath(), {u"sandbox"_s, u"serve"_s, u"--base-port"_s, u"0"_s, u"--json"_s, u"--fault"_s, u"webhooks:latency=1"_s});
        QVERIFY(cli.waitForStarted(10000));
        QByteArray out;
        QJsonObject doc;
        QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput(), doc = QJsonDocument::fromJson(out).object(), !doc.isEmpty()), 30000);
        const QJsonArray systems = doc.value(u"systems"_s).toArray();
        QCOMPARE(systems.size(), 5);
        QCOMPARE(systems.first().toObject().value(u"name"_s).toString(), u"Demo CRM"_s);

        SandboxSystemInfo crm;
        crm.baseUrl = QUrl(systems.first().toObject().value(u"url"_s).toString());
        crm.credentials.scheme = u"Bearer"_s;
        crm.credentials.token = systems.first().toObject().value(u"credentials"_s).toObject().value(u"token"_s).toString();
        SandboxClient client(crm);
        const HttpReply r = client.get(u"/crm/v3/objects/contacts?limit=3"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"results"_s).toArray().size(), 3);

        ::kill(static_cast<pid_t>(cli.processId()), SIGTERM);
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
    }

    void humanOutputNamesUrlsAndCredentials()
    {
        TempDir home;
        QProcess cli;
        cli.start(cliPath(), {u"sandbox"_s, u"serve"_s, u"--base-port"_s, u"0"_s});
        QVERIFY(cli.waitForStarted(10000));
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(cli.readAllStandardOutput()), out.contains(u"Ctrl+C"_s)), 30000);
        for (const QString &name : {u"Demo CRM"_s, u"Demo ERP"_s, u"Demo Helpdesk"_s, u"Demo Marketing"_s, u"http://127.0.0.1:"_s,
                                    u"erp-sandbox-pass"_s})
            QVERIFY2(out.contains(name), qPrintable(out));
        ::kill(static_cast<pid_t>(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void portInUseIsExit2()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(blocker.serverPort());
        TempDir home;
        const CliResult r = runCli({u"sandbox"_s, u"serve"_s, u"--base-port"_s, port}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(port), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--base-port"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void badOptionsAreExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fault syntax") << QStringList{u"--fault"_s, u"crm"_s} << u"SYSTEM:KIND=VALUE"_s;
        QTest::newRow("fault kind") << QStringList{u"--fault"_s, u"crm:explode=1"_s} << u"Unknown fault kind"_s;
        QTest::newRow("scale") << QStringList{u"--scale"_s, u"0"_s} << u"--scale"_s;
        QTest::newRow("port") << QStringList{u"--base-port"_s, u"70000"_s} << u"--base-port"_s;
    }

    void badOptionsAreExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        TempDir home;
        const CliResult r = runCli(QStringList{u"sandbox"_s, u"serve"_s} + args, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void demoWorkspaceGetsTheSandboxEnvironment()
    {
        TempDir home;
        const QString file = home.file(u"demo.crmbridge"_s);
        const CliResult r = runCli({u"workspace"_s, u"init"_s, u"--demo"_s, file}, home.path());
        QCOMPARE(r.exitCode, 0);
        // Read back through the CLI itself, as a script would.
        const CliResult env = runCli({u"environment"_s, u"show"_s, u"Sandbox"_s, u"--workspace"_s, file, u"--json"_s}, home.path());
        QCOMPARE(env.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(env.out.toUtf8()).object();
        QCOMPARE(json.value(u"production"_s).toBool(), false);
        QHash<QString, QString> vars;
        for (const QJsonValue &v : json.value(u"variables"_s).toArray())
            vars.insert(v[u"name"_s].toString(), v[u"value"_s].toString());
        QCOMPARE(vars.value(u"crm_base_url"_s), u"http://127.0.0.1:8710"_s);
        QCOMPARE(vars.value(u"erp_base_url"_s), u"http://127.0.0.1:8711/api/v1"_s);
        QVERIFY(!vars.value(u"crm_token"_s).isEmpty());

        const CliResult endpoints = runCli({u"endpoint"_s, u"list"_s, u"--workspace"_s, file}, home.path());
        QCOMPARE(endpoints.exitCode, 0);
        for (const QString &name : {u"Demo CRM"_s, u"Demo ERP"_s, u"Demo Helpdesk"_s, u"Demo Marketing"_s})
            QVERIFY2(endpoints.out.contains(name), qPrintable(endpoints.out));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_cli_sandbox.moc"
