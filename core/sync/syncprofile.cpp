#include "core/sync/syncprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

template<typename E>
struct Names
{
    E value;
    const char *name;
};

constexpr Names<SyncMode> ModeNames[] = {
    {SyncMode::Insert, "insert"}, {SyncMode::Update, "update"}, {SyncMode::Upsert, "upsert"}, {SyncMode::Mirror, "mirror"}};
constexpr Names<ConflictPolicy> PolicyNames[] = {{ConflictPolicy::SourceWins, "source-wins"},
                                                 {ConflictPolicy::TargetWins, "target-wins"},
                                                 {ConflictPolicy::NewerWins, "newer-wins"},
                                                 {ConflictPolicy::Ask, "ask"}};
constexpr Names<CreateStyle> CreateNames[] = {{CreateStyle::Create, "create"}, {CreateStyle::UpdateByKey, "update-by-key"}};

template<typename E, std::size_t N>
QString nameOf(const Names<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Names<E> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString allNames(const Names<E> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromLatin1(entry.name));
    return names.join(u", "_s);
}

QJsonArray queryToJson(const QList<QPair<QString, QString>> &query)
{
    QJsonArray out;
    for (const auto &[name, value] : query)
        out.append(QJsonArray{name, value});
    return out;
}

} // namespace

QString toString(EnumArg<SyncMode> mode)
{
    return nameOf(ModeNames, mode.value);
}

QString toString(EnumArg<ConflictPolicy> policy)
{
    return nameOf(PolicyNames, policy.value);
}

QString toString(EnumArg<CreateStyle> style)
{
    return nameOf(CreateNames, style.value);
}

Result<SyncMode> syncModeFromString(const QString &text)
{
    if (auto v = valueOf(ModeNames, text))
        return *v;
    return Error::input(SyncProfileJson::tr("Unknown sync mode '%1'").arg(text), {},
                        SyncProfileJson::tr("Use one of: %1.").arg(allNames(ModeNames)));
}

Result<ConflictPolicy> conflictPolicyFromString(const QString &text)
{
    if (auto v = valueOf(PolicyNames, text))
        return *v;
    return Error::input(SyncProfileJson::tr("Unknown conflict policy '%1'").arg(text), {},
                        SyncProfileJson::tr("Use one of: %1.").arg(allNames(PolicyNames)));
}

QJsonObject SyncProfileJson::toJson(const SyncProfile &p)
{
    // QJsonObject keeps keys sorted, so the text is stable.
    return QJsonObject{
        {u"format_version"_s, FormatVersion},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"source"_s, QJsonObject{{u"endpoint"_s, p.source.endpoint},
                                  {u"entity"_s, p.source.entity},
                                  {u"file"_s, p.source.file},
                                  {u"file_format"_s, p.source.fileFormat},
                                  {u"query"_s, queryToJson(p.source.query)}}},
        {u"mapping"_s, p.mapping},
        {u"target"_s, QJsonObject{{u"endpoint"_s, p.target.endpoint},
                                  {u"entity"_s, p.target.entity},
                                  {u"query"_s, queryToJson(p.target.query)}}},
        {u"mode"_s, toString(p.mode)},
        {u"match_key"_s, QJsonObject{{u"target_field"_s, p.matchKey.targetField},
                                     {u"source_formula"_s, p.matchKey.sourceFormula},
                                     {u"target_formula"_s, p.matchKey.targetFormula}}},
        {u"filter"_s, p.filter},
        {u"cursor"_s, QJsonObject{{u"field"_s, p.cursor.field}, {u"high_water_mark"_s, p.cursor.highWaterMark}}},
        {u"batch_size"_s, p.batchSize},
        {u"concurrency"_s, p.concurrency},
        {u"conflict_policy"_s, toString(p.conflictPolicy)},
        {u"source_timestamp"_s, p.sourceTimestamp},
        {u"target_timestamp"_s, p.targetTimestamp},
        {u"create_style"_s, toString(p.createStyle)},
        {u"create_only_fields"_s, QJsonArray::fromStringList(p.createOnlyFields)},
    };
}

