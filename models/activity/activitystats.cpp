#include "models/activity/activitystats.h"

#include <QDateTime>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <map>
#include <vector>

namespace crmbridge {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

qint64 percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
    return values[k];
}

/// Lives in the service's thread; owns a read-only connection of its own to the workspace file.
class ActivityWorker : public QObject
{
public:
    explicit ActivityWorker(QString path)
        : m_path(std::move(path))
    { }

    ~ActivityWorker() override
    {
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    QSqlDatabase db()
    {
        if (m_connection.isEmpty()) {
            m_connection =
                QStringLiteral("activity-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            db.open();
        }
        return QSqlDatabase::database(m_connection, false);
    }

    ActivityStats stats(const ActivityFilter &filter)
    {
        ActivityStats result;
        QSqlDatabase database = db();
        if (!database.isOpen()) {
            result.error = database.lastError().text();
            return result;
        }
        QVariantList binds;
        const QString where = filter.whereClause(&binds);
        QSqlQuery q(database);
        q.setForwardOnly(true);
        // Unix seconds and milliseconds in SQL: parsing a million ISO strings in C++ would be slower.
        q.prepare(
            QStringLiteral("SELECT CAST(strftime('%s', time) AS INTEGER), status, duration_ms FROM activity")
            + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(ActivityQueryService::MaxRows + 1);
        if (!q.exec()) {
            result.error = q.lastError().text();
            return result;
        }
        struct Sample
        {
            qint64 secs;
            int status;
            qint64 ms;
        };
        std::vector<Sample> samples;
        while (q.next()) {
            if (samples.size() == size_t(ActivityQueryService::MaxRows)) {
                result.truncated = true;
                break;
            }
            samples.push_back({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong() });
        }
        result.rows = qint64(samples.size());
        if (samples.empty())
            return result;
        qint64 first = samples.front().secs;
        qint64 last = first;
        for (const Sample &s : samples) {
            first = std::min(first, s.secs);
            last = std::max(last, s.secs);
        }
        static const int steps[] = { 1,   2,   5,    10,   15,   30,    60,    120,  300,
                                     600, 900, 1800, 3600, 7200, 21600, 43200, 86400 };
        result.bucketSecs = 86400;
        for (int step : steps) {
            if ((last - first) / step < ActivityQueryService::TargetBuckets) {
                result.bucketSecs = step;
                break;
            }
        }
        std::map<qint64, std::vector<qint64>> durations;
        std::map<qint64, ActivityStats::Bucket> buckets;
        for (const Sample &s : samples) {
            const qint64 start = s.secs - s.secs % result.bucketSecs;
            ActivityStats::Bucket &b = buckets[start];
            b.startSecs = start;
            ++b.requests;
            if (s.status == 0)
                ++b.noAnswer;
            else if (s.status >= 500)
                ++b.server;
            else if (s.status >= 400)
                ++b.client;
            else
                ++b.ok;
            durations[start].push_back(s.ms);
        }
        // Empty buckets in between are zeros on the chart, not a line drawn across a gap.
        const qint64 firstBucket = buckets.begin()->first;
        const qint64 lastBucket = buckets.rbegin()->first;
        for (qint64 t = firstBucket; t <= lastBucket; t += result.bucketSecs) {
            auto it = buckets.find(t);
            ActivityStats::Bucket b;
            if (it != buckets.end()) {
                b = it->second;
                b.p50Ms = percentile(durations[t], 0.50);
                b.p95Ms = percentile(durations[t], 0.95);
            } else {
                b.startSecs = t;
            }
            result.buckets.append(b);
        }
        return result;
    }

    QList<ActivityRow> rows(const ActivityFilter &filter, qint64 afterId, bool newestFirst, int limit,
                            QString *error)
    {
        QVariantList binds;
        QString condition;
        if (afterId > 0) {
            condition = newestFirst ? QStringLiteral("id < ?") : QStringLiteral("id > ?");
            binds << afterId;
        }
        return readActivityRows(db(), filter, condition, binds, newestFirst, limit, error);
    }

    qint64 exportCsv(const ActivityFilter &filter, const QString &path, const QStringList &headers,
                     QString *error)
    {
        QSqlDatabase database = db();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return 0;
        }
        QStringList header;
        for (const QString &h : headers)
            header << csvField(h);
        file.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
        QVariantList binds;
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral(
                "SELECT time, endpoint, method, url, status, duration_ms, bytes, retry, error FROM activity")
            + filter.whereClause(&binds) + QStringLiteral(" ORDER BY id DESC"));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec()) {
            *error = q.lastError().text();
            file.cancelWriting();
            return 0;
        }
        qint64 rows = 0;
        QByteArray chunk;
        while (q.next()) {
            QStringList line;
            for (int c = 0; c < 9; ++c)
                line << csvField(q.value(c).toString());
            chunk += (line.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
            ++rows;
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        if (!file.commit()) {
            *error = file.errorString();
            return 0;
        }
        return rows;
    }

private:
    QString m_path;
    QString m_connection;
};

} // namespace

ActivityQueryService::ActivityQueryService(const QString &workspacePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ActivityStats>();
    qRegisterMetaType<ActivityRow>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("activity-queries"));
    m_worker = new ActivityWorker(workspacePath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

ActivityQueryService::~ActivityQueryService()
{
    m_thread->quit();
    m_thread->wait(); // the worker finishes its current query; nothing new is queued
}

void ActivityQueryService::requestStats(const ActivityFilter &filter)
{
    const quint64 generation = ++m_generation;
    ++m_pendingStats;
    auto *worker = static_cast<ActivityWorker *>(m_worker);
    QPointer<ActivityQueryService> self(this);
    QMetaObject::invokeMethod(
        worker,
        [worker, filter, generation, self]() {
            const ActivityStats stats = worker->stats(filter);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, stats, generation]() {
                    if (!self)
                        return;
                    --self->m_pendingStats;
                    if (generation == self->m_generation)
                        emit self->statsReady(stats);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

quint64 ActivityQueryService::requestRows(const ActivityFilter &filter, qint64 afterId, bool newestFirst,
                                          int limit)
{
    const quint64 token = ++m_rowsToken;
    auto *worker = static_cast<ActivityWorker *>(m_worker);
    QPointer<ActivityQueryService> self(this);
    QMetaObject::invokeMethod(
        worker,
        [worker, filter, afterId, newestFirst, limit, token, self]() {
            QString error;
            const QList<ActivityRow> rows = worker->rows(filter, afterId, newestFirst, limit, &error);
            const bool atEnd = rows.size() < limit;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, token, rows, atEnd, error]() {
                    if (self)
                        emit self->rowsReady(token, rows, atEnd, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return token;
}

void ActivityQueryService::exportCsv(const ActivityFilter &filter, const QString &path,
                                     const QStringList &headers)
{
    ++m_pendingExports;
    auto *worker = static_cast<ActivityWorker *>(m_worker);
    QPointer<ActivityQueryService> self(this);
    QMetaObject::invokeMethod(
        worker,
        [worker, filter, path, headers, self]() {
            QString error;
            const qint64 rows = worker->exportCsv(filter, path, headers, &error);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, path, rows, error]() {
                    if (!self)
                        return;
                    --self->m_pendingExports;
                    emit self->exported(path, rows, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace crmbridge
