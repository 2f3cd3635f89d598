#include "synctestutil.h"
#include "testsupport.h"

#include "core/mapping/mappingstore.h"
#include "core/sync/syncdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/demoworkspace.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace crmbridge;
using namespace crmbridge::sync;

// crmbridge-cli sync as a real process against the sandbox (served from this process's worker
// threads), killed with SIGKILL at eight points of a run of more than 10,000 creates — right
// after start, while reading, once the run is stored, at the first writes, a quarter, half and
// three quarters through, nine tenths through — and resumed each time; afterwards the sandbox's data
// holds every planned record exactly once: no duplicate by match key, nothing missing.
class TestSyncKill : public QObject
{
    Q_OBJECT

    SandboxServer *m_sandbox = nullptr;
    test::TempDir m_dir;
    QString m_workspacePath;
    QStringList m_vars;

    qint64 probe(const QString &sql) { return test::probeWorkspaceNumber(m_workspacePath, sql); }

    QStringList strings(const QString &sql) { return test::probeWorkspace(m_workspacePath, sql); }

    qint64 newestSyncRun() { return qMax<qint64>(0, probe(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM runs WHERE kind = 'sync'"))); }
    qint64 doneOf(qint64 run)
    {
        return probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state = 'done'").arg(run));
    }
    qint64 companies() const
    {
        return m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("companies")).toInteger();
    }
    quint64 crmRequests() const { return m_sandbox->requestCount(SandboxSystemId::Crm); }

    QStringList baseArguments() const
    {
        QStringList args{QStringLiteral("--workspace"), m_workspacePath};
        for (const QString &v : m_vars)
            args << QStringLiteral("--var") << v;
        return args;
    }

    /// Starts the CLI and kills it with SIGKILL (SIGTERM when `terminate`) as soon as `killWhen`
    /// holds, polled every few milliseconds, or lets it finish first. Returns true when it was killed.
    bool runAndKill(const QStringList &args, const std::function<bool()> &killWhen, bool terminate = false,
                    int *exitCode = nullptr)
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
        while (process.state() == QProcess::Running) {
            if (killWhen()) {
                if (terminate)
                    process.terminate(); // SIGTERM: stop cleanly
                else
                    process.kill(); // SIGKILL: no chance to tidy up
                killed = true;
                break;
            }
            QTest::qWait(5);
        }
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (!killed)
            qWarning("finished before the kill point: %s", process.readAllStandardError().constData());
        return killed;
    }

    /// Every company of the sandbox's CRM, read over HTTP (`crmbridge-cli fetch`): name → how many.
    QHash<QString, int> companyNames()
    {
        const QString file = m_dir.file(QStringLiteral("companies.jsonl"));
        const test::CliResult fetched = test::runCli(baseArguments()
                                                         + QStringList{QStringLiteral("fetch"), QStringLiteral("Demo CRM"),
                                                                       QStringLiteral("companies"), QStringLiteral("--format"),
                                                                       QStringLiteral("jsonl"), QStringLiteral("--output"), file,
                                                                       QStringLiteral("--rate-preset"), QStringLiteral("none"),
                                                                       QStringLiteral("--quiet")},
                                                     m_dir.path(), 120000);
        QHash<QString, int> names;
        if (fetched.exitCode != 0) {
            qWarning("fetch failed: %s", qPrintable(fetched.err));
            return names;
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return names;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject company = QJsonDocument::fromJson(line).object();
            ++names[company.value(QStringLiteral("properties")).toObject().value(QStringLiteral("name")).toString()];
        }
        return names;
    }

    static qint64 total(const QHash<QString, int> &names)
    {
        qint64 n = 0;
        for (int count : names)
            n += count;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        options.scale = 22; // ≈ 10,500 CRM contacts
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
        const qint64 companiesBefore = companies();
        const QHash<QString, int> namesBefore = companyNames();
        QCOMPARE(total(namesBefore), companiesBefore);
        const qint64 contacts = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("contacts")).toInteger();
        QVERIFY2(contacts >= 10000, qPrintable(QString::number(contacts)));
        const QStringList common{QStringLiteral("--rate-preset"), QStringLiteral("none"), QStringLiteral("--quiet")};
        const QStringList sync = QStringList{QStringLiteral("sync"), QStringLiteral("contacts as companies")} + common;
        const qint64 runsBefore = newestSyncRun();

        // 1, 2. Killed right after start (its first request answered) and while reading (30 pages
        // in): the run is stored only with its whole plan, so nothing is left behind and nothing
        // was written; starting again is all there is to do.
        quint64 requests = crmRequests();
        QVERIFY(runAndKill(sync, [&] { return crmRequests() > requests; }));
        QCOMPARE(newestSyncRun(), runsBefore);
        QCOMPARE(companies(), companiesBefore);
        requests = crmRequests();
        QVERIFY(runAndKill(sync, [&] { return crmRequests() >= requests + 30; }));
        QCOMPARE(newestSyncRun(), runsBefore);
        QCOMPARE(companies(), companiesBefore);

        // 3. Killed as soon as the run and its plan are stored (the first writes may be in flight).
        QVERIFY(runAndKill(sync, [&] { return newestSyncRun() > runsBefore; }));
        const qint64 run = newestSyncRun();
        QVERIFY(run > runsBefore);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE kind = 'sync' AND status = 'running'")), 1);
        const qint64 creates = probe(QStringLiteral("SELECT COUNT(*) FROM sync_plan_items WHERE run_id = %1 AND action = 'create'").arg(run));
        QVERIFY2(creates >= 10000, qPrintable(QString::number(creates)));

        // 4–7. Each resume killed in turn: at its first outcome, then a quarter, half and three
        // quarters through the run.
        const QStringList resume = QStringList{QStringLiteral("sync"), QStringLiteral("--resume"), QString::number(run)} + common;
        const auto killedAt = [&](const char *where) {
            qInfo("killed %s: %lld of %lld written", where, doneOf(run), creates);
        };
        killedAt("once the run was stored");
        const qint64 first = doneOf(run) + 1;
        QVERIFY(runAndKill(resume, [&] { return doneOf(run) >= first; }));
        killedAt("at a resume's first outcome");
        for (const qint64 share : {25, 50, 75}) {
            const qint64 point = qMax(doneOf(run) + 1, creates * share / 100);
            QVERIFY2(runAndKill(resume, [&] { return doneOf(run) >= point; }), qPrintable(QString::number(share)));
            killedAt(share == 25 ? "a quarter through" : share == 50 ? "half way" : "three quarters through");
        }
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'succeeded'").arg(run)), 0);

        // 8. Near the end. On a fast machine this kill can land after the run recorded its success
        // (the final outcomes and the run's status commit together); then there is nothing left.
        const qint64 nearEnd = qMax(doneOf(run) + 1, creates * 90 / 100);
        if (runAndKill(resume, [&] { return doneOf(run) >= nearEnd; }))
            killedAt("near the end");
        if (probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'succeeded'").arg(run)) == 0) {
            const test::CliResult last = test::runCli(baseArguments() + resume + QStringList{QStringLiteral("--json")}, m_dir.path(), 120000);
            QVERIFY2(last.exitCode == 0, qPrintable(last.err + last.out));
            const QJsonObject summary = QJsonDocument::fromJson(last.out.toUtf8()).object();
            QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        }
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state <> 'done'").arg(run)), 0);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1").arg(run)), creates);

        // The sandbox's data: every planned company exactly once — none twice, none missing — and
        // nothing else added.
        QCOMPARE(companies() - companiesBefore, creates);
        const QHash<QString, int> names = companyNames();
        QCOMPARE(total(names), companiesBefore + creates);
        const QStringList keys = strings(QStringLiteral("SELECT match_key FROM sync_plan_items WHERE run_id = %1 AND action = 'create'").arg(run));
        QCOMPARE(qint64(keys.size()), creates);
        for (const QString &key : keys) {
            QVERIFY2(!namesBefore.contains(key), qPrintable(key));
            QVERIFY2(names.value(key) == 1, qPrintable(QStringLiteral("%1: %2 companies").arg(key).arg(names.value(key))));
        }
        // …and the engine agrees: a new plan has nothing to create and no duplicated match.
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
        const qint64 runsBefore = newestSyncRun();
        QVERIFY(runAndKill(QStringList{QStringLiteral("sync"), QStringLiteral("contacts as companies")} + common,
                           [&] {
                               const qint64 run = newestSyncRun();
                               return run > runsBefore && doneOf(run) >= 200;
                           },
                           true, &exitCode));
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