QByteArray SyncProfileJson::toBytes(const SyncProfile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

Result<SyncProfile> SyncProfileJson::fromJson(const QJsonObject &json, const QString &where)
{
    auto at = [&where](const QString &path) { return where.isEmpty() ? path : where + u": "_s + path; };
    auto bad = [&](const QString &path, const QString &what) {
        return Error::input(tr("The sync profile has a bad value at '%1': %2").arg(path, what), where,
                            tr("Fix the profile (see docs/sync.md) and try again."));
    };
    const int version = json.value(u"format_version"_s).toInt(FormatVersion);
    if (version > FormatVersion) {
        return Error::input(tr("The sync profile has format version %1; this build reads up to %2").arg(version).arg(FormatVersion),
                            where, tr("Update CRM Bridge."));
    }
    auto text = [&](const QJsonObject &o, const QString &key, const QString &path, QString *out) -> std::optional<Error> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            out->clear();
            return std::nullopt;
        }
        if (!v.isString())
            return bad(path, tr("a text is expected"));
        *out = v.toString();
        return std::nullopt;
    };
    auto query = [&](const QJsonValue &v, const QString &path, QList<QPair<QString, QString>> *out) -> std::optional<Error> {
        out->clear();
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                out->append({it.key(), it.value().toString()});
            return std::nullopt;
        }
        if (!v.isArray())
            return bad(path, tr("a list of [name, value] pairs is expected"));
        for (const QJsonValue &pair : v.toArray()) {
            const QJsonArray a = pair.toArray();
            if (a.size() != 2 || !a.at(0).isString())
                return bad(path, tr("a list of [name, value] pairs is expected"));
            out->append({a.at(0).toString(), a.at(1).toString()});
        }
        return std::nullopt;
    };

    SyncProfile p;
    if (auto e = text(json, u"name"_s, at(u"name"_s), &p.name))
        return *e;
    if (auto e = text(json, u"description"_s, at(u"description"_s), &p.description))
        return *e;
    const QJsonObject source = json.value(u"source"_s).toObject();
    if (auto e = text(source, u"endpoint"_s, at(u"source.endpoint"_s), &p.source.endpoint))
        return *e;
    if (auto e = text(source, u"entity"_s, at(u"source.entity"_s), &p.source.entity))
        return *e;
    if (auto e = text(source, u"file"_s, at(u"source.file"_s), &p.source.file))
        return *e;
    if (auto e = text(source, u"file_format"_s, at(u"source.file_format"_s), &p.source.fileFormat))
        return *e;
    if (auto e = query(source.value(u"query"_s), at(u"source.query"_s), &p.source.query))
        return *e;
    if (auto e = text(json, u"mapping"_s, at(u"mapping"_s), &p.mapping))
        return *e;
    const QJsonObject target = json.value(u"target"_s).toObject();
    if (auto e = text(target, u"endpoint"_s, at(u"target.endpoint"_s), &p.target.endpoint))
        return *e;
    if (auto e = text(target, u"entity"_s, at(u"target.entity"_s), &p.target.entity))
        return *e;
    if (auto e = query(target.value(u"query"_s), at(u"target.query"_s), &p.target.query))
        return *e;
    auto mode = syncModeFromString(json.value(u"mode"_s).toString(u"upsert"_s));
    if (!mode)
        return bad(at(u"mode"_s), mode.error().what);
    p.mode = mode.value();
    const QJsonObject match = json.value(u"match_key"_s).toObject();
    if (auto e = text(match, u"target_field"_s, at(u"match_key.target_field"_s), &p.matchKey.targetField))
        return *e;
    if (auto e = text(match, u"source_formula"_s, at(u"match_key.source_formula"_s), &p.matchKey.sourceFormula))
        return *e;
    if (auto e = text(match, u"target_formula"_s, at(u"match_key.target_formula"_s), &p.matchKey.targetFormula))
        return *e;
    if (auto e = text(json, u"filter"_s, at(u"filter"_s), &p.filter))
        return *e;
    const QJsonObject cursor = json.value(u"cursor"_s).toObject();
    if (auto e = text(cursor, u"field"_s, at(u"cursor.field"_s), &p.cursor.field))
        return *e;
    if (auto e = text(cursor, u"high_water_mark"_s, at(u"cursor.high_water_mark"_s), &p.cursor.highWaterMark))
        return *e;
    auto integer = [&](const QString &key, int fallback, int *out) -> std::optional<Error> {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull()) {
            *out = fallback;
            return std::nullopt;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return bad(at(key), tr("a whole number is expected"));
        *out = v.toInt();
        return std::nullopt;
    };
    if (auto e = integer(u"batch_size"_s, 0, &p.batchSize))
        return *e;
    if (auto e = integer(u"concurrency"_s, 6, &p.concurrency))
        return *e;
    auto policy = conflictPolicyFromString(json.value(u"conflict_policy"_s).toString(u"source-wins"_s));
    if (!policy)
        return bad(at(u"conflict_policy"_s), policy.error().what);
    p.conflictPolicy = policy.value();
    if (auto e = text(json, u"source_timestamp"_s, at(u"source_timestamp"_s), &p.sourceTimestamp))
        return *e;
    if (auto e = text(json, u"target_timestamp"_s, at(u"target_timestamp"_s), &p.targetTimestamp))
        return *e;
    const auto style = valueOf(CreateNames, json.value(u"create_style"_s).toString(u"create"_s));
    if (!style)
        return bad(at(u"create_style"_s), tr("use one of: %1").arg(allNames(CreateNames)));
    p.createStyle = *style;
    for (const QJsonValue &field : json.value(u"create_only_fields"_s).toArray())
        p.createOnlyFields.append(field.toString());
    return p;
}

