#include "core/net/soapmessage.h"

#include "core/net/xmljson.h"

#include <QJsonArray>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace crmbridge {

namespace {

const QString kSoap11Env = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString kSoap12Env = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

const FieldNode *findChild(const QList<FieldNode> *fields, const QString &name)
{
    if (!fields)
        return nullptr;
    for (const FieldNode &f : *fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

class EnvelopeWriter
{
public:
    EnvelopeWriter(QXmlStreamWriter &w, const SoapOperation &op)
        : m_w(w)
        , m_op(op)
    { }

    void writeChildren(const QJsonObject &object, const QList<FieldNode> *hints, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('@')))
                m_w.writeAttribute(it.key().mid(1), scalarText(it.value()));
        }
        QStringList keys;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.key().startsWith(QLatin1Char('@')) && it.key() != QLatin1String("#text"))
                keys.append(it.key());
        }
        // Schema order first (xsd:sequence), then whatever the schema does not know, by name.
        const auto rank = [&](const QString &key) {
            const qsizetype i =
                m_op.requestOrder.indexOf(path.isEmpty() ? key : path + QLatin1Char('.') + key);
            return i < 0 ? m_op.requestOrder.size() : i;
        };
        std::stable_sort(keys.begin(), keys.end(),
                         [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
        for (const QString &key : std::as_const(keys)) {
            const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            writeElement(key, object.value(key), findChild(hints, key), childPath);
        }
        if (object.contains(QStringLiteral("#text")))
            m_w.writeCharacters(scalarText(object.value(QStringLiteral("#text"))));
    }

private:
    void writeElement(const QString &name, const QJsonValue &value, const FieldNode *hint,
                      const QString &path)
    {
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            const bool wrapper = hint && hint->type == FieldType::Object && hint->children.size() == 1
                && hint->children.first().type == FieldType::Array;
            if (wrapper) {
                const FieldNode &item = hint->children.first();
                start(name);
                for (const QJsonValue &v : items)
                    writeElement(item.name, v, &item, path + QLatin1Char('.') + item.name);
                m_w.writeEndElement();
            } else {
                for (const QJsonValue &v : items)
                    writeElement(name, v, hint, path);
            }
            return;
        }
        start(name);
        if (value.isNull() || value.isUndefined())
            m_w.writeAttribute(kXsi, QStringLiteral("nil"), QStringLiteral("true"));
        else if (value.isObject())
            writeChildren(value.toObject(), hint ? &hint->children : nullptr, path);
        else
            m_w.writeCharacters(scalarText(value));
        m_w.writeEndElement();
    }

    void start(const QString &name)
    {
        if (m_op.qualified)
            m_w.writeStartElement(m_op.elementNamespace, name);
        else
            m_w.writeStartElement(name);
    }

    QXmlStreamWriter &m_w;
    const SoapOperation &m_op;
};

/// The first element with this local name below the reader's current element; false at its end.
bool enterChild(QXmlStreamReader &reader, QLatin1String name)
{
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == name)
                return true;
            reader.skipCurrentElement();
        } else if (reader.isEndElement()) {
            return false;
        }
    }
    return false;
}

QString firstCode(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (const char *key : { "Code", "ErrorCode", "code", "errorCode", "FaultCode" }) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue child = it.value().isArray() && !it.value().toArray().isEmpty()
            ? it.value().toArray().first()
            : it.value();
        const QString code = firstCode(child);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("#text")))
            return o.value(QStringLiteral("#text")).toString().trimmed();
        if (o.contains(QStringLiteral("Text"))) // SOAP 1.2 Reason/Text
            return textOf(o.value(QStringLiteral("Text")));
        if (o.contains(QStringLiteral("Value"))) // SOAP 1.2 Code/Value
            return textOf(o.value(QStringLiteral("Value")));
    }
    if (value.isArray() && !value.toArray().isEmpty())
        return textOf(value.toArray().first());
    return {};
}

