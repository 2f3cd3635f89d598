#include "../sandbox/sandboxtestclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace crmbridge;

// crmbridge-cli order … and lifecycle … as real processes against the sandbox, including the
// outbox worker killed with SIGKILL while its requests are in flight: after a restart every step
// reaches the ERP exactly once.
class TestCliOrders : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    test::TempDir m_home;
    QString m_workspace;

    QStringList withWorkspace(QStringList arguments) const
    {
        auto url = [this](SandboxSystemId id) { return m_sandbox->system(id).baseUrl.toString(); };
        arguments << QStringLiteral("--workspace") << m_workspace
                  << QStringLiteral("--var") << QStringLiteral("crm_base_url=") + url(SandboxSystemId::Crm)
                  << QStringLiteral("--var") << QStringLiteral("erp_base_url=") + url(SandboxSystemId::Erp) + QStringLiteral("/api/v1")
                  << QStringLiteral("--var")
                  << QStringLiteral("erp_soap_url=") + url(SandboxSystemId::Erp) + QStringLiteral("/soap/OrderService")
                  << QStringLiteral("--var") << QStringLiteral("webhooks_base_url=") + url(SandboxSystemId::Webhooks);
        return arguments;
    }

    test::CliResult cli(const QStringList &arguments, int timeoutMs = 120000) const
    {
        return test::runCli(withWorkspace(arguments), m_home.path(), timeoutMs);
    }

    QJsonObject json(const test::CliResult &r) const { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    QJsonObject erpOrder(const QString &erpId) const
    {
        test::SandboxClient erp(m_sandbox->system(SandboxSystemId::Erp));
        return erp.get(QStringLiteral("/api/v1/orders/") + erpId).object();
    }

    /// Orders (id, erp_id) in a state, from `order list --json`.
    QList<QPair<QString, QString>> ordersIn(const QString &state) const
    {
        const auto r = cli({QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--state"), state, QStringLiteral("--json")});
        QList<QPair<QString, QString>> out;
        for (const QJsonValue &v : json(r).value(QStringLiteral("orders")).toArray()) {
            const QJsonObject o = v.toObject();
            out.append({QString::number(o.value(QStringLiteral("id")).toInteger()),
                        o.value(QStringLiteral("data")).toObject().value(QStringLiteral("erp_id")).toVariant().toString()});
        }
        return out;
    }

    int outboxAttempts() const
    {
        // Read-only look at the worker's bookkeeping, from this process.
        const QString name = QStringLiteral("peek-%1").arg(quintptr(this));
        int attempts = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_workspace);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COALESCE(SUM(attempts), 0) FROM outbox")) && q.next())
                    attempts = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return attempts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.rateLimits = false;
        QVERIFY(test::startSandbox(*m_sandbox, options));
        m_workspace = m_home.file(QStringLiteral("orders.crmbridge"));
        const auto init = test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--demo"), m_workspace},
                                       m_home.path());
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const auto imported = cli({QStringLiteral("order"), QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("erp"),
                                   QStringLiteral("--limit"), QStringLiteral("60"), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(json(imported).value(QStringLiteral("inserted")).toInt(), 60);
    }

    void cleanupTestCase() { m_sandbox->stop(); }

    void stepShowAndExitCodes()
    {
        const auto created = ordersIn(QStringLiteral("created"));
        QVERIFY(created.size() >= 2);
        const QString id = created.at(0).first;
        const auto step = cli({QStringLiteral("order"), QStringLiteral("step"), id, QStringLiteral("process"), QStringLiteral("--json")});
        QVERIFY2(step.exitCode == 0, qPrintable(step.err));
        const QJsonObject result = json(step).value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
        QCOMPARE(erpOrder(created.at(0).second).value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));

        // Not allowed from this state: exit 2, one line saying what it can do instead.
        const auto refused = cli({QStringLiteral("order"), QStringLiteral("step"), id, QStringLiteral("close")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("ship")), qPrintable(refused.err));

        const auto show = cli({QStringLiteral("order"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonArray timeline = json(show).value(QStringLiteral("timeline")).toArray();
        QStringList outcomes;
        for (const QJsonValue &v : timeline)
            outcomes.append(v.toObject().value(QStringLiteral("outcome")).toString());
        QCOMPARE(outcomes, QStringList({QStringLiteral("imported"), QStringLiteral("applied"), QStringLiteral("refused")}));
        QCOMPARE(json(show).value(QStringLiteral("transitions")).toArray().first().toString(), QStringLiteral("ship"));
        const auto human = cli({QStringLiteral("order"), QStringLiteral("show"), id});
        QVERIFY(human.out.contains(QStringLiteral("PATCH")));

        const auto unknownOrder = cli({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(unknownOrder.exitCode, 2);
        const auto badMode = cli({QStringLiteral("order"), QStringLiteral("step"), id, QStringLiteral("ship"), QStringLiteral("--mode"),
                                  QStringLiteral("later")});
        QCOMPARE(badMode.exitCode, 2);
    }

    void lifecycleExportValidateImport()
    {
        const QString file = m_home.file(QStringLiteral("lifecycle.json"));
        QCOMPARE(cli({QStringLiteral("lifecycle"), QStringLiteral("export"), file}).exitCode, 0);
        const auto valid = cli({QStringLiteral("lifecycle"), QStringLiteral("validate"), file, QStringLiteral("--json")});
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(json(valid).value(QStringLiteral("valid")).toBool());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const QByteArray broken = QByteArray(text).replace("total > 0 AND COUNT(lines) > 0", "total > 0 AND COUNT(lines) >");
        QVERIFY(test::writeFile(file + QStringLiteral(".bad"), broken));
        const auto invalid = cli({QStringLiteral("lifecycle"), QStringLiteral("validate"), file + QStringLiteral(".bad"), QStringLiteral("--json")});
        QCOMPARE(invalid.exitCode, 2);
        const QJsonObject issue = json(invalid).value(QStringLiteral("issues")).toArray().at(0).toObject();
        QCOMPARE(issue.value(QStringLiteral("kind")).toString(), QStringLiteral("guard_error"));
        QCOMPARE(issue.value(QStringLiteral("transition")).toString(), QStringLiteral("process"));
        QCOMPARE(issue.value(QStringLiteral("line")).toInt(), 1);
        QVERIFY(issue.value(QStringLiteral("column")).toInt() > 1);
        QCOMPARE(cli({QStringLiteral("lifecycle"), QStringLiteral("import"), file + QStringLiteral(".bad")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lifecycle"), QStringLiteral("import"), file}).exitCode, 0);
        const QString again = m_home.file(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("lifecycle"), QStringLiteral("export"), again}).exitCode, 0);
        QCOMPARE(test::fileHash(again), test::fileHash(file)); // diffable: the same bytes back
    }

    void outboxSurvivesKill9ExactlyOnce()
    {
        const auto created = ordersIn(QStringLiteral("created"));
        QVERIFY(created.size() >= 4);
        const QList<QPair<QString, QString>> chosen = created.mid(created.size() - 3);
        QStringList ids;
        QHash<QString, qint64> versions;
        for (const auto &[id, erpId] : chosen) {
            ids.append(id);
            versions.insert(erpId, erpOrder(erpId).value(QStringLiteral("version")).toInteger());
        }
        const auto queued = cli({QStringLiteral("order"), QStringLiteral("step"), ids.join(QLatin1Char(',')), QStringLiteral("process"),
                                 QStringLiteral("--mode"), QStringLiteral("async")});
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
        for (const auto &[id, erpId] : chosen)
            QCOMPARE(erpOrder(erpId).value(QStringLiteral("status")).toString(), QStringLiteral("NEW")); // queued, not sent

        // The ERP applies each request at once but answers only much later: kill the worker
        // while it waits for those answers.
        SandboxFaults slow;
        slow.latencyMs = 8000;
        m_sandbox->setFaults(SandboxSystemId::Erp, slow);
        QProcess worker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.file(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("CRMBRIDGE_NO_KEYCHAIN"), QStringLiteral("1"));
        worker.setProcessEnvironment(env);
        worker.start(test::cliPath(), withWorkspace({QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("deliver")}));
        QVERIFY(worker.waitForStarted());
        auto patched = [&] {
            QSet<QString> seen;
            for (const QJsonValue &v : m_sandbox->requestLog(SandboxSystemId::Erp, 1000)) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("method")).toString() == QLatin1String("PATCH"))
                    seen.insert(o.value(QStringLiteral("path")).toString());
            }
            for (const auto &[id, erpId] : chosen) {
                if (!seen.contains(QStringLiteral("/api/v1/orders/") + erpId))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(patched(), 120000);
        QVERIFY(outboxAttempts() >= 3); // each attempt was counted before it was made
        ::kill(pid_t(worker.processId()), SIGKILL);
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        for (const auto &[id, erpId] : chosen)
            QCOMPARE(erpOrder(erpId).value(QStringLiteral("status")).toString(), QStringLiteral("PROC")); // applied, never recorded
        const auto pending = cli({QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"),
                                  QStringLiteral("pending"), QStringLiteral("--json")});
        QCOMPARE(json(pending).value(QStringLiteral("outbox")).toArray().size(), 3);

        m_sandbox->clearFaults();
        const auto redelivered = cli({QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("deliver"), QStringLiteral("--json")});
        QVERIFY2(redelivered.exitCode == 0, qPrintable(redelivered.err));
        QCOMPARE(json(redelivered).value(QStringLiteral("delivered")).toInt(), 3);
        QCOMPARE(json(redelivered).value(QStringLiteral("failed")).toInt(), 0);
        for (const auto &[id, erpId] : chosen) {
            const QJsonObject e = erpOrder(erpId);
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
            QCOMPARE(e.value(QStringLiteral("version")).toInteger(), versions.value(erpId) + 1); // exactly one change
            // The request log: one PATCH per step reached the ERP.
            int patches = 0;
            for (const QJsonValue &v : m_sandbox->requestLog(SandboxSystemId::Erp, 5000)) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("method")).toString() == QLatin1String("PATCH")
                    && o.value(QStringLiteral("path")).toString() == QStringLiteral("/api/v1/orders/") + erpId)
                    ++patches;
            }
            QCOMPARE(patches, 1);
        }
        const auto delivered = cli({QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"),
                                    QStringLiteral("delivered"), QStringLiteral("--json")});
        QCOMPARE(json(delivered).value(QStringLiteral("outbox")).toArray().size(), 3);
    }

    void eventModeThroughTheCli()
    {
        test::SandboxClient webhooks(m_sandbox->system(SandboxSystemId::Webhooks));
        webhooks.send("DELETE", QStringLiteral("/_sandbox/received"));
        const QString id = ordersIn(QStringLiteral("created")).value(0).first;
        QCOMPARE(cli({QStringLiteral("order"), QStringLiteral("step"), id, QStringLiteral("hold"), QStringLiteral("--mode"),
                      QStringLiteral("event")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("order"), QStringLiteral("outbox"), QStringLiteral("deliver")}).exitCode, 0);
        const QJsonArray received = webhooks.get(QStringLiteral("/_sandbox/received")).object().value(QStringLiteral("received")).toArray();
        QCOMPARE(received.size(), 1);
        QVERIFY(received.at(0).toObject().value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-crmbridge-signature"))
                    .toString()
                    .startsWith(QStringLiteral("sha256=")));
    }
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cli_orders.moc"
