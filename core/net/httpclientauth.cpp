#include "core/net/httpclient.h"

#include "core/net/activityrecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

// The authentication half of HttpClient: credentials on each request, and the OAuth 2.0
// client-credentials token with its cache.

namespace crmbridge {

static const QString kAuthSecret = QStringLiteral("#auth");

void HttpClient::authorize(HttpCall *call)
{
    call->m_headers.removeIf([](const auto &h) { return h.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    const QByteArray secret = m_secretValues.value(kAuthSecret).toUtf8();
    switch (m_endpoint.auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic: {
        auto user = expand(m_endpoint.auth.username, [&] { return tr("user name of endpoint \"%1\"").arg(m_endpoint.name); });
        if (!user) {
            finish(call, user.error());
            return;
        }
        const QByteArray credentials = user->toUtf8() + ':' + secret;
        call->m_headers.append({"Authorization", QByteArray("Basic ") + credentials.toBase64()});
        break;
    }
    case AuthKind::Bearer:
        call->m_headers.append({"Authorization", "Bearer " + secret});
        break;
    case AuthKind::ApiKeyHeader:
        call->m_headers.append({m_endpoint.auth.keyName.toLatin1(), secret});
        break;
    case AuthKind::ApiKeyQuery: {
        QUrlQuery q(call->m_url);
        q.removeAllQueryItems(m_endpoint.auth.keyName);
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(m_endpoint.auth.keyName)),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
        call->m_url.setQuery(q);
        break;
    }
    case AuthKind::OAuth2ClientCredentials:
        if (m_token.isEmpty() || now() >= m_tokenExpiresAt) {
            m_tokenWaiters.append(call);
            fetchToken();
            return;
        }
        call->m_headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        break;
    }
    enqueue(call);
}

void HttpClient::fetchToken()
{
    if (m_tokenFetching)
        return;
    auto tokenUrl = resolveUrl(m_endpoint.auth.tokenUrl);
    auto clientId = expand(m_endpoint.auth.clientId, [&] { return tr("client id of endpoint \"%1\"").arg(m_endpoint.name); });
    if (!tokenUrl || !clientId) {
        finishTokenWaiters(!tokenUrl ? tokenUrl.error() : clientId.error());
        return;
    }
    m_tokenFetching = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId.value())));
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_secretValues.value(kAuthSecret))));
    if (!m_endpoint.auth.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(m_endpoint.auth.scope)));
    QNetworkRequest request(tokenUrl.value());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (tokenUrl->scheme() == QLatin1String("https")) {
        auto config = sslConfiguration();
        if (!config) {
            m_tokenFetching = false;
            finishTokenWaiters(config.error());
            return;
        }
        request.setSslConfiguration(config.value());
    }
    const qint64 started = now();
    QNetworkReply *reply = m_nam->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, started, url = tokenUrl.value()]() {
        reply->deleteLater();
        m_tokenFetching = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString token = json.value(QStringLiteral("access_token")).toString();
        if (!token.isEmpty())
            m_redactor.addSecret(token.toUtf8());
        if (m_activity) {
            // The token exchange carries the client secret and the token: only the row, no bodies.
            ActivityEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.endpoint = m_endpoint.name;
            entry.method = QStringLiteral("POST");
            entry.url = m_redactor.url(url);
            entry.status = status;
            entry.durationMs = now() - started;
            entry.bytes = body.size();
            entry.details = QJsonObject{{QStringLiteral("note"), tr("OAuth 2.0 token request; bodies not kept")}};
            m_activity->record(entry);
        }
        if (status < 200 || status >= 300 || token.isEmpty()) {
            const QString detail = status == 0 ? m_redactor.text(reply->errorString())
                                               : QStringLiteral("HTTP %1: %2").arg(status).arg(
                                                     m_redactor.text(QString::fromUtf8(body.left(300))).simplified());
            finishTokenWaiters(NetErrors::make(
                Error::Kind::Server, tr("Could not get an OAuth 2.0 token for %1: %2").arg(m_endpoint.name, detail),
                m_redactor.url(url), tr("Check the token URL, the client id and the client secret.")));
            return;
        }
        const qint64 expiresIn = std::max<qint64>(1, json.value(QStringLiteral("expires_in")).toInteger(3600));
        // Renew a little early (10%, at most 30 s) so a request never leaves with a token that
        // expires on the way.
        const qint64 margin = std::min<qint64>(30000, expiresIn * 100);
        m_token = token;
        m_tokenExpiresAt = now() + expiresIn * 1000 - margin;
        finishTokenWaiters(std::nullopt);
    });
}

void HttpClient::finishTokenWaiters(const std::optional<Error> &error)
{
    const QList<QPointer<HttpCall>> waiters = std::exchange(m_tokenWaiters, {});
    for (const QPointer<HttpCall> &call : waiters) {
        if (!call || call->m_finished)
            continue;
        if (error) {
            finish(call, *error);
        } else {
            call->m_headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
            enqueue(call);
        }
    }
}

} // namespace crmbridge
