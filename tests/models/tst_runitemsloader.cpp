// RunItemsLoader reads a run's plan items and journal on its own thread, through that thread's
// own workspace connection. That connection must be closed on the loader's thread when the loader
// goes: left behind, the Workspace met it at close from the GUI thread, where Qt refuses a
// connection of another thread ("QSqlDatabasePrivate::database: requested database does not
// belong to the calling thread", printed after every sync run in the window). loadThroughput reads
// only the chart of a run.
#include "core/sync/runstore.h"
#include "core/workspace/workspace.h"
#include "models/sync/planitemsmodel.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::sync;

class TestRunItemsLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    }

    void loadsOnItsThreadAndClosesItsConnectionThere()
    {
        test::TempDir dir;
        Workspace::CreateOptions options;
        options.name = QStringLiteral("loader");
        auto created = Workspace::create(dir.file(QStringLiteral("loader.crmbridge")), options);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message()));
        std::unique_ptr<Workspace> workspace = std::move(created.value());

        RunStore store(*workspace);
        auto run = store.createRun(QStringLiteral("sync"), 0, QStringLiteral("loader test"), RunStatus::Succeeded, {});
        QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().message()));
        PlanItem item;
        item.seq = 1;
        item.sourceKey = QStringLiteral("c-1");
        item.matchKey = QStringLiteral("ada@example.org");
        item.action = PlanAction::Create;
        item.payload = QJsonObject{{QStringLiteral("email"), QStringLiteral("ada@example.org")}};
        QVERIFY(store.savePlanItems(run.value(), {item}).ok());
        JournalEntry entry;
        entry.seq = 1;
        entry.sourceKey = item.sourceKey;
        entry.matchKey = item.matchKey;
        entry.state = JournalState::Done;
        entry.targetId = QStringLiteral("42");
        QVERIFY(store.writeJournal(run.value(), {entry}).ok());

        {
            RunItemsLoader loader(*workspace);
            QSignalSpy loaded(&loader, &RunItemsLoader::loaded);
            loader.load(run.value(), true);
            QVERIFY(loaded.wait(30000));
            const auto items = loaded.takeFirst().first().value<RunItems>();
            QVERIFY2(items.error.isEmpty(), qPrintable(items.error));
            QCOMPARE(items.items.size(), 1);
            QCOMPARE(items.journal.value(1).targetId, QStringLiteral("42"));

            // The chart of a run alone: its outcomes per second, no items and no journal to carry
            // to (and free on) the GUI thread.
            loader.loadThroughput(run.value());
            QVERIFY(loaded.wait(30000));
            const auto chart = loaded.takeFirst().first().value<RunItems>();
            QVERIFY2(chart.error.isEmpty(), qPrintable(chart.error));
            QVERIFY(chart.items.isEmpty());
            QVERIFY(chart.journal.isEmpty());
            QCOMPARE(chart.writtenPerSecond.size(), 1);
            QCOMPARE(chart.writtenPerSecond.first().y(), 1.0);
            QCOMPARE(chart.failedPerSecond.first().y(), 0.0);
        } // the loader and its thread go

        // The workspace closes with no connection of an ended thread left to it.
        workspace.reset();
    }
};

QTEST_GUILESS_MAIN(TestRunItemsLoader)
#include "tst_runitemsloader.moc"
