// The window survives kill -9 in the middle of a run. This executable runs itself again as a child
// process ("--child run|resume WORKSPACE SETTINGS") that builds the real window on a workspace whose
// Sandbox environment points at the sandbox the PARENT runs, goes to the Syncs page and clicks Run
// (or, "resume", accepts the page's offer to resume). The parent watches the workspace's journal
// read-only and kills the child with SIGKILL once some hundreds of outcomes are recorded — at
// different points of a run of a few thousand creates. Then the parent opens the window on the
// same workspace in-process: it must offer to resume, finish the run, and leave the sandbox with
// every record exactly once (no duplicate by match key, nothing missing), the run succeeded and
// its journal complete. No hook in the product: the child is the window a user would start.
#include "core/common/appinfo.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/mapping/mappingstore.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sync/syncdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspace.h"
#include "models/sync/planitemsmodel.h"
#include "testsupport.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/prompts.h"
#include "ui/sync/failedrowsdialog.h"
#include "ui/sync/planview.h"
#include "ui/sync/runview.h"
#include "ui/sync/syncprofiledialog.h"
#include "ui/sync/syncspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace crmbridge;
using namespace crmbridge::sync;

namespace {

const QString kProfile = QStringLiteral("contacts as companies");

/// Answers from a queue (as ScriptedPrompts) and remembers every question it was asked.
class RecordingPrompts : public ScriptedPrompts
{
public:
    QStringList questions; ///< "title: text"

    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override
    {
        questions.append(title + QStringLiteral(": ") + text);
        return ScriptedPrompts::question(parent, title, text, buttons, defaultButton);
    }

    void error(QWidget *parent, const QString &title, const QString &text) override
    {
        std::fprintf(stderr, "error shown: %s: %s\n", qPrintable(title), qPrintable(text));
        ScriptedPrompts::error(parent, title, text);
    }
};

/// The child: the real window on `workspacePath`; "run" clicks Run on the profile, "resume" says
/// Yes to the offer to resume. It runs until it is killed (or the run ends, or 3 minutes pass).
int runChild(const QString &mode, const QString &workspacePath, const QString &settingsPath)
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    RecordingPrompts prompts;
    ApplicationOptions options;
    options.settingsFile = settingsPath;
    options.workspacePath = workspacePath;
    options.language = QStringLiteral("en");
    options.prompts = &prompts;
    options.sandbox = false; // the parent's sandbox, through the workspace's Sandbox environment
    if (mode == QLatin1String("resume"))
        prompts.answers.enqueue(QMessageBox::Yes); // "Resume an interrupted run?"
    Application application(options);
    application.start();
    if (!application.workspace() || !application.window()->showPage(QStringLiteral("syncs"))) {
        std::fprintf(stderr, "child: the workspace or the Syncs page did not open\n");
        return 2;
    }
    auto *page = qobject_cast<SyncsPage *>(application.window()->currentPage());
    if (!page)
        return 2;
    QObject::connect(page->runner(), &SyncRunner::finished, qApp, [](const SyncOutcome &outcome) {
        std::fprintf(stderr, "child: the run ended before the kill (status %s)\n", qPrintable(toString(outcome.status)));
        QCoreApplication::exit(3);
    });
    QTimer::singleShot(180000, qApp, [] { QCoreApplication::exit(4); });
    // The page offers to resume once the window is up (a queued call); let that happen first.
    QCoreApplication::processEvents();
    if (mode == QLatin1String("run")) {
        if (!page->selectProfile(kProfile)) {
            std::fprintf(stderr, "child: no profile %s\n", qPrintable(kProfile));
            return 2;
        }
        prompts.answers.enqueue(QMessageBox::Yes); // "Run … now?"
        QTest::mouseClick(page->runView()->runButton(), Qt::LeftButton);
    }
    for (int i = 0; i < 250 && !page->runner()->isBusy(); ++i)
        QTest::qWait(20); // the resume starts from the queued offer
    if (!page->runner()->isBusy()) {
        std::fprintf(stderr, "child: no run started; asked: %s\n", qPrintable(prompts.questions.join(QStringLiteral(" | "))));
        return 2;
    }
    return QCoreApplication::exec();
}

} // namespace

class TestSyncWindowKill : public QObject
{
    Q_OBJECT

    SandboxServer *m_sandbox = nullptr;
    test::TempDir m_dir;
    QString m_workspacePath;
    qint64 m_contacts = 0;

    qint64 probe(const QString &sql) const { return test::probeWorkspaceNumber(m_workspacePath, sql); }

