#pragma once

// Shared by the sandbox tests: a running SandboxServer on free ports and a small HTTP client
// that waits for each answer with QSignalSpy (no fixed sleeps, no nested QEventLoop::exec).

#include "core/sandbox/sandboxserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace crmbridge::test {

struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class SandboxClient
{
public:
    explicit SandboxClient(const SandboxSystemInfo &info) : m_info(info) { }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_info.baseUrl.toString() + pathAndQuery, QUrl::StrictMode);
    }

    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   QList<QPair<QByteArray, QByteArray>> headers = {}, bool authenticate = true)
    {
        return sendTo(method, url(pathAndQuery), body, std::move(headers), authenticate);
    }

    HttpReply sendTo(const QByteArray &method, const QUrl &target, const QByteArray &body = {},
                     QList<QPair<QByteArray, QByteArray>> headers = {}, bool authenticate = true)
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(20000);
        if (authenticate && !m_info.credentials.authorizationHeader().isEmpty())
            request.setRawHeader("Authorization", m_info.credentials.authorizationHeader());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        HttpReply result;
        result.finished = reply->isFinished() || done.wait(30000);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    HttpReply get(const QString &path) { return send("GET", path); }
    HttpReply post(const QString &path, const QJsonObject &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers));
    }

    QNetworkAccessManager &nam() { return m_nam; }
    const SandboxSystemInfo &info() const { return m_info; }

private:
    SandboxSystemInfo m_info;
    QNetworkAccessManager m_nam;
};

/// Starts a sandbox on free ports; fails the test when it cannot.
inline bool startSandbox(SandboxServer &server, SandboxOptions options = {})
{
    options.basePort = 0;
    Result<QList<SandboxSystemInfo>> started = server.start(options);
    if (!started)
        qWarning("%s", qPrintable(started.error().message()));
    return started.ok();
}

/// The required property names of a schema in one of the real OpenAPI documents (JSON).
inline QStringList openApiRequired(const QString &file, const QString &schema)
{
    QFile f(QStringLiteral(CRMBRIDGE_SOURCE_DIR "/../shared/openapi/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject schemas = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("schemas"))
                                    .toObject();
    QStringList required;
    for (const QJsonValue &v : schemas.value(schema).toObject().value(QStringLiteral("required")).toArray())
        required.append(v.toString());
    return required;
}

} // namespace crmbridge::test
