#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace crmbridge {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// The first value of a header (names compare case-insensitively); empty when absent.
QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name);
qint64 currentEpochMs();

/// GET, HEAD, OPTIONS, PUT and DELETE: repeating them does no extra harm (RFC 9110 §9.2.2).
bool isIdempotentMethod(const QByteArray &method);
/// Anything but GET, HEAD and OPTIONS changes data.
bool isWriteMethod(const QByteArray &method);

/// Retry-After as milliseconds from now: delay-seconds or an HTTP date; nullopt when absent or
/// unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowEpochMs);

/// One request for an endpoint. path is relative to the endpoint's base URL (or absolute, as a
/// next-page URL is); path, query values, header values and the body may hold {{var}} references.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path;
    QList<QPair<QString, QString>> query;
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    QString contentType;      ///< Content-Type of the body ("application/json")
    bool expandBody = true;   ///< fill {{var}} in the body too
    QString idempotencyKey;   ///< makes a POST/PATCH safe to repeat; sent in RetryPolicy::idempotencyHeader
    bool confirmedProductionWrite = false; ///< the user confirmed a write to a production environment
    /// A POST that only reads (a SOAP GetOrder or ListOrders): repeated on failures like a GET and
    /// not a write to a production environment.
    bool readOnly = false;
    QString context;          ///< what this is for, for errors ("entity contacts, page 3")
};

/// What came back: a value, whatever happened. ok() means a 2xx/3xx answer; otherwise error says
/// what failed, the (redacted) URL and what to do. status and body stay readable for 4xx/5xx.
struct HttpResponse
{
    QByteArray method;
    QUrl url;             ///< the URL requested (unredacted; use Redactor before showing it)
    QString displayUrl;   ///< the URL with secrets redacted, for messages and logs
    int status = 0;       ///< 0 = no HTTP answer (network error, timeout, TLS failure)
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    qint64 durationMs = 0; ///< from send() to the final answer, retries and waits included
    int attempts = 0;      ///< requests actually sent (1 = no retry)
    /// Qt's code for the last attempt's network failure (NoError when an HTTP answer came, or when
    /// the request was never sent): tells DNS, refused, TLS and timeouts apart without reading text.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    /// The body as JSON; a malformed body is an error naming the URL and the byte offset.
    Result<QJsonDocument> json() const;
};

/// Error texts shared by the network layer.
class NetErrors
{
    Q_DECLARE_TR_FUNCTIONS(NetErrors)

public:
    static Error make(Error::Kind kind, QString what, QString where, QString hint);
};

} // namespace crmbridge
