#pragma once

#include "core/net/activityrecorder.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace crmbridge {

/// Reads what ActivityRecorder keeps in an entry's `details` (already redacted): headers of both
/// sides, body excerpts, the cURL command — and formats bodies for reading.
class ActivityDetails
{
    Q_DECLARE_TR_FUNCTIONS(ActivityDetails)

public:
    static constexpr int MaxShownChars = 64 * 1024;

    using Headers = QList<QPair<QString, QString>>;
    static Headers requestHeaders(const ActivityEntry &entry);
    static Headers responseHeaders(const ActivityEntry &entry);
    static QString requestBody(const ActivityEntry &entry);
    static QString responseBody(const ActivityEntry &entry);
    /// The redacted "Copy as cURL" command ("" when the entry has none, e.g. a token request).
    static QString curl(const ActivityEntry &entry);
    static QString context(const ActivityEntry &entry);

    /// Pretty-printed JSON or XML (indented), else the text as it is; cut at MaxShownChars with a
    /// note. A body the recorder cut short (it keeps a few KB) is shown as it is, with a note.
    static QString pretty(const QString &body, const QString &contentType);
    static QString header(const Headers &headers, const QString &name);
};

} // namespace crmbridge
