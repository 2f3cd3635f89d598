#include "core/sync/syncrunner.h"

#include "core/sync/syncjob.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

QString toString(EnumArg<SyncPhase> phase)
{
    switch (phase.value) {
    case SyncPhase::Starting:
        return u"starting"_s;
    case SyncPhase::ReadingSource:
        return u"reading-source"_s;
    case SyncPhase::ReadingTarget:
        return u"reading-target"_s;
    case SyncPhase::Planning:
        return u"planning"_s;
    case SyncPhase::Writing:
        return u"writing"_s;
    case SyncPhase::Verifying:
        return u"verifying"_s;
    case SyncPhase::Finished:
        return u"finished"_s;
    }
    return {};
}

qint64 SyncOutcome::failedCount() const
{
    qint64 n = 0;
    for (qint64 c : failed)
        n += c;
    return n;
}

qint64 SyncOutcome::doneCount() const
{
    qint64 n = 0;
    for (qint64 c : done)
        n += c;
    return n;
}

SyncRunner::SyncRunner(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<crmbridge::sync::SyncProgress>();
    qRegisterMetaType<crmbridge::sync::SyncOutcome>();
    // One worker thread for the runner's lifetime: its HTTP clients and its workspace connection
    // live there.
    m_thread = new QThread(this);
    m_thread->setObjectName(u"sync"_s);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    m_thread->start();
}

SyncRunner::~SyncRunner()
{
    // On the worker thread: delete the job (a running one stops; its journal keeps intents) and
    // close the thread's workspace connection before the thread ends.
    SyncJob *job = m_job.data();
    Workspace *workspace = &m_workspace;
    QObject *context = m_threadContext;
    QMetaObject::invokeMethod(
        context,
        [job, workspace, context] {
            delete job;
            workspace->releaseThreadConnection();
            delete context;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 SyncRunner::plan(const SyncProfile &profile, const SyncOptions &options)
{
    return start(JobKind::Plan, profile, 0, options);
}

quint64 SyncRunner::run(const SyncProfile &profile, const SyncOptions &options)
{
    return start(JobKind::Run, profile, 0, options);
}

quint64 SyncRunner::resume(qint64 runId, const SyncOptions &options)
{
    return start(JobKind::Resume, {}, runId, options);
}

quint64 SyncRunner::retryFailed(qint64 runId, const SyncOptions &options)
{
    return start(JobKind::RetryFailed, {}, runId, options);
}

quint64 SyncRunner::start(JobKind kind, const SyncProfile &profile, qint64 runId, const SyncOptions &options)
{
    if (m_busy)
        return 0;
    m_busy = true;
    m_paused = false;
    const quint64 generation = ++m_generation;
    // The analyst's latest conflict decisions (ask), whatever the caller's copy of the profile
    // holds: the page may have decided fields since it read its profiles.
    SyncProfile planned = profile;
    if (planned.conflictPolicy == ConflictPolicy::Ask && planned.id > 0) {
        if (auto decisions = ConflictDecisionStore(m_workspace).list(planned.id))
            planned.decisions = decisions.value();
        else
            qWarning("%s", qPrintable(decisions.error().message()));
    }
    auto *job = new SyncJob(m_workspace, SyncJob::Kind(int(kind)), planned, runId, options, generation, m_secretSetup);
    job->moveToThread(m_thread);
    m_job = job;
    connect(job, &SyncJob::progress, this, &SyncRunner::onProgress, Qt::QueuedConnection);
    connect(job, &SyncJob::finished, this, &SyncRunner::onFinished, Qt::QueuedConnection);
    QMetaObject::invokeMethod(job, &SyncJob::start, Qt::QueuedConnection);
    return generation;
}

void SyncRunner::pause()
{
    if (!m_job || m_paused)
        return;
    m_paused = true;
    QPointer<SyncJob> job = m_job;
    QMetaObject::invokeMethod(job, [job] { if (job) job->pause(true); }, Qt::QueuedConnection);
}

void SyncRunner::resumeWork()
{
    if (!m_job || !m_paused)
        return;
    m_paused = false;
    QPointer<SyncJob> job = m_job;
    QMetaObject::invokeMethod(job, [job] { if (job) job->pause(false); }, Qt::QueuedConnection);
}

void SyncRunner::cancel()
{
    if (!m_job)
        return;
    QPointer<SyncJob> job = m_job;
    QMetaObject::invokeMethod(job, [job] { if (job) job->cancel(); }, Qt::QueuedConnection);
}

void SyncRunner::onProgress(const SyncProgress &progress)
{
    if (progress.generation != m_generation)
        return; // a superseded job
    emit this->progress(progress);
}

void SyncRunner::onFinished(const SyncOutcome &outcome)
{
    if (outcome.generation != m_generation)
        return;
    if (m_job) {
        SyncJob *job = m_job.data();
        m_job = nullptr;
        QMetaObject::invokeMethod(m_threadContext, [job] { delete job; }, Qt::QueuedConnection); // where it lives
    }
    m_busy = false;
    m_paused = false;
    emit finished(outcome);
}

Result<QList<RunRecord>> SyncRunner::unfinishedRuns(Workspace &workspace)
{
    auto runs = RunStore(workspace).list(200, 0, u"sync"_s);
    if (!runs)
        return runs.error();
    QList<RunRecord> out;
    for (const RunRecord &r : runs.value()) {
        if (r.status == RunStatus::Running || r.status == RunStatus::Interrupted)
            out.append(r);
    }
    return out;
}

} // namespace crmbridge::sync
