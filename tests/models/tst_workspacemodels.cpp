#include "models/common/modelroles.h"
#include "models/workspace/objectcountsmodel.h"
#include "models/workspace/recentrunsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace crmbridge;

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

private slots:
    void objectCounts()
    {
        ObjectCountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QList<QPair<ObjectKind, qint64>> counts;
        for (const ObjectKind &kind : Workspace::objectKinds())
            counts.append({kind, kind.id == QStringLiteral("endpoints") ? 12345 : 0});
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), Workspace::objectKinds().size());
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.count(QStringLiteral("endpoints")), 12345);
        const QModelIndex endpoints = model.index(1, ObjectCountsModel::CountColumn);
        QCOMPARE(model.data(endpoints, RawValueRole).toLongLong(), 12345);
        QCOMPARE(model.data(endpoints).toString(), QLocale().toString(12345));
        QCOMPARE(model.data(model.index(1, 0), ObjectIdRole).toString(), QStringLiteral("endpoints"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kind"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.size(), 1);
    }

    void recentRuns()
    {
        RecentRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunSummary done;
        done.id = 7;
        done.title = QStringLiteral("CRM contacts → ERP customers");
        done.status = QStringLiteral("succeeded");
        done.startedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
        done.finishedAt = done.startedAt.addSecs(3725);
        RunSummary running = done;
        running.id = 8;
        running.status = QStringLiteral("running");
        running.finishedAt = QDateTime();
        model.setRuns({running, done});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, RecentRunsModel::IdColumn)).toString(), QStringLiteral("#8"));
        QCOMPARE(model.data(model.index(0, RecentRunsModel::DurationColumn)).toString(), QStringLiteral("running"));
        QCOMPARE(model.data(model.index(1, RecentRunsModel::DurationColumn)).toString(), QStringLiteral("1 h 02 min"));
        QCOMPARE(model.data(model.index(1, RecentRunsModel::DurationColumn), RawValueRole).toLongLong(), 3725);
        QCOMPARE(model.data(model.index(1, RecentRunsModel::StatusColumn)).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.data(model.index(1, RecentRunsModel::StatusColumn), RawValueRole).toString(),
                 QStringLiteral("succeeded"));
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void durations_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 42 << "42 s";
        QTest::newRow("minutes") << 125 << "2 min 05 s";
        QTest::newRow("hours") << 7260 << "2 h 01 min";
    }

    void durations()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(RecentRunsModel::formatDuration(start, start.addSecs(seconds)), expected);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceModels)
#include "tst_workspacemodels.moc"
