#include "models/activity/activityfilter.h"

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
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace crmbridge
