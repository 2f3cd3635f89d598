#include "core/workspace/workspacewriter.h"

#include "core/workspace/workspace.h"

#include <QPointer>
#include <QThread>

namespace crmbridge {

WorkspaceWriter::WorkspaceWriter(Workspace &workspace, const QString &name) : m_workspace(workspace)
{
    m_thread = new QThread;
    m_thread->setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

WorkspaceWriter::~WorkspaceWriter()
{
    // Behind everything posted: close this thread's connection on this thread, then end it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_workspace.releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void WorkspaceWriter::post(std::function<Status()> work, QObject *context, std::function<void(const Status &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [work = std::move(work), guard, done = std::move(done)] {
        const Status status = work();
        if (!done)
            return;
        // Queued to the context's thread; Qt drops the call if the context is deleted first.
        if (QObject *target = guard.data())
            QMetaObject::invokeMethod(target, [done, status] { done(status); }, Qt::QueuedConnection);
    });
}

Status WorkspaceWriter::run(const std::function<Status()> &work)
{
    Status status;
    QMetaObject::invokeMethod(m_worker, [&status, &work] { status = work(); }, Qt::BlockingQueuedConnection);
    return status;
}

} // namespace crmbridge
