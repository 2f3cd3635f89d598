#pragma once

#include "core/common/result.h"
#include "core/importers/wsdlimporter.h"
#include "core/net/httpmessage.h"
#include "core/net/soapmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace crmbridge {

class HttpCall;
class HttpClient;

/// What a SOAP call gave back: the response element's content as JSON, or the error. A SOAP
/// Fault is an error whose details hold the fault (SoapFault::fromError(*error)).
struct SoapResponse
{
    QString operation;
    HttpResponse http; ///< the exchange underneath (status, headers, raw body, duration, attempts)
    QJsonObject body; ///< {"Order": {"Id": 1001, "Status": "NEW", "Lines": {"Line": [...]}}}
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    /// The fault, when the service answered with one.
    std::optional<SoapFault> fault() const { return error ? SoapFault::fromError(*error) : std::nullopt; }
    /// The records at an element path below the response element ("Orders/Order"): a list even
    /// when one record came back; empty when there are none.
    QJsonArray records(const QString &recordPath) const;
};

/// Per-call options. By default an operation named Get…/List…/Find… is read-only (retried like a
/// GET, no production confirmation) and anything else is a write.
struct SoapCallOptions
{
    bool confirmedProductionWrite = false; ///< the user confirmed a write to a production environment
    std::optional<bool> readOnly; ///< overrides the guess from the operation's name
    QString idempotencyKey; ///< makes a write safe to repeat (sent in the retry header)
    QString context; ///< for errors and the Activity record ("order SO-101234, ship")
};

/// One SOAP call in flight. Emits finished() once, then deletes itself later.
class SoapCall : public QObject
{
    Q_OBJECT

public:
    void abort();
    bool isFinished() const { return m_finished; }

signals:
    void finished(const crmbridge::SoapResponse &response);

private:
    friend class SoapClient;
    explicit SoapCall(QObject *parent)
        : QObject(parent)
    { }
    void finish(SoapResponse response);

    QPointer<HttpCall> m_http;
    bool m_finished = false;
};

/// Calls the operations of a SOAP service over an endpoint's HttpClient, so auth, TLS, retries,
/// rate limits, production confirmation and the Activity record apply as to every request.
///
/// Builds the SOAP 1.1 (or 1.2, as the WSDL says) envelope from a JSON object — nested objects
/// become nested elements, arrays repeated elements, in the WSDL's sequence order (see
/// SoapMessage) — POSTs it with its SOAPAction, and reads the response element back into JSON,
/// typed after the WSDL. A SOAP Fault becomes an Error whose message carries the faultstring and
/// fault code and whose details carry faultcode, faultstring, the detail element and its Code
/// (SoapFault); HTTP and network failures come through as HttpClient reports them.
///
/// Example (the sandbox ERP's OrderService; the endpoint holds the imported WSDL):
/// \code
///   auto service = SoapClient::serviceOf(endpoint);           // Result<SoapService>
///   SoapClient soap(&httpClient, service.value());
///   soap.call(u"UpdateOrderStatus"_s,
///             QJsonObject{{u"OrderId"_s, 1001}, {u"Status"_s, u"SHIP"_s}, {u"ExpectedVersion"_s, 3}},
///             this, [](const SoapResponse &r) {
///                 if (auto fault = r.fault(); fault && fault->code == u"INVALID_TRANSITION")
///                     ...;                                    // r.error->message() for people
///                 else if (r.ok())
///                     use(r.body[u"Order"_s].toObject()[u"Status"_s]);   // "SHIP"
///             });
///   // A write to a production environment: pass SoapCallOptions{.confirmedProductionWrite = true}.
///   // CreateOrder: {"CustomerId": 7, "Currency": "EUR",
///   //               "Lines": {"Line": [{"Sku": "SKU-10001", "Qty": 2, "UnitPrice": "9.90"}]}}
///   // ("Lines": [{…}] works too: the one repeated child of a wrapper is filled in.)
/// \endcode
/// Guarantees: never blocks; every call ends with finished() exactly once (a call that cannot be
/// built — unknown operation — ends with an error on the next event-loop turn).
class SoapClient : public QObject
{
    Q_OBJECT

public:
    SoapClient(HttpClient *http, SoapService service, QObject *parent = nullptr);

    /// The SOAP service stored on an endpoint (Endpoint::soapService, from the WSDL import).
    static Result<SoapService> serviceOf(const Endpoint &endpoint);

    const SoapService &service() const { return m_service; }
    HttpClient *httpClient() const { return m_http; }

    SoapCall *call(const QString &operation, const QJsonObject &body, const SoapCallOptions &options = {});
    /// Convenience: call and hand the response to `done` (not called if `context` is gone).
    void call(const QString &operation, const QJsonObject &body, QObject *context,
              std::function<void(const SoapResponse &)> done, const SoapCallOptions &options = {});

private:
    QPointer<HttpClient> m_http;
    SoapService m_service;
};

} // namespace crmbridge
