#include "core/sync/runstore.h"

#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

/// Seqs as a JSON array, for json_each.
QByteArray seqList(const QList<int> &seqs)
{
    QByteArray list = "[";
    for (int seq : seqs) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(seq);
    }
    list += ']';
    return list;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A JSON column's UTF-8: they are bound as bytes (stored as BLOBs); rows of older versions hold TEXT.
QByteArray utf8Of(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
}

QJsonDocument parse(const QVariant &v)
{
    return QJsonDocument::fromJson(utf8Of(v));
}

QByteArray compactBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compactBytes(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

PlanAction actionOr(const QString &text)
{
    auto action = planActionFromString(text);
    return action ? action.value() : PlanAction::Skip;
}

constexpr const char *StatusNames[] = {"planned", "running", "succeeded", "failed", "interrupted", "error"};
constexpr const char *StateNames[] = {"intent", "done", "failed", "uncertain"};

} // namespace

QString toString(EnumArg<RunStatus> status)
{
    return QString::fromLatin1(StatusNames[int(status.value)]);
}

RunStatus runStatusFromString(const QString &text)
{
    for (int i = 0; i < 6; ++i) {
        if (text == QLatin1String(StatusNames[i]))
            return RunStatus(i);
    }
    return RunStatus::Error;
}

QString toString(EnumArg<JournalState> state)
{
    return QString::fromLatin1(StateNames[int(state.value)]);
}

JournalState journalStateFromString(const QString &text)
{
    for (int i = 0; i < 4; ++i) {
        if (text == QLatin1String(StateNames[i]))
            return JournalState(i);
    }
    return JournalState::Uncertain;
}

QJsonObject RunRecord::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"profile_id"_s, profileId},
        {u"kind"_s, kind},
        {u"title"_s, title},
        {u"status"_s, crmbridge::sync::toString(status)},
        {u"started_at"_s, startedAt.toString(Qt::ISODateWithMs)},
        {u"finished_at"_s, finishedAt.isValid() ? QJsonValue(finishedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {u"summary"_s, summary},
    };
}

Result<qint64> RunStore::createRun(const QString &kind, qint64 profileId, const QString &title, RunStatus status,
                                   const QJsonObject &summary)
{
    qint64 id = 0;
    const Status s = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO runs (profile_id, kind, title, status, started_at, summary) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(profileId > 0 ? QVariant(profileId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(nn(kind));
        q.addBindValue(nn(title));
        q.addBindValue(toString(status));
        q.addBindValue(now());
        q.addBindValue(compact(summary));
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not record the run"), q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status RunStore::updateRun(qint64 id, RunStatus status, const QJsonObject &summary, bool finished)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"UPDATE runs SET status = ?, summary = ?, finished_at = ? WHERE id = ?"_s);
        q.addBindValue(toString(status));
        q.addBindValue(compact(summary));
        q.addBindValue(finished ? QVariant(now()) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(id);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not update run %1").arg(id), q.lastError().text());
        return {};
    });
}

static RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.title = q.value(3).toString();
    r.status = runStatusFromString(q.value(4).toString());
    r.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    if (!q.value(6).isNull())
        r.finishedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.summary = parse(q.value(7)).object();
    return r;
}

Result<RunRecord> RunStore::find(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, profile_id, kind, title, status, started_at, finished_at, summary FROM runs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read run %1").arg(id), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("There is no run %1").arg(id), m_workspace.filePath(),
                               tr("'crmbridge-cli runs list' shows the runs of this workspace."));
    return readRun(q);
}

Result<QList<RunRecord>> RunStore::list(int limit, qint64 profileId, const QString &kind) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, profile_id, kind, title, status, started_at, finished_at, summary FROM runs"
              " WHERE (? = 0 OR profile_id = ?) AND (? = '' OR kind = ?) ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    q.addBindValue(nn(kind));
    q.addBindValue(nn(kind));
    q.addBindValue(limit);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the runs"), q.lastError().text());
    QList<RunRecord> out;
    while (q.next())
        out.append(readRun(q));
    return out;
}

