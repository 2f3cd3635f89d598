#include "core/importers/wsdlimporter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace crmbridge {

WsdlFetcher::WsdlFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

WsdlFetcher::~WsdlFetcher()
{
    abort();
}

void WsdlFetcher::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WsdlFetcher::fetch(const QUrl &url, int timeoutMs)
{
    abort();
    m_result.reset();
    m_url = url;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "text/xml, application/xml, application/wsdl+xml");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &WsdlFetcher::onFinished);
}

void WsdlFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QString where = m_url.toString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        m_result = Result<WsdlImportResult>(Error{Error::Kind::Network,
                                                  WsdlImporter::tr("The WSDL could not be fetched: %1").arg(reply->errorString()), where,
                                                  WsdlImporter::tr("Check the address and that the service is reachable from here."), {}});
    } else if (status >= 400) {
        m_result = Result<WsdlImportResult>(Error{Error::Kind::Server,
                                                  WsdlImporter::tr("The server answered %1 to the WSDL request").arg(status), where,
                                                  WsdlImporter::tr("Check the address (most services serve the WSDL at ?wsdl) and whether it needs a sign-in."), {}});
    } else {
        m_result = WsdlImporter::parse(reply->readAll(), where);
    }
    emit finished();
}

} // namespace crmbridge
