#include "core/sync/syncplanner.h"

#include "core/mapping/value/valuejson.h"
#include "core/mapping/value/valuetext.h"
#include "core/net/pagewalker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const QString ta = jsonText(a);
    const QString tb = jsonText(b);
    if (ta == tb)
        return true;
    // "19.90" and 19.9 are the same amount; "007" and 7 are not the same text, but the same number.
    bool okA = false, okB = false;
    const double da = ta.toDouble(&okA);
    const double db = tb.toDouble(&okB);
    return okA && okB && da == db && (a.isDouble() || b.isDouble() || ta.contains(u'.') || tb.contains(u'.'));
}

void flatten(const QJsonObject &object, const QString &prefix, QList<QPair<QString, QJsonValue>> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isObject() && !it->toObject().isEmpty())
            flatten(it->toObject(), path, out);
        else
            out.append({path, it.value()});
    }
}

void setPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = object.value(head).toObject();
    setPath(child, path.mid(dot + 1), value);
    object.insert(head, child);
}

void removePath(QJsonObject &object, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path.toString());
        return;
    }
    const QString head = path.left(dot).toString();
    if (!object.value(head).isObject())
        return;
    QJsonObject child = object.value(head).toObject();
    removePath(child, path.mid(dot + 1));
    object.insert(head, child);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

SyncPlanner::SyncPlanner(SyncProfile profile, mapping::Mapping mapping, Entity target)
    : m_profile(std::move(profile))
    , m_mapping(std::move(mapping))
    , m_target(std::move(target))
    , m_decisions(m_profile.decisions)
{
    m_plan.profileName = m_profile.name;
    m_plan.decisions = m_profile.decisions;
}

SyncPlanner::~SyncPlanner() = default;

Status SyncPlanner::prepare()
{
    auto engine = mapping::MappingEngine::compile(m_mapping);
    if (!engine)
        return engine.error();
    m_engine = engine.value();
    m_context = m_engine->newContext();
    auto compile = [](const QString &text, const QString &what, std::optional<mapping::Formula> *out) -> Status {
        if (text.trimmed().isEmpty())
            return {};
        mapping::FormulaError error;
        *out = mapping::Formula::compile(text, &error);
        if (!*out) {
            return Error::config(tr("The %1 formula does not compile: %2").arg(what, error.message), text,
                                 tr("Fix the formula in the sync profile (docs/formulas.md)."));
        }
        return {};
    };
    if (Status s = compile(m_profile.matchKey.sourceFormula, tr("match key"), &m_sourceKey); !s)
        return s;
    if (Status s = compile(m_profile.matchKey.targetFormula, tr("target match key"), &m_targetKey); !s)
        return s;
    if (Status s = compile(m_profile.filter, tr("filter"), &m_filter); !s)
        return s;
    return {};
}

static mapping::Object toObject(const QJsonObject &record)
{
    static thread_local mapping::JsonValueReader reader;
    const mapping::Value value = reader.fromQJson(record);
    return value.isObject() ? value.object() : mapping::Object();
}

QString SyncPlanner::targetKey(const QJsonObject &record)
{
    if (m_targetKey) {
        const mapping::Object object = toObject(record);
        m_context->record = &object;
        const mapping::Value v = m_targetKey->evaluate(object, *m_context);
        return v.isError() || v.isAbsent() ? QString() : mapping::toText(v);
    }
    return jsonText(jsonValueAt(record, m_profile.matchKey.targetField));
}

QString SyncPlanner::sourceKey(const QJsonObject &record)
{
    if (!m_sourceKey)
        return {};
    const mapping::Object object = toObject(record);
    const mapping::Value v = m_sourceKey->evaluate(object, *m_context);
    return v.isError() || v.isAbsent() ? QString() : mapping::toText(v);
}

void SyncPlanner::addTarget(const QJsonObject &record)
{
    ++m_targetCount;
    const QString key = targetKey(record);
    if (!key.isEmpty())
        m_targets[key].append(record);
}

/// Whether cursor value `value` comes after `than` (as times when both are times, else as text).
static bool later(const QString &value, const QString &than)
{
    const QDateTime a = parseTime(value), b = parseTime(than);
    return a.isValid() && b.isValid() ? a > b : value > than;
}

