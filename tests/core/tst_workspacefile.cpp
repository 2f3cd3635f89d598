// Opening something that is not a healthy workspace: a clear error that names the file, says
// what is wrong and what to do, and leaves the file byte-for-byte untouched.
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;

namespace {

QString makeWorkspace(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    auto ws = Workspace::create(path, {});
    if (!ws)
        return {};
    // Some content, so the file has several pages.
    (void)ws.value()->transaction([](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        for (int i = 0; i < 200; ++i) {
            q.exec(QStringLiteral("INSERT INTO audit_log (time, actor, action, details) VALUES "
                                  "('2026-01-01', 'test', 'fill', '%1')")
                       .arg(QString(200, QLatin1Char('x'))));
        }
        return {};
    });
    return path;
}

/// Edits a closed workspace with a raw SQLite connection.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void patchBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("mode");

        const int rw = int(Workspace::OpenMode::ReadWrite);
        const int ro = int(Workspace::OpenMode::Inspect);
        QTest::newRow("missing") << "missing" << "no workspace file here" << "create a workspace" << rw;
        QTest::newRow("folder") << "folder" << "folder, not a workspace" << "Choose a .crmbridge" << rw;
        QTest::newRow("empty") << "empty" << "file is empty" << "create a new workspace" << rw;
        QTest::newRow("text") << "text" << "not an SQLite database" << "Open a .crmbridge file" << rw;
        QTest::newRow("short") << "short" << "truncated" << "Restore the file" << rw;
        QTest::newRow("other sqlite") << "othersqlite" << "not made by CRM Bridge" << "Open a .crmbridge file" << rw;
        QTest::newRow("truncated") << "truncated" << "truncated" << "Restore the file" << rw;
        QTest::newRow("truncated, inspect") << "truncated" << "truncated" << "Restore the file" << ro;
        QTest::newRow("corrupt") << "corrupt" << "damaged" << "Restore the file" << rw;
        QTest::newRow("corrupt, inspect") << "corrupt" << "damaged" << "Restore the file" << ro;
        QTest::newRow("bad page size") << "pagesize" << "impossible page size" << "Restore the file" << rw;
        QTest::newRow("newer (header)") << "newer" << "newer version of CRM Bridge" << "Update CRM Bridge" << rw;
        QTest::newRow("newer (header), inspect") << "newer" << "newer version" << "Update CRM Bridge" << ro;
        QTest::newRow("newer (history)") << "newerhistory" << "newer version of CRM Bridge" << "Update CRM Bridge" << rw;
        QTest::newRow("read-only") << "readonly" << "read-only" << "writable" << rw;
    }

    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(QString, hint);
        QFETCH(int, mode);

        test::TempDir dir;
        QString path = dir.file(QStringLiteral("subject.crmbridge"));
        if (kind == QStringLiteral("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QStringLiteral("empty")) {
            QVERIFY(test::writeFile(path, {}));
        } else if (kind == QStringLiteral("text")) {
            QVERIFY(test::writeFile(path, "name,email\nAda,ada@example.com\n"));
        } else if (kind == QStringLiteral("short")) {
            QVERIFY(test::writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0')));
        } else if (kind == QStringLiteral("othersqlite")) {
            rawSql(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                          QStringLiteral("INSERT INTO songs VALUES ('la')")});
        } else if (kind != QStringLiteral("missing")) {
            path = makeWorkspace(dir, QStringLiteral("subject.crmbridge"));
            QVERIFY(!path.isEmpty());
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed on close
            const qint64 size = QFileInfo(path).size();
            QVERIFY(size > 8 * 4096);
            if (kind == QStringLiteral("truncated")) {
                QVERIFY(QFile::resize(path, size / 2));
            } else if (kind == QStringLiteral("corrupt")) {
                // Overwrite the second page (the schema's first table pages) with garbage.
                patchBytes(path, 4096, QByteArray(4096, '\xA5'));
            } else if (kind == QStringLiteral("pagesize")) {
                patchBytes(path, 16, QByteArray("\x03\x00", 2));
            } else if (kind == QStringLiteral("newer")) {
                rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
            } else if (kind == QStringLiteral("newerhistory")) {
                rawSql(path, {QStringLiteral("INSERT INTO schema_version VALUES (42, 'future', 'x')")});
            } else if (kind == QStringLiteral("readonly")) {
                QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            }
        }

        const QByteArray before = test::fileHash(path);
        auto ws = Workspace::open(path, Workspace::OpenMode(mode));
        QVERIFY2(!ws.ok(), "a bad file must not open");
        const QString message = ws.error().message();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(hint, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("subject.crmbridge")), qPrintable(message));
        QCOMPARE(test::fileHash(path), before);
        if (kind != QStringLiteral("othersqlite")) {
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        }
    }

    void readOnlyFileCanStillBeInspected()
    {
        test::TempDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("ro.crmbridge"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = test::fileHash(path);
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::Inspect);
            QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
            QCOMPARE(ws.value()->schemaVersion(), MigrationSet::standard().latestVersion());
            QVERIFY(!ws.value()->setMeta(QStringLiteral("x"), QStringLiteral("y")).ok());
        }
        QCOMPARE(test::fileHash(path), before);
    }

    // kill -9 in the middle of a checkpoint: SQLite copies the log's pages into the file page by
    // page, the header (page 1, with the new page count) first. The file is then shorter than its
    // header says, but the pages are still in the log, and SQLite completes the copy on open. The
    // window refused such a workspace as "truncated" after being killed during a sync run.
    void checkpointCutShortByACrashStillOpens()
    {
        test::TempDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("crash.crmbridge"));
        const QString copy = dir.file(QStringLiteral("crashed.crmbridge"));
        {
            auto ws = Workspace::open(path);
            QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
            QSqlQuery q(ws.value()->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))); // the new pages stay in the log
            const Status filled = ws.value()->transaction([](QSqlDatabase &db) -> Status {
                QSqlQuery insert(db);
                for (int i = 0; i < 500; ++i) {
                    insert.exec(QStringLiteral("INSERT INTO audit_log (time, actor, action, details) VALUES "
                                               "('2026-01-02', 'test', 'grow', '%1')")
                                    .arg(QString(2000, QLatin1Char('y'))));
                }
                return {};
            });
            QVERIFY(filled.ok());
            // What the disk holds when the process dies now: the file and its log (the -shm index
            // is rebuilt from the log).
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }

        // …and the checkpoint had written page 1 from the log, nothing after it.
        QFile wal(copy + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray log = wal.readAll();
        wal.close();
        QVERIFY(log.size() > 32);
        auto be32 = [&log](qsizetype at) {
            return (quint32(quint8(log[at])) << 24) | (quint32(quint8(log[at + 1])) << 16)
                | (quint32(quint8(log[at + 2])) << 8) | quint32(quint8(log[at + 3]));
        };
        const qsizetype pageSize = be32(8);
        QByteArray page1;
        for (qsizetype frame = 32; frame + 24 + pageSize <= log.size(); frame += 24 + pageSize) {
            if (be32(frame) == 1)
                page1 = log.mid(frame + 24, pageSize);
        }
        QCOMPARE(page1.size(), pageSize);
        patchBytes(copy, 0, page1);
        const qint64 promised = qint64(quint32(quint8(page1[28])) << 24 | quint32(quint8(page1[29])) << 16
                                       | quint32(quint8(page1[30])) << 8 | quint32(quint8(page1[31])))
            * pageSize;
        QVERIFY2(QFileInfo(copy).size() < promised, "the header promises pages the file does not have yet");
        const QString alone = dir.file(QStringLiteral("alone.crmbridge")); // the same file, its log lost
        QVERIFY(QFile::copy(copy, alone));

        auto reopened = Workspace::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().message()));
        QSqlQuery count(reopened.value()->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'grow'")) && count.next());
        QCOMPARE(count.value(0).toInt(), 500); // nothing lost

        // Without its log, the same file really is truncated, and is refused.
        auto refused = Workspace::open(alone);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("truncated")), qPrintable(refused.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
