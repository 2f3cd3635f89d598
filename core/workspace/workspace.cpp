#include "core/workspace/workspace.h"

#include "core/workspace/workspacefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace crmbridge {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString nextConnectionPrefix()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("crmbridge-workspace-%1").arg(counter.fetchAndAddOrdered(1));
}

/// Runs one statement; on failure returns the error text.
QString exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

} // namespace

Workspace::Workspace(QString path, OpenMode mode, MigrationSet migrations)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_mode(mode)
    , m_migrations(std::move(migrations))
    , m_connectionPrefix(nextConnectionPrefix())
{
}

Workspace::~Workspace()
{
    QHash<QThread *, QString> connections;
    {
        QMutexLocker lock(&m_connectionsMutex);
        connections.swap(m_connections);
    }
    for (const QString &name : std::as_const(connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Workspace::displayName() const
{
    const QString name = meta(QStringLiteral("name"));
    return name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name;
}

QString Workspace::connectionNameForThread(QThread *thread) const
{
    return m_connectionPrefix + QStringLiteral("-%1").arg(quintptr(thread), 0, 16);
}

QSqlDatabase Workspace::database() const
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_connectionsMutex);
        name = m_connections.value(thread);
        if (name.isEmpty()) {
            name = connectionNameForThread(thread);
            m_connections.insert(thread, name);
        }
    }
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (m_mode == OpenMode::Inspect && !QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        // Nobody has the file open (no WAL beside it): read it as immutable, so that looking at a
        // workspace creates no -wal/-shm files and takes no locks.
        QUrl url = QUrl::fromLocalFile(m_path);
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(m_path);
        if (m_mode == OpenMode::Inspect)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (m_mode == OpenMode::ReadWrite)
            pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

void Workspace::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&m_connectionsMutex);
        name = m_connections.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error Workspace::sqlError(const QString &what, const QString &detail) const
{
    return Error::io(what + QStringLiteral(": ") + detail, nativePath(m_path),
                     tr("If this keeps happening, the file may be damaged: restore it from a backup."));
}

Status Workspace::openConnection()
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return Error::io(tr("SQLite could not open the workspace: %1").arg(db.lastError().text()),
                         nativePath(m_path), tr("Check that the file is a workspace and readable."));
    }
    if (m_mode == OpenMode::ReadWrite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(tr("Could not switch the workspace to WAL mode"), query.lastError().text());
    }
    return {};
}

