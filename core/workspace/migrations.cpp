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

    list.append({3,
                 QStringLiteral("Sync: stored plan items and the write journal of each run"),
                 {
                     QStringLiteral("CREATE TABLE sync_plan_items ("
                                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                    " seq INTEGER NOT NULL,"
                                    " source_row INTEGER NOT NULL DEFAULT 0,"
                                    " source_key TEXT NOT NULL DEFAULT '',"
                                    " match_key TEXT NOT NULL DEFAULT '',"
                                    " action TEXT NOT NULL,"
                                    " target_id TEXT NOT NULL DEFAULT '',"
                                    " changes TEXT NOT NULL DEFAULT '[]',"
                                    " reasons TEXT NOT NULL DEFAULT '[]',"
                                    " payload TEXT NOT NULL DEFAULT '{}',"
                                    " source TEXT NOT NULL DEFAULT '{}',"
                                    " PRIMARY KEY (run_id, seq))"),
                     QStringLiteral("CREATE INDEX sync_plan_items_action ON sync_plan_items(run_id, action)"),
                     QStringLiteral("CREATE TABLE sync_journal ("
                                    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                    " seq INTEGER NOT NULL,"
                                    " source_key TEXT NOT NULL DEFAULT '',"
                                    " match_key TEXT NOT NULL DEFAULT '',"
                                    " action TEXT NOT NULL,"
                                    " target_id TEXT NOT NULL DEFAULT '',"
                                    " idempotency_key TEXT NOT NULL DEFAULT '',"
                                    " state TEXT NOT NULL,"
                                    " http_status INTEGER NOT NULL DEFAULT 0,"
                                    " field TEXT NOT NULL DEFAULT '',"
                                    " message TEXT NOT NULL DEFAULT '',"
                                    " hint TEXT NOT NULL DEFAULT '',"
                                    " payload TEXT NOT NULL DEFAULT '',"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " updated_at TEXT NOT NULL,"
                                    " PRIMARY KEY (run_id, seq))"),
                     QStringLiteral("CREATE INDEX sync_journal_state ON sync_journal(run_id, state)"),
                     QStringLiteral("CREATE INDEX sync_journal_match ON sync_journal(run_id, match_key)"),
                     QStringLiteral("CREATE INDEX runs_profile ON runs(profile_id, started_at)"),
                 }});

    list.append({4,
                 QStringLiteral("Orders: the lifecycle, each order's timeline, the transactional outbox and the "
                                "webhook subscribers"),
                 {
                     QStringLiteral("CREATE TABLE lifecycles ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " definition TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE UNIQUE INDEX orders_external_id ON orders(external_id) "
                                    "WHERE external_id IS NOT NULL"),
                     QStringLiteral("CREATE INDEX orders_state ON orders(state)"),
                     QStringLiteral("CREATE TABLE order_events ("
                                    " id INTEGER PRIMARY KEY,"
                                    " order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
                                    " time TEXT NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " transition TEXT NOT NULL DEFAULT '',"
                                    " from_state TEXT NOT NULL DEFAULT '',"
                                    " to_state TEXT NOT NULL DEFAULT '',"
                                    " mode TEXT NOT NULL DEFAULT '',"
                                    " outcome TEXT NOT NULL,"
                                    " request TEXT NOT NULL DEFAULT '{}',"
                                    " response TEXT NOT NULL DEFAULT '{}',"
                                    " error TEXT NOT NULL DEFAULT '',"
                                    " outbox_id INTEGER NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE INDEX order_events_order ON order_events(order_id, id)"),
                     QStringLiteral("CREATE TABLE subscribers ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " url TEXT NOT NULL,"
                                    " secret_key TEXT NOT NULL DEFAULT '',"
                                    " secret_env TEXT NOT NULL DEFAULT '',"
                                    " event_types TEXT NOT NULL DEFAULT '[]',"
                                    " enabled INTEGER NOT NULL DEFAULT 1,"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE outbox ("
                                    " id INTEGER PRIMARY KEY,"
                                    " order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
                                    " transition TEXT NOT NULL,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('action', 'event')),"
                                    " subscriber_id INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,"
                                    " payload TEXT NOT NULL DEFAULT '{}',"
                                    " idempotency_key TEXT NOT NULL UNIQUE,"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " next_attempt_at TEXT NOT NULL,"
                                    " state TEXT NOT NULL DEFAULT 'pending'"
                                    " CHECK (state IN ('pending', 'delivered', 'failed', 'discarded')),"
                                    " last_error TEXT NOT NULL DEFAULT '',"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL,"
                                    " delivered_at TEXT)"),
                     QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"),
                     QStringLiteral("CREATE INDEX outbox_order ON outbox(order_id, id)"),
                 }});

    list.append({5,
                 QStringLiteral("Activity page filters: indexes on (endpoint, id) and (status, id), so filtering "
                                "a large activity log by endpoint or status reads newest-first batches by index"),
                 {
                     QStringLiteral("CREATE INDEX activity_endpoint ON activity(endpoint, id)"),
                     QStringLiteral("CREATE INDEX activity_status ON activity(status, id)"),
                 }});

    list.append({6,
                 QStringLiteral("Sync: the analyst's field-by-field decisions on conflicts (policy ask), per profile, "
                                "with the two values each was made for"),
                 {
                     QStringLiteral("CREATE TABLE conflict_decisions ("
                                    " profile_id INTEGER NOT NULL REFERENCES sync_profiles(id) ON DELETE CASCADE,"
                                    " match_key TEXT NOT NULL,"
                                    " field TEXT NOT NULL,"
                                    " winner TEXT NOT NULL CHECK (winner IN ('source', 'target')),"
                                    " source_value TEXT NOT NULL DEFAULT '',"
                                    " target_value TEXT NOT NULL DEFAULT '',"
                                    " decided_at TEXT NOT NULL,"
                                    " decided_by TEXT NOT NULL DEFAULT '',"
                                    " PRIMARY KEY (profile_id, match_key, field))"),
                 }});

    list.append({7,
                 QStringLiteral("Sync journal: no index on (run, match key); nothing reads the journal by match key, "
                                "and every intent paid for one more b-tree insert at a random place"),
                 {
                     QStringLiteral("DROP INDEX IF EXISTS sync_journal_match"),
                 }});

    return list;
}

const MigrationSet &MigrationSet::standard()
{
    static const MigrationSet set(standardMigrations());
    return set;
}

} // namespace crmbridge
