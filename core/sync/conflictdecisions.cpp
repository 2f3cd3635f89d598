#include "core/sync/conflictdecisions.h"

#include "core/sync/syncplan.h"
#include "core/sync/syncplanner.h"

#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

QString toString(EnumArg<ConflictWinner> winner)
{
    return winner.value == ConflictWinner::Source ? u"source"_s : u"target"_s;
}

Result<ConflictWinner> conflictWinnerFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"source")
        return ConflictWinner::Source;
    if (t == u"target")
        return ConflictWinner::Target;
    return Error::input(QCoreApplication::translate("ConflictDecisions", "'%1' is not a decision; write source or target").arg(text));
}

QString decisionValueText(const QJsonValue &v)
{
    // Numbers in their shortest JSON form (a match key's text turns 2.5e20 into digits); the
    // rest as the planner compares it.
    if (v.isDouble())
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return jsonText(v);
}

QString decidedByHere(const QString &where)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? where : u"%1 (%2)"_s.arg(user, where);
}

namespace {

/// The stored text still describes `value`: the same text, or the same number ("19.90" and 19.9).
bool sameText(const QString &stored, const QJsonValue &value)
{
    const QString now = decisionValueText(value);
    if (stored == now)
        return true;
    bool okA = false, okB = false;
    const double a = stored.toDouble(&okA);
    const double b = now.toDouble(&okB);
    return okA && okB && a == b && (value.isDouble() || stored.contains(u'.') || now.contains(u'.'));
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

bool ConflictDecision::matches(const FieldChange &change) const
{
    return change.field == field && sameText(targetValue, change.before) && sameText(sourceValue, change.after);
}

QJsonObject ConflictDecision::toJson() const
{
    return QJsonObject{{u"match_key"_s, matchKey},         {u"field"_s, field},
                       {u"winner"_s, toString(winner)},     {u"source_value"_s, sourceValue},
                       {u"target_value"_s, targetValue},   {u"decided_at"_s, decidedAt},
                       {u"decided_by"_s, decidedBy}};
}

ConflictDecisions::ConflictDecisions(const QList<ConflictDecision> &decisions)
{
    for (const ConflictDecision &d : decisions)
        set(d);
}

QString ConflictDecisions::key(const QString &matchKey, const QString &field)
{
    return matchKey + QChar(0x1f) + field;
}

const ConflictDecision *ConflictDecisions::find(const QString &matchKey, const QString &field) const
{
    const auto it = m_byKey.constFind(key(matchKey, field));
    return it == m_byKey.constEnd() ? nullptr : &it.value();
}

void ConflictDecisions::set(const ConflictDecision &decision)
{
    m_byKey.insert(key(decision.matchKey, decision.field), decision);
}

void ConflictDecisions::remove(const QString &matchKey, const QString &field)
{
    m_byKey.remove(key(matchKey, field));
}

QList<ConflictDecision> ConflictDecisions::list() const
{
    QList<ConflictDecision> out = m_byKey.values();
    std::sort(out.begin(), out.end(), [](const ConflictDecision &a, const ConflictDecision &b) {
        return a.matchKey != b.matchKey ? a.matchKey < b.matchKey : a.field < b.field;
    });
    return out;
}

ConflictDecisions::State ConflictDecisions::state(const QString &matchKey, const FieldChange &change) const
{
    const ConflictDecision *d = find(matchKey, change.field);
    if (!d)
        return State::Undecided;
    return d->matches(change) ? State::Decided : State::Stale;
}

int ConflictDecisions::decidedCount(const PlanItem &item) const
{
    int n = 0;
    for (const FieldChange &c : item.changes) {
        if (state(item.matchKey, c) == State::Decided)
            ++n;
    }
    return n;
}

Result<QList<ConflictDecision>> ConflictDecisionStore::list(qint64 profileId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT match_key, field, winner, source_value, target_value, decided_at, decided_by FROM conflict_decisions"
              " WHERE profile_id = ? ORDER BY match_key, field"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the conflict decisions"), q.lastError().text());
    QList<ConflictDecision> out;
    while (q.next()) {
        ConflictDecision d;
        d.matchKey = q.value(0).toString();
        d.field = q.value(1).toString();
        d.winner = q.value(2).toString() == u"target" ? ConflictWinner::Target : ConflictWinner::Source;
        d.sourceValue = q.value(3).toString();
        d.targetValue = q.value(4).toString();
        d.decidedAt = q.value(5).toString();
        d.decidedBy = q.value(6).toString();
        out.append(std::move(d));
    }
    return out;
}

Status ConflictDecisionStore::apply(qint64 profileId, const QList<ConflictDecision> &put,
                                    const QList<QPair<QString, QString>> &drop)
{
    if (profileId <= 0) {
        return Error::input(tr("The sync profile is not saved, so its decisions cannot be stored"), {},
                            tr("Save the profile first."));
    }
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM conflict_decisions WHERE profile_id = ? AND match_key = ? AND field = ?"_s);
        for (const auto &[matchKey, field] : drop) {
            remove.addBindValue(profileId);
            remove.addBindValue(matchKey);
            remove.addBindValue(field);
            if (!remove.exec())
                return m_workspace.sqlError(tr("Could not remove the decision on %1 of %2").arg(field, matchKey),
                                            remove.lastError().text());
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO conflict_decisions (profile_id, match_key, field, winner, source_value, target_value,"
                       " decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (profile_id, match_key, field) DO UPDATE SET winner = excluded.winner,"
                       " source_value = excluded.source_value, target_value = excluded.target_value,"
                       " decided_at = excluded.decided_at, decided_by = excluded.decided_by"_s);
        for (const ConflictDecision &d : put) {
            insert.addBindValue(profileId);
            insert.addBindValue(d.matchKey);
            insert.addBindValue(d.field);
            insert.addBindValue(toString(d.winner));
            insert.addBindValue(d.sourceValue);
            insert.addBindValue(d.targetValue);
            insert.addBindValue(d.decidedAt.isEmpty() ? timestamp() : d.decidedAt);
            insert.addBindValue(d.decidedBy);
            if (!insert.exec())
                return m_workspace.sqlError(tr("Could not store the decision on %1 of %2").arg(d.field, d.matchKey),
                                            insert.lastError().text());
        }
        return {};
    });
}

Result<int> ConflictDecisionStore::clear(qint64 profileId)
{
    int removed = 0;
    const Status s = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM conflict_decisions WHERE profile_id = ?"_s);
        q.addBindValue(profileId);
        if (!q.exec())
            return m_workspace.sqlError(tr("Could not remove the conflict decisions"), q.lastError().text());
        removed = q.numRowsAffected();
        return {};
    });
    if (!s)
        return s.error();
    return removed;
}

