#include "synctestutil.h"
#include "testsupport.h"

#include "core/mapping/mappingstore.h"
#include "core/sync/syncdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/demoworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::sync;

// crmbridge-cli sync as a real process against the sandbox, killed with SIGKILL at several points
// of a run of a few thousand creates, resumed each time; afterwards the target holds every record
// exactly once: no duplicate by match key, nothing missing.
class TestSyncKill : public QObject
{
    Q_OBJECT

    SandboxServer *m_sandbox = nullptr;
    test::TempDir m_dir;
    QString m_workspacePath;
    QStringList m_vars;

    qint64 probe(const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_workspacePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    QStringList baseArguments() const
    {
        QStringList args{QStringLiteral("--workspace"), m_workspacePath};
        for (const QString &v : m_vars)
            args << QStringLiteral("--var") << v;
        return args;
    }

    /// Starts the CLI, kills it with SIGKILL once `doneAtLeast` journal rows of the newest run are
    /// done (or it finishes first). Returns true when it was killed.
    bool runAndKill(const QStringList &args, qint64 doneAtLeast, bool terminate = false, int *exitCode = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.file(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(test::cliPath(), baseArguments() + args);
        if (!process.waitForStarted())
            return false;
        bool killed = false;
        // A new sync (not a resume) must not be judged by the previous run's journal.
        const bool newRun = !args.contains(QStringLiteral("--resume"));
        const qint64 before = newRun ? qMax<qint64>(0, probe(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM runs"))) : 0;
        while (process.state() == QProcess::Running) {
            const qint64 done = probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE state = 'done' AND run_id = "
                                                     "(SELECT MAX(id) FROM runs WHERE kind = 'sync') AND run_id > %1")
                                          .arg(before));
            if (done >= doneAtLeast) {
                if (terminate)
                    process.terminate(); // SIGTERM: stop cleanly
                else
                    process.kill(); // SIGKILL: no chance to tidy up
                killed = true;
                break;
            }
            QTest::qWait(15);
        }
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (!killed)
            qWarning("finished before the kill point: %s", process.readAllStandardError().constData());
        return killed;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        options.scale = 6; // ≈ 2,900 CRM contacts
        auto started = m_sandbox->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        const Environment environment = test::sandboxEnvironmentFor(*m_sandbox);
        for (const EnvironmentVariable &v : environment.variables)
            m_vars.append(v.name + QLatin1Char('=') + v.value);

        registerSyncDemoSeeder();
        m_workspacePath = m_dir.file(QStringLiteral("kill.crmbridge"));
        auto ws = DemoWorkspace::create(m_workspacePath);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        mapping::Mapping companyMapping;
        companyMapping.name = QStringLiteral("contact as company");
        companyMapping.rules = {
            {QStringLiteral("properties.name"), QStringLiteral("LOWER(TRIM(properties.email))"),
             {mapping::ValidationRule{mapping::ValidationRule::Kind::Required, {}, {}, {}}}, {}},
            {QStringLiteral("properties.domain"), QStringLiteral("REGEX_EXTRACT(LOWER(properties.email), \"@(.*)$\")"), {}, {}}};
        QVERIFY(mapping::MappingStore(*ws.value()).save(companyMapping).ok());
        SyncProfile p;
        p.name = QStringLiteral("contacts as companies");
        p.source = {QStringLiteral("Demo CRM"), QStringLiteral("contacts"), {}, {}, {}};
        p.mapping = QStringLiteral("contact as company");
        p.target = {QStringLiteral("Demo CRM"), QStringLiteral("companies"), {{QStringLiteral("properties"), QStringLiteral("name,domain")}}};
        p.mode = SyncMode::Upsert;
        p.matchKey = {QStringLiteral("properties.name"), QStringLiteral("LOWER(TRIM(properties.email))"), {}};
        p.concurrency = 6;
        QVERIFY(SyncProfileStore(*ws.value()).save(p).ok());
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void killNineThenResume()
    {
        const qint64 companiesBefore = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("companies")).toInteger();
        const qint64 contacts = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("contacts")).toInteger();
        QVERIFY(contacts > 2000);
        const QStringList common{QStringLiteral("--rate-preset"), QStringLiteral("none"), QStringLiteral("--quiet")};

        // Killed right after the first outcomes, then in the middle, then near the end.
        QVERIFY(runAndKill(QStringList{QStringLiteral("sync"), QStringLiteral("contacts as companies")} + common, 1));
        const qint64 run = probe(QStringLiteral("SELECT MAX(id) FROM runs WHERE kind = 'sync'"));
        QVERIFY(run > 0);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE kind = 'sync' AND status = 'running'")), 1);
        const QStringList resume = QStringList{QStringLiteral("sync"), QStringLiteral("--resume"), QString::number(run)} + common;
        QVERIFY(runAndKill(resume, contacts * 2 / 5));
        QVERIFY(runAndKill(resume, contacts * 4 / 5));

        // On a fast machine the last kill can land after the run recorded its success (the final
        // outcomes and the run's status commit together); then there is nothing left to resume.
        if (probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'succeeded'").arg(run)) == 0) {
            const test::CliResult last = test::runCli(baseArguments() + resume + QStringList{QStringLiteral("--json")}, m_dir.path(), 120000);
            QVERIFY2(last.exitCode == 0, qPrintable(last.err + last.out));
            const QJsonObject summary = QJsonDocument::fromJson(last.out.toUtf8()).object();
            QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        }
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state <> 'done'").arg(run)), 0);
        const qint64 creates = probe(QStringLiteral("SELECT COUNT(*) FROM sync_plan_items WHERE run_id = %1 AND action = 'create'").arg(run));
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1").arg(run)), creates);

        // The target: exactly one company per contact — none twice, none missing.
        const qint64 companiesAfter = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("companies")).toInteger();
        QCOMPARE(companiesAfter - companiesBefore, creates);
        const test::CliResult plan = test::runCli(baseArguments()
                                                      + QStringList{QStringLiteral("sync"), QStringLiteral("contacts as companies"),
                                                                    QStringLiteral("--dry-run"), QStringLiteral("--json")}
                                                      + common,
                                                  m_dir.path(), 120000);
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err + plan.out));
        const QJsonObject planned = QJsonDocument::fromJson(plan.out.toUtf8()).object().value(QStringLiteral("planned")).toObject();
        QCOMPARE(planned.value(QStringLiteral("create")).toInteger(), 0);   // nothing missing
        QCOMPARE(planned.value(QStringLiteral("conflict")).toInteger(), 0); // nothing duplicated
        QCOMPARE(planned.value(QStringLiteral("unchanged")).toInteger(), creates);
    }

    void sigtermStopsCleanlyThenResume()
    {
        m_sandbox->reset(); // the companies of the test above are gone: everything is a create again
        const QStringList common{QStringLiteral("--rate-preset"), QStringLiteral("none"), QStringLiteral("--quiet")};
        int exitCode = -1;
        QVERIFY(runAndKill(QStringList{QStringLiteral("sync"), QStringLiteral("contacts as companies")} + common, 200, true, &exitCode));
        QCOMPARE(exitCode, 3); // interrupted, resumable
        const qint64 run = probe(QStringLiteral("SELECT MAX(id) FROM runs WHERE kind = 'sync'"));
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'interrupted'").arg(run)), 1);
        // A clean stop leaves no outcome unrecorded: what was answered is done, the rest untouched or intent.
        QVERIFY(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state = 'done'").arg(run)) >= 200);
        const test::CliResult resumed = test::runCli(
            baseArguments() + QStringList{QStringLiteral("sync"), QStringLiteral("--resume"), QString::number(run), QStringLiteral("--json")} + common,
            m_dir.path(), 120000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        const qint64 creates = probe(QStringLiteral("SELECT COUNT(*) FROM sync_plan_items WHERE run_id = %1 AND action = 'create'").arg(run));
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state = 'done'").arg(run)), creates);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