RunStore::PlanItemTexts RunStore::planItemTexts(const PlanItem &item)
{
    QJsonArray changes;
    for (const FieldChange &c : item.changes)
        changes.append(QJsonObject{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
    QJsonArray reasons;
    for (const PlanReason &r : item.reasons)
        reasons.append(QJsonObject{{u"field"_s, r.field}, {u"message"_s, r.message}});
    // UTF-8 as it comes from the JSON writer: no round trip through UTF-16 for SQLite.
    return {item.seq, compactBytes(changes), compactBytes(reasons),
            item.payloadBytes.isEmpty() ? QJsonDocument(item.payload).toJson(QJsonDocument::Compact) : item.payloadBytes,
            compactBytes(item.source)};
}

Status RunStore::savePlanItems(qint64 runId, const QList<PlanItem> &items, const QList<PlanItemTexts> &made)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery clear(db);
        clear.prepare(u"DELETE FROM sync_plan_items WHERE run_id = ?"_s);
        clear.addBindValue(runId);
        if (!clear.exec())
            return m_workspace.sqlError(tr("Could not store the plan of run %1").arg(runId), clear.lastError().text());
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO sync_plan_items (run_id, seq, source_row, source_key, match_key, action, target_id,"
                  " changes, reasons, payload, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PlanItem &item = items.at(i);
            const PlanItemTexts texts = i < made.size() && made.at(i).seq == item.seq ? made.at(i) : planItemTexts(item);
            if (item.payloadBytes.isEmpty())
                item.payloadBytes = texts.payload;
            q.addBindValue(runId);
            q.addBindValue(item.seq);
            q.addBindValue(item.sourceRow);
            q.addBindValue(nn(item.sourceKey));
            q.addBindValue(nn(item.matchKey));
            q.addBindValue(toString(item.action));
            q.addBindValue(nn(item.targetId));
            q.addBindValue(texts.changes);
            q.addBindValue(texts.reasons);
            q.addBindValue(texts.payload);
            q.addBindValue(texts.source);
            if (!q.exec())
                return m_workspace.sqlError(tr("Could not store the plan of run %1").arg(runId), q.lastError().text());
        }
        return {};
    });
}

Result<QList<PlanItem>> RunStore::planItems(qint64 runId) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, source_row, source_key, match_key, action, target_id, changes, reasons, payload, source"
              " FROM sync_plan_items WHERE run_id = ? ORDER BY seq"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the plan of run %1").arg(runId), q.lastError().text());
    QList<PlanItem> out;
    while (q.next()) {
        PlanItem item;
        item.seq = q.value(0).toInt();
        item.sourceRow = q.value(1).toLongLong();
        item.sourceKey = q.value(2).toString();
        item.matchKey = q.value(3).toString();
        item.action = actionOr(q.value(4).toString());
        item.targetId = q.value(5).toString();
        for (const QJsonValue &c : parse(q.value(6)).array()) {
            const QJsonObject o = c.toObject();
            item.changes.append({o.value(u"field"_s).toString(), o.value(u"before"_s), o.value(u"after"_s)});
        }
        for (const QJsonValue &r : parse(q.value(7)).array()) {
            const QJsonObject o = r.toObject();
            item.reasons.append({o.value(u"field"_s).toString(), o.value(u"message"_s).toString()});
        }
        item.payloadBytes = utf8Of(q.value(8));
        item.payload = QJsonDocument::fromJson(item.payloadBytes).object();
        item.source = parse(q.value(9)).object();
        out.append(std::move(item));
    }
    return out;
}

Status RunStore::writeJournal(qint64 runId, const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    // Most outcomes are updates done as planned: they only change their intent's state and
    // status, so they go as one UPDATE per status, their seqs in a JSON array. The rest row by row.
    // A record written twice in one batch (uncertain, then done) keeps its order: all row by row.
    QSet<int> records;
    for (const JournalEntry &e : entries)
        records.insert(e.seq);
    const bool repeated = records.size() != entries.size();
    QMap<int, QList<const JournalEntry *>> doneUpdates; // http status → entries
    QList<const JournalEntry *> rows;
    for (const JournalEntry &e : entries) {
        if (!repeated && e.state == JournalState::Done && e.action == PlanAction::Update && e.field.isEmpty()
            && e.message.isEmpty() && e.hint.isEmpty() && e.payload.isEmpty() && e.attempts == 0)
            doneUpdates[e.httpStatus].append(&e);
        else
            rows.append(&e);
    }
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        const QString at = now();
        auto failed = [&](const QString &detail) {
            return m_workspace.sqlError(tr("Could not write the journal of run %1").arg(runId), detail);
        };
        for (auto it = doneUpdates.cbegin(); it != doneUpdates.cend(); ++it) {
            QSqlQuery q(db);
            // The intent's target id is the plan's, which an update keeps.
            q.prepare(u"UPDATE sync_journal SET idempotency_key = '', state = 'done', http_status = ?, field = '',"
                      " message = '', hint = '', payload = '', attempts = 0, updated_at = ?"
                      " WHERE run_id = ? AND seq IN (SELECT value FROM json_each(?))"_s);
            q.addBindValue(it.key());
            q.addBindValue(at);
            q.addBindValue(runId);
            QList<int> seqs;
            seqs.reserve(it.value().size());
            for (const JournalEntry *e : it.value())
                seqs.append(e->seq);
            q.addBindValue(QString::fromLatin1(seqList(seqs)));
            if (!q.exec())
                return failed(q.lastError().text());
            if (q.numRowsAffected() != seqs.size())
                rows += it.value(); // not every one had its intent row: row by row makes them
        }
        if (rows.isEmpty())
            return Status();
        QSqlQuery q(db);
        // An outcome updates its intent's row in place. The record's keys and action never change
        // within a run, so they are left out of the update.
        q.prepare(u"INSERT INTO sync_journal (run_id, seq, source_key, match_key, action, target_id,"
                  " idempotency_key, state, http_status, field, message, hint, payload, attempts, updated_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (run_id, seq) DO UPDATE SET target_id = excluded.target_id,"
                  " idempotency_key = excluded.idempotency_key, state = excluded.state, http_status = excluded.http_status,"
                  " field = excluded.field, message = excluded.message, hint = excluded.hint, payload = excluded.payload,"
                  " attempts = excluded.attempts, updated_at = excluded.updated_at"_s);
        for (const JournalEntry *e : std::as_const(rows)) {
            q.addBindValue(runId);
            q.addBindValue(e->seq);
            q.addBindValue(nn(e->sourceKey));
            q.addBindValue(nn(e->matchKey));
            q.addBindValue(toString(e->action));
            q.addBindValue(nn(e->targetId));
            q.addBindValue(nn(e->idempotencyKey));
            q.addBindValue(toString(e->state));
            q.addBindValue(e->httpStatus);
            q.addBindValue(nn(e->field));
            q.addBindValue(nn(e->message));
            q.addBindValue(nn(e->hint));
            q.addBindValue(nn(QString::fromUtf8(e->payload)));
            q.addBindValue(e->attempts);
            q.addBindValue(at);
            if (!q.exec())
                return failed(q.lastError().text());
        }
        return Status();
    });
}

