#include "core/net/activityrecorder.h"

#include "core/workspace/workspace.h"
#include "core/workspace/workspacewriter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace crmbridge {

ActivityRecorder::ActivityRecorder(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_writer)
            return flushInBackground();
        const Status status = flush();
        if (!status)
            emit failed(status.error().message());
    });
}

ActivityRecorder::~ActivityRecorder()
{
    (void)flush();
}

void ActivityRecorder::setWriter(WorkspaceWriter *writer)
{
    (void)flush();
    m_writer = writer;
}

void ActivityRecorder::flushInBackground()
{
    m_timer.stop();
    if (m_queue.isEmpty())
        return;
    // The writer runs its work in order, so batches reach the table in the order recorded.
    m_writer->post([this, batch = std::exchange(m_queue, {})]() mutable { return write(std::move(batch)); }, this,
                   [this](const Status &status) {
                       if (!status)
                           emit failed(status.error().message());
                   });
}

void ActivityRecorder::record(ActivityEntry entry)
{
    if (QThread::currentThread() != thread()) {
        // HttpClients on worker threads share the window's recorder: hop to its thread.
        QMetaObject::invokeMethod(this, [this, entry = std::move(entry)]() mutable { record(std::move(entry)); },
                                  Qt::QueuedConnection);
        return;
    }
    m_queue.append(std::move(entry));
    if (m_queue.size() >= m_batchSize) {
        if (m_writer)
            return flushInBackground();
        const Status status = flush();
        if (!status)
            emit failed(status.error().message());
    } else if (!m_timer.isActive()) {
        m_timer.start();
    }
}

Status ActivityRecorder::flush()
{
    m_timer.stop();
    if (m_writer) {
        // Behind the batches already handed to the writer: when this returns, all are written.
        QList<ActivityEntry> batch = std::exchange(m_queue, {});
        return m_writer->run([this, &batch] { return write(std::move(batch)); });
    }
    if (m_queue.isEmpty())
        return {};
    return write(std::exchange(m_queue, {}));
}

Status ActivityRecorder::write(QList<ActivityEntry> batch)
{
    if (batch.isEmpty())
        return {};
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO activity (time, endpoint, method, url, status, duration_ms, bytes, "
                                      "retry, error, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (ActivityEntry &e : batch) {
            if (e.complete)
                e.complete(e);
            insert.addBindValue(e.time.toUTC().toString(Qt::ISODateWithMs));
            insert.addBindValue(e.endpoint);
            insert.addBindValue(e.method);
            insert.addBindValue(e.url);
            insert.addBindValue(e.status == 0 ? QVariant() : QVariant(e.status));
            insert.addBindValue(e.durationMs);
            insert.addBindValue(e.bytes);
            insert.addBindValue(e.retry);
            insert.addBindValue(e.error.isEmpty() ? QVariant() : QVariant(e.error));
            insert.addBindValue(QString::fromUtf8(e.detailsJson.isEmpty() ? QJsonDocument(e.details).toJson(QJsonDocument::Compact)
                                                                           : e.detailsJson));
            if (!insert.exec())
                return m_workspace.sqlError(tr("Could not record the activity"), insert.lastError().text());
        }
        // Ids grow by one per row and rows only go from the oldest end, so the newest `retention`
        // rows are those above max(id) - retention: found through the primary key, where an
        // OFFSET would walk (and read from disk) every row it skips, on every flush.
        QSqlQuery trim(db);
        trim.prepare(QStringLiteral("DELETE FROM activity WHERE id <= (SELECT MAX(id) FROM activity) - ?"));
        trim.addBindValue(m_retention);
        if (!trim.exec())
            return m_workspace.sqlError(tr("Could not trim the activity record"), trim.lastError().text());
        return {};
    });
    if (status)
        emit recorded(int(batch.size()));
    return status;
}

Result<QList<ActivityEntry>> ActivityRecorder::recent(Workspace &workspace, int limit, const QString &endpoint)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id, time, endpoint, method, url, status, duration_ms, bytes, retry, error, "
                                 "details FROM activity WHERE (COALESCE(?, '') = '' OR endpoint = ?) ORDER BY id DESC LIMIT ?"));
    query.addBindValue(endpoint);
    query.addBindValue(endpoint);
    query.addBindValue(limit);
    if (!query.exec())
        return workspace.sqlError(tr("Could not read the activity record"), query.lastError().text());
    QList<ActivityEntry> entries;
    while (query.next()) {
        ActivityEntry e;
        e.id = query.value(0).toLongLong();
        e.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.endpoint = query.value(2).toString();
        e.method = query.value(3).toString();
        e.url = query.value(4).toString();
        e.status = query.value(5).toInt();
        e.durationMs = query.value(6).toLongLong();
        e.bytes = query.value(7).toLongLong();
        e.retry = query.value(8).toInt();
        e.error = query.value(9).toString();
        e.details = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}

} // namespace crmbridge
