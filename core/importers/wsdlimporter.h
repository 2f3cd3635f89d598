#pragma once

#include "core/common/result.h"
#include "core/discovery/fieldtree.h"
#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace crmbridge {

/// One operation of a SOAP service: what to send (request field tree, the body element's
/// name and namespace, the SOAPAction header) and what comes back.
struct SoapOperation
{
    QString name;
    QString soapAction;
    QString requestElement;  ///< local name of the body's first child ("CreateOrder")
    QString responseElement; ///< "CreateOrderResponse"
    QString elementNamespace; ///< namespace of those elements (the schema's targetNamespace)
    FieldTree request;
    FieldTree response;
    /// The request's element paths in schema (xsd:sequence) order — "CustomerId", "Lines",
    /// "Lines.Line", "Lines.Line.Sku" … — since a FieldTree keeps its fields sorted by name and
    /// many services insist on the sequence order.
    QStringList requestOrder;
    bool qualified = false;  ///< child elements are in elementNamespace (elementFormDefault="qualified")
    QStringList faults;      ///< fault names
    QString documentation;
    friend bool operator==(const SoapOperation &, const SoapOperation &) = default;
};

/// A SOAP service as a WSDL 1.1 document describes it. A SOAP endpoint keeps it
/// (`Endpoint::soapService`); `SoapClient` builds envelopes and reads answers from it.
struct SoapService
{
    QString name;
    QString targetNamespace;
    QString address;                        ///< soap:address location
    QString soapVersion = QStringLiteral("1.1"); ///< "1.1" or "1.2"
    QString style = QStringLiteral("document");  ///< "document" or "rpc"
    QList<SoapOperation> operations;
    friend bool operator==(const SoapService &, const SoapService &) = default;

    const SoapOperation *operation(const QString &name) const;
    /// A stable JSON form (operations by name; field trees as FieldTreeJson). This is what an
    /// Endpoint's soapService holds.
    QJsonObject toJson() const;
    /// Reads toJson()'s form back; the error names the bad field.
    static Result<SoapService> fromJson(const QJsonObject &json, const QString &where = {});
};

struct WsdlImportResult
{
    Endpoint endpoint; ///< protocol SoapXml, base URL = the service address, soapService = service
    SoapService service;
    /// Entities grouped from the operations' names (ListOrders, GetOrder, CreateOrder,
    /// UpdateOrderStatus → "orders"), their operations naming WSDL operations; see soapEntities().
    QList<Entity> entities;
    QStringList warnings;
};

/// Groups a SOAP service's operations into entities by name: List/Find/Search/Query… → list,
/// Get/Read/Fetch… → get, Create/Add/Insert… → create, Update/Set/Change/Modify… → update,
/// Delete/Remove… → delete; the noun after the verb (singular, lower case, plural for the
/// entity name) groups them, and an update or delete whose noun starts with a known one
/// (UpdateOrderStatus) joins it. The list operation's first repeated element in its answer is the
/// records path ("Orders/Order"), its fields the schema; page parameters (PageNumber/Page +
/// PageSize/Limit, Offset/Skip) and a total (TotalCount, Total…) give the pagination.
/// Operations that fit no verb stay callable by name (SoapClient, `endpoint call`).
QList<Entity> soapEntities(const SoapService &service, const QString &endpointName);

/// Reads a WSDL 1.1 document (QXmlStreamReader): the XSD types in <types> (elements, complex
/// types with sequence/all/choice, complexContent extensions, simple types with enumerations),
/// messages, port types, SOAP 1.1/1.2 bindings (soapAction, style) and the service address.
/// Guarantees: never fetches anything itself (xsd:import is a warning); recursive types stop at
/// a fixed depth; errors give the line and column.
class WsdlImporter
{
    Q_DECLARE_TR_FUNCTIONS(WsdlImporter)

public:
    static Result<WsdlImportResult> parse(const QByteArray &xml, const QString &where);
    static Result<WsdlImportResult> importFile(const QString &path);
};

/// Fetches a WSDL over HTTP(S) with QNetworkAccessManager and parses it — asynchronously: call
/// fetch(), wait for finished(), read result(). One fetch at a time; a new fetch() aborts the
/// one running. No nested event loop.
class WsdlFetcher : public QObject
{
    Q_OBJECT

public:
    /// `network` may be shared with the rest of the application; null makes a private one.
    explicit WsdlFetcher(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~WsdlFetcher() override;

    void fetch(const QUrl &url, int timeoutMs = 30000);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }
    /// The outcome of the last fetch; empty while running or before the first.
    const std::optional<Result<WsdlImportResult>> &result() const { return m_result; }

signals:
    void finished();

private:
    void onFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    std::optional<Result<WsdlImportResult>> m_result;
};

} // namespace crmbridge