Status Workspace::runMigrations()
{
    QSqlDatabase db = database();
    if (const QString err = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                    " version INTEGER PRIMARY KEY,"
                                                    " description TEXT NOT NULL,"
                                                    " applied_at TEXT NOT NULL)"));
        !err.isEmpty()) {
        return sqlError(tr("Could not prepare the schema history"), err);
    }

    for (const Migration &migration : m_migrations.migrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (!db.transaction())
            return sqlError(tr("Could not start migration %1").arg(migration.version), db.lastError().text());
        QString failure;
        for (const QString &statement : migration.statements) {
            failure = exec(db, statement);
            if (!failure.isEmpty())
                break;
        }
        if (failure.isEmpty()) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                          "VALUES (?, ?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(migration.description);
            record.addBindValue(nowIso());
            if (!record.exec())
                failure = record.lastError().text();
        }
        if (failure.isEmpty())
            failure = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!failure.isEmpty() || !db.commit()) {
            if (failure.isEmpty())
                failure = db.lastError().text();
            db.rollback();
            return sqlError(tr("Migration to schema %1 (%2) failed and was rolled back")
                                .arg(migration.version)
                                .arg(migration.description),
                            failure);
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const CreateOptions &options,
                                                     const MigrationSet &migrations)
{
    const QString where = nativePath(path);
    const QFileInfo info(path);
    if (info.exists()) {
        if (!options.overwrite) {
            return Error::input(tr("A file already exists here"), where,
                                tr("Choose another name, or open the existing workspace."));
        }
        if (!QFile::remove(path))
            return Error::io(tr("The existing file could not be replaced"), where, tr("Check its permissions."));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::io(tr("The folder for the workspace could not be created"), where,
                         tr("Check that the location is writable."));
    }

    std::unique_ptr<Workspace> workspace(new Workspace(path, OpenMode::ReadWrite, migrations));
    auto fail = [&](const Error &error) -> Result<std::unique_ptr<Workspace>> {
        workspace.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return error;
    };

    {
        QSqlDatabase db = workspace->database();
        if (!db.isOpen()) {
            return fail(Error::io(tr("The workspace file could not be created: %1").arg(db.lastError().text()),
                                  where, tr("Check that the location is writable and the disk is not full.")));
        }
        const QString err
            = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceFile::ApplicationId));
        if (!err.isEmpty())
            return fail(workspace->sqlError(tr("The workspace file could not be initialised"), err));
    }
    if (Status s = workspace->openConnection(); !s)
        return fail(s.error());
    if (Status s = workspace->runMigrations(); !s)
        return fail(s.error());

    const QString name = options.name.isEmpty() ? info.completeBaseName() : options.name;
    const Status metaWritten = workspace->transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), nowIso()},
            {QStringLiteral("created_by"), QStringLiteral("CRM Bridge ") + QStringLiteral(CRMBRIDGE_VERSION)},
            {QStringLiteral("demo"), options.demo ? QStringLiteral("1") : QStringLiteral("0")},
        };
        for (const auto &[key, value] : rows) {
            query.addBindValue(key);
            query.addBindValue(value);
            if (!query.exec())
                return workspace->sqlError(tr("Could not write the workspace's details"), query.lastError().text());
        }
        return {};
    });
    if (!metaWritten)
        return fail(metaWritten.error());
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode,
                                                   const MigrationSet &migrations, MigrationPolicy policy)
{
    const auto access
        = mode == OpenMode::ReadWrite ? WorkspaceFile::Access::ReadWrite : WorkspaceFile::Access::ReadOnly;
    Result<WorkspaceHeader> header = WorkspaceFile::inspect(path, migrations.latestVersion(), access);
    if (!header)
        return header.error();

    const QString where = nativePath(path);

    // First look through a read-only connection: a damaged file must not be written to.
    {
        std::unique_ptr<Workspace> probe(new Workspace(path, OpenMode::Inspect, migrations));
        QSqlDatabase db = probe->database();
        if (!db.isOpen()) {
            return Error::input(tr("The workspace file could not be read by SQLite: %1").arg(db.lastError().text()),
                                where, tr("Restore the file from a backup or a copy."));
        }
        QSqlQuery query(db);
        if (header->fileSize <= WorkspaceFile::QuickCheckLimit) {
            if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()
                || query.value(0).toString() != QStringLiteral("ok")) {
                const QString detail
                    = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
                return Error::input(tr("The workspace file is damaged: %1").arg(detail), where,
                                    tr("Restore the file from a backup or a copy. The file was not changed."));
            }
        }
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next()) {
            return Error::input(tr("The workspace file is damaged or incomplete: its schema history cannot be "
                                   "read (%1)")
                                    .arg(query.lastError().text()),
                                where, tr("Restore the file from a backup or a copy. The file was not changed."));
        }
        const int version = query.value(0).toInt();
        if (version > migrations.latestVersion()) {
            return Error::config(tr("This workspace was written by a newer version of CRM Bridge (schema %1; this "
                                    "version knows up to %2)")
                                     .arg(version)
                                     .arg(migrations.latestVersion()),
                                 where, tr("Update CRM Bridge to open it. The file was not changed."));
        }
    }

    std::unique_ptr<Workspace> workspace(new Workspace(path, mode, migrations));
    if (Status s = workspace->openConnection(); !s)
        return s.error();
    {
        QSqlQuery query(workspace->database());
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
            return workspace->sqlError(tr("Could not read the schema version"), query.lastError().text());
        workspace->m_schemaVersion = query.value(0).toInt();
        workspace->m_openedSchemaVersion = workspace->m_schemaVersion;
    }
    if (mode == OpenMode::ReadWrite && policy == MigrationPolicy::Automatic && workspace->needsMigration()) {
        Result<QString> migrated = workspace->migrate();
        if (!migrated)
            return migrated.error();
    }
    return workspace;
}

Result<QString> Workspace::migrate()
{
    if (m_mode != OpenMode::ReadWrite) {
        return Error::usage(tr("A workspace opened for inspection cannot be migrated"),
                            tr("Open it for writing."));
    }
    if (!needsMigration())
        return QString();
    QString backup;
    if (m_schemaVersion >= 1) {
        backup = m_path + QStringLiteral(".schema-%1.bak").arg(m_schemaVersion);
        QFile::remove(backup);
        if (Status s = saveCopyAs(backup); !s) {
            return Error::io(tr("Could not write a backup before migrating (%1)").arg(s.error().what),
                             nativePath(backup), tr("Free some disk space or make the folder writable."));
        }
    }
    if (Status s = runMigrations(); !s)
        return s.error();
    m_migrationBackup = backup;
    return backup;
}

