#pragma once

#include <QString>
#include <QVariantList>

namespace crmbridge {

/// Which rows of the `activity` table to show: endpoint, method, status class and text in the
/// URL. Builds the SQL WHERE clause with bound values (never text pasted into SQL).
struct ActivityFilter
{
    enum StatusClass { AnyStatus = 0, NoAnswer = 1, Status2xx = 2, Status3xx = 3, Status4xx = 4, Status5xx = 5,
                       Failed = 6 /* no answer or 4xx/5xx */ };

    QString endpoint; ///< "" = every endpoint
    QString method;   ///< "" = every method
    int statusClass = AnyStatus;
    QString urlText;  ///< a substring of the URL, case-insensitive

    /// " WHERE …" (or "") for these conditions; appends the values to bind, in order.
    QString whereClause(QVariantList *binds, const QString &extra = {}) const;
    bool isEmpty() const { return endpoint.isEmpty() && method.isEmpty() && statusClass == AnyStatus && urlText.isEmpty(); }
    friend bool operator==(const ActivityFilter &, const ActivityFilter &) = default;
};

} // namespace crmbridge
