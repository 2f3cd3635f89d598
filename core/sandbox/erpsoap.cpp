// The Demo ERP's SOAP 1.1 OrderService: WSDL, CreateOrder, GetOrder, UpdateOrderStatus, ListOrders
// and SOAP Faults, over the same order store as the REST API.
#include "core/sandbox/erpsystem.h"

#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

const QString Tns = u"urn:crmbridge:sandbox:erp:orders"_s;
const QString SoapEnv = u"http://schemas.xmlsoap.org/soap/envelope/"_s;

struct SoapCall
{
    QString operation;
    QHash<QString, QString> fields;
    QList<QHash<QString, QString>> lines;
    QString error;
};

// Reads the first element inside soap:Body: its leaf children become fields, <Line> elements lines.
SoapCall parseCall(const QByteArray &body)
{
    SoapCall call;
    QXmlStreamReader xml(body);
    int depthInOperation = -1;
    int depth = 0;
    bool inBody = false;
    QHash<QString, QString> *line = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (!inBody && name == u"Body") {
                inBody = true;
            } else if (inBody && call.operation.isEmpty()) {
                call.operation = name;
                depthInOperation = depth;
            } else if (!call.operation.isEmpty() && name == u"Line") {
                call.lines.append(QHash<QString, QString>());
                line = &call.lines.last();
            } else if (!call.operation.isEmpty() && depth > depthInOperation && name != u"Lines") {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
                if (line)
                    line->insert(name, text);
                else
                    call.fields.insert(name, text);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"Line")
                line = nullptr;
            --depth;
        }
    }
    if (xml.hasError())
        call.error = xml.errorString();
    else if (call.operation.isEmpty())
        call.error = u"No operation element inside soap:Body."_s;
    return call;
}

QByteArray envelope(const std::function<void(QXmlStreamWriter &)> &content)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(SoapEnv, u"soap"_s);
    w.writeNamespace(Tns, u"tns"_s);
    w.writeStartElement(SoapEnv, u"Envelope"_s);
    w.writeStartElement(SoapEnv, u"Body"_s);
    content(w);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

