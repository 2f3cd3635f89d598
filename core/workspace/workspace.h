#pragma once

#include "core/common/result.h"
#include "core/workspace/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace crmbridge {

/// A kind of object a workspace holds, with the table that stores it.
struct ObjectKind
{
    QString id;    ///< stable identifier, also the table name ("endpoints")
    QString label; ///< translated, plural ("Endpoints")
};

/// One row of the run history, as the overview and `workspace info` show it.
struct RunSummary
{
    qint64 id = 0;
    QString kind;
    QString title;
    QString status;
    QDateTime startedAt;
    QDateTime finishedAt;
};

/// What a workspace holds, at a glance.
struct WorkspaceStats
{
    QString filePath;
    qint64 fileSize = 0;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString name;
    QDateTime createdAt;
    bool demo = false;
    QList<QPair<ObjectKind, qint64>> counts;
    QList<RunSummary> recentRuns;
};

/// A workspace: one SQLite file (`*.crmbridge`) holding everything an analyst saves.
///
/// Guarantees: the file is validated before SQLite opens it, and a file that is not a workspace,
/// is damaged, read-only or newer than this build is never written; WAL, foreign keys and a busy
/// timeout are always on; the schema only moves forward, each migration in one transaction; every
/// change goes through transaction(), so there is no unsaved state to lose.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr const char *FileSuffix = "crmbridge";

    enum class OpenMode {
        ReadWrite, ///< migrate if older, then read and write
        Inspect,   ///< read-only, never migrates: for `workspace info` and previews
    };

    enum class MigrationPolicy {
        Automatic, ///< ReadWrite opens bring an older schema up to date (after a backup)
        Manual,    ///< the caller calls migrate() itself (`workspace migrate`)
    };

    struct CreateOptions
    {
        QString name;
        bool demo = false;
        bool overwrite = false;
    };

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    static Result<std::unique_ptr<Workspace>> create(const QString &path, const CreateOptions &options,
                                                     const MigrationSet &migrations = MigrationSet::standard());
    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
                                                   const MigrationSet &migrations = MigrationSet::standard(),
                                                   MigrationPolicy policy = MigrationPolicy::Automatic);

    QString filePath() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_mode == OpenMode::Inspect; }
    int schemaVersion() const { return m_schemaVersion; }
    int latestSchemaVersion() const { return m_migrations.latestVersion(); }
    bool needsMigration() const { return m_schemaVersion < latestSchemaVersion(); }

    /// Brings the schema to the newest version. When the file already held data (schema >= 1),
    /// a backup copy named FILE.schema-N.bak is written first; its path is returned ("" if none).
    Result<QString> migrate();
    /// The backup the last migration wrote ("" when none was needed).
    QString migrationBackup() const { return m_migrationBackup; }
    /// The schema version the file had when it was opened.
    int openedSchemaVersion() const { return m_openedSchemaVersion; }

    /// The connection for the calling thread (one per thread, created on first use).
    QSqlDatabase database() const;
    /// Closes and forgets the calling thread's connection: call it on a worker thread before the
    /// thread ends, so no connection outlives its thread (or is met by a later thread).
    void releaseThreadConnection();

    /// Runs `work` in one transaction: commits when it returns ok, rolls back otherwise. Calls
    /// nest: an inner call is a savepoint of the outer transaction, so several store operations
    /// can be made all-or-nothing together.
    Status transaction(const std::function<Status(QSqlDatabase &)> &work);

    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);

    static QList<ObjectKind> objectKinds();
    WorkspaceStats stats(int recentRunLimit = 10) const;

    /// A consistent copy of the whole workspace (VACUUM INTO); refuses to overwrite.
    Status saveCopyAs(const QString &path) const;

    /// The SQLite library version the Qt SQL driver uses.
    static QString sqliteVersion();

    /// "what failed (file). what to do" for a failed SQL statement.
    Error sqlError(const QString &what, const QString &detail) const;

private:
    Workspace(QString path, OpenMode mode, MigrationSet migrations);

    Status openConnection();
    Status runMigrations();
    QString connectionNameForThread(QThread *thread) const;

    QString m_path;
    OpenMode m_mode;
    MigrationSet m_migrations;
    int m_schemaVersion = 0;
    int m_openedSchemaVersion = 0;
    QString m_migrationBackup;
    QString m_connectionPrefix;
    mutable QMutex m_connectionsMutex;
    mutable QHash<QThread *, QString> m_connections;
    QHash<QThread *, int> m_transactionDepth; ///< guarded by m_connectionsMutex
};

} // namespace crmbridge