Status Workspace::transaction(const std::function<Status(QSqlDatabase &)> &work)
{
    if (m_mode != OpenMode::ReadWrite) {
        return Error::usage(tr("This workspace is open read-only"),
                            tr("Open it for writing to change it."));
    }
    QSqlDatabase db = database();
    QThread *thread = QThread::currentThread();
    int depth = 0;
    {
        QMutexLocker lock(&m_connectionsMutex);
        depth = m_transactionDepth.value(thread);
        m_transactionDepth.insert(thread, depth + 1);
    }
    auto leave = qScopeGuard([&] {
        QMutexLocker lock(&m_connectionsMutex);
        m_transactionDepth.insert(thread, depth);
    });

    if (depth > 0) {
        // Nested: a savepoint inside the caller's transaction.
        const QString savepoint = QStringLiteral("crmbridge_%1").arg(depth);
        if (const QString err = exec(db, QStringLiteral("SAVEPOINT ") + savepoint); !err.isEmpty())
            return sqlError(tr("Could not start a transaction"), err);
        Status status = work(db);
        if (!status) {
            (void)exec(db, QStringLiteral("ROLLBACK TO ") + savepoint);
            (void)exec(db, QStringLiteral("RELEASE ") + savepoint);
            return status;
        }
        if (const QString err = exec(db, QStringLiteral("RELEASE ") + savepoint); !err.isEmpty())
            return sqlError(tr("Could not save the change"), err);
        return {};
    }

    if (!db.transaction())
        return sqlError(tr("Could not start a transaction"), db.lastError().text());
    Status status = work(db);
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(tr("Could not save the change"), detail);
    }
    return {};
}

QString Workspace::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Workspace::setMeta(const QString &key, const QString &value)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(tr("Could not save the workspace's details"), query.lastError().text());
        return {};
    });
}

QList<ObjectKind> Workspace::objectKinds()
{
    return {
        {QStringLiteral("environments"), tr("Environments")},
        {QStringLiteral("endpoints"), tr("Endpoints")},
        {QStringLiteral("entities"), tr("Entities")},
        {QStringLiteral("mappings"), tr("Mappings")},
        {QStringLiteral("sync_profiles"), tr("Sync profiles")},
        {QStringLiteral("runs"), tr("Runs")},
        {QStringLiteral("orders"), tr("Orders")},
        {QStringLiteral("reconcile_sessions"), tr("Reconciliation sessions")},
        {QStringLiteral("activity"), tr("Recorded requests")},
    };
}

WorkspaceStats Workspace::stats(int recentRunLimit) const
{
    WorkspaceStats stats;
    stats.filePath = m_path;
    stats.fileSize = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    stats.schemaVersion = m_schemaVersion;
    stats.latestSchemaVersion = latestSchemaVersion();
    stats.name = displayName();
    stats.createdAt = QDateTime::fromString(meta(QStringLiteral("created_at")), Qt::ISODateWithMs);
    stats.demo = meta(QStringLiteral("demo")) == QStringLiteral("1");

    QSqlDatabase db = database();
    for (const ObjectKind &kind : objectKinds()) {
        QSqlQuery query(db);
        qint64 count = 0;
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + kind.id) && query.next())
            count = query.value(0).toLongLong();
        stats.counts.append({kind, count});
    }

    QSqlQuery runs(db);
    runs.prepare(QStringLiteral("SELECT id, kind, title, status, started_at, finished_at FROM runs "
                                "ORDER BY started_at DESC, id DESC LIMIT ?"));
    runs.addBindValue(recentRunLimit);
    if (runs.exec()) {
        while (runs.next()) {
            RunSummary run;
            run.id = runs.value(0).toLongLong();
            run.kind = runs.value(1).toString();
            run.title = runs.value(2).toString();
            run.status = runs.value(3).toString();
            run.startedAt = QDateTime::fromString(runs.value(4).toString(), Qt::ISODateWithMs);
            run.finishedAt = QDateTime::fromString(runs.value(5).toString(), Qt::ISODateWithMs);
            stats.recentRuns.append(run);
        }
    }
    return stats;
}

Status Workspace::saveCopyAs(const QString &path) const
{
    const QString where = nativePath(path);
    if (QFileInfo::exists(path)) {
        return Error::input(tr("A file already exists here"), where,
                            tr("Choose another name; a copy never overwrites a file."));
    }
    if (QFileInfo(path).absoluteFilePath() == m_path)
        return Error::input(tr("A copy cannot replace the workspace itself"), where, tr("Choose another name."));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!query.exec()) {
        QFile::remove(path);
        return Error::io(tr("The copy could not be written: %1").arg(query.lastError().text()), where,
                         tr("Check that the folder is writable and the disk is not full."));
    }
    return {};
}

QString Workspace::sqliteVersion()
{
    static const QString version = [] {
        const QString name = QStringLiteral("crmbridge-sqlite-version");
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                    result = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return version;
}

} // namespace crmbridge
