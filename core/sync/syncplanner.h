#pragma once

#include "core/common/result.h"
#include "core/endpoints/entity.h"
#include "core/mapping/formula/compiler.h"
#include "core/mapping/mapping.h"
#include "core/mapping/mappingengine.h"
#include "core/sync/syncplan.h"
#include "core/sync/syncprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>

namespace crmbridge::sync {

/// A JSON value as the text a match key, a diff or an id is compared by ("" for null or missing;
/// whole numbers without a decimal point).
QString jsonText(const QJsonValue &value);

/// Turns source and target records into a SyncPlan: maps each source record with the profile's
/// mapping, validates it, finds its target record by match key and diffs field by field, then
/// applies the mode and the conflict policy. Pure and synchronous — no I/O — so the exact plan
/// for given records is testable; SyncRunner feeds it from the network or a file.
///
/// Usage: prepare(), addTarget() for every target record, addSource() for every source record
/// (in source order), finish(); or, reading both sides at once, waitForTarget() first and
/// targetComplete() after the last addTarget(). Guarantees: every source record that passes the filter and the
/// cursor yields exactly one item; a blank or duplicate source match key is Invalid with its
/// reason; a key that matches several target records is a Conflict naming them. With the ask
/// policy, the profile's conflict decisions (SyncProfile::decisions) settle differing fields.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    SyncPlanner(SyncProfile profile, mapping::Mapping mapping, Entity target);
    ~SyncPlanner();

    /// Compiles the mapping, the match-key formulas and the filter; errors name the formula.
    Status prepare();
    /// Only these source keys are planned (retry-failed); the others are not counted at all.
    void restrictToSourceKeys(QSet<QString> keys) { m_only = std::move(keys); m_restricted = true; }

    void addTarget(const QJsonObject &record);
    void addSource(const QJsonObject &record, const QString &sourceKey = {});
    /// Source records mapped (restriction, cursor, filter, mapping, match key) but not matched.
    struct MappedSources
    {
        QList<PlanItem> items;
        qint64 rows = 0;     ///< records looked at
        qint64 filtered = 0; ///< left out by the cursor or the filter
        QString cursorMax;
    };
    /// Maps a page of source records, numbered from firstRow + 1, their keys at idField: the
    /// work of addSource() that needs neither the target nor the records before. Thread-safe
    /// (const, with its own evaluation context), so pages are mapped on other threads at once;
    /// addMapped() then takes them, in source order.
    MappedSources mapSources(const QJsonArray &records, const QString &idField, qint64 firstRow) const;
    void addMapped(MappedSources &&mapped);
    /// A source record that could not be read (a malformed line of a file): an Invalid item with
    /// the reader's reason, so it lands in the error file instead of vanishing.
    void addUnreadableSource(const QString &sourceKey, const QString &reason);
    /// Source records may come while the target is still being read (both are read at once):
    /// after waitForTarget(), addSource() maps each record and keeps it; targetComplete() then
    /// matches the kept ones, in order, and the records after it are matched as they come.
    void waitForTarget() { m_waitingForTarget = true; }
    void targetComplete();
    SyncPlan finish();
    /// The items planned so far, in order (an item does not change once planned).
    const QList<PlanItem> &items() const { return m_plan.items; }

    /// The match key of a target record ("" when blank); for resume's check of uncertain creates.
    QString targetKey(const QJsonObject &record);
    /// The match key a source record maps to ("" when blank).
    QString sourceKey(const QJsonObject &record);
    qint64 targetCount() const { return m_targetCount; }
    /// The ids of the target records read so far whose match key is `matchKey`.
    QStringList targetIds(const QString &matchKey) const;

private:
    void mapRecord(const QJsonObject &record, const QString &sourceKey, qint64 row, mapping::EvalContext &context,
                   MappedSources &out) const;
    /// What needs no target: the filter has passed; maps, validates, computes the match key.
    PlanItem mapOne(const QJsonObject &record, const mapping::Object &object, const QString &sourceKey, qint64 row,
                    mapping::EvalContext &context) const;
    /// What needs the whole target (and the source records before): duplicates, match, diff,
    /// mode and conflict policy.
    PlanItem matchOne(PlanItem &&mapped);
    void settle(PlanItem &&mapped);
    void appendItem(PlanItem &&item); ///< numbered and counted
    void diff(const QJsonObject &payload, const QJsonObject &target, QList<FieldChange> &changes) const;
    /// Ask: a record whose every differing field has a current decision becomes Update (the
    /// source-won fields) or Unchanged; otherwise it stays a Conflict naming what is undecided or
    /// stale.
    void applyDecisions(PlanItem &item, const QJsonObject &target) const;

    SyncProfile m_profile;
    mapping::Mapping m_mapping;
    Entity m_target;
    ConflictDecisions m_decisions; ///< the profile's decisions (ask)
    std::shared_ptr<const mapping::MappingEngine> m_engine;
    std::unique_ptr<mapping::EvalContext> m_context;
    std::optional<mapping::Formula> m_sourceKey;
    std::optional<mapping::Formula> m_targetKey;
    std::optional<mapping::Formula> m_filter;
    QHash<QString, QList<QJsonObject>> m_targets; ///< match key → target records
    QSet<QString> m_seenKeys;                     ///< source keys already planned (duplicates)
    QSet<QString> m_matchedKeys;
    QSet<QString> m_only;
    bool m_restricted = false;
    qint64 m_targetCount = 0;
    qint64 m_row = 0;
    bool m_waitingForTarget = false;
    QList<PlanItem> m_mapped; ///< mapped source records waiting for the target
    SyncPlan m_plan;
};

} // namespace crmbridge::sync
