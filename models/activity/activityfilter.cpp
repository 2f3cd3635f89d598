#include "models/activity/activityfilter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace crmbridge {

QString ActivityFilter::whereClause(QVariantList *binds, const QString &extra) const
{
    QStringList conditions;
    if (!extra.isEmpty())
        conditions << extra;
    if (!endpoint.isEmpty()) {
        conditions << QStringLiteral("endpoint = ?");
        binds->append(endpoint);
    }
    if (!method.isEmpty()) {
        conditions << QStringLiteral("method = ?");
        binds->append(method);
    }
    switch (statusClass) {
    case NoAnswer:
        conditions << QStringLiteral("status IS NULL");
        break;
    case Status2xx:
    case Status3xx:
    case Status4xx:
    case Status5xx:
        conditions << QStringLiteral("status >= ? AND status < ?");
        binds->append(statusClass * 100);
        binds->append(statusClass * 100 + 100);
        break;
    case Failed:
        conditions << QStringLiteral("(status IS NULL OR status >= 400)");
        break;
    default:
        break;
    }
    if (!urlText.isEmpty()) {
        QString pattern = urlText;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        conditions << QStringLiteral("url LIKE ? ESCAPE '\\'");
        binds->append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<ActivityRow> readActivityRows(const QSqlDatabase &db, const ActivityFilter &filter,
                                    const QString &extraCondition, const QVariantList &extraBinds,
                                    bool newestFirst, int limit, QString *error)
{
    QVariantList binds = extraBinds;
    const QString where = filter.whereClause(&binds, extraCondition);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, time, endpoint, method, url, status, duration_ms, bytes, retry, error "
                       "FROM activity")
        + where + (newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id ASC"))
        + QStringLiteral(" LIMIT ?"));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<ActivityRow> rows;
    if (!q.exec()) {
        *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        ActivityRow r;
        r.id = q.value(0).toLongLong();
        r.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.endpoint = q.value(2).toString();
        r.method = q.value(3).toString();
        r.url = q.value(4).toString();
        r.status = q.value(5).toInt();
        r.durationMs = q.value(6).toLongLong();
        r.bytes = q.value(7).toLongLong();
        r.retry = q.value(8).toInt();
        r.error = q.value(9).toString();
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace crmbridge
