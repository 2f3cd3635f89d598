#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h" // EnumArg
#include "core/sync/conflictdecisions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace crmbridge::sync {

/// What a sync does with the records it matches (or does not match) in the target.
enum class SyncMode {
    Insert, ///< create records missing from the target; never touch existing ones
    Update, ///< update matched records; never create
    Upsert, ///< create missing records and update matched ones
    Mirror, ///< upsert, and archive target records the source no longer has (needs confirmation)
};

/// Who wins when a matched target record differs from what the mapping computes.
enum class ConflictPolicy {
    SourceWins, ///< the mapped source value overwrites the target
    TargetWins, ///< the target keeps every non-blank value; only blank target fields are filled
    NewerWins,  ///< the record with the later timestamp wins (timestamps from the profile)
    Ask,        ///< every differing matched record is a conflict for the analyst to decide
};

QString toString(EnumArg<SyncMode> mode);
QString toString(EnumArg<ConflictPolicy> policy);
Result<SyncMode> syncModeFromString(const QString &text);
Result<ConflictPolicy> conflictPolicyFromString(const QString &text);

/// Where a sync reads from: an entity of an endpoint, or a file (CSV, JSON Lines, JSON array).
struct SyncSource
{
    QString endpoint;
    QString entity;
    QString file;       ///< when set, the source is this file and endpoint/entity are unused
    QString fileFormat; ///< csv|jsonl|json; "" = from the file's suffix
    QList<QPair<QString, QString>> query; ///< extra list query (HubSpot `properties=…`)
    bool isFile() const { return !file.isEmpty(); }
    friend bool operator==(const SyncSource &, const SyncSource &) = default;
};

/// Where a sync writes: an entity of an endpoint.
struct SyncTarget
{
    QString endpoint;
    QString entity;
    QList<QPair<QString, QString>> query; ///< extra list query when the target is read
    friend bool operator==(const SyncTarget &, const SyncTarget &) = default;
};

/// How a source record finds its target record: the source formula's value equals the target
/// field's value (or, when targetFormula is set, that formula over the target record). Both
/// sides compare as text.
struct MatchKey
{
    QString targetField;   ///< path in the target record: "email", "properties.erp_order_no", "id"
    QString sourceFormula; ///< over the source record: LOWER(TRIM(properties.email))
    QString targetFormula; ///< optional, over the target record: LOWER(TRIM(email))
    friend bool operator==(const MatchKey &, const MatchKey &) = default;
};

/// An incremental cursor: only source records whose `field` is later than the stored high-water
/// mark are planned; the mark moves to the latest value seen only when a run succeeds.
struct IncrementalCursor
{
    QString field;         ///< source path, e.g. updatedAt or properties.lastmodifieddate
    QString highWaterMark; ///< ISO 8601 text ("" = never run: everything is read)
    bool isSet() const { return !field.isEmpty(); }
    friend bool operator==(const IncrementalCursor &, const IncrementalCursor &) = default;
};

/// How a record missing from the target is created.
enum class CreateStyle {
    Create,      ///< the entity's create operation (POST), with an Idempotency-Key
    UpdateByKey, ///< the entity's update operation at {id} = the match key (Mailchimp PUT upsert)
};
QString toString(EnumArg<CreateStyle> style);

/// A sync profile: source → mapping → target with mode, match key, filter, cursor, batch size,
/// concurrency and conflict policy. A plain value with a stable JSON form (SyncProfileJson):
/// what the workspace stores is exactly what `sync-profile show --json` prints.
struct SyncProfile
{
    qint64 id = 0; ///< workspace row id (0 = not saved); not part of the JSON
    QString name;
    QString description;
    SyncSource source;
    QString mapping; ///< name of a mapping in the workspace
    SyncTarget target;
    SyncMode mode = SyncMode::Upsert;
    MatchKey matchKey;
    QString filter; ///< formula over the source record; records where it is not true are skipped
    IncrementalCursor cursor;
    int batchSize = 0;   ///< 0 or 1 = one request per record; 2–100 = batch endpoints when the entity has them
    int concurrency = 6; ///< requests in flight (also bounded by the endpoint's rate-limit policy)
    ConflictPolicy conflictPolicy = ConflictPolicy::SourceWins;
    QString sourceTimestamp; ///< NewerWins: source path of the record's last change (updatedAt)
    QString targetTimestamp; ///< NewerWins: target path of the record's last change (updated_at)
    CreateStyle createStyle = CreateStyle::Create;
    /// Target paths sent when creating but never compared or updated (Mailchimp `status_if_new`).
    QStringList createOnlyFields;
    /// Ask: the analyst's field-by-field decisions (table conflict_decisions, not part of the
    /// JSON). SyncProfileStore::find and SyncRunner load them; the planner applies them.
    QList<ConflictDecision> decisions;
    friend bool operator==(const SyncProfile &, const SyncProfile &) = default;
};

/// Stable JSON for profiles: alphabetical keys, every field written, so it diffs cleanly.
class SyncProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(SyncProfileJson)

public:
    static constexpr int FormatVersion = 1;
    static QJsonObject toJson(const SyncProfile &profile);
    static QByteArray toBytes(const SyncProfile &profile);
    /// The first bad field is named with its path (`where` prefixes it, e.g. a file name).
    static Result<SyncProfile> fromJson(const QJsonObject &json, const QString &where = {});
    static Result<SyncProfile> fromBytes(const QByteArray &bytes, const QString &where = {});
    /// Checks that make a profile runnable: names set, batch size 0–100, concurrency 1–64,
    /// NewerWins with both timestamps. Does not look the names up in a workspace.
    static Status validate(const SyncProfile &profile);
};

} // namespace crmbridge::sync
