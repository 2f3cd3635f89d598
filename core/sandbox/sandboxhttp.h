#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace crmbridge {

/// One HTTP request as a sandbox system sees it: decoded path, query and headers (lower-case
/// names), independent of QtHttpServer so that the systems can be unit-tested and reused.
struct SandboxRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString baseUrl; ///< scheme://host:port of the system, for links in answers

    QByteArray header(const QByteArray &lowerName) const;
    QString queryValue(const QString &key) const;
    /// The path split at '/', empty segments dropped.
    QStringList segments() const;
    /// The body parsed as JSON; `ok` false when it is not valid JSON.
    QJsonDocument json(bool *ok) const;
};

/// An answer before it goes on the wire (faults may still change how it is sent).
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SandboxResponse &header(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &lowerName) const;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse json(int status, const QJsonArray &array);
    static SandboxResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static SandboxResponse empty(int status);
};

/// The reason phrase for a status code ("Not Found").
QByteArray sandboxReasonPhrase(int status);

/// The complete HTTP/1.1 message for a response (status line, headers, Content-Length, body).
QByteArray sandboxSerialize(const SandboxResponse &response, qsizetype bodyLengthOverride = -1);

/// Decodes "Basic base64(user:password)"; false when the header is not Basic.
bool sandboxBasicCredentials(const QByteArray &authorization, QString *user, QString *password);

} // namespace crmbridge