SoapFault faultFrom(const QJsonObject &fault, int httpStatus)
{
    SoapFault f;
    f.httpStatus = httpStatus;
    if (fault.contains(QStringLiteral("faultcode")) || fault.contains(QStringLiteral("faultstring"))) {
        f.faultCode = textOf(fault.value(QStringLiteral("faultcode")));
        f.faultString = textOf(fault.value(QStringLiteral("faultstring")));
        f.faultActor = textOf(fault.value(QStringLiteral("faultactor")));
        f.detail = fault.value(QStringLiteral("detail")).toObject();
    } else { // SOAP 1.2
        f.faultCode = textOf(fault.value(QStringLiteral("Code")));
        f.faultString = textOf(fault.value(QStringLiteral("Reason")));
        f.faultActor = textOf(fault.value(QStringLiteral("Node")));
        f.detail = fault.value(QStringLiteral("Detail")).toObject();
    }
    f.code = firstCode(f.detail);
    return f;
}

Error faultError(const SoapFault &fault, const SoapOperation &operation, const QString &endpointName,
                 const QString &where)
{
    const QString local = fault.faultCode.section(QLatin1Char(':'), -1);
    const QString shownCode = fault.code.isEmpty() ? fault.faultCode : fault.code;
    QString hint;
    if (fault.httpStatus == 401 || fault.httpStatus == 403)
        hint = SoapMessage::tr(
                   "Fault code %1 (HTTP %2): check the endpoint's credentials and their permissions.")
                   .arg(shownCode)
                   .arg(fault.httpStatus);
    else if (local == QLatin1String("Server") || local == QLatin1String("Receiver"))
        hint = SoapMessage::tr(
                   "Fault code %1 (%2): the service failed on its side; try again later, or ask its owner.")
                   .arg(shownCode, fault.faultCode);
    else
        hint = SoapMessage::tr(
                   "Fault code %1 (%2): the service refused the request as sent; change it and try again. "
                   "The Activity page shows the exchange.")
                   .arg(shownCode, fault.faultCode);
    Error error = NetErrors::make(
        Error::Kind::Server,
        SoapMessage::tr("%1 answered %2 with a SOAP fault: %3")
            .arg(endpointName, operation.name,
                 fault.faultString.isEmpty() ? SoapMessage::tr("(no fault string)") : fault.faultString),
        where, hint);
    error.details = fault.toJson();
    error.details.insert(QStringLiteral("operation"), operation.name);
    return error;
}

} // namespace

QJsonObject SoapFault::toJson() const
{
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("soap-fault") },
                         { QStringLiteral("code"), code },
                         { QStringLiteral("faultcode"), faultCode },
                         { QStringLiteral("faultstring"), faultString },
                         { QStringLiteral("faultactor"), faultActor },
                         { QStringLiteral("detail"), detail },
                         { QStringLiteral("httpStatus"), httpStatus } };
}

std::optional<SoapFault> SoapFault::fromError(const Error &error)
{
    if (error.details.value(QStringLiteral("kind")).toString() != QLatin1String("soap-fault"))
        return std::nullopt;
    SoapFault f;
    f.code = error.details.value(QStringLiteral("code")).toString();
    f.faultCode = error.details.value(QStringLiteral("faultcode")).toString();
    f.faultString = error.details.value(QStringLiteral("faultstring")).toString();
    f.faultActor = error.details.value(QStringLiteral("faultactor")).toString();
    f.detail = error.details.value(QStringLiteral("detail")).toObject();
    f.httpStatus = error.details.value(QStringLiteral("httpStatus")).toInt();
    return f;
}

QString SoapMessage::envelopeNamespace(const SoapService &service)
{
    return service.soapVersion == QLatin1String("1.2") ? kSoap12Env : kSoap11Env;
}

