#pragma once

#include "models/activity/activityfilter.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace crmbridge {

/// The Activity charts' numbers for one filter: per time bucket, requests, p50/p95 latency and
/// counts per status class.
struct ActivityStats
{
    struct Bucket
    {
        qint64 startSecs = 0; ///< Unix seconds (UTC)
        int requests = 0;
        qint64 p50Ms = 0;
        qint64 p95Ms = 0;
        int ok = 0; ///< 2xx and 3xx
        int client = 0; ///< 4xx
        int server = 0; ///< 5xx
        int noAnswer = 0; ///< network failures, timeouts
    };
    int bucketSecs = 1;
    qint64 rows = 0; ///< rows that match the filter (within the charted window)
    bool truncated = false; ///< only the newest MaxRows rows were charted
    QList<Bucket> buckets;
    QString error;
};

/// Runs the Activity page's SQL-heavy work off the GUI thread on its own read-only connection:
/// chart statistics and CSV export of every row that matches a filter. Results come back as
/// queued signals carrying a generation token; a newer request makes older answers stale.
class ActivityQueryService : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 500000; ///< the newest rows a chart covers
    static constexpr int TargetBuckets = 120;

    explicit ActivityQueryService(const QString &workspacePath, QObject *parent = nullptr);
    ~ActivityQueryService() override;

    /// Computes statistics for `filter`; statsReady() follows (only for the newest request).
    void requestStats(const ActivityFilter &filter);
    /// Writes every row matching `filter` to `path` as CSV; exported() follows.
    void exportCsv(const ActivityFilter &filter, const QString &path, const QStringList &headers);
    /// Reads up to `limit` rows after (newest first: before) row `afterId` (0: from the start);
    /// rowsReady() follows with the returned token.
    quint64 requestRows(const ActivityFilter &filter, qint64 afterId, bool newestFirst, int limit);
    bool isBusy() const { return m_pendingStats > 0 || m_pendingExports > 0; }

signals:
    void statsReady(const crmbridge::ActivityStats &stats);
    void exported(const QString &path, qint64 rows, const QString &error);
    void rowsReady(quint64 token, const QList<crmbridge::ActivityRow> &rows, bool atEnd,
                   const QString &error);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint64 m_generation = 0;
    quint64 m_rowsToken = 0;
    int m_pendingStats = 0;
    int m_pendingExports = 0;
};

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::ActivityStats)