QString RunStore::idempotencyKey(qint64 runId, int seq)
{
    // Made for every record (journal, request): concatenated, not formatted with arg(). The same
    // text is made in SQL by writeIntents.
    return u"crmbridge-run"_s + QString::number(runId) + u'-' + QString::number(seq);
}

Status RunStore::writeIntents(qint64 runId, const QList<int> &seqs)
{
    if (seqs.isEmpty())
        return {};
    const QByteArray list = seqList(seqs);
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        // From the stored plan, in one statement: a sync writes an intent for every record, and
        // binding each row's values one by one cost more than the rows. A row already there
        // (resume) becomes an intent again and keeps its attempts. The key is idempotencyKey()'s.
        // ("WHERE true": SQLite's grammar for an upsert from a SELECT; CROSS JOIN keeps the seqs
        // as the outer loop, each looked up by the plan's key, where the planner would otherwise
        // scan the plan per seq.)
        q.prepare(u"INSERT INTO sync_journal (run_id, seq, source_key, match_key, action, target_id, idempotency_key,"
                  " state, updated_at)"
                  " SELECT p.run_id, p.seq, p.source_key, p.match_key, p.action, p.target_id,"
                  " 'crmbridge-run' || p.run_id || '-' || p.seq, 'intent', ?"
                  " FROM json_each(?) AS s CROSS JOIN sync_plan_items AS p ON p.run_id = ? AND p.seq = s.value WHERE true"
                  " ON CONFLICT (run_id, seq) DO UPDATE SET target_id = excluded.target_id,"
                  " idempotency_key = excluded.idempotency_key, state = excluded.state, http_status = 0, field = '',"
                  " message = '', hint = '', payload = '', updated_at = excluded.updated_at"_s);
        q.addBindValue(now());
        q.addBindValue(QString::fromLatin1(list));
        q.addBindValue(runId);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not write the journal of run %1").arg(runId), q.lastError().text());
        if (q.numRowsAffected() != seqs.size()) {
            return m_workspace.sqlError(tr("Could not write the journal of run %1").arg(runId),
                                        tr("%1 of %2 records are in its stored plan").arg(q.numRowsAffected()).arg(seqs.size()));
        }
        return {};
    });
}

Result<QHash<int, JournalEntry>> RunStore::journal(qint64 runId) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, source_key, match_key, action, target_id, idempotency_key, state, http_status, field,"
              " message, hint, payload, attempts FROM sync_journal WHERE run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the journal of run %1").arg(runId), q.lastError().text());
    QHash<int, JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toInt();
        e.sourceKey = q.value(1).toString();
        e.matchKey = q.value(2).toString();
        e.action = actionOr(q.value(3).toString());
        e.targetId = q.value(4).toString();
        e.idempotencyKey = q.value(5).toString();
        e.state = journalStateFromString(q.value(6).toString());
        e.httpStatus = q.value(7).toInt();
        e.field = q.value(8).toString();
        e.message = q.value(9).toString();
        e.hint = q.value(10).toString();
        e.payload = q.value(11).toString().toUtf8();
        e.attempts = q.value(12).toInt();
        out.insert(e.seq, e);
    }
    return out;
}

} // namespace crmbridge::sync
