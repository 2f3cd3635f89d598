#include "core/workspace/workspace.h"
#include "core/workspace/workspacewriter.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace crmbridge;

// The writer a sync run gives its journal and Activity writes to: its work runs on its own thread
// and connection, one piece after another in the order posted; run() waits for everything before
// it; answers come back on the poster's thread; nothing posted is lost when it is destroyed.
class TestWorkspaceWriter : public QObject
{
    Q_OBJECT

    static Status insert(Workspace &ws, int n)
    {
        return ws.transaction([n](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO t (n) VALUES (?)"));
            q.addBindValue(n);
            if (!q.exec())
                return Error::io(QStringLiteral("insert failed"));
            return {};
        });
    }

    static QList<int> rows(Workspace &ws)
    {
        QList<int> out;
        QSqlQuery q(ws.database());
        q.exec(QStringLiteral("SELECT n FROM t ORDER BY rowid"));
        while (q.next())
            out.append(q.value(0).toInt());
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inOrderOnItsOwnThread()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        QSqlQuery create(ws.value()->database());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));

        QList<int> expected;
        QList<Qt::HANDLE> answeredOn;
        Qt::HANDLE workedOn = nullptr;
        {
            WorkspaceWriter writer(*ws.value());
            for (int i = 0; i < 200; ++i) {
                expected.append(i);
                writer.post([&ws, i, &workedOn] {
                    workedOn = QThread::currentThreadId();
                    return insert(*ws.value(), i);
                }, this, [&answeredOn](const Status &s) {
                    QVERIFY(s.ok());
                    answeredOn.append(QThread::currentThreadId());
                });
            }
            // run() comes after all 200: when it returns they are in the table.
            const Status last = writer.run([&ws] { return insert(*ws.value(), 200); });
            QVERIFY(last.ok());
            expected.append(200);
            QCOMPARE(rows(*ws.value()), expected);
            QVERIFY(workedOn != QThread::currentThreadId());
            QTRY_COMPARE(answeredOn.size(), 200);
            QVERIFY(answeredOn.first() == QThread::currentThreadId());

            // Errors come back as the status.
            const Status bad = writer.run([] { return Status(Error::io(QStringLiteral("disk full"))); });
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().what, QStringLiteral("disk full"));

            // Posted just before the writer goes: still written.
            for (int i = 201; i < 260; ++i) {
                expected.append(i);
                writer.post([&ws, i] { return insert(*ws.value(), i); });
            }
        }
        QCOMPARE(rows(*ws.value()), expected);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceWriter)
#include "tst_workspacewriter.moc"
