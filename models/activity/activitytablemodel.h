#pragma once

#include "core/net/activityrecorder.h"
#include "models/activity/activityfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace crmbridge {

class Workspace;

/// The `activity` table as a lazy table: rows come from SQLite in batches through
/// canFetchMore()/fetchMore() (keyset paging on the id, so the 1,000th batch costs what the
/// first does), filtered in SQL, sorted by time (newest or oldest first). Only the columns of the
/// table are cached; details (headers, bodies) are read for one row on demand.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 500;
    enum Column { TimeColumn, EndpointColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, BytesColumn,
                  RetryColumn, ErrorColumn, ColumnCount };

    explicit ActivityTableModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const ActivityFilter &filter);
    const ActivityFilter &filter() const { return m_filter; }
    Qt::SortOrder order() const { return m_order; }
    /// Reloads from the top (keeps filter and order).
    void reload();
    /// Newest first: adds rows recorded since the last read at the top, without a reset.
    /// Oldest first: nothing changes until the end is reached. Returns the rows added.
    int pollNew();

    qint64 idAt(int row) const;
    /// Everything recorded about one row, details included.
    Result<ActivityEntry> entry(int row) const;
    QString lastError() const { return m_error; }

    /// Endpoint names and methods present, for the filter choosers.
    QStringList endpoints() const;
    QStringList methods() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failed(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QDateTime time;
        QString endpoint;
        QString method;
        QString url;
        int status = 0;
        qint64 durationMs = 0;
        qint64 bytes = 0;
        int retry = 0;
        QString error;
    };
    QList<Row> query(const QString &extraCondition, const QVariantList &extraBinds, bool newestFirst, int limit) const;

    Workspace &m_workspace;
    ActivityFilter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<Row> m_rows;
    bool m_atEnd = false;
    mutable QString m_error;
};

} // namespace crmbridge