void SyncPlanner::mapRecord(const QJsonObject &record, const QString &sourceKey, qint64 row, mapping::EvalContext &context,
                            MappedSources &out) const
{
    ++out.rows;
    if (m_restricted && !m_only.contains(sourceKey))
        return;
    if (m_profile.cursor.isSet()) {
        const QString value = jsonText(jsonValueAt(record, m_profile.cursor.field));
        const QString &mark = m_profile.cursor.highWaterMark;
        if (!mark.isEmpty() && !value.isEmpty() && !later(value, mark)) {
            ++out.filtered;
            return;
        }
        if (!value.isEmpty() && (out.cursorMax.isEmpty() || later(value, out.cursorMax)))
            out.cursorMax = value;
    }
    const mapping::Object object = toObject(record);
    if (m_filter) {
        const mapping::Value keep = m_filter->evaluate(object, context);
        if (keep.isError() || !keep.isTruthy()) {
            ++out.filtered;
            return;
        }
    }
    out.items.append(mapOne(record, object, sourceKey.isEmpty() ? QString::number(row) : sourceKey, row, context));
}

void SyncPlanner::addSource(const QJsonObject &record, const QString &sourceKey)
{
    MappedSources one;
    mapRecord(record, sourceKey, m_row + 1, *m_context, one);
    addMapped(std::move(one));
}

SyncPlanner::MappedSources SyncPlanner::mapSources(const QJsonArray &records, const QString &idField, qint64 firstRow) const
{
    MappedSources out;
    out.items.reserve(records.size());
    const std::unique_ptr<mapping::EvalContext> context = m_engine->newContext();
    qint64 row = firstRow;
    for (const QJsonValue &r : records) {
        const QJsonObject record = r.toObject();
        mapRecord(record, jsonText(jsonValueAt(record, idField)), ++row, *context, out);
    }
    return out;
}

void SyncPlanner::addMapped(MappedSources &&mapped)
{
    m_row += mapped.rows;
    m_plan.counts.filtered += mapped.filtered;
    if (!mapped.cursorMax.isEmpty() && (m_plan.cursorMax.isEmpty() || later(mapped.cursorMax, m_plan.cursorMax)))
        m_plan.cursorMax = mapped.cursorMax;
    if (m_waitingForTarget) {
        m_mapped.append(std::move(mapped.items));
        return;
    }
    for (PlanItem &item : mapped.items)
        settle(std::move(item));
}

void SyncPlanner::targetComplete()
{
    m_waitingForTarget = false;
    for (PlanItem &item : std::exchange(m_mapped, {}))
        settle(std::move(item));
}

void SyncPlanner::settle(PlanItem &&mapped)
{
    appendItem(matchOne(std::move(mapped)));
}

void SyncPlanner::appendItem(PlanItem &&item)
{
    item.seq = int(m_plan.items.size()) + 1;
    ++m_plan.counts[item.action];
    m_plan.items.append(std::move(item));
}

void SyncPlanner::addUnreadableSource(const QString &sourceKey, const QString &reason)
{
    ++m_row;
    if (m_restricted && !m_only.contains(sourceKey))
        return;
    PlanItem item;
    item.sourceRow = m_row;
    item.sourceKey = sourceKey;
    item.action = PlanAction::Invalid;
    item.reasons.append({{}, reason});
    appendItem(std::move(item));
}

PlanItem SyncPlanner::mapOne(const QJsonObject &record, const mapping::Object &object, const QString &sourceKey, qint64 row,
                             mapping::EvalContext &context) const
{
    PlanItem item;
    item.sourceRow = row;
    item.sourceKey = sourceKey;
    item.source = record;
    const mapping::MappingOutput out = m_engine->apply(object, context);
    item.payload = mapping::toQJsonValue(out.target).toObject();
    for (const mapping::InvalidReason &r : out.reasons)
        item.reasons.append({r.field, r.message});

    if (m_sourceKey) {
        const mapping::Value v = m_sourceKey->evaluate(object, context);
        if (v.isError())
            item.reasons.append({m_profile.matchKey.targetField, tr("The match key formula failed: %1").arg(v.errorMessage())});
        else if (!v.isAbsent())
            item.matchKey = mapping::toText(v).trimmed();
    }
    if (item.matchKey.isEmpty() && item.reasons.isEmpty())
        item.reasons.append({m_profile.matchKey.targetField, tr("The match key is blank, so the record cannot be matched")});
    return item;
}

