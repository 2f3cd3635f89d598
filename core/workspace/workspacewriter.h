#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace crmbridge {

class Workspace;

/// A thread of its own that writes to a workspace (with its own connection), running the work it
/// is given one piece after another in the order it was posted. Two writers of one SQLite file
/// take turns at its write lock, and the one that waits sleeps in steps of milliseconds; a sync
/// run that sends thousands of requests therefore gives all its writes — journal and Activity —
/// to one WorkspaceWriter, and its own thread never waits for SQLite.
///
/// post() returns at once; run() waits for the work (and everything posted before it). The
/// destructor finishes what was posted, closes the thread's connection and ends the thread.
class WorkspaceWriter : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWriter(Workspace &workspace, const QString &name = QStringLiteral("workspace-writer"));
    ~WorkspaceWriter() override;

    /// Runs `work` on the writer thread after everything posted before. `done`, if given, is
    /// called with its status on `context`'s thread (not at all once `context` is gone).
    void post(std::function<Status()> work, QObject *context = nullptr, std::function<void(const Status &)> done = {});
    /// Runs `work` on the writer thread after everything posted before, and waits for it.
    Status run(const std::function<Status()> &work);

    Workspace &workspace() const { return m_workspace; }

private:
    Workspace &m_workspace;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives on m_thread
};

} // namespace crmbridge
