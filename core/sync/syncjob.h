#pragma once

#include "core/endpoints/entity.h"
#include "core/mapping/mapping.h"
#include "core/sync/runstore.h"
#include "core/sync/synccsv.h"
#include "core/sync/syncplanner.h"
#include "core/sync/syncrunner.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

namespace crmbridge {
class ActivityRecorder;
class HttpCall;
class HttpClient;
class PageWalker;
class SecretStore;
class WorkspaceWriter;
struct HttpResponse;
} // namespace crmbridge

namespace crmbridge::sync {

/// One plan or run, on SyncRunner's worker thread (internal to core/sync). It owns the HTTP
/// clients, the planner and the journal writer; it reports through progress()/finished(), which
/// SyncRunner receives queued in its own thread.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Plan, Run, Resume, RetryFailed };

    SyncJob(Workspace &workspace, Kind kind, SyncProfile profile, qint64 runId, SyncOptions options, quint64 generation,
            std::function<void(SecretStore &)> secretSetup);
    ~SyncJob() override;

    void start();
    void pause(bool paused);
    void cancel();

    /// The records a batch endpoint's answer says failed — target id → the server's message, from
    /// its "errors" (HubSpot: 207 Multi-Status).
    static QHash<QString, QString> batchFailures(const QJsonObject &answer);

signals:
    void progress(const crmbridge::sync::SyncProgress &progress);
    void finished(const crmbridge::sync::SyncOutcome &outcome);

private:
    struct Write; // one request in flight: its items

    Status load();
    QByteArray batchBody(const QList<int> &indexes) const; ///< a batch endpoint's request body
    QString idempotencyKey(int seq) const; ///< "crmbridge-run<run>-<seq>", sent with a record's write
    Status prepareClients();
    /// Reads the whole target into the planner, then calls `next`. A failure ends the job, or
    /// goes to `onFailure` when given.
    void readTarget(const std::function<void()> &next, const std::function<void(const Error &)> &onFailure = {});
    void readBoth();
    void sourcePage(const QJsonArray &records);
    void makeTextsAhead();
    void drainMapped();
    void planIfRead();
    QList<RunStore::PlanItemTexts> textsMadeAhead();
    PageWalker *walk(HttpClient *client, const Entity &entity, const QList<QPair<QString, QString>> &query,
                     std::function<void(const QJsonArray &)> onPage, std::function<void()> next,
                     std::function<void(const Error &)> onFailure = {});
    Status readFile();
    void planned();
    Status beginRun();
    void beginWrites();
    void pump();
    void send(QList<int> indexes);
    void onAnswer(const QList<int> &indexes, const HttpResponse &response, bool batch);
    void outcome(int index, JournalState state, const QString &targetId, int httpStatus, const QString &field,
                 const QString &message, const QString &hint);
    void requestIntents(int upTo);
    /// Writing `entries` into this run's journal, for the writer thread.
    std::function<Status()> journalWrite(QList<JournalEntry> entries) const;
    void flushJournal();      ///< hands the outcomes so far to the writer (returns at once)
    Status flushJournalNow(); ///< … and waits until they, and every intent before, are written
    void verifyUncertain();
    void finishRun();
    void fail(const Error &error);
    void done(RunStatus status);
    void emitProgress(bool force = false);
    QJsonObject summary(RunStatus status) const;
    void writeErrorRow(const PlanItem &item, int httpStatus, const QString &field, const QString &message,
                       const QString &hint);

    Workspace &m_workspace;
    Kind m_kind;
    SyncProfile m_profile;
    qint64 m_sourceRunId; ///< Resume: the run; RetryFailed: the run whose failures are retried
    SyncOptions m_options;
    quint64 m_generation;
    std::function<void(SecretStore &)> m_secretSetup;

    RunStore m_runs;
    Entity m_sourceEntity;
    Entity m_targetEntity;
    mapping::Mapping m_mapping;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WorkspaceWriter> m_writer; ///< journal and Activity writes, in order, off this thread
    std::unique_ptr<ActivityRecorder> m_activity;
    std::unique_ptr<HttpClient> m_sourceClient;
    std::unique_ptr<HttpClient> m_targetClient;
    QList<QPointer<PageWalker>> m_walkers; ///< reading now (target and source at the same time)
    bool m_targetComplete = false;         ///< readBoth: every target record is in the planner
    std::unique_ptr<SyncPlanner> m_planner;
    /// The stored plan's JSON texts, made on the writer thread while pages still come in (one
    /// list per chunk of items, in order), so storing the plan before the first write only inserts.
    struct TextsChunk
    {
        QList<PlanItem> items;
        QList<RunStore::PlanItemTexts> texts;
        std::atomic<bool> taken = false; ///< by the writer thread or, at the end, by this one
        void make();
    };
    QList<std::shared_ptr<TextsChunk>> m_textsAhead;
    qsizetype m_textsAheadCount = 0;
    SyncPlan m_plan;

    qint64 m_runId = 0;
    QList<PlanItem> m_items;         ///< the run's plan items
    QHash<int, JournalEntry> m_journal; ///< Resume: what the journal already says
    QList<int> m_queue;              ///< indexes into m_items still to write, in order
    qsizetype m_queuePos = 0;
    int m_intentsUpTo = 0;           ///< m_queue[0 .. m_intentsUpTo) have committed intents
    int m_intentsRequested = 0;      ///< … and up to here they are with the writer
    QList<JournalEntry> m_pendingOutcomes;
    QList<int> m_uncertain;          ///< creates whose outcome is unknown: checked against the target
    QList<QPointer<HttpCall>> m_inFlight;
    int m_inFlightCount = 0;
    int m_concurrency = 6;
    int m_batchSize = 0;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_writing = false;
    QString m_cursorFrom;

    SyncProgress m_progress;
    QElapsedTimer m_clock;
    QElapsedTimer m_writeClock;
    qint64 m_lastProgressMs = -1000;
    QTimer m_flushTimer;
    SyncCsvFile m_success;
    SyncCsvFile m_errors;
    qint64 m_resumedDone = 0;
    qint64 m_verified = 0;
    /// Source pages being mapped on m_mapPool (planner->mapSources), in source order; the planner
    /// takes them from the front as they are done (drainMapped), so the thread reading the pages
    /// only parses them.
    std::deque<QFuture<SyncPlanner::MappedSources>> m_pagesMapping;
    qint64 m_sourceRows = 0;
    QThreadPool m_mapPool;
};

} // namespace crmbridge::sync
