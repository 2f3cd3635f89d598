#include "core/sandbox/sandboxhttp.h"

#include "core/common/jsontext.h"

using namespace Qt::StringLiterals;

namespace crmbridge {

QByteArray SandboxRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name.compare(lowerName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SandboxRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList SandboxRequest::segments() const
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QJsonDocument SandboxRequest::json(bool *ok) const
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError;
    return document;
}

SandboxResponse &SandboxResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::headerValue(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name.compare(lowerName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    QByteArray body;
    appendJson(body, object);
    return raw(status, "application/json; charset=utf-8"_ba, body);
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray &array)
{
    QByteArray body;
    appendJson(body, array);
    return raw(status, "application/json; charset=utf-8"_ba, body);
}

SandboxResponse SandboxResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({"Content-Type"_ba, contentType});
    return response;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse response;
    response.status = status;
    return response;
}

QByteArray sandboxReasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 202: return "Accepted"_ba;
    case 204: return "No Content"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 409: return "Conflict"_ba;
    case 412: return "Precondition Failed"_ba;
    case 415: return "Unsupported Media Type"_ba;
    case 422: return "Unprocessable Entity"_ba;
    case 428: return "Precondition Required"_ba;
    case 429: return "Too Many Requests"_ba;
    case 500: return "Internal Server Error"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    default: return "Status"_ba;
    }
}

QByteArray sandboxSerialize(const SandboxResponse &response, qsizetype bodyLengthOverride)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' + sandboxReasonPhrase(response.status) + "\r\n"_ba;
    for (const auto &[name, value] : response.headers)
        out += name + ": "_ba + value + "\r\n"_ba;
    out += "Content-Length: "_ba
        + QByteArray::number(bodyLengthOverride >= 0 ? bodyLengthOverride : response.body.size()) + "\r\n\r\n"_ba;
    out += response.body;
    return out;
}

bool sandboxBasicCredentials(const QByteArray &authorization, QString *user, QString *password)
{
    if (!authorization.startsWith("Basic "_ba))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(decoded.left(colon));
    *password = QString::fromUtf8(decoded.mid(colon + 1));
    return true;
}

} // namespace crmbridge