PlanItem SyncPlanner::matchOne(PlanItem &&mapped)
{
    PlanItem item = std::move(mapped);
    const QJsonObject &record = item.source;
    if (!item.matchKey.isEmpty()) {
        if (m_seenKeys.contains(item.matchKey)) {
            item.reasons.append({m_profile.matchKey.targetField,
                                 tr("Another source record has the same match key '%1'; only the first is synced").arg(item.matchKey)});
        } else {
            m_seenKeys.insert(item.matchKey);
        }
    }
    if (!item.reasons.isEmpty()) {
        item.action = PlanAction::Invalid;
        return item;
    }

    const QList<QJsonObject> matches = m_targets.value(item.matchKey);
    if (!matches.isEmpty())
        m_matchedKeys.insert(item.matchKey);
    if (matches.size() > 1) {
        QStringList ids;
        for (const QJsonObject &t : matches)
            ids.append(jsonText(jsonValueAt(t, m_target.idField)));
        item.action = PlanAction::Conflict;
        item.reasons.append({m_profile.matchKey.targetField,
                             tr("%1 target records share the match key '%2' (ids %3); merge them in the target first")
                                 .arg(matches.size())
                                 .arg(item.matchKey, ids.join(u", "_s))});
        return item;
    }
    if (matches.isEmpty()) {
        if (m_profile.mode == SyncMode::Update) {
            item.action = PlanAction::Skip;
            item.reasons.append({{}, tr("No target record matches, and the mode is update")});
        } else {
            item.action = PlanAction::Create;
            if (m_profile.createStyle == CreateStyle::UpdateByKey)
                item.targetId = item.matchKey;
        }
        return item;
    }
    const QJsonObject &target = matches.first();
    item.targetId = jsonText(jsonValueAt(target, m_target.idField));
    if (m_profile.mode == SyncMode::Insert) {
        item.action = PlanAction::Skip;
        item.reasons.append({{}, tr("The target already has this record, and the mode is insert")});
        return item;
    }
    diff(item.payload, target, item.changes);
    if (item.changes.isEmpty()) {
        item.action = PlanAction::Unchanged;
        return item;
    }
    switch (m_profile.conflictPolicy) {
    case ConflictPolicy::SourceWins:
        item.action = PlanAction::Update;
        break;
    case ConflictPolicy::TargetWins: {
        QList<FieldChange> fill;
        for (const FieldChange &c : std::as_const(item.changes)) {
            if (jsonText(c.before).trimmed().isEmpty())
                fill.append(c);
            else
                setPath(item.payload, c.field, c.before); // the target keeps its value
        }
        item.changes = fill;
        item.action = fill.isEmpty() ? PlanAction::Unchanged : PlanAction::Update;
        break;
    }
    case ConflictPolicy::NewerWins: {
        const QString sourceText = jsonText(jsonValueAt(record, m_profile.sourceTimestamp));
        const QString targetText = jsonText(jsonValueAt(target, m_profile.targetTimestamp));
        const QDateTime s = parseTime(sourceText), t = parseTime(targetText);
        if (!s.isValid() || !t.isValid()) {
            item.action = PlanAction::Conflict;
            item.reasons.append({!s.isValid() ? m_profile.sourceTimestamp : m_profile.targetTimestamp,
                                 tr("Cannot tell which side is newer: '%1' or '%2' is not a date and time")
                                     .arg(sourceText, targetText)});
        } else if (s > t) {
            item.action = PlanAction::Update;
        } else {
            item.action = PlanAction::Unchanged;
            item.reasons.append({m_profile.targetTimestamp,
                                 tr("The target changed later (%1) than the source (%2); it is kept").arg(targetText, sourceText)});
        }
        break;
    }
    case ConflictPolicy::Ask:
        applyDecisions(item, target);
        break;
    }
    if (item.action == PlanAction::Update) {
        for (const QString &field : std::as_const(m_profile.createOnlyFields))
            removePath(item.payload, field);
    }
    if (item.action == PlanAction::Update && m_target.update.method.compare(u"PUT"_s, Qt::CaseInsensitive) == 0) {
        // PUT replaces the record: send what the target has, with the mapped fields over it, so
        // that fields the mapping does not write are kept.
        QJsonObject merged = target;
        QList<QPair<QString, QJsonValue>> fields;
        flatten(item.payload, {}, fields);
        for (const auto &[path, value] : std::as_const(fields))
            setPath(merged, path, value);
        item.payload = merged;
    }
    return item;
}

