#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace crmbridge {

/// Which rows of the `activity` table to show: endpoint, method, status class and text in the
/// URL. Builds the SQL WHERE clause with bound values (never text pasted into SQL).
struct ActivityFilter
{
    enum StatusClass
    {
        AnyStatus = 0,
        NoAnswer = 1,
        Status2xx = 2,
        Status3xx = 3,
        Status4xx = 4,
        Status5xx = 5,
        Failed = 6 /* no answer or 4xx/5xx */
    };

    QString endpoint; ///< "" = every endpoint
    QString method; ///< "" = every method
    int statusClass = AnyStatus;
    QString urlText; ///< a substring of the URL, case-insensitive

    /// " WHERE …" (or "") for these conditions; appends the values to bind, in order.
    QString whereClause(QVariantList *binds, const QString &extra = {}) const;
    bool isEmpty() const
    {
        return endpoint.isEmpty() && method.isEmpty() && statusClass == AnyStatus && urlText.isEmpty();
    }
    friend bool operator==(const ActivityFilter &, const ActivityFilter &) = default;
};

/// One row of the `activity` table without its details (what the table shows).
struct ActivityRow
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

/// Reads up to `limit` rows matching `filter` (and `extraCondition` with `extraBinds`, e.g.
/// "id < ?"), newest or oldest first. On failure returns what it has and sets *error.
QList<ActivityRow> readActivityRows(const QSqlDatabase &db, const ActivityFilter &filter,
                                    const QString &extraCondition, const QVariantList &extraBinds,
                                    bool newestFirst, int limit, QString *error);

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::ActivityRow)
