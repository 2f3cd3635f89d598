#include "core/net/httpmessage.h"

#include <QDateTime>
#include <QLocale>

namespace crmbridge {

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

qint64 currentEpochMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isIdempotentMethod(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "PUT" || m == "DELETE";
}

bool isWriteMethod(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    return m != "GET" && m != "HEAD" && m != "OPTIONS";
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowEpochMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds < 0 ? 0 : qint64(seconds * 1000.0);
    // HTTP-date (IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowEpochMs);
}

Error NetErrors::make(Error::Kind kind, QString what, QString where, QString hint)
{
    Error e;
    e.kind = kind;
    e.what = std::move(what);
    e.where = std::move(where);
    e.hint = std::move(hint);
    return e;
}

Result<QJsonDocument> HttpResponse::json() const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return NetErrors::make(Error::Kind::Server,
                               NetErrors::tr("The response is not valid JSON: %1 at byte offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset),
                               QString::fromLatin1(method) + QLatin1Char(' ') + displayUrl,
                               NetErrors::tr("Check that the URL points at the API (not a web page) and that the "
                                             "server is healthy; the Activity page shows the body."));
    }
    return doc;
}

} // namespace crmbridge