void SyncPlanner::applyDecisions(PlanItem &item, const QJsonObject &target) const
{
    QStringList undecided;
    QList<FieldChange> sourceWon;
    QList<PlanReason> stale;
    int decided = 0;
    QJsonObject payload = item.payload;
    for (const FieldChange &c : std::as_const(item.changes)) {
        const ConflictDecision *d = m_decisions.find(item.matchKey, c.field);
        if (!d) {
            undecided.append(c.field);
            continue;
        }
        if (!d->matches(c)) {
            stale.append({c.field, tr("Decided for the %1 when the target had '%2' and the source '%3'; now they are "
                                      "'%4' and '%5' — decide again")
                                       .arg(d->winner == ConflictWinner::Source ? tr("source") : tr("target"),
                                            d->targetValue, d->sourceValue, decisionValueText(c.before),
                                            decisionValueText(c.after))});
            continue;
        }
        ++decided;
        if (d->winner == ConflictWinner::Source) {
            sourceWon.append(c);
        } else if (jsonValueAt(target, c.field).isUndefined()) {
            removePath(payload, c.field); // the target has no such field: send none
        } else {
            setPath(payload, c.field, c.before); // the target keeps its value, as with target-wins
        }
    }
    if (undecided.isEmpty() && stale.isEmpty()) {
        item.changes = sourceWon;
        item.payload = payload;
        if (sourceWon.isEmpty()) {
            item.action = PlanAction::Unchanged;
            item.reasons.append({{}, tr("Decided field by field: the target keeps all %n value(s)", nullptr, decided)});
        } else {
            item.action = PlanAction::Update;
        }
        return;
    }
    // Still a conflict: every differing field stays listed (before = target, after = source),
    // so the analyst sees what is decided and what is not.
    item.action = PlanAction::Conflict;
    item.reasons.append(stale);
    if (!undecided.isEmpty()) {
        if (decided == 0 && stale.isEmpty()) {
            item.reasons.append({{}, tr("%n field(s) differ; decide which side wins", nullptr, int(item.changes.size()))});
        } else {
            item.reasons.append({{}, tr("%1 of %2 differing fields decided; still to decide: %3")
                                         .arg(decided)
                                         .arg(item.changes.size())
                                         .arg(undecided.join(u", "_s))});
        }
    }
}

void SyncPlanner::diff(const QJsonObject &payload, const QJsonObject &target, QList<FieldChange> &changes) const
{
    QList<QPair<QString, QJsonValue>> fields;
    flatten(payload, {}, fields);
    for (const auto &[path, after] : std::as_const(fields)) {
        if (path == m_target.idField || m_profile.createOnlyFields.contains(path))
            continue;
        const QJsonValue before = jsonValueAt(target, path);
        const bool bothBlank = jsonText(before).isEmpty() && jsonText(after).isEmpty();
        if (!bothBlank && !sameValue(before, after))
            changes.append({path, before.isUndefined() ? QJsonValue() : before, after});
    }
}

QStringList SyncPlanner::targetIds(const QString &matchKey) const
{
    QStringList ids;
    for (const QJsonObject &target : m_targets.value(matchKey))
        ids.append(jsonText(jsonValueAt(target, m_target.idField)));
    return ids;
}

SyncPlan SyncPlanner::finish()
{
    if (m_waitingForTarget)
        targetComplete();
    if (m_profile.mode == SyncMode::Mirror && !m_restricted) {
        QList<PlanItem> archive;
        for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
            if (m_matchedKeys.contains(it.key()))
                continue;
            for (const QJsonObject &target : it.value()) {
                PlanItem item;
                item.action = PlanAction::Archive;
                item.matchKey = it.key();
                item.targetId = jsonText(jsonValueAt(target, m_target.idField));
                item.reasons.append({{}, tr("No source record has this match key (mirror)")});
                archive.append(std::move(item));
            }
        }
        // In target-id order (numerically when the ids are numbers), so the plan is reproducible.
        std::sort(archive.begin(), archive.end(), [](const PlanItem &a, const PlanItem &b) {
            bool okA = false, okB = false;
            const qint64 na = a.targetId.toLongLong(&okA), nb = b.targetId.toLongLong(&okB);
            return okA && okB ? na < nb : a.targetId < b.targetId;
        });
        for (PlanItem &item : archive)
            appendItem(std::move(item));
    }
    return std::move(m_plan);
}

} // namespace crmbridge::sync
