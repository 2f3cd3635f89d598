#include "models/activity/activitytablemodel.h"

#include "core/workspace/workspace.h"
#include "models/activity/activitystats.h"
#include "models/common/modelroles.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace crmbridge {

ActivityTableModel::ActivityTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

QList<ActivityRow> ActivityTableModel::query(const QString &extraCondition, const QVariantList &extraBinds,
                                             bool newestFirst, int limit) const
{
    QString error;
    QList<ActivityRow> rows = readActivityRows(m_workspace.database(), m_filter, extraCondition, extraBinds,
                                               newestFirst, limit, &error);
    if (!error.isEmpty())
        m_error = m_workspace.sqlError(tr("Could not read the activity record"), error).message();
    return rows;
}

void ActivityTableModel::setQueryService(ActivityQueryService *service)
{
    m_service = service;
    if (m_service)
        connect(m_service, &ActivityQueryService::rowsReady, this, &ActivityTableModel::onRows);
}

void ActivityTableModel::requestBatch()
{
    m_loading = true;
    const bool newestFirst = m_order == Qt::DescendingOrder;
    m_token =
        m_service->requestRows(m_filter, m_rows.isEmpty() ? 0 : m_rows.last().id, newestFirst, BatchSize);
}

void ActivityTableModel::onRows(quint64 token, const QList<ActivityRow> &rows, bool atEnd,
                                const QString &error)
{
    if (token != m_token)
        return; // an answer for a filter or order no longer shown
    m_loading = false;
    m_atEnd = atEnd;
    if (!error.isEmpty()) {
        m_error = m_workspace.sqlError(tr("Could not read the activity record"), error).message();
        emit failed(m_error);
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    emit batchLoaded();
}

void ActivityTableModel::setFilter(const ActivityFilter &filter)
{
    if (filter == m_filter && !m_rows.isEmpty())
        return;
    m_filter = filter;
    reload();
}

void ActivityTableModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_rows.clear();
    m_atEnd = false;
    ++m_token; // drops any batch still on its way
    m_loading = false;
    if (!m_service) {
        m_rows = query({}, {}, m_order == Qt::DescendingOrder, BatchSize);
        m_atEnd = m_rows.size() < BatchSize;
    }
    endResetModel();
    if (m_service)
        requestBatch();
    else if (!m_error.isEmpty())
        emit failed(m_error);
}

int ActivityTableModel::pollNew()
{
    if (m_order != Qt::DescendingOrder) {
        if (m_atEnd)
            m_atEnd = false; // more may have arrived after the last row
        return 0;
    }
    if (m_rows.isEmpty()) {
        if (!m_loading)
            reload();
        return 0;
    }
    // Rows newer than the newest shown, oldest of them last, so they go on top in order.
    QList<ActivityRow> fresh = query(QStringLiteral("id > ?"), { m_rows.first().id }, true, 100000);
    if (fresh.isEmpty())
        return 0;
    const int added = int(fresh.size());
    beginInsertRows({}, 0, added - 1);
    fresh.append(m_rows);
    m_rows = std::move(fresh);
    endInsertRows();
    return added;
}

bool ActivityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void ActivityTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading)
        return;
    if (m_service) {
        requestBatch();
        return;
    }
    const bool newestFirst = m_order == Qt::DescendingOrder;
    QList<ActivityRow> more;
    if (m_rows.isEmpty())
        more = query({}, {}, newestFirst, BatchSize);
    else
        more = query(newestFirst ? QStringLiteral("id < ?") : QStringLiteral("id > ?"), { m_rows.last().id },
                     newestFirst, BatchSize);
    m_atEnd = more.size() < BatchSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void ActivityTableModel::sort(int column, Qt::SortOrder order)
{
    // Only time is indexed; other columns keep the time order (a million-row ORDER BY on an
    // unindexed column would stall the window).
    if (column != TimeColumn && column != -1)
        return;
    if (order == m_order)
        return;
    m_order = order;
    reload();
}

qint64 ActivityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

Result<ActivityEntry> ActivityTableModel::entry(int row) const
{
    const qint64 id = idAt(row);
    if (id == 0)
        return Error::notFound(tr("No such activity row"));
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral(
        "SELECT id, time, endpoint, method, url, status, duration_ms, bytes, retry, error, details "
        "FROM activity WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_workspace.sqlError(tr("Could not read the activity record"), q.lastError().text());
    if (!q.next())
        return Error::notFound(tr("The activity row was trimmed meanwhile (retention limit)"));
    ActivityEntry e;
    e.id = q.value(0).toLongLong();
    e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.endpoint = q.value(2).toString();
    e.method = q.value(3).toString();
    e.url = q.value(4).toString();
    e.status = q.value(5).toInt();
    e.durationMs = q.value(6).toLongLong();
    e.bytes = q.value(7).toLongLong();
    e.retry = q.value(8).toInt();
    e.error = q.value(9).toString();
    e.details = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return e;
}

static QStringList distinctValues(Workspace &workspace, const QString &column)
{
    QStringList values;
    QSqlQuery q(workspace.database());
    // DISTINCT over a million rows is a scan; bounded by the newest rows it stays quick.
    if (q.exec(
            QStringLiteral("SELECT DISTINCT %1 FROM (SELECT %1 FROM activity ORDER BY id DESC LIMIT 100000) "
                           "WHERE %1 IS NOT NULL ORDER BY %1")
                .arg(column))) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

QStringList ActivityTableModel::endpoints() const
{
    return distinctValues(m_workspace, QStringLiteral("endpoint"));
}

QStringList ActivityTableModel::methods() const
{
    return distinctValues(m_workspace, QStringLiteral("method"));
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case TimeColumn:
            return r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case EndpointColumn:
            return r.endpoint;
        case MethodColumn:
            return r.method;
        case UrlColumn:
            return r.url;
        case StatusColumn:
            return r.status == 0 ? tr("no answer") : QString::number(r.status);
        case DurationColumn:
            return tr("%1 ms").arg(locale.toString(r.durationMs));
        case BytesColumn:
            return locale.formattedDataSize(r.bytes);
        case RetryColumn:
            return r.retry == 0 ? QString() : QString::number(r.retry);
        case ErrorColumn:
            return r.error;
        }
    } else if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.time;
        case EndpointColumn:
            return r.endpoint;
        case MethodColumn:
            return r.method;
        case UrlColumn:
            return r.url;
        case StatusColumn:
            return r.status;
        case DurationColumn:
            return r.durationMs;
        case BytesColumn:
            return r.bytes;
        case RetryColumn:
            return r.retry;
        case ErrorColumn:
            return r.error;
        }
    } else if (role == ObjectIdRole) {
        return r.id;
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (r.status == 0 || r.status >= 500)
            return QColor(0xc6, 0x28, 0x28);
        if (r.status >= 400)
            return QColor(0xd9, 0x77, 0x06);
        return QColor(0x2e, 0x7d, 0x32);
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case BytesColumn:
        case RetryColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
    } else if (role == Qt::ToolTipRole && (index.column() == UrlColumn || index.column() == ErrorColumn)) {
        return index.column() == UrlColumn ? r.url : r.error;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EndpointColumn:
        return tr("Endpoint");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Bytes");
    case RetryColumn:
        return tr("Retry");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace crmbridge
