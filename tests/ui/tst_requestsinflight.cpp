// The status bar's "requests in flight" slot, in the real window on the demo workspace: a slow
// request (the sandbox CRM answers after a delay) shows 1 while it runs and 0 when it is done,
// and the exchange lands in the Activity table through the window's one recorder.
#include "core/common/appinfo.h"
#include "core/net/activityrecorder.h"
#include "core/sandbox/sandboxserver.h"
#include "models/common/requestcounter.h"
#include "models/endpoints/connectiontester.h"
#include "testsupport.h"
#include "ui/endpoints/endpointspage.h"
#include "ui/endpoints/entitiestab.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/prompts.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;

class TestRequestsInFlight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1");
    }

    void slowRequestShowsOneThenZero()
    {
        test::TempDir dir;
        AppInfo::apply();
        QFile::remove(AppInfo::demoWorkspacePath());
        ScriptedPrompts prompts;
        ApplicationOptions options;
        options.settingsFile = dir.file(QStringLiteral("app.ini"));
        options.language = QStringLiteral("en");
        options.prompts = &prompts;
        Application app(options);
        app.start();
        QVERIFY2(prompts.shownErrors.isEmpty(), qPrintable(prompts.shownErrors.join(u'\n')));
        QVERIFY(app.sandbox().isRunning());
        QVERIFY(app.activity());
        auto *slot = app.window()->findChild<QLabel *>(QStringLiteral("requestsStatus"));
        QVERIFY(slot);
        QCOMPARE(slot->text(), QStringLiteral("0 requests in flight"));

        SandboxFaults slow;
        slow.latencyMs = 1500;
        app.sandbox().setFaults(SandboxSystemId::Crm, slow);

        QVERIFY(app.window()->showPage(QStringLiteral("endpoints")));
        auto *page = qobject_cast<EndpointsPage *>(app.window()->currentPage());
        QVERIFY(page);
        QVERIFY(page->selectEndpoint(QStringLiteral("Demo CRM")));
        page->entitiesTab()->selectEntity(QStringLiteral("contacts"));
        QSignalSpy finished(&page->tester(), &ConnectionTester::finished);
        QSignalSpy counts(&app.requests(), &RequestCounter::inFlightChanged);
        page->testConnection();
        QTRY_COMPARE(slot->text(), QStringLiteral("1 request in flight"));
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(slot->text(), QStringLiteral("0 requests in flight"));
        QVERIFY(app.window()->statusText().contains(QStringLiteral("0 requests in flight")));
        QVERIFY(counts.size() >= 2);
        QCOMPARE(counts.first().first().toInt(), 1);
        QCOMPARE(counts.last().first().toInt(), 0);

        // The page recorded through the window's recorder: the Activity page lists the exchange.
        QVERIFY(app.activity()->flush().ok());
        auto recent = ActivityRecorder::recent(*app.workspace(), 10, QStringLiteral("Demo CRM"));
        QVERIFY(recent.ok());
        QVERIFY(!recent->isEmpty());
        app.sandbox().clearFaults();
    }
};

QTEST_MAIN(TestRequestsInFlight)
#include "tst_requestsinflight.moc"
