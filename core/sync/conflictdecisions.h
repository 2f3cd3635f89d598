#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h" // EnumArg

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::sync {

struct FieldChange;
struct PlanItem;

/// Which side keeps a field of a record in conflict (conflict policy `ask`).
enum class ConflictWinner {
    Source, ///< the mapped source value is written to the target
    Target, ///< the target keeps its value
};
QString toString(EnumArg<ConflictWinner> winner);
/// "source" or "target" (case and surrounding blanks ignored).
Result<ConflictWinner> conflictWinnerFromString(const QString &text);

/// The analyst's decision on one field of one conflicting record, with the two values it was made
/// for. It applies only while the target still has `targetValue` and the mapping still computes
/// `sourceValue` for that field; otherwise it is stale and the record is a conflict again.
struct ConflictDecision
{
    QString matchKey;     ///< the record's match key
    QString field;        ///< target path (properties.phone)
    ConflictWinner winner = ConflictWinner::Source;
    QString sourceValue;  ///< the mapped source value when decided, as text (decisionValueText)
    QString targetValue;  ///< the target's value when decided, as text
    QString decidedAt;    ///< ISO 8601, UTC
    QString decidedBy;    ///< who decided: the user name, and where (window, cli)

    /// A decision for `change` (before = target, after = source) whose values are still current.
    bool matches(const FieldChange &change) const;
    /// {match_key, field, winner, source_value, target_value, decided_at, decided_by}
    QJsonObject toJson() const;
    friend bool operator==(const ConflictDecision &, const ConflictDecision &) = default;
};

/// A JSON value as a decision stores it: text as is, null/absent as "", numbers in their shortest
/// JSON form, arrays and objects as compact JSON (the same text as the plan CSV's before/after).
QString decisionValueText(const QJsonValue &value);
/// The user's name and where the decision was made: "ana (window)".
QString decidedByHere(const QString &where);

/// A profile's decisions looked up by (match key, field).
class ConflictDecisions
{
public:
    enum class State { Undecided, Decided, Stale };

    ConflictDecisions() = default;
    explicit ConflictDecisions(const QList<ConflictDecision> &decisions);

    bool isEmpty() const { return m_byKey.isEmpty(); }
    qsizetype size() const { return m_byKey.size(); }
    const ConflictDecision *find(const QString &matchKey, const QString &field) const;
    void set(const ConflictDecision &decision);
    void remove(const QString &matchKey, const QString &field);
    QList<ConflictDecision> list() const; ///< by match key, then field
    /// Whether `change` of the record `matchKey` is decided by a current decision.
    State state(const QString &matchKey, const FieldChange &change) const;
    /// How many of the item's changes are decided by current decisions.
    int decidedCount(const PlanItem &item) const;

private:
    static QString key(const QString &matchKey, const QString &field);
    QHash<QString, ConflictDecision> m_byKey;
};

/// The decisions of each profile in the workspace's `conflict_decisions` table, keyed by
/// (profile, match key, field). Every change is one Workspace::transaction: a batch of decisions
/// is stored whole or not at all. Removing a profile removes its decisions (ON DELETE CASCADE).
class ConflictDecisionStore
{
    Q_DECLARE_TR_FUNCTIONS(ConflictDecisionStore)

public:
    explicit ConflictDecisionStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<ConflictDecision>> list(qint64 profileId) const;
    /// Stores `put` (replacing decisions on the same field) and removes the decisions on the
    /// `drop` fields (match key, field), in one transaction.
    Status apply(qint64 profileId, const QList<ConflictDecision> &put, const QList<QPair<QString, QString>> &drop = {});
    /// Removes every decision of the profile; returns how many there were.
    Result<int> clear(qint64 profileId);

private:
    Workspace &m_workspace;
};

/// Reads decisions from a plan CSV (`sync --plan-out`) whose `decision` column the user filled
/// with `source` or `target` on conflict field lines; other lines are ignored. `conflicts` are the
/// conflict items of the profile's latest plan: a decided line must name one of their fields with
/// the match key of one of them. Every bad line is reported (line number, what is wrong) and then
/// nothing is returned — a file is taken whole or not at all.
class DecisionCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCsvReader)

public:
    static Result<QList<ConflictDecision>> read(const QString &path, const QList<PlanItem> &conflicts,
                                                const QString &profileName, const QString &decidedBy);
};

} // namespace crmbridge::sync
