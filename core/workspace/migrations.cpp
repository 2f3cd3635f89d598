#include "core/workspace/migrations.h"

#include <algorithm>

namespace crmbridge {

MigrationSet::MigrationSet(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int MigrationSet::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

// The schema. Append new migrations at the end; never edit one that has shipped.
static QList<Migration> standardMigrations()
{
    QList<Migration> list;

    list.append({1,
                 QStringLiteral("Workspace objects: environments, endpoints, entities, mappings, "
                                "sync profiles, runs, orders, reconciliation sessions, activity, "
                                "audit log"),
                 {
                     QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
                     QStringLiteral("CREATE TABLE environments ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " production INTEGER NOT NULL DEFAULT 0,"
                                    " variables TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE endpoints ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " kind TEXT NOT NULL,"
                                    " protocol TEXT NOT NULL,"
                                    " base_url TEXT NOT NULL DEFAULT '',"
                                    " config TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE entities ("
                                    " id INTEGER PRIMARY KEY,"
                                    " endpoint_id INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE "
                                    "CASCADE,"
                                    " name TEXT NOT NULL,"
                                    " config TEXT NOT NULL DEFAULT '{}',"
                                    " schema TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL,"
                                    " UNIQUE (endpoint_id, name))"),
                     QStringLiteral("CREATE TABLE mappings ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " definition TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE sync_profiles ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " definition TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE runs ("
                                    " id INTEGER PRIMARY KEY,"
                                    " profile_id INTEGER REFERENCES sync_profiles(id) ON DELETE SET "
                                    "NULL,"
                                    " kind TEXT NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " status TEXT NOT NULL,"
                                    " started_at TEXT NOT NULL,"
                                    " finished_at TEXT,"
                                    " summary TEXT NOT NULL DEFAULT '{}')"),
                     QStringLiteral("CREATE INDEX runs_started ON runs(started_at)"),
                     QStringLiteral("CREATE TABLE orders ("
                                    " id INTEGER PRIMARY KEY,"
                                    " external_id TEXT,"
                                    " state TEXT NOT NULL,"
                                    " data TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE reconcile_sessions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL,"
                                    " status TEXT NOT NULL,"
                                    " definition TEXT NOT NULL DEFAULT '{}',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE activity ("
                                    " id INTEGER PRIMARY KEY,"
                                    " time TEXT NOT NULL,"
                                    " endpoint TEXT,"
                                    " method TEXT NOT NULL,"
                                    " url TEXT NOT NULL,"
                                    " status INTEGER,"
                                    " duration_ms INTEGER,"
                                    " bytes INTEGER,"
                                    " retry INTEGER NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE INDEX activity_time ON activity(time)"),
                     QStringLiteral("CREATE TABLE audit_log ("
                                    " id INTEGER PRIMARY KEY,"
                                    " time TEXT NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " object_kind TEXT,"
                                    " object_id TEXT,"
                                    " details TEXT)"),
                 }});

    list.append({2,
                 QStringLiteral("Activity details: error text and the redacted, size-limited request and "
                                "response for the inspector"),
                 {
                     QStringLiteral("ALTER TABLE activity ADD COLUMN error TEXT"),
                     QStringLiteral("ALTER TABLE activity ADD COLUMN details TEXT NOT NULL DEFAULT '{}'"),
                 }});

    return list;
}

const MigrationSet &MigrationSet::standard()
{
    static const MigrationSet set(standardMigrations());
    return set;
}

} // namespace crmbridge