namespace {

struct CsvLine
{
    qint64 line = 0; ///< where the record starts (1-based)
    QStringList cells;
};

/// RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; CRLF or LF.
Result<QList<CsvLine>> parseCsv(const QString &text, const QString &path)
{
    QList<CsvLine> out;
    CsvLine current;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    qint64 line = 1;
    current.line = 1;
    qint64 quoteLine = 0;
    auto endRecord = [&] {
        current.cells.append(cell);
        cell.clear();
        cellStarted = false;
        if (!(current.cells.size() == 1 && current.cells.first().isEmpty()))
            out.append(current);
        current = {};
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            current.cells.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        return Error::input(DecisionCsvReader::tr("Line %1: a quoted cell is never closed").arg(quoteLine), path,
                            DecisionCsvReader::tr("Close the quote, or export the plan again."));
    }
    if (cellStarted || !current.cells.isEmpty())
        endRecord();
    return out;
}

} // namespace

Result<QList<ConflictDecision>> DecisionCsvReader::read(const QString &path, const QList<PlanItem> &conflicts,
                                                        const QString &profileName, const QString &decidedBy)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the decisions file: %1").arg(file.errorString()), path, tr("Check the path."));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    auto parsed = parseCsv(QString::fromUtf8(bytes), path);
    if (!parsed)
        return parsed.error();
    const QList<CsvLine> &lines = parsed.value();
    if (lines.isEmpty())
        return Error::input(tr("The decisions file is empty"), path, tr("Write the plan with 'sync PROFILE --dry-run --plan-out FILE.csv'."));
    const QStringList header = lines.first().cells;
    const QStringList needed{u"match_key"_s, u"action"_s, u"field"_s, u"before"_s, u"after"_s, u"decision"_s};
    QHash<QString, qsizetype> column;
    for (const QString &name : needed) {
        const qsizetype at = header.indexOf(name);
        if (at < 0) {
            return Error::input(tr("Line 1: the decisions file has no '%1' column").arg(name), path,
                                tr("Use the plan CSV of 'sync PROFILE --dry-run --plan-out FILE.csv' and fill its decision column "
                                   "with source or target."));
        }
        column.insert(name, at);
    }

    // What the latest plan has in conflict: match key → its differing fields.
    QHash<QString, const PlanItem *> byKey;
    for (const PlanItem &item : conflicts) {
        if (item.action == PlanAction::Conflict && !item.matchKey.isEmpty())
            byKey.insert(item.matchKey, &item);
    }

    QList<ConflictDecision> out;
    QStringList problems;
    QHash<QString, qint64> seen; // match key + field → line
    const QString at = timestamp();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const CsvLine &line = lines.at(i);
        auto cell = [&](const QString &name) { return line.cells.value(column.value(name)); };
        const QString decision = cell(u"decision"_s).trimmed();
        if (decision.isEmpty())
            continue;
        const QString matchKey = cell(u"match_key"_s);
        const QString field = cell(u"field"_s);
        const QString action = cell(u"action"_s);
        auto winner = conflictWinnerFromString(decision);
        if (!winner) {
            problems.append(tr("Line %1: the decision is '%2'; write source or target").arg(line.line).arg(decision));
            continue;
        }
        if (action != u"conflict") {
            problems.append(tr("Line %1: only conflict lines can be decided; this line is '%2'").arg(line.line).arg(action));
            continue;
        }
        const PlanItem *item = byKey.value(matchKey);
        if (!item) {
            problems.append(tr("Line %1: no record with the match key '%2' is in conflict in the latest plan of \"%3\" "
                               "(is the file from another profile, or an older plan?)")
                                .arg(line.line)
                                .arg(matchKey, profileName));
            continue;
        }
        const auto change = std::find_if(item->changes.cbegin(), item->changes.cend(),
                                         [&](const FieldChange &c) { return c.field == field; });
        if (field.isEmpty() || change == item->changes.cend()) {
            QStringList fields;
            for (const FieldChange &c : item->changes)
                fields.append(c.field);
            problems.append(tr("Line %1: '%2' is not a differing field of '%3' (its differing fields: %4)")
                                .arg(line.line)
                                .arg(field.isEmpty() ? tr("(no field)") : field, matchKey, fields.join(u", "_s)));
            continue;
        }
        const QString key = matchKey + QChar(0x1f) + field;
        if (seen.contains(key)) {
            problems.append(tr("Line %1: %2 of '%3' is already decided on line %4")
                                .arg(line.line)
                                .arg(field, matchKey)
                                .arg(seen.value(key)));
            continue;
        }
        seen.insert(key, line.line);
        ConflictDecision d;
        d.matchKey = matchKey;
        d.field = field;
        d.winner = winner.value();
        // The values the user saw in the file: a decision is stale when they are no longer current.
        d.targetValue = cell(u"before"_s);
        d.sourceValue = cell(u"after"_s);
        d.decidedAt = at;
        d.decidedBy = decidedBy;
        out.append(std::move(d));
    }
    if (!problems.isEmpty()) {
        constexpr int Shown = 20;
        QStringList shown = problems.mid(0, Shown);
        if (problems.size() > Shown)
            shown.append(tr("… and %n more", nullptr, int(problems.size() - Shown)));
        return Error::input(tr("%n line(s) of the decisions file cannot be used; nothing was stored:\n%1", nullptr,
                               int(problems.size()))
                                .arg(shown.join(u'\n')),
                            path, tr("Fix those lines (decision: source or target, on conflict lines of this profile's latest plan)."));
    }
    return out;
}

} // namespace crmbridge::sync