QByteArray SoapMessage::envelope(const SoapService &service, const SoapOperation &operation,
                                 const QJsonObject &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    const QString env = envelopeNamespace(service);
    w.writeNamespace(env, QStringLiteral("soap"));
    w.writeNamespace(kXsi, QStringLiteral("xsi"));
    if (!operation.elementNamespace.isEmpty())
        w.writeNamespace(operation.elementNamespace, QStringLiteral("m"));
    w.writeStartElement(env, QStringLiteral("Envelope"));
    w.writeStartElement(env, QStringLiteral("Body"));
    const QString element = operation.requestElement.isEmpty() ? operation.name : operation.requestElement;
    w.writeStartElement(operation.elementNamespace, element);
    EnvelopeWriter(w, operation).writeChildren(body, &operation.request.fields, QString());
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool SoapMessage::isReadOnly(const SoapOperation &operation)
{
    for (const char *prefix : { "Get", "List", "Find", "Search", "Query", "Read", "Count", "Check" }) {
        const QLatin1String p(prefix);
        if (operation.name.startsWith(p)
            && (operation.name.size() == p.size() || !operation.name.at(p.size()).isLower()))
            return true;
    }
    return false;
}

HttpRequest SoapMessage::request(const SoapService &service, const SoapOperation &operation,
                                 const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.body = envelope(service, operation, body);
    request.readOnly = isReadOnly(operation);
    if (service.soapVersion == QLatin1String("1.2")) {
        request.contentType = QStringLiteral("application/soap+xml; charset=utf-8");
        if (!operation.soapAction.isEmpty())
            request.contentType += QStringLiteral("; action=\"%1\"").arg(operation.soapAction);
        request.headers.append(
            { QStringLiteral("Accept"), QStringLiteral("application/soap+xml, text/xml") });
    } else {
        request.contentType = QStringLiteral("text/xml; charset=utf-8");
        request.headers.append(
            { QStringLiteral("SOAPAction"), QLatin1Char('"') + operation.soapAction + QLatin1Char('"') });
        request.headers.append({ QStringLiteral("Accept"), QStringLiteral("text/xml") });
    }
    request.context = tr("SOAP operation %1").arg(operation.name);
    return request;
}

Result<SoapOperation> SoapMessage::operation(const SoapService &service, const QString &name,
                                             const QString &endpointName)
{
    if (const SoapOperation *op = service.operation(name))
        return *op;
    QStringList names;
    for (const SoapOperation &op : service.operations)
        names.append(op.name);
    names.sort();
    if (names.isEmpty())
        return Error::config(
            tr("Endpoint \"%1\" has no SOAP operations").arg(endpointName), {},
            tr("Import the service's WSDL (endpoint import-wsdl) so its operations are known."));
    return Error::notFound(
        tr("The SOAP service of endpoint \"%1\" has no operation \"%2\"").arg(endpointName, name), {},
        tr("Use one of: %1.").arg(names.join(QStringLiteral(", "))));
}

Result<QJsonObject> SoapMessage::parse(const HttpResponse &response, const SoapOperation &operation,
                                       const QString &endpointName)
{
    const QString where =
        QString::fromLatin1(response.method.isEmpty() ? QByteArray("POST") : response.method)
        + QLatin1Char(' ') + response.displayUrl;
    const bool noBody = response.body.trimmed().isEmpty();
    const bool looksXml = response.body.trimmed().startsWith('<');
    if (noBody || (!looksXml && !response.ok()))
        return response.ok() ? Result<QJsonObject>(QJsonObject()) : Result<QJsonObject>(*response.error);

    QXmlStreamReader reader(response.body);
    const auto fail = [&]() -> Result<QJsonObject> {
        // An HTTP error whose body is not even XML says more as the HTTP error.
        if (!response.ok())
            return *response.error;
        return XmlJson::malformed(reader, where);
    };
    if (!enterChild(reader, QLatin1String("Envelope"))) {
        if (reader.hasError())
            return fail();
        if (!response.ok())
            return *response.error;
        return NetErrors::make(
            Error::Kind::Server, tr("The response is XML but not a SOAP envelope"), where,
            tr("Check that the endpoint's base URL is the service address from the WSDL."));
    }
    if (!enterChild(reader, QLatin1String("Body"))) {
        if (reader.hasError())
            return fail();
        return NetErrors::make(
            Error::Kind::Server, tr("The SOAP envelope has no Body"), where,
            tr("The service answered something unusual; the Activity page shows the body."));
    }
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("Fault")) {
                const QJsonValue fault = XmlJson::readElement(reader);
                if (reader.hasError())
                    return fail();
                return faultError(faultFrom(fault.toObject(), response.status), operation, endpointName,
                                  where);
            }
            FieldNode hint;
            hint.type = FieldType::Object;
            hint.children = operation.response.fields;
            const QJsonValue value = XmlJson::readElement(reader, &hint);
            if (reader.hasError())
                return fail();
            if (!response.ok())
                return *response.error;
            return value.isObject() ? value.toObject() : QJsonObject();
        }
        if (reader.isEndElement())
            break; // an empty Body
    }
    if (reader.hasError())
        return fail();
    if (!response.ok())
        return *response.error;
    return QJsonObject();
}

} // namespace crmbridge
