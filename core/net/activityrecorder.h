#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace crmbridge {

class Workspace;
class WorkspaceWriter;

/// One HTTP exchange as the Activity page shows it. Everything in it is already redacted.
struct ActivityEntry
{
    qint64 id = 0;
    QDateTime time;
    QString endpoint;
    QString method;
    QString url;
    int status = 0;        ///< 0 = no HTTP answer
    qint64 durationMs = 0;
    qint64 bytes = 0;      ///< response body bytes
    int retry = 0;         ///< 0 = first attempt
    QString error;         ///< what went wrong, if anything
    QJsonObject details;   ///< request/response headers and body excerpts, "curl"
    QByteArray detailsJson; ///< details as compact JSON text, when made that way (stored instead of details)
    /// When set, fills in what is left (redaction, details) on the thread that writes the entry,
    /// not on the sender's: a sync's requests are answered on one thread, and its Activity costs
    /// that thread almost nothing. It must not touch the sender's objects.
    std::function<void(ActivityEntry &)> complete;
};

/// Writes every HTTP exchange to the workspace `activity` table. Entries are queued and written
/// in batches (one transaction per flush, not per request); the table keeps at most retention()
/// rows, the oldest going first. Callers hand in redacted entries, or a complete() that redacts
/// (HttpClient does); the recorder masks nothing itself. record() may be called from any thread (it hops to the
/// recorder's); everything else belongs to the recorder's thread.
///
/// With setWriter() (a WorkspaceWriter shared with other writes, so that they take turns instead
/// of waiting for each other's SQLite lock) the batches that fill up or time out are written on
/// the writer's thread, so a busy caller — a sync
/// sending thousands of requests — does not wait for SQLite; flush() and the destructor still
/// return only once everything recorded so far is in the table.
class ActivityRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultRetention = 50000;
    static constexpr int DetailBytes = 4096; ///< body excerpt kept per side for the inspector

    explicit ActivityRecorder(Workspace &workspace, QObject *parent = nullptr);
    ~ActivityRecorder() override;

    void setRetention(int rows) { m_retention = rows; }
    int retention() const { return m_retention; }
    void setFlushIntervalMs(int ms) { m_timer.setInterval(ms); }
    void setBatchSize(int size) { m_batchSize = size; }
    /// Writes full batches through `writer` (not owned; it must outlive the recorder).
    void setWriter(WorkspaceWriter *writer);

    void record(ActivityEntry entry);
    /// Writes what is queued now, in one transaction, and waits for the writer thread's batches.
    Status flush();
    int pending() const { return int(m_queue.size()); }

    /// The newest entries, newest first (optionally of one endpoint).
    static Result<QList<ActivityEntry>> recent(Workspace &workspace, int limit, const QString &endpoint = {});

signals:
    void recorded(int count);
    void failed(const QString &message);

private:
    void flushInBackground();
    Status write(QList<ActivityEntry> batch);

    Workspace &m_workspace;
    WorkspaceWriter *m_writer = nullptr; ///< null: write on this thread
    QList<ActivityEntry> m_queue;
    QTimer m_timer;
    int m_retention = DefaultRetention;
    int m_batchSize = 200;
};

} // namespace crmbridge
