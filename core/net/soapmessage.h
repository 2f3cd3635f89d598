#pragma once

#include "core/common/result.h"
#include "core/importers/wsdlimporter.h"
#include "core/net/httpmessage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace crmbridge {

/// What a SOAP Fault said, in a form a program can react to. SoapMessage::parse() puts it into
/// Error::details (toJson()), and fromError() reads it back.
struct SoapFault
{
    QString faultCode; ///< "soap:Client" (1.1) or "soap:Sender" (1.2 Code/Value)
    QString faultString; ///< the service's own words (1.2: Reason/Text)
    QString faultActor; ///< 1.1 faultactor / 1.2 Node, often empty
    QString code; ///< the first Code/ErrorCode leaf inside detail ("INVALID_TRANSITION"), else ""
    QJsonObject detail; ///< the detail element as JSON ({"OrderFault": {"Code": …, "From": …}})
    int httpStatus = 0;

    QJsonObject toJson() const; ///< {"kind": "soap-fault", "code", "faultcode", "faultstring", …}
    /// The fault an Error carries, if it came from a SOAP Fault.
    static std::optional<SoapFault> fromError(const Error &error);
};

/// Builds SOAP requests from JSON and reads SOAP responses back into JSON — the pure part of
/// SoapClient, shared with PageWalker (paging through a SOAP list operation) and the connection
/// test. No network here.
///
/// Request bodies: a JSON object gives the operation element's children; nested objects become
/// nested elements, arrays repeated elements, null xsi:nil, keys starting with "@" attributes and
/// "#text" the element's text. Children follow the WSDL's xsd:sequence order where known (others
/// after them, by name). An array given for a wrapper element whose schema holds exactly one
/// repeated child ("Lines": [{…}, {…}] for <Lines><Line/>…</Lines>) is wrapped for you.
class SoapMessage
{
    Q_DECLARE_TR_FUNCTIONS(SoapMessage)

public:
    static QString envelopeNamespace(const SoapService &service);
    /// The whole envelope (SOAP 1.1 or 1.2 after service.soapVersion).
    static QByteArray envelope(const SoapService &service, const SoapOperation &operation,
                               const QJsonObject &body);
    /// A POST to the service address (the endpoint's base URL) with SOAPAction (1.1) or the
    /// action parameter of the content type (1.2). Operations whose name starts with Get, List,
    /// Find, Search, Query, Read, Count or Check are marked read-only (retried like a GET; no
    /// production confirmation).
    static HttpRequest request(const SoapService &service, const SoapOperation &operation,
                               const QJsonObject &body);
    static bool isReadOnly(const SoapOperation &operation);
    /// The operation by name, or an error listing the ones the service has.
    static Result<SoapOperation> operation(const SoapService &service, const QString &name,
                                           const QString &endpointName);

    /// The response element's content as JSON (typed after the WSDL's response schema). A SOAP
    /// Fault is an Error with SoapFault::toJson() in details and a message with the faultstring
    /// and the fault code; an HTTP or network failure without a fault is response.error as is; a
    /// body that is not XML is an error naming the URL and the offset.
    static Result<QJsonObject> parse(const HttpResponse &response, const SoapOperation &operation,
                                     const QString &endpointName);
};

} // namespace crmbridge
