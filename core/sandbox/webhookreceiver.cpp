#include "core/sandbox/webhookreceiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace crmbridge {

WebhookReceiver::WebhookReceiver(quint32 seed, int scale) : SandboxSystem(SandboxSystemId::Webhooks, seed, scale) { }

QString WebhookReceiver::name() const
{
    return QCoreApplication::translate("crmbridge::SandboxSystems", "Webhook receiver");
}

QString WebhookReceiver::vendor() const
{
    return u"Generic webhook endpoint"_s;
}

void WebhookReceiver::load(const SandboxDataset &)
{
    m_received = {};
    m_nextId = 1;
}

QJsonObject WebhookReceiver::collectionCounts() const
{
    return {{u"received"_s, m_received.size()}};
}

SandboxResponse WebhookReceiver::handle(const SandboxRequest &request)
{
    if (request.method != "POST" && request.method != "PUT")
        return SandboxResponse::json(200, QJsonObject{{u"received"_s, m_received.size()},
                                                      {u"hint"_s, u"POST deliveries to any path; GET /_sandbox/received lists them."_s}});
    QJsonObject headers;
    for (const auto &[name, value] : RequestLog::withoutSecrets(request.headers))
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    // Signatures are what a receiver verifies; keep them even though they look like secrets.
    for (const auto &[name, value] : request.headers) {
        if (name.toLower().contains("signature"))
            headers.insert(QString::fromLatin1(name.toLower()), QString::fromUtf8(value));
    }
    bool ok = false;
    const QJsonDocument json = request.json(&ok);
    const qint64 id = m_nextId++;
    m_received.append(QJsonObject{{u"id"_s, id},
                                  {u"receivedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                  {u"method"_s, QString::fromLatin1(request.method)},
                                  {u"path"_s, request.path},
                                  {u"query"_s, request.query.toString(QUrl::FullyDecoded)},
                                  {u"headers"_s, headers},
                                  {u"body"_s, ok ? json.toVariant().toJsonValue() : QJsonValue(QString::fromUtf8(request.body))}});
    return SandboxResponse::json(202, QJsonObject{{u"received"_s, id}});
}

bool WebhookReceiver::handleAdmin(const SandboxRequest &request, SandboxResponse *response)
{
    if (request.segments().value(1) != u"received")
        return false;
    QMutexLocker lock(&m_mutex);
    if (request.method == "DELETE") {
        m_received = {};
        *response = SandboxResponse::empty(204);
    } else {
        *response = SandboxResponse::json(200, QJsonObject{{u"received"_s, m_received}});
    }
    return true;
}

} // namespace crmbridge