Result<SyncProfile> SyncProfileJson::fromBytes(const QByteArray &bytes, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::input(tr("The sync profile is not a JSON object: %1 at byte %2")
                                .arg(document.isNull() ? error.errorString() : tr("another JSON value"))
                                .arg(error.offset),
                            where, tr("Fix the file (see docs/sync.md) and try again."));
    }
    return fromJson(document.object(), where);
}

Status SyncProfileJson::validate(const SyncProfile &p)
{
    auto missing = [&p](const QString &what) {
        return Error::config(tr("The sync profile \"%1\" has no %2").arg(p.name, what), {},
                             tr("Set it with 'crmbridge-cli sync-profile add' or in the Syncs page."));
    };
    if (p.name.trimmed().isEmpty())
        return Error::config(tr("A sync profile needs a name"), {}, tr("Give the profile a name."));
    if (!p.source.isFile() && (p.source.endpoint.isEmpty() || p.source.entity.isEmpty()))
        return missing(tr("source (an endpoint and entity, or a file)"));
    if (p.mapping.isEmpty())
        return missing(tr("mapping"));
    if (p.target.endpoint.isEmpty() || p.target.entity.isEmpty())
        return missing(tr("target endpoint and entity"));
    if (p.matchKey.targetField.isEmpty() || p.matchKey.sourceFormula.isEmpty())
        return missing(tr("match key (a target field and a source formula)"));
    if (p.batchSize < 0 || p.batchSize > 100) {
        return Error::config(tr("The batch size of \"%1\" is %2; it must be 0–100").arg(p.name).arg(p.batchSize), {},
                             tr("Batch endpoints take at most 100 records; use 0 for one request per record."));
    }
    if (p.concurrency < 1 || p.concurrency > 64) {
        return Error::config(tr("The concurrency of \"%1\" is %2; it must be 1–64").arg(p.name).arg(p.concurrency), {},
                             tr("Use the number of requests the endpoint allows in flight (6 is a good start)."));
    }
    if (p.conflictPolicy == ConflictPolicy::NewerWins && (p.sourceTimestamp.isEmpty() || p.targetTimestamp.isEmpty()))
        return missing(tr("source and target timestamp fields (newer-wins needs both)"));
    return {};
}

} // namespace crmbridge::sync
