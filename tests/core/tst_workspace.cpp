#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace crmbridge;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createSetsUpTheFile()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("team.crmbridge"));
        auto ws = Workspace::create(path, {QStringLiteral("Team"), false, false});
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        QCOMPARE(ws.value()->schemaVersion(), MigrationSet::standard().latestVersion());
        QCOMPARE(ws.value()->displayName(), QStringLiteral("Team"));

        QSqlQuery query(ws.value()->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(0x43524D42));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), MigrationSet::standard().latestVersion());
    }

    void createRefusesToOverwrite()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("a.crmbridge"));
        QVERIFY(test::writeFile(path, "precious"));
        auto ws = Workspace::create(path, {});
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message().contains(QStringLiteral("already exists")));
        QVERIFY(ws.error().message().contains(QStringLiteral("a.crmbridge")));
        QCOMPARE(test::fileHash(path), QCryptographicHash::hash("precious", QCryptographicHash::Sha256).toHex());
    }

    void changesAreSavedAtOnce()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("w.crmbridge"));
        {
            auto ws = Workspace::create(path, {});
            QVERIFY(ws.ok());
            QVERIFY(ws.value()->setMeta(QStringLiteral("colour"), QStringLiteral("blue")).ok());
            // A second connection (another process would see the same) reads the change now.
            auto other = Workspace::open(path, Workspace::OpenMode::Inspect);
            QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().message()));
            QCOMPARE(other.value()->meta(QStringLiteral("colour")), QStringLiteral("blue"));
        }
        auto reopened = Workspace::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->meta(QStringLiteral("colour")), QStringLiteral("blue"));
    }

    void failedTransactionRollsBack()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        const Status status = ws.value()->transaction([](QSqlDatabase &db) -> Status {
            QSqlQuery query(db);
            query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('half', 'done')"));
            return Error::input(QStringLiteral("second half failed"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(ws.value()->meta(QStringLiteral("half"), QStringLiteral("absent")), QStringLiteral("absent"));
    }

    void transactionsNest()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        Workspace &w = *ws.value();
        // An inner failure rolls back only the inner part; the outer one decides for the whole.
        const Status outer = w.transaction([&](QSqlDatabase &db) -> Status {
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('outer', '1')"));
            const Status inner = w.transaction([](QSqlDatabase &db2) -> Status {
                QSqlQuery(db2).exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('inner', '1')"));
                return Error::input(QStringLiteral("inner failed"));
            });
            if (inner.ok())
                return Error::internal(QStringLiteral("the inner failure was lost"));
            return w.setMeta(QStringLiteral("nested"), QStringLiteral("ok")); // a nested call that succeeds
        });
        QVERIFY2(outer.ok(), qPrintable(outer.ok() ? QString() : outer.error().message()));
        QCOMPARE(w.meta(QStringLiteral("outer")), QStringLiteral("1"));
        QCOMPARE(w.meta(QStringLiteral("inner"), QStringLiteral("absent")), QStringLiteral("absent"));
        QCOMPARE(w.meta(QStringLiteral("nested")), QStringLiteral("ok"));

        // An outer failure undoes everything, inner successes included.
        const Status failed = w.transaction([&](QSqlDatabase &) -> Status {
            (void)w.setMeta(QStringLiteral("doomed"), QStringLiteral("1"));
            return Error::input(QStringLiteral("outer failed"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(w.meta(QStringLiteral("doomed"), QStringLiteral("absent")), QStringLiteral("absent"));
    }

    void foreignKeysAreEnforced()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        const Status status = ws.value()->transaction([&](QSqlDatabase &db) -> Status {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("INSERT INTO entities (endpoint_id, name, created_at, updated_at) "
                                           "VALUES (4711, 'orphan', 'x', 'x')")))
                return Error::input(query.lastError().text());
            return {};
        });
        QVERIFY(!status.ok());
        QVERIFY(status.error().what.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    }

    void migrationsMoveForwardWithABackup()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.crmbridge"));
        const MigrationSet v1({{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                                                          QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY)")}}});
        {
            auto ws = Workspace::create(path, {}, v1);
            QVERIFY(ws.ok());
            QCOMPARE(ws.value()->schemaVersion(), 1);
            QVERIFY(ws.value()->transaction([](QSqlDatabase &db) -> Status {
                QSqlQuery(db).exec(QStringLiteral("INSERT INTO things (id) VALUES (7)"));
                return {};
            }));
        }
        QList<Migration> list = v1.migrations();
        list.append({2, QStringLiteral("two"), {QStringLiteral("ALTER TABLE things ADD COLUMN label TEXT")}});
        const MigrationSet v2(list);

        // Inspecting never migrates.
        {
            auto inspect = Workspace::open(path, Workspace::OpenMode::Inspect, v2);
            QVERIFY(inspect.ok());
            QCOMPARE(inspect.value()->schemaVersion(), 1);
            QVERIFY(inspect.value()->needsMigration());
        }
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadWrite, v2);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        QCOMPARE(ws.value()->schemaVersion(), 2);
        QCOMPARE(ws.value()->openedSchemaVersion(), 1);
        QCOMPARE(ws.value()->migrationBackup(), path + QStringLiteral(".schema-1.bak"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".schema-1.bak")));
        QSqlQuery query(ws.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, label FROM things")) && query.next());
        QCOMPARE(query.value(0).toInt(), 7);
        QVERIFY(query.exec(QStringLiteral("SELECT version, description FROM schema_version ORDER BY version")));
        QStringList history;
        while (query.next())
            history << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
        QCOMPARE(history, (QStringList{QStringLiteral("1:one"), QStringLiteral("2:two")}));

        // The backup is a complete workspace of the old version.
        auto backup = Workspace::open(path + QStringLiteral(".schema-1.bak"), Workspace::OpenMode::Inspect, v2);
        QVERIFY(backup.ok());
        QCOMPARE(backup.value()->schemaVersion(), 1);
    }

    void aFailingMigrationRollsBackWhole()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("w.crmbridge"));
        const MigrationSet v1({{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")}}});
        QVERIFY(Workspace::create(path, {}, v1).ok());
        QList<Migration> list = v1.migrations();
        list.append({2, QStringLiteral("broken"),
                     {QStringLiteral("CREATE TABLE half (id INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadWrite, MigrationSet(list));
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message().contains(QStringLiteral("schema 2")));
        QVERIFY(ws.error().message().contains(QStringLiteral("rolled back")));
        auto after = Workspace::open(path, Workspace::OpenMode::Inspect, MigrationSet(list));
        QVERIFY(after.ok());
        QCOMPARE(after.value()->schemaVersion(), 1);
        QSqlQuery query(after.value()->database());
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM half")));
    }

    void statsCountEveryKind()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {QStringLiteral("Stats"), false, false});
        QVERIFY(ws.ok());
        QVERIFY(ws.value()->transaction([](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.exec(QStringLiteral("INSERT INTO endpoints (name, kind, protocol, created_at, updated_at) VALUES "
                                  "('CRM', 'CRM', 'rest', 'x', 'x'), ('ERP', 'ERP', 'rest', 'x', 'x')"));
            q.exec(QStringLiteral("INSERT INTO runs (kind, title, status, started_at, finished_at) VALUES "
                                  "('sync', 'first', 'succeeded', '2026-01-01T10:00:00.000Z', "
                                  "'2026-01-01T10:01:00.000Z'), "
                                  "('sync', 'second', 'failed', '2026-01-02T10:00:00.000Z', NULL)"));
            return {};
        }));
        const WorkspaceStats stats = ws.value()->stats();
        QCOMPARE(stats.name, QStringLiteral("Stats"));
        QCOMPARE(stats.counts.size(), Workspace::objectKinds().size());
        for (const auto &[kind, count] : stats.counts) {
            if (kind.id == QStringLiteral("endpoints"))
                QCOMPARE(count, 2);
            else if (kind.id == QStringLiteral("runs"))
                QCOMPARE(count, 2);
            else
                QCOMPARE(count, 0);
        }
        QCOMPARE(stats.recentRuns.size(), 2);
        QCOMPARE(stats.recentRuns.first().title, QStringLiteral("second")); // newest first
        QVERIFY(stats.fileSize > 0);
    }

    void saveCopyAsWritesAConsistentCopy()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {QStringLiteral("Original"), false, false});
        QVERIFY(ws.ok());
        const QString copy = dir.file(QStringLiteral("copies/w-copy.crmbridge"));
        QVERIFY(ws.value()->saveCopyAs(copy).ok());
        auto opened = Workspace::open(copy);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->displayName(), QStringLiteral("Original"));
        // Never overwrites.
        const Status again = ws.value()->saveCopyAs(copy);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message().contains(QStringLiteral("already exists")));
    }

    void eachThreadGetsItsOwnConnection()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        Workspace *workspace = ws.value().get();
        QString fromThread;
        QString mainName = workspace->database().connectionName();
        QThread *thread = QThread::create([&] {
            fromThread = workspace->meta(QStringLiteral("name"));
            QVERIFY(workspace->database().connectionName() != mainName);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(fromThread, QStringLiteral("w"));
    }

    void demoWorkspaceIsCreatedOnce()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("data/demo.crmbridge"));
        {
            auto ws = DemoWorkspace::openOrCreate(path);
            QVERIFY(ws.ok());
            QVERIFY(ws.value()->stats().demo);
            QVERIFY(ws.value()->setMeta(QStringLiteral("touched"), QStringLiteral("yes")));
        }
        auto again = DemoWorkspace::openOrCreate(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->meta(QStringLiteral("touched")), QStringLiteral("yes"));
    }

    void sqliteVersionIsKnown()
    {
        QVERIFY(Workspace::sqliteVersion().startsWith(QStringLiteral("3.")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
