#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h" // EnumArg
#include "core/sync/syncplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::sync {

/// Where a run stands. `Interrupted` runs (signal, cancel, crash found on the next start) can be
/// resumed; `Failed` means it finished but some records failed (retry-failed re-runs them).
enum class RunStatus { Planned, Running, Succeeded, Failed, Interrupted, Error };
QString toString(EnumArg<RunStatus> status);
RunStatus runStatusFromString(const QString &text);

/// One row of the `runs` table. kind is "plan" (a dry run: its items are the plan) or "sync"
/// (a run: its items are the plan it executes, its journal says what happened).
struct RunRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString kind;
    QString title;
    RunStatus status = RunStatus::Planned;
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while running
    QJsonObject summary;  ///< counts, retry_of, plan_run, files, cursor, error …
    QJsonObject toJson() const;
};

/// The state of one write in the journal. An intent is committed before the request is sent; the
/// outcome (done or failed) after the answer. An intent with no outcome — the process died, or the
/// answer never came — is uncertain and is checked against the target before anything is resent.
enum class JournalState { Intent, Done, Failed, Uncertain };
QString toString(EnumArg<JournalState> state);
JournalState journalStateFromString(const QString &text);

/// One journal row (table sync_journal, key run_id + seq).
struct JournalEntry
{
    int seq = 0;
    QString sourceKey;
    QString matchKey;
    PlanAction action = PlanAction::Create;
    QString targetId;
    QString idempotencyKey;
    JournalState state = JournalState::Intent;
    int httpStatus = 0;
    QString field;   ///< the field the server blamed, when it said
    QString message; ///< the server's message or the network error
    QString hint;    ///< what to do about it
    QByteArray payload; ///< not written any more (the plan item holds what is sent); older runs have it
    int attempts = 0;
};

/// The run history, the stored plans and the journal in the workspace (tables runs,
/// sync_plan_items, sync_journal). Journal writes are batched into one transaction each, so a
/// run commits its intents for a group of requests before sending them, and outcomes in groups.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    explicit RunStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<qint64> createRun(const QString &kind, qint64 profileId, const QString &title, RunStatus status,
                             const QJsonObject &summary);
    /// Updates status and summary; `finished` sets finished_at to now (or clears it when false).
    Status updateRun(qint64 id, RunStatus status, const QJsonObject &summary, bool finished);
    Result<RunRecord> find(qint64 id) const;
    /// Newest first; profileId 0 = every profile; kind "" = every kind.
    Result<QList<RunRecord>> list(int limit = 50, qint64 profileId = 0, const QString &kind = {}) const;

    /// The columns of a stored plan item that take work to make: its JSON texts.
    struct PlanItemTexts
    {
        int seq = 0;
        QByteArray changes, reasons, payload, source;
    };
    /// Makes them; thread-safe, so a sync makes them on another thread while it is still reading.
    static PlanItemTexts planItemTexts(const PlanItem &item);
    /// Stores the plan of a run (replacing any stored before). `made` holds the texts of the first
    /// items, made ahead (planItemTexts); the rest are made here. An item without its payload
    /// text gets it from `made`, so a run does not make it again to send it.
    Status savePlanItems(qint64 runId, const QList<PlanItem> &items, const QList<PlanItemTexts> &made = {});
    Result<QList<PlanItem>> planItems(qint64 runId) const;

    Status writeJournal(qint64 runId, const QList<JournalEntry> &entries);
    /// The intents of these plan items (by seq): each row made from the run's stored plan item,
    /// with its idempotency key. An error if any of them is not in the stored plan.
    Status writeIntents(qint64 runId, const QList<int> &seqs);
    /// "crmbridge-run<run>-<seq>": the Idempotency-Key a record's write is sent with.
    static QString idempotencyKey(qint64 runId, int seq);
    Result<QHash<int, JournalEntry>> journal(qint64 runId) const;

private:
    Workspace &m_workspace;
};

} // namespace crmbridge::sync