SandboxResponse ErpSystem::soapFault(const QString &code, const QString &message, const QString &detailCode,
                                     const QList<QPair<QString, QString>> &detail) const
{
    const QByteArray xml = envelope([&](QXmlStreamWriter &w) {
        w.writeStartElement(SoapEnv, u"Fault"_s);
        w.writeTextElement(u"faultcode"_s, u"soap:"_s + code);
        w.writeTextElement(u"faultstring"_s, message);
        w.writeStartElement(u"detail"_s);
        w.writeStartElement(Tns, u"OrderFault"_s);
        w.writeTextElement(Tns, u"Code"_s, detailCode);
        for (const auto &[name, value] : detail)
            w.writeTextElement(Tns, name, value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    });
    return SandboxResponse::raw(500, "text/xml; charset=utf-8"_ba, xml);
}

QByteArray ErpSystem::soapOrder(const QJsonObject &order) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(u"Order"_s);
    w.writeTextElement(u"Id"_s, QString::number(order.value(u"id"_s).toInteger()));
    w.writeTextElement(u"Number"_s, order.value(u"number"_s).toString());
    w.writeTextElement(u"CustomerId"_s, QString::number(order.value(u"customer_id"_s).toInteger()));
    w.writeTextElement(u"Status"_s, order.value(u"status"_s).toString());
    w.writeTextElement(u"Currency"_s, order.value(u"currency"_s).toString());
    w.writeTextElement(u"Total"_s, order.value(u"total"_s).toString());
    w.writeTextElement(u"Version"_s, QString::number(order.value(u"version"_s).toInteger()));
    w.writeStartElement(u"Lines"_s);
    for (const QJsonValue &v : order.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        w.writeStartElement(u"Line"_s);
        w.writeTextElement(u"Sku"_s, line.value(u"sku"_s).toString());
        w.writeTextElement(u"Qty"_s, line.value(u"qty"_s).toString());
        w.writeTextElement(u"UnitPrice"_s, line.value(u"unit_price"_s).toString());
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

SandboxResponse ErpSystem::soap(const SandboxRequest &request)
{
    if (request.method == "GET") {
        if (!request.query.hasQueryItem(u"wsdl"_s) && !request.query.hasQueryItem(u"WSDL"_s))
            return SandboxResponse::raw(404, "text/plain; charset=utf-8"_ba, "Ask for the WSDL with ?wsdl.\n"_ba);
        return SandboxResponse::raw(200, "text/xml; charset=utf-8"_ba, wsdl(request.baseUrl + u"/soap/OrderService"_s));
    }
    if (request.method != "POST")
        return soapFault(u"Client"_s, u"The OrderService accepts POST (SOAP 1.1) and GET ?wsdl."_s, u"METHOD_NOT_ALLOWED"_s);
    if (!credentialsValid(request)) {
        // As SOAP stacks behind HTTP authentication do: 401 with a challenge, and a fault body.
        SandboxResponse denied = soapFault(u"Client"_s, u"Authentication failed: valid HTTP Basic credentials are required."_s,
                                           u"AUTHENTICATION_FAILED"_s);
        denied.status = 401;
        denied.headers.append({"WWW-Authenticate"_ba, "Basic realm=\"Demo ERP\""_ba});
        return denied;
    }
    const SoapCall call = parseCall(request.body);
    if (!call.error.isEmpty())
        return soapFault(u"Client"_s, u"The request is not a SOAP 1.1 envelope: %1"_s.arg(call.error), u"MALFORMED_REQUEST"_s);

    Store &orders = m_stores[u"orders"_s];
    auto findOrder = [&](qint64 *id) -> bool {
        const QString key = call.fields.value(u"OrderId"_s);
        if (!key.isEmpty()) {
            *id = key.toLongLong();
            return orders.count(*id) > 0;
        }
        const QString number = call.fields.value(u"OrderNumber"_s);
        for (const auto &[oid, order] : orders) {
            if (order.value(u"number"_s).toString() == number) {
                *id = oid;
                return true;
            }
        }
        return false;
    };
    auto answer = [&](const QString &operation, const QJsonObject &order) {
        const QByteArray orderXml = soapOrder(order);
        QByteArray xml = envelope([&](QXmlStreamWriter &w) {
            w.writeStartElement(Tns, operation + u"Response"_s);
            w.writeCharacters(u"@ORDER@"_s);
            w.writeEndElement();
        });
        xml.replace("@ORDER@", orderXml);
        return SandboxResponse::raw(200, "text/xml; charset=utf-8"_ba, xml);
    };
    auto notFound = [&] {
        const QString key = call.fields.value(u"OrderId"_s, call.fields.value(u"OrderNumber"_s));
        return soapFault(u"Client"_s, u"Order %1 does not exist."_s.arg(key), u"ORDER_NOT_FOUND"_s, {{u"OrderId"_s, key}});
    };

    if (call.operation == u"GetOrder") {
        qint64 id = -1;
        if (!findOrder(&id))
            return notFound();
        return answer(call.operation, orders.at(id));
    }
    if (call.operation == u"ListOrders") {
        const QString pageText = call.fields.value(u"PageNumber"_s, u"1"_s);
        const QString sizeText = call.fields.value(u"PageSize"_s, u"50"_s);
        bool pageOk = false;
        bool sizeOk = false;
        const qint64 page = pageText.toLongLong(&pageOk);
        const qint64 size = std::min<qint64>(100, sizeText.toLongLong(&sizeOk));
        if (!pageOk || !sizeOk || page < 1 || size < 1)
            return soapFault(u"Client"_s, u"PageNumber and PageSize must be positive whole numbers."_s, u"VALIDATION_FAILED"_s,
                             {{u"Field"_s, u"PageNumber: %1, PageSize: %2"_s.arg(pageText, sizeText)}});
        const QString status = call.fields.value(u"Status"_s);
        QList<const QJsonObject *> matching;
        for (const auto &[oid, order] : orders) { // std::map: ascending ids, a stable order for paging
            if (status.isEmpty() || order.value(u"status"_s).toString() == status)
                matching.append(&order);
        }
        QByteArray ordersXml;
        for (qint64 i = (page - 1) * size; i < matching.size() && i < page * size; ++i)
            ordersXml += soapOrder(*matching.at(i));
        QByteArray xml = envelope([&](QXmlStreamWriter &w) {
            w.writeStartElement(Tns, u"ListOrdersResponse"_s);
            w.writeStartElement(u"Orders"_s);
            w.writeCharacters(u"@ORDERS@"_s);
            w.writeEndElement();
            w.writeTextElement(u"TotalCount"_s, QString::number(matching.size()));
            w.writeTextElement(u"PageNumber"_s, QString::number(page));
            w.writeTextElement(u"PageSize"_s, QString::number(size));
            w.writeEndElement();
        });
        xml.replace("@ORDERS@", ordersXml);
        return SandboxResponse::raw(200, "text/xml; charset=utf-8"_ba, xml);
    }
    if (call.operation == u"UpdateOrderStatus") {
        qint64 id = -1;
        if (!findOrder(&id))
            return notFound();
        QJsonObject order = orders.at(id);
        const QString from = order.value(u"status"_s).toString();
        const QString to = call.fields.value(u"Status"_s);
        if (!isStatusCode(to))
            return soapFault(u"Client"_s, u"Unknown status '%1'."_s.arg(to), u"INVALID_STATUS"_s, {{u"Status"_s, to}});
        const QString expected = call.fields.value(u"ExpectedVersion"_s);
        if (!expected.isEmpty() && expected.toLongLong() != order.value(u"version"_s).toInteger())
            return soapFault(u"Client"_s, u"The order changed since you read it."_s, u"VERSION_CONFLICT"_s,
                             {{u"CurrentVersion"_s, QString::number(order.value(u"version"_s).toInteger())}});
        if (!transitionAllowed(from, to))
            return soapFault(u"Client"_s, u"An order cannot go from %1 to %2."_s.arg(from, to), u"INVALID_TRANSITION"_s,
                             {{u"From"_s, from}, {u"To"_s, to}});
        if (from != to) {
            order.insert(u"status"_s, to);
            order.insert(u"version"_s, order.value(u"version"_s).toInteger() + 1);
            order.insert(u"updated_at"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
            orders.insert_or_assign(id, order);
            ++m_storesGeneration;
        }
        return answer(call.operation, order);
    }
    if (call.operation == u"CreateOrder") {
        QJsonArray lines;
        for (const auto &line : call.lines) {
            lines.append(QJsonObject{{u"sku"_s, line.value(u"Sku"_s)},
                                     {u"qty"_s, line.value(u"Qty"_s)},
                                     {u"unit_price"_s, line.value(u"UnitPrice"_s)}});
        }
        QJsonObject order{{u"customer_id"_s, call.fields.value(u"CustomerId"_s).toLongLong()},
                          {u"currency"_s, call.fields.value(u"Currency"_s, u"EUR"_s)},
                          {u"status"_s, u"NEW"_s},
                          {u"lines"_s, lines}};
        const QList<FieldError> errors = validate(u"orders"_s, order, {});
        if (!errors.isEmpty()) {
            QList<QPair<QString, QString>> detail;
            for (const FieldError &e : errors)
                detail.append({u"Field"_s, e.field + u": "_s + e.message});
            return soapFault(u"Client"_s, u"The order is invalid."_s, u"VALIDATION_FAILED"_s, detail);
        }
        computeTotal(order);
        const qint64 id = m_nextIds.value(u"orders"_s, 1);
        m_nextIds.insert(u"orders"_s, id + 1);
        order.insert(u"id"_s, id);
        order.insert(u"number"_s, u"SO-%1"_s.arg(100000 + id));
        order.insert(u"version"_s, 1);
        order.insert(u"updated_at"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
        orders.emplace(id, order);
        ++m_storesGeneration;
        return answer(call.operation, order);
    }
    return soapFault(u"Client"_s, u"Unknown operation '%1'."_s.arg(call.operation), u"UNKNOWN_OPERATION"_s);
}

QByteArray ErpSystem::wsdl(const QString &address)
{
    QByteArray text = R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions name="OrderService" targetNamespace="urn:crmbridge:sandbox:erp:orders"
    xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:tns="urn:crmbridge:sandbox:erp:orders" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <types>
    <xsd:schema targetNamespace="urn:crmbridge:sandbox:erp:orders" elementFormDefault="unqualified">
      <xsd:complexType name="Line"><xsd:sequence>
        <xsd:element name="Sku" type="xsd:string"/><xsd:element name="Qty" type="xsd:integer"/>
        <xsd:element name="UnitPrice" type="xsd:decimal"/></xsd:sequence></xsd:complexType>
      <xsd:complexType name="Lines"><xsd:sequence>
        <xsd:element name="Line" type="tns:Line" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType>
      <xsd:simpleType name="Status"><xsd:restriction base="xsd:string">
        <xsd:enumeration value="NEW"/><xsd:enumeration value="PROC"/><xsd:enumeration value="SHIP"/>
        <xsd:enumeration value="CLSD"/><xsd:enumeration value="CANC"/><xsd:enumeration value="HOLD"/>
      </xsd:restriction></xsd:simpleType>
      <xsd:complexType name="Order"><xsd:sequence>
        <xsd:element name="Id" type="xsd:long"/><xsd:element name="Number" type="xsd:string"/>
        <xsd:element name="CustomerId" type="xsd:long"/><xsd:element name="Status" type="tns:Status"/>
        <xsd:element name="Currency" type="xsd:string"/><xsd:element name="Total" type="xsd:decimal"/>
        <xsd:element name="Version" type="xsd:long"/><xsd:element name="Lines" type="tns:Lines"/>
      </xsd:sequence></xsd:complexType>
      <xsd:element name="CreateOrder"><xsd:complexType><xsd:sequence>
        <xsd:element name="CustomerId" type="xsd:long"/><xsd:element name="Currency" type="xsd:string"/>
        <xsd:element name="Lines" type="tns:Lines"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="CreateOrderResponse"><xsd:complexType><xsd:sequence>
        <xsd:element name="Order" type="tns:Order"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="GetOrder"><xsd:complexType><xsd:choice>
        <xsd:element name="OrderId" type="xsd:long"/><xsd:element name="OrderNumber" type="xsd:string"/>
      </xsd:choice></xsd:complexType></xsd:element>
      <xsd:element name="GetOrderResponse"><xsd:complexType><xsd:sequence>
        <xsd:element name="Order" type="tns:Order"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="UpdateOrderStatus"><xsd:complexType><xsd:sequence>
        <xsd:element name="OrderId" type="xsd:long"/><xsd:element name="Status" type="tns:Status"/>
        <xsd:element name="ExpectedVersion" type="xsd:long" minOccurs="0"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="UpdateOrderStatusResponse"><xsd:complexType><xsd:sequence>
        <xsd:element name="Order" type="tns:Order"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="ListOrders"><xsd:complexType><xsd:sequence>
        <xsd:element name="PageNumber" type="xsd:int" minOccurs="0"/><xsd:element name="PageSize" type="xsd:int" minOccurs="0"/>
        <xsd:element name="Status" type="tns:Status" minOccurs="0"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="ListOrdersResponse"><xsd:complexType><xsd:sequence>
        <xsd:element name="Orders"><xsd:complexType><xsd:sequence>
          <xsd:element name="Order" type="tns:Order" minOccurs="0" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType></xsd:element>
        <xsd:element name="TotalCount" type="xsd:long"/><xsd:element name="PageNumber" type="xsd:int"/>
        <xsd:element name="PageSize" type="xsd:int"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="OrderFault"><xsd:complexType><xsd:sequence>
        <xsd:element name="Code" type="xsd:string"/><xsd:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/>
      </xsd:sequence></xsd:complexType></xsd:element>
    </xsd:schema>
  </types>
  <message name="CreateOrderRequest"><part name="parameters" element="tns:CreateOrder"/></message>
  <message name="CreateOrderResponse"><part name="parameters" element="tns:CreateOrderResponse"/></message>
  <message name="GetOrderRequest"><part name="parameters" element="tns:GetOrder"/></message>
  <message name="GetOrderResponse"><part name="parameters" element="tns:GetOrderResponse"/></message>
  <message name="UpdateOrderStatusRequest"><part name="parameters" element="tns:UpdateOrderStatus"/></message>
  <message name="UpdateOrderStatusResponse"><part name="parameters" element="tns:UpdateOrderStatusResponse"/></message>
  <message name="ListOrdersRequest"><part name="parameters" element="tns:ListOrders"/></message>
  <message name="ListOrdersResponse"><part name="parameters" element="tns:ListOrdersResponse"/></message>
  <message name="OrderFault"><part name="fault" element="tns:OrderFault"/></message>
  <portType name="OrderServicePortType">
    <operation name="CreateOrder"><input message="tns:CreateOrderRequest"/><output message="tns:CreateOrderResponse"/><fault name="OrderFault" message="tns:OrderFault"/></operation>
    <operation name="GetOrder"><input message="tns:GetOrderRequest"/><output message="tns:GetOrderResponse"/><fault name="OrderFault" message="tns:OrderFault"/></operation>
    <operation name="UpdateOrderStatus"><input message="tns:UpdateOrderStatusRequest"/><output message="tns:UpdateOrderStatusResponse"/><fault name="OrderFault" message="tns:OrderFault"/></operation>
    <operation name="ListOrders"><documentation>Orders by ascending id, PageSize (at most 100) per page, optionally of one Status; TotalCount counts all matching.</documentation><input message="tns:ListOrdersRequest"/><output message="tns:ListOrdersResponse"/><fault name="OrderFault" message="tns:OrderFault"/></operation>
  </portType>
  <binding name="OrderServiceBinding" type="tns:OrderServicePortType">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="CreateOrder"><soap:operation soapAction="urn:crmbridge:sandbox:erp:orders#CreateOrder"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output><fault name="OrderFault"><soap:fault name="OrderFault" use="literal"/></fault></operation>
    <operation name="GetOrder"><soap:operation soapAction="urn:crmbridge:sandbox:erp:orders#GetOrder"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output><fault name="OrderFault"><soap:fault name="OrderFault" use="literal"/></fault></operation>
    <operation name="UpdateOrderStatus"><soap:operation soapAction="urn:crmbridge:sandbox:erp:orders#UpdateOrderStatus"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output><fault name="OrderFault"><soap:fault name="OrderFault" use="literal"/></fault></operation>
    <operation name="ListOrders"><soap:operation soapAction="urn:crmbridge:sandbox:erp:orders#ListOrders"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output><fault name="OrderFault"><soap:fault name="OrderFault" use="literal"/></fault></operation>
  </binding>
  <service name="OrderService">
    <port name="OrderServicePort" binding="tns:OrderServiceBinding"><soap:address location="@ADDRESS@"/></port>
  </service>
</definitions>
)";
    text.replace("@ADDRESS@", address.toUtf8());
    return text;
}

} // namespace crmbridge
