#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h" // EnumArg
#include "core/sync/conflictdecisions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace crmbridge::sync {

/// What a plan does with one record.
enum class PlanAction {
    Create,    ///< no target record matches: one will be created
    Update,    ///< a target record matches and differs: the listed fields change
    Unchanged, ///< a target record matches and nothing differs (or the policy keeps the target)
    Skip,      ///< the mode does not act on it (insert: already there; update: no match)
    Invalid,   ///< the mapping or a validation rejects it, or its match key is blank/duplicated
    Conflict,  ///< the policy cannot decide (ask; several target matches; newer-wins without dates)
    Archive,   ///< mirror: a target record no source record matches
};
inline constexpr int PlanActionCount = 7;

QString toString(EnumArg<PlanAction> action);
Result<PlanAction> planActionFromString(const QString &text);
/// Create, Update and Archive write to the target; the others do not.
bool isWriteAction(PlanAction action);

/// One field that an update changes: the target's current value and the mapped one.
struct FieldChange
{
    QString field; ///< target path (properties.phone)
    QJsonValue before;
    QJsonValue after;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// A reason a record is invalid or in conflict, with the field it concerns ("" = the record).
struct PlanReason
{
    QString field;
    QString message;
    friend bool operator==(const PlanReason &, const PlanReason &) = default;
};

/// One record of a plan. `seq` orders the items and is the journal's key; `sourceRow` is the
/// 1-based position in the source (a file's record number, an endpoint's listing order).
struct PlanItem
{
    int seq = 0;
    qint64 sourceRow = 0;
    QString sourceKey; ///< the source record's id (file: its row number)
    QString matchKey;  ///< the computed match key ("" when it could not be computed)
    PlanAction action = PlanAction::Skip;
    QString targetId;  ///< the matched target record's id (Update, Unchanged, Archive)
    QList<FieldChange> changes; ///< Update (and Conflict: what would change)
    QList<PlanReason> reasons;  ///< Invalid, Conflict, Skip
    QJsonObject payload;        ///< the mapped target record that a write sends
    /// payload as compact JSON: what is stored with the run and sent. Made once (when the plan is
    /// stored, or read back from the workspace); reset it if payload changes after that.
    const QByteArray &payloadJson() const;
    QJsonObject source;         ///< the source record, for the error file and retries

    QJsonObject toJson() const; ///< {seq, row, source_key, match_key, action, target_id, changes, reasons}
    mutable QByteArray payloadBytes; ///< payloadJson()'s cache
};

/// Counts per action.
struct PlanCounts
{
    std::array<qint64, PlanActionCount> byAction{};
    qint64 filtered = 0; ///< left out by the filter formula or the incremental cursor
    qint64 &operator[](PlanAction action) { return byAction[std::size_t(action)]; }
    qint64 operator[](PlanAction action) const { return byAction[std::size_t(action)]; }
    qint64 total() const;
    qint64 writes() const; ///< Create + Update + Archive
    QJsonObject toJson() const; ///< {"create": n, "update": n, …, "filtered": n}
};

/// A dry-run result: one item per source record (plus Archive items for mirror), in source order.
struct SyncPlan
{
    QString profileName;
    QList<PlanItem> items;
    PlanCounts counts;
    QString cursorMax; ///< the latest incremental-cursor value among the planned records
    QStringList warnings; ///< e.g. "target has 3 duplicate match keys"
    /// Ask: the decisions the plan was made with; writeCsv fills a conflict field's `decision`
    /// cell with its current one, so an exported file round-trips through sync-profile decide.
    QList<ConflictDecision> decisions;

    /// Writes the plan as CSV: seq,row,source_key,match_key,action,target_id,field,before,after,reason,
    /// decision — one line per changed field or reason (at least one per item). `decision` holds a
    /// conflict field's current decision (source or target), else it is blank for the user to fill
    /// (DecisionCsvReader reads it back).
    Status writeCsv(const QString &path) const;
};

} // namespace crmbridge::sync
