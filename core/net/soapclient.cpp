#include "core/net/soapclient.h"

#include "core/net/httpclient.h"
#include "core/net/xmljson.h"

namespace crmbridge {

QJsonArray SoapResponse::records(const QString &recordPath) const
{
    return XmlJson::recordsAt(body, recordPath).toArray();
}

void SoapCall::abort()
{
    if (m_finished)
        return;
    if (m_http) {
        m_http->abort(); // finished() follows with an Interrupted error
        return;
    }
    SoapResponse response;
    response.error =
        NetErrors::make(Error::Kind::Interrupted, SoapClient::tr("The SOAP call was cancelled"), {}, {});
    finish(response);
}

void SoapCall::finish(SoapResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(response);
    deleteLater();
}

SoapClient::SoapClient(HttpClient *http, SoapService service, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_service(std::move(service))
{ }

Result<SoapService> SoapClient::serviceOf(const Endpoint &endpoint)
{
    if (endpoint.soapService.isEmpty()) {
        return Error::config(
            tr("Endpoint \"%1\" has no SOAP service description").arg(endpoint.name), {},
            tr("Import the service's WSDL (crmbridge-cli endpoint import-wsdl URL) to create the "
               "endpoint with its operations."));
    }
    return SoapService::fromJson(endpoint.soapService, tr("endpoint \"%1\"").arg(endpoint.name));
}

SoapCall *SoapClient::call(const QString &operation, const QJsonObject &body, const SoapCallOptions &options)
{
    auto *soapCall = new SoapCall(this);
    const QString endpointName = m_http ? m_http->endpoint().name : QString();
    auto op = SoapMessage::operation(m_service, operation, endpointName);
    if (!m_http || !op) {
        SoapResponse response;
        response.operation = operation;
        response.error = op ? Error::internal(tr("The SOAP client has no HTTP client")) : op.error();
        QMetaObject::invokeMethod(
            soapCall, [soapCall, response]() { soapCall->finish(response); }, Qt::QueuedConnection);
        return soapCall;
    }
    HttpRequest request = SoapMessage::request(m_service, op.value(), body);
    if (options.readOnly)
        request.readOnly = *options.readOnly;
    request.confirmedProductionWrite = options.confirmedProductionWrite;
    request.idempotencyKey = options.idempotencyKey;
    if (!options.context.isEmpty())
        request.context = request.context + QStringLiteral(", ") + options.context;
    HttpCall *http = m_http->send(request);
    soapCall->m_http = http;
    connect(http, &HttpCall::finished, soapCall,
            [soapCall, op = op.value(), endpointName](const HttpResponse &answer) {
                SoapResponse response;
                response.operation = op.name;
                response.http = answer;
                auto parsed = SoapMessage::parse(answer, op, endpointName);
                if (parsed)
                    response.body = parsed.value();
                else
                    response.error = parsed.error();
                soapCall->finish(response);
            });
    // A call whose HttpClient goes away unanswered must still end.
    connect(http, &QObject::destroyed, soapCall, [soapCall]() {
        if (soapCall->m_finished)
            return;
        SoapResponse response;
        response.error = NetErrors::make(Error::Kind::Interrupted,
                                         tr("The SOAP call stopped: the connection was closed"), {}, {});
        soapCall->finish(response);
    });
    return soapCall;
}

void SoapClient::call(const QString &operation, const QJsonObject &body, QObject *context,
                      std::function<void(const SoapResponse &)> done, const SoapCallOptions &options)
{
    SoapCall *c = call(operation, body, options);
    connect(c, &SoapCall::finished, context ? context : this,
            [done = std::move(done)](const SoapResponse &r) { done(r); });
}

} // namespace crmbridge
