#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"
#include "core/endpoints/environment.h"
#include "core/sync/runstore.h"
#include "core/sync/syncplan.h"
#include "core/sync/syncprofile.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace crmbridge {
class SecretStore;
class Workspace;
}

namespace crmbridge::sync {

class SyncJob;

/// How one plan or run is carried out (what the CLI options and the page's controls set).
struct SyncOptions
{
    Environment environment;          ///< fills {{var}} of the endpoints
    int concurrency = 0;              ///< 0 = the profile's
    int batchSize = -1;               ///< -1 = the profile's; 0/1 = per record
    bool confirmedProductionWrite = false; ///< --yes: the user confirmed writes to a production environment
    bool confirmedArchive = false;    ///< --yes: mirror may archive target records
    QString planCsv;                  ///< write the plan here (plan and run)
    QString successCsv;               ///< run: source_key,target_id,action per written record
    QString errorsCsv;                ///< run: one row per failed record, with what to do
    std::optional<RateLimitPolicy> rateLimit; ///< override the endpoints' policy for this run
    std::optional<RetryPolicy> retry;          ///< override the endpoints' retry policy for this run
    int flushIntervalMs = 200;        ///< how often outcomes are committed to the journal
    /// Record every HTTP exchange in the Activity log (the journal records every write anyway);
    /// off for bulk runs where the per-request detail costs about half the throughput.
    bool recordActivity = true;
};

/// Where a plan or run is.
enum class SyncPhase { Starting, ReadingSource, ReadingTarget, Planning, Writing, Verifying, Finished };
QString toString(EnumArg<SyncPhase> phase);

/// Counts per action and status, throughput and ETA. Emitted (queued) at most every 100 ms and
/// once at each phase change.
struct SyncProgress
{
    quint64 generation = 0;
    qint64 runId = 0;
    SyncPhase phase = SyncPhase::Starting;
    bool paused = false;
    PlanCounts planned;
    std::array<qint64, PlanActionCount> done{};
    std::array<qint64, PlanActionCount> failed{};
    qint64 read = 0;       ///< records read in the reading phases
    qint64 processed = 0;  ///< writes finished (done + failed)
    qint64 total = 0;      ///< writes to do
    double recordsPerSecond = 0;
    qint64 etaSeconds = -1; ///< -1 = unknown
};

/// What a plan or run ended with.
struct SyncOutcome
{
    quint64 generation = 0;
    qint64 runId = 0;       ///< the run (kind sync) or the stored plan (kind plan)
    RunStatus status = RunStatus::Error;
    PlanCounts planned;
    std::array<qint64, PlanActionCount> done{};
    std::array<qint64, PlanActionCount> failed{};
    std::optional<Error> error; ///< why it could not run at all (status Error)
    double seconds = 0;
    QJsonObject summary;    ///< what `runs show` prints as summary
    qint64 failedCount() const;
    qint64 doneCount() const;
};

/// Runs plans and syncs off the calling thread. Lives in the caller's thread (the GUI thread, the
/// CLI's main thread); each job runs on a worker thread that owns its HttpClients, and reports
/// through queued progress() and finished() signals carrying a generation token — signals of a
/// job that was cancelled or superseded are dropped, so a page never sees stale counts.
///
/// Guarantees: a plan writes nothing to the target; a run commits a journal intent before each
/// write and its outcome after, so after a crash resume() finishes it with no duplicate and no
/// lost record; cancel() (and SIGINT/SIGTERM in the CLI) stops taking records, aborts what is in
/// flight and leaves a consistent journal (status Interrupted, resumable); pause() stops taking
/// records and lets the requests in flight finish; one job at a time.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(Workspace &workspace, QObject *parent = nullptr);
    ~SyncRunner() override;

    /// Called on the worker thread with the job's SecretStore (e.g. registerSandboxSecrets).
    void setSecretSetup(std::function<void(SecretStore &)> setup) { m_secretSetup = std::move(setup); }

    /// Dry run: reads source and target, stores the plan as a run of kind "plan". Returns the
    /// generation of the job (0 when one is already running).
    quint64 plan(const SyncProfile &profile, const SyncOptions &options);
    /// Plans and executes (kind "sync").
    quint64 run(const SyncProfile &profile, const SyncOptions &options);
    /// Finishes an interrupted run (or one a crash left as running).
    quint64 resume(qint64 runId, const SyncOptions &options);
    /// Re-plans only the records that failed in `runId` and runs them as a new run (retry_of).
    quint64 retryFailed(qint64 runId, const SyncOptions &options);

    void pause();
    void resumeWork(); ///< undoes pause()
    void cancel();
    bool isBusy() const { return m_busy; }
    bool isPaused() const { return m_paused; }
    quint64 generation() const { return m_generation; }

    /// Runs left unfinished (status Running or Interrupted), newest first: for "resume?" at start.
    static Result<QList<RunRecord>> unfinishedRuns(Workspace &workspace);

signals:
    void progress(const crmbridge::sync::SyncProgress &progress);
    void finished(const crmbridge::sync::SyncOutcome &outcome);

private:
    enum class JobKind { Plan, Run, Resume, RetryFailed };
    quint64 start(JobKind kind, const SyncProfile &profile, qint64 runId, const SyncOptions &options);
    void onProgress(const crmbridge::sync::SyncProgress &progress);
    void onFinished(const crmbridge::sync::SyncOutcome &outcome);

    Workspace &m_workspace;
    std::function<void(SecretStore &)> m_secretSetup;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; ///< lives in m_thread: runs deletions and clean-up there
    QPointer<SyncJob> m_job;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_paused = false;
};

} // namespace crmbridge::sync

Q_DECLARE_METATYPE(crmbridge::sync::SyncProgress)
Q_DECLARE_METATYPE(crmbridge::sync::SyncOutcome)
