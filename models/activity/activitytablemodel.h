#pragma once

#include "core/net/activityrecorder.h"
#include "models/activity/activityfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace crmbridge {

class ActivityQueryService;
class Workspace;

/// The `activity` table as a lazy table: rows come from SQLite in batches through
/// canFetchMore()/fetchMore() (keyset paging on the id, so the 1,000th batch costs what the
/// first does), filtered in SQL, sorted by time (newest or oldest first), read off the GUI
/// thread when a query service is set. Only the columns of the
/// table are cached; details (headers, bodies) are read for one row on demand.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 500;
    enum Column
    {
        TimeColumn,
        EndpointColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        BytesColumn,
        RetryColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit ActivityTableModel(Workspace &workspace, QObject *parent = nullptr);

    /// With a service, batches are read on its thread and arrive a moment later (a filter that
    /// matches few of a million rows scans for a while); without one, they are read at once.
    void setQueryService(ActivityQueryService *service);
    /// A batch is being read.
    bool isLoading() const { return m_loading; }

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
    /// A batch arrived (rows inserted, or none when the end was reached).
    void batchLoaded();

private:
    void requestBatch();
    void onRows(quint64 token, const QList<ActivityRow> &rows, bool atEnd, const QString &error);

private:
    QList<ActivityRow> query(const QString &extraCondition, const QVariantList &extraBinds, bool newestFirst,
                             int limit) const;

    Workspace &m_workspace;
    ActivityFilter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<ActivityRow> m_rows;
    ActivityQueryService *m_service = nullptr;
    quint64 m_token = 0;
    bool m_loading = false;
    bool m_atEnd = false;
    mutable QString m_error;
};

} // namespace crmbridge