    qint64 newestRun() const { return probe(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM runs WHERE kind = 'sync'")); }

    /// Starts the window as a child process and kills it (SIGKILL) once the newest run after
    /// `after` has `doneAtLeast` outcomes recorded as done. Returns true when it was killed there.
    bool runWindowAndKill(const QString &mode, qint64 after, qint64 doneAtLeast)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), mode, m_workspacePath, m_dir.file(QStringLiteral("child-settings.ini"))});
        if (!child.waitForStarted()) {
            qWarning("the child did not start: %s", qPrintable(child.errorString()));
            return false;
        }
        bool killed = false;
        QElapsedTimer clock;
        clock.start();
        while (child.state() == QProcess::Running && clock.elapsed() < 150000) {
            const qint64 done = probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE state = 'done' AND run_id = "
                                                     "(SELECT MAX(id) FROM runs WHERE kind = 'sync') AND run_id > %1")
                                          .arg(after));
            if (done >= doneAtLeast) {
                child.kill(); // SIGKILL: no chance to tidy up
                killed = true;
                break;
            }
            QTest::qWait(15);
        }
        if (!killed)
            child.kill();
        child.waitForFinished(30000);
        if (!killed)
            qWarning("the window was not killed at %lld outcomes: %s", doneAtLeast, child.readAll().constData());
        return killed;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        options.scale = 4; // ≈ 1,900 CRM contacts, each a company to create
        auto started = m_sandbox->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_contacts = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("contacts")).toInteger();
        QVERIFY(m_contacts > 1500);

        registerSyncDemoSeeder();
        m_workspacePath = m_dir.file(QStringLiteral("window-kill.crmbridge"));
        auto created = DemoWorkspace::create(m_workspacePath);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message()));
        Workspace &ws = *created.value();

        // The Sandbox environment at the addresses this test's sandbox listens on.
        EnvironmentStore environments(ws);
        auto environment = environments.find(QStringLiteral("Sandbox"));
        QVERIFY(environment.ok());
        Environment pointed = environment.value();
        for (const EnvironmentVariable &wanted : sandboxEnvironment(*m_sandbox).variables) {
            for (EnvironmentVariable &v : pointed.variables) {
                if (v.name == wanted.name)
                    v.value = wanted.value;
            }
        }
        QVERIFY(environments.save(pointed).ok());
        // The sandbox runs without its rate limits; so does the CRM endpoint (the Rate limits tab's "No limit").
        EndpointStore endpoints(ws);
        auto crm = endpoints.find(QStringLiteral("Demo CRM"));
        QVERIFY(crm.ok());
        Endpoint unlimited = crm.value();
        unlimited.rateLimit = RateLimitPresets::find(QStringLiteral("none"))->policy;
        QVERIFY(endpoints.save(unlimited).ok());

        // Every contact becomes a company: a create-heavy run.
        mapping::Mapping companyMapping;
        companyMapping.name = QStringLiteral("contact as company");
        companyMapping.rules = {
            {QStringLiteral("properties.name"), QStringLiteral("LOWER(TRIM(properties.email))"),
             {mapping::ValidationRule{mapping::ValidationRule::Kind::Required, {}, {}, {}}}, {}},
            {QStringLiteral("properties.domain"), QStringLiteral("REGEX_EXTRACT(LOWER(properties.email), \"@(.*)$\")"), {}, {}}};
        QVERIFY(mapping::MappingStore(ws).save(companyMapping).ok());
        SyncProfile p;
        p.name = kProfile;
        p.source = {QStringLiteral("Demo CRM"), QStringLiteral("contacts"), {}, {}, {}};
        p.mapping = QStringLiteral("contact as company");
        p.target = {QStringLiteral("Demo CRM"), QStringLiteral("companies"), {{QStringLiteral("properties"), QStringLiteral("name,domain")}}};
        p.mode = SyncMode::Upsert;
        p.matchKey = {QStringLiteral("properties.name"), QStringLiteral("LOWER(TRIM(properties.email))"), {}};
        p.concurrency = 6;
        QVERIFY(SyncProfileStore(ws).save(p).ok());
    }

    void init()
    {
        // A workspace connection used from a thread it does not belong to (closing the window
        // after a run printed this) fails the test.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void killNineThenTheWindowResumes_data()
    {
        QTest::addColumn<QList<double>>("killPoints"); // fractions of the contacts written when killed
        QTest::newRow("early") << QList<double>{0.12};
        QTest::newRow("middle") << QList<double>{0.5};
        // Killed, started again (it offers to resume: yes), killed again later in the same run.
        // (Not too near the end: outcomes are committed in groups, and the last group commits with
        // the run's success — a kill after it would leave nothing to resume.)
        QTest::newRow("twice") << QList<double>{0.2, 0.55};
    }

    void killNineThenTheWindowResumes()
    {
        QFETCH(QList<double>, killPoints);
        m_sandbox->reset(); // the companies of an earlier row are gone: every contact is a create again
        // Each answer a few milliseconds late: the windows' runs take seconds, so a kill lands in
        // the middle however fast the engine gets (without it a resumed run could finish between
        // two looks at the journal).
        SandboxFaults slow;
        slow.latencyMs = 8;
        m_sandbox->setFaults(SandboxSystemId::Crm, slow);
        const qint64 companiesBefore = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("companies")).toInteger();
        const qint64 before = newestRun();

        QVERIFY(runWindowAndKill(QStringLiteral("run"), before, qint64(double(m_contacts) * killPoints.first())));
        const qint64 run = newestRun();
        QVERIFY(run > before);
        // kill -9 left the run as it was: running, not all written.
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'running'").arg(run)), 1);
        for (qsizetype i = 1; i < killPoints.size(); ++i) {
            QVERIFY(runWindowAndKill(QStringLiteral("resume"), before, qint64(double(m_contacts) * killPoints.at(i))));
            QCOMPARE(newestRun(), run); // the same run went on, no new one
        }
        const qint64 creates = probe(QStringLiteral("SELECT COUNT(*) FROM sync_plan_items WHERE run_id = %1 AND action = 'create'").arg(run));
        QVERIFY(creates > 1000);
        QVERIFY(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state = 'done'").arg(run)) < creates);

        m_sandbox->clearFaults();

        // The window starts again on the same workspace, in this process.
        test::TempDir home;
        RecordingPrompts prompts;
        prompts.answers.enqueue(QMessageBox::Yes); // resume it
        ApplicationOptions options;
        options.settingsFile = home.file(QStringLiteral("settings.ini"));
        options.workspacePath = m_workspacePath;
        options.language = QStringLiteral("en");
        options.prompts = &prompts;
        options.sandbox = false;
        auto application = std::make_unique<Application>(options);
        application->start();
        QVERIFY(application->workspace());
        QVERIFY(application->window()->showPage(QStringLiteral("syncs")));
        auto *page = qobject_cast<SyncsPage *>(application->window()->currentPage());
        QVERIFY(page);
        QSignalSpy finished(page->runner(), &SyncRunner::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(prompts.questions.size(), 1);
        QVERIFY2(prompts.questions.first().contains(QStringLiteral("Run %1 of \"%2\"").arg(run).arg(kProfile)),
                 qPrintable(prompts.questions.first()));
        QVERIFY2(prompts.shownErrors.isEmpty(), qPrintable(prompts.shownErrors.join(QLatin1Char('\n'))));
        auto outcome = finished.takeFirst().first().value<SyncOutcome>();
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message() : QString()));
        QCOMPARE(outcome.runId, run);
        QCOMPARE(outcome.status, RunStatus::Succeeded);
        QCOMPARE(outcome.failedCount(), 0);

        // The run is done and its journal complete: one done outcome per planned create.
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = %1 AND status = 'succeeded'").arg(run)), 1);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM runs WHERE kind = 'sync' AND status IN ('running', 'interrupted')")), 0);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1").arg(run)), creates);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(*) FROM sync_journal WHERE run_id = %1 AND state = 'done'").arg(run)), creates);
        QCOMPARE(probe(QStringLiteral("SELECT COUNT(DISTINCT target_id) FROM sync_journal WHERE run_id = %1").arg(run)), creates);

        // The sandbox: one company per contact — none twice, none missing.
        const qint64 companiesAfter = m_sandbox->recordCounts(SandboxSystemId::Crm).value(QStringLiteral("companies")).toInteger();
        QCOMPARE(companiesAfter - companiesBefore, creates);
        // A plan in the same window, read over HTTP: nothing left to create, no key twice.
        page->tabs()->setCurrentWidget(page->planView());
        QVERIFY(page->planView()->planButton()->isEnabled());
        QTest::mouseClick(page->planView()->planButton(), Qt::LeftButton);
        QVERIFY(page->runner()->isBusy());
        QVERIFY(finished.wait(120000));
        outcome = finished.takeFirst().first().value<SyncOutcome>();
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message() : QString()));
        QCOMPARE(outcome.planned[PlanAction::Create], 0);   // nothing missing
        QCOMPARE(outcome.planned[PlanAction::Conflict], 0); // nothing duplicated
        QCOMPARE(outcome.planned[PlanAction::Unchanged], creates);

        application.reset(); // closes the window and the workspace, as quitting does
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (argc >= 5 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    TestSyncWindowKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncwindowkill.moc"
