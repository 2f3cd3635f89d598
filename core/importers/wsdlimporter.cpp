#include "core/importers/wsdlimporter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QXmlStreamReader>

#include <memory>

namespace crmbridge {

namespace {

const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema");
const QString kWsdl = QStringLiteral("http://schemas.xmlsoap.org/wsdl/");
const QString kSoap11 = QStringLiteral("http://schemas.xmlsoap.org/wsdl/soap/");
const QString kSoap12 = QStringLiteral("http://schemas.xmlsoap.org/wsdl/soap12/");
constexpr int kMaxDepth = 8;

/// A small element tree: WSDL documents are read whole, then walked by name.
struct XmlNode
{
    QString ns;
    QString name;
    QHash<QString, QString> attributes;    ///< by local name
    QHash<QString, QString> namespaces;    ///< prefix -> URI in scope here
    QString text;
    QString targetNamespace;               ///< of the enclosing xsd:schema
    bool qualified = false;                ///< the enclosing xsd:schema's elementFormDefault="qualified"
    std::vector<std::unique_ptr<XmlNode>> children;

    QString attr(const char *key) const { return attributes.value(QString::fromLatin1(key)); }
    QList<const XmlNode *> all(const QString &nsUri, const char *local) const
    {
        QList<const XmlNode *> out;
        for (const auto &c : children) {
            if (c->ns == nsUri && c->name == QLatin1String(local))
                out.append(c.get());
        }
        return out;
    }
    const XmlNode *first(const QString &nsUri, const char *local) const
    {
        const auto list = all(nsUri, local);
        return list.isEmpty() ? nullptr : list.first();
    }
    /// A QName attribute value ("tns:Line") as {namespace URI, local name}.
    QPair<QString, QString> qname(const char *key) const
    {
        const QString value = attr(key);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {namespaces.value(QString()), value};
        return {namespaces.value(value.left(colon)), value.mid(colon + 1)};
    }
};

Result<std::unique_ptr<XmlNode>> readTree(const QByteArray &xml, const QString &where)
{
    QXmlStreamReader reader(xml);
    std::unique_ptr<XmlNode> root;
    QList<XmlNode *> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto node = std::make_unique<XmlNode>();
            node->ns = reader.namespaceUri().toString();
            node->name = reader.name().toString();
            if (!stack.isEmpty()) {
                node->namespaces = stack.last()->namespaces;
                node->targetNamespace = stack.last()->targetNamespace;
                node->qualified = stack.last()->qualified;
            }
            for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations())
                node->namespaces.insert(d.prefix().toString(), d.namespaceUri().toString());
            for (const QXmlStreamAttribute &a : reader.attributes())
                node->attributes.insert(a.name().toString(), a.value().toString());
            if (node->ns == kXsd && node->name == QLatin1String("schema")) {
                node->targetNamespace = node->attr("targetNamespace");
                node->qualified = node->attr("elementFormDefault") == QLatin1String("qualified");
            }
            XmlNode *raw = node.get();
            if (stack.isEmpty())
                root = std::move(node);
            else
                stack.last()->children.push_back(std::move(node));
            stack.append(raw);
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last()->text += reader.text();
        }
    }
    if (reader.hasError())
        return Error::input(WsdlImporter::tr("The WSDL is not well-formed XML: %1").arg(reader.errorString()),
                            WsdlImporter::tr("%1, line %2, column %3").arg(where).arg(reader.lineNumber()).arg(reader.columnNumber()),
                            WsdlImporter::tr("Check that the address returns the WSDL itself (add ?wsdl) and not an error page."));
    if (!root)
        return Error::input(WsdlImporter::tr("The WSDL is empty"), where, WsdlImporter::tr("Check the address or the file."));
    return root;
}

FieldType builtinType(const QString &local)
{
    static const QHash<QString, FieldType> types = {
        {QStringLiteral("string"), FieldType::Text},      {QStringLiteral("normalizedString"), FieldType::Text},
        {QStringLiteral("token"), FieldType::Text},       {QStringLiteral("anyURI"), FieldType::Text},
        {QStringLiteral("int"), FieldType::Number},       {QStringLiteral("integer"), FieldType::Number},
        {QStringLiteral("long"), FieldType::Number},      {QStringLiteral("short"), FieldType::Number},
        {QStringLiteral("byte"), FieldType::Number},      {QStringLiteral("unsignedInt"), FieldType::Number},
        {QStringLiteral("unsignedLong"), FieldType::Number}, {QStringLiteral("nonNegativeInteger"), FieldType::Number},
        {QStringLiteral("positiveInteger"), FieldType::Number}, {QStringLiteral("float"), FieldType::Number},
        {QStringLiteral("double"), FieldType::Number},    {QStringLiteral("decimal"), FieldType::Decimal},
        {QStringLiteral("boolean"), FieldType::Bool},     {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("dateTime"), FieldType::DateTime},
    };
    return types.value(local, FieldType::Text);
}

void collectOrder(const QList<FieldNode> &fields, const QString &prefix, QStringList &out)
{
    for (const FieldNode &field : fields) {
        const QString path = prefix.isEmpty() ? field.name : prefix + QLatin1Char('.') + field.name;
        out.append(path);
        collectOrder(field.children, path, out);
    }
}

class WsdlBuilder
{
public:
    WsdlBuilder(const XmlNode &root, QString where) : m_root(root), m_where(std::move(where)) { }
    Result<WsdlImportResult> build();

private:
    void indexSchemas();
    FieldNode elementField(const XmlNode &element, int depth, bool inChoice) const;
    void fillFromComplexType(FieldNode &node, const XmlNode &complexType, int depth) const;
    void fillFromSimpleType(FieldNode &node, const XmlNode &simpleType) const;
    void fillFromTypeName(FieldNode &node, const QPair<QString, QString> &type, int depth) const;
    void collectParticles(const XmlNode &group, QList<FieldNode> &out, int depth, bool inChoice) const;
    FieldTree messageTree(const QString &messageName, QString *elementName, QString *elementNs,
                          bool *qualified = nullptr) const;

    const XmlNode &m_root;
    QString m_where;
    QHash<QString, const XmlNode *> m_elements, m_complexTypes, m_simpleTypes, m_messages;
    WsdlImportResult m_result;
};

void WsdlBuilder::indexSchemas()
{
    const XmlNode *types = m_root.first(kWsdl, "types");
    if (!types)
        return;
    for (const XmlNode *schema : types->all(kXsd, "schema")) {
        if (!schema->all(kXsd, "import").isEmpty() || !schema->all(kXsd, "include").isEmpty())
            m_result.warnings.append(WsdlImporter::tr("The schema imports other schema files, which are not fetched; "
                                                      "types from them show as text."));
        for (const auto &c : schema->children) {
            const QString name = c->attr("name");
            if (c->ns != kXsd || name.isEmpty())
                continue;
            if (c->name == QLatin1String("element"))
                m_elements.insert(name, c.get());
            else if (c->name == QLatin1String("complexType"))
                m_complexTypes.insert(name, c.get());
            else if (c->name == QLatin1String("simpleType"))
                m_simpleTypes.insert(name, c.get());
        }
    }
}

void WsdlBuilder::fillFromSimpleType(FieldNode &node, const XmlNode &simpleType) const
{
    const XmlNode *restriction = simpleType.first(kXsd, "restriction");
    if (!restriction) {
        node.type = FieldType::Text;
        return;
    }
    const auto base = restriction->qname("base");
    node.type = base.first == kXsd ? builtinType(base.second) : FieldType::Text;
    node.format = base.second;
    for (const XmlNode *e : restriction->all(kXsd, "enumeration"))
        node.enumValues.append(e->attr("value"));
    if (!node.enumValues.isEmpty() && node.type == FieldType::Text)
        node.type = FieldType::Enum;
}

void WsdlBuilder::collectParticles(const XmlNode &group, QList<FieldNode> &out, int depth, bool inChoice) const
{
    for (const auto &c : group.children) {
        if (c->ns != kXsd)
            continue;
        if (c->name == QLatin1String("element"))
            out.append(elementField(*c, depth, inChoice));
        else if (c->name == QLatin1String("sequence") || c->name == QLatin1String("all"))
            collectParticles(*c, out, depth, inChoice);
        else if (c->name == QLatin1String("choice"))
            collectParticles(*c, out, depth, true); // one of them: none is required
    }
}

void WsdlBuilder::fillFromComplexType(FieldNode &node, const XmlNode &complexType, int depth) const
{
    node.type = FieldType::Object;
    if (depth >= kMaxDepth)
        return;
    collectParticles(complexType, node.children, depth + 1, false);
    for (const char *content : {"complexContent", "simpleContent"}) {
        const XmlNode *cc = complexType.first(kXsd, content);
        if (!cc)
            continue;
        for (const char *how : {"extension", "restriction"}) {
            const XmlNode *ext = cc->first(kXsd, how);
            if (!ext)
                continue;
            const auto base = ext->qname("base");
            if (QLatin1String(content) == QLatin1String("simpleContent")) {
                node.type = base.first == kXsd ? builtinType(base.second) : FieldType::Text;
                continue;
            }
            if (const XmlNode *baseType = m_complexTypes.value(base.second, nullptr)) {
                FieldNode inherited;
                fillFromComplexType(inherited, *baseType, depth + 1);
                node.children = inherited.children + node.children;
            }
            collectParticles(*ext, node.children, depth + 1, false);
        }
    }
    for (const XmlNode *attribute : complexType.all(kXsd, "attribute")) {
        FieldNode a;
        a.name = QLatin1Char('@') + attribute->attr("name");
        const auto type = attribute->qname("type");
        a.type = type.first == kXsd ? builtinType(type.second) : FieldType::Text;
        a.required = attribute->attr("use") == QLatin1String("required");
        node.children.append(a);
    }
}

void WsdlBuilder::fillFromTypeName(FieldNode &node, const QPair<QString, QString> &type, int depth) const
{
    if (type.first == kXsd) {
        node.type = builtinType(type.second);
        node.format = type.second;
    } else if (const XmlNode *complexType = m_complexTypes.value(type.second, nullptr)) {
        fillFromComplexType(node, *complexType, depth);
    } else if (const XmlNode *simpleType = m_simpleTypes.value(type.second, nullptr)) {
        fillFromSimpleType(node, *simpleType);
    } else {
        node.type = FieldType::Text;
    }
}

FieldNode WsdlBuilder::elementField(const XmlNode &element, int depth, bool inChoice) const
{
    FieldNode node;
    const XmlNode *source = &element;
    if (!element.attr("ref").isEmpty()) {
        const auto ref = element.qname("ref");
        source = m_elements.value(ref.second, &element);
        node.name = ref.second;
    } else {
        node.name = element.attr("name");
    }
    const QString minOccurs = element.attr("minOccurs");
    const QString maxOccurs = element.attr("maxOccurs");
    node.required = !inChoice && minOccurs != QLatin1String("0");
    node.nullable = source->attr("nillable") == QLatin1String("true");
    if (const XmlNode *doc = source->first(kXsd, "annotation"))
        if (const XmlNode *text = doc->first(kXsd, "documentation"))
            node.description = text->text.trimmed().left(200);
    if (const XmlNode *inlineComplex = source->first(kXsd, "complexType"))
        fillFromComplexType(node, *inlineComplex, depth);
    else if (const XmlNode *inlineSimple = source->first(kXsd, "simpleType"))
        fillFromSimpleType(node, *inlineSimple);
    else if (!source->attr("type").isEmpty())
        fillFromTypeName(node, source->qname("type"), depth);
    else
        node.type = FieldType::Text; // xsd:anyType
    const bool repeated = maxOccurs == QLatin1String("unbounded") || maxOccurs.toInt() > 1;
    if (repeated) {
        node.elementType = node.type;
        node.type = FieldType::Array;
    }
    return node;
}

FieldTree WsdlBuilder::messageTree(const QString &messageName, QString *elementName, QString *elementNs,
                                   bool *qualified) const
{
    FieldTree tree;
    tree.source = QStringLiteral("wsdl");
    const XmlNode *message = m_messages.value(messageName, nullptr);
    if (!message)
        return tree;
    for (const XmlNode *part : message->all(kWsdl, "part")) {
        if (!part->attr("element").isEmpty()) {
            // Document/literal: the part is one element; its fields are the body's fields.
            const auto qn = part->qname("element");
            *elementName = qn.second;
            *elementNs = qn.first;
            if (const XmlNode *element = m_elements.value(qn.second, nullptr)) {
                if (qualified)
                    *qualified = element->qualified;
                const FieldNode node = elementField(*element, 0, false);
                tree.fields += node.type == FieldType::Object ? node.children : QList<FieldNode>{node};
            }
        } else {
            // RPC: each part is a parameter of the operation element.
            FieldNode node;
            node.name = part->attr("name");
            node.required = true;
            fillFromTypeName(node, part->qname("type"), 0);
            tree.fields.append(node);
        }
    }
    return tree;
}

Result<WsdlImportResult> WsdlBuilder::build()
{
    if (m_root.ns != kWsdl || m_root.name != QLatin1String("definitions")) {
        if (m_root.name == QLatin1String("description"))
            return Error::input(WsdlImporter::tr("This is a WSDL 2.0 document; CRM Bridge reads WSDL 1.1"), m_where,
                                WsdlImporter::tr("Ask the service for its WSDL 1.1 description (most SOAP stacks offer both)."));
        return Error::input(WsdlImporter::tr("This is not a WSDL 1.1 document (the root element is <%1>)").arg(m_root.name),
                            m_where, WsdlImporter::tr("Check that the address returns the WSDL itself (add ?wsdl)."));
    }
    indexSchemas();
    SoapService &service = m_result.service;
    service.targetNamespace = m_root.attr("targetNamespace");
    for (const XmlNode *message : m_root.all(kWsdl, "message"))
        m_messages.insert(message->attr("name"), message);

    // Binding: soapAction per operation, style, SOAP version.
    QHash<QString, QString> actions;
    for (const XmlNode *binding : m_root.all(kWsdl, "binding")) {
        for (const QString &soapNs : {kSoap11, kSoap12}) {
            if (const XmlNode *b = binding->first(soapNs, "binding")) {
                service.soapVersion = soapNs == kSoap12 ? QStringLiteral("1.2") : QStringLiteral("1.1");
                if (!b->attr("style").isEmpty())
                    service.style = b->attr("style");
            }
        }
        for (const XmlNode *op : binding->all(kWsdl, "operation")) {
            for (const QString &soapNs : {kSoap11, kSoap12}) {
                if (const XmlNode *soapOp = op->first(soapNs, "operation"))
                    actions.insert(op->attr("name"), soapOp->attr("soapAction"));
            }
        }
    }
    for (const XmlNode *portType : m_root.all(kWsdl, "portType")) {
        for (const XmlNode *op : portType->all(kWsdl, "operation")) {
            SoapOperation operation;
            operation.name = op->attr("name");
            operation.soapAction = actions.value(operation.name);
            if (const XmlNode *doc = op->first(kWsdl, "documentation"))
                operation.documentation = doc->text.trimmed();
            if (const XmlNode *input = op->first(kWsdl, "input"))
                operation.request = messageTree(input->qname("message").second, &operation.requestElement,
                                                &operation.elementNamespace, &operation.qualified);
            QString responseNs;
            if (const XmlNode *output = op->first(kWsdl, "output"))
                operation.response = messageTree(output->qname("message").second, &operation.responseElement, &responseNs);
            if (service.style == QLatin1String("rpc")) {
                operation.requestElement = operation.name;
                operation.responseElement = operation.name + QStringLiteral("Response");
                operation.elementNamespace = service.targetNamespace;
            }
            for (const XmlNode *fault : op->all(kWsdl, "fault"))
                operation.faults.append(fault->attr("name"));
            collectOrder(operation.request.fields, QString(), operation.requestOrder);
            operation.request.sort();
            operation.response.sort();
            service.operations.append(operation);
        }
    }
    if (const XmlNode *svc = m_root.first(kWsdl, "service")) {
        service.name = svc->attr("name");
        for (const XmlNode *port : svc->all(kWsdl, "port")) {
            for (const QString &soapNs : {kSoap11, kSoap12}) {
                if (const XmlNode *address = port->first(soapNs, "address"); address && service.address.isEmpty())
                    service.address = address->attr("location");
            }
        }
    }
    if (service.name.isEmpty())
        service.name = m_root.attr("name");
    if (service.address.isEmpty())
        m_result.warnings.append(WsdlImporter::tr("The WSDL names no service address; set the endpoint's base URL by hand."));
    if (service.operations.isEmpty())
        m_result.warnings.append(WsdlImporter::tr("The WSDL describes no operations."));

    Endpoint &e = m_result.endpoint;
    e.name = service.name;
    e.kind = EndpointKind::Erp;
    e.protocol = Protocol::SoapXml;
    e.baseUrl = service.address;
    e.description = WsdlImporter::tr("SOAP %1 service %2 (%3 operations)").arg(service.soapVersion, service.name).arg(service.operations.size());
    e.soapService = service.toJson();
    m_result.entities = soapEntities(service, e.name);
    e.headers = {{QStringLiteral("Content-Type"), service.soapVersion == QLatin1String("1.2")
                                                      ? QStringLiteral("application/soap+xml; charset=utf-8")
                                                      : QStringLiteral("text/xml; charset=utf-8")}};
    return m_result;
}

} // namespace

namespace {

enum class Verb { None, List, Get, Create, Update, Remove };

QPair<Verb, QString> splitVerb(const QString &name)
{
    static const QList<QPair<const char *, Verb>> verbs = {
        {"List", Verb::List},     {"Find", Verb::List},     {"Search", Verb::List},   {"Query", Verb::List},
        {"GetAll", Verb::List},   {"Get", Verb::Get},       {"Read", Verb::Get},      {"Fetch", Verb::Get},
        {"Create", Verb::Create}, {"Add", Verb::Create},    {"Insert", Verb::Create}, {"New", Verb::Create},
        {"Update", Verb::Update}, {"Set", Verb::Update},    {"Change", Verb::Update}, {"Modify", Verb::Update},
        {"Delete", Verb::Remove}, {"Remove", Verb::Remove},
    };
    for (const auto &[word, verb] : verbs) {
        const QLatin1String w(word);
        if (name.startsWith(w) && name.size() > w.size() && name.at(w.size()).isUpper())
            return {verb, name.mid(w.size())};
    }
    return {Verb::None, QString()};
}

QString singular(QString noun)
{
    for (const char *suffix : {"ById", "ByNumber", "List"}) {
        if (noun.endsWith(QLatin1String(suffix)) && noun.size() > int(qstrlen(suffix)))
            noun.chop(int(qstrlen(suffix)));
    }
    if (noun.endsWith(QLatin1String("ies")))
        noun = noun.chopped(3) + QLatin1Char('y');
    else if (noun.endsWith(QLatin1Char('s')) && !noun.endsWith(QLatin1String("ss")))
        noun.chop(1);
    return noun.toLower();
}

QString plural(const QString &noun)
{
    if (noun.endsWith(QLatin1Char('y')))
        return noun.chopped(1) + QStringLiteral("ies");
    return noun.endsWith(QLatin1Char('s')) ? noun : noun + QLatin1Char('s');
}

/// The path to the first repeated element of a response ("Orders/Order") and its node.
const FieldNode *firstArray(const QList<FieldNode> &fields, const QString &prefix, QString *path)
{
    for (const FieldNode &f : fields) {
        const QString here = prefix.isEmpty() ? f.name : prefix + QLatin1Char('/') + f.name;
        if (f.type == FieldType::Array) {
            *path = here;
            return &f;
        }
    }
    for (const FieldNode &f : fields) {
        if (f.type == FieldType::Object) {
            if (const FieldNode *found = firstArray(f.children, prefix.isEmpty() ? f.name : prefix + QLatin1Char('/') + f.name, path))
                return found;
        }
    }
    return nullptr;
}

QString fieldNamed(const QList<FieldNode> &fields, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (const FieldNode &f : fields) {
            if (f.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return f.name;
        }
    }
    return {};
}

} // namespace

QList<Entity> soapEntities(const SoapService &service, const QString &endpointName)
{
    QMap<QString, Entity> byNoun; // sorted: entities come out by name
    const auto entityFor = [&](const QString &noun) -> Entity & {
        auto it = byNoun.find(noun);
        if (it == byNoun.end()) {
            Entity e;
            e.endpointName = endpointName;
            e.name = plural(noun);
            e.idField = QString();
            it = byNoun.insert(noun, e);
        }
        return it.value();
    };
    const auto op = [](const SoapOperation &o) { return EntityOperation{QStringLiteral("POST"), o.name}; };
    // Lists, gets and creates name the entities; updates and deletes join the longest noun they start with.
    for (int pass = 0; pass < 2; ++pass) {
        for (const SoapOperation &o : service.operations) {
            const auto [verb, rawNoun] = splitVerb(o.name);
            if (verb == Verb::None || rawNoun.isEmpty())
                continue;
            const bool naming = verb == Verb::List || verb == Verb::Get || verb == Verb::Create;
            if ((pass == 0) != naming)
                continue;
            QString noun = singular(rawNoun);
            if (!naming) {
                QString best;
                for (auto it = byNoun.cbegin(); it != byNoun.cend(); ++it) {
                    if (rawNoun.toLower().startsWith(it.key()) && it.key().size() > best.size())
                        best = it.key();
                }
                if (!best.isEmpty())
                    noun = best;
            }
            Entity &e = entityFor(noun);
            EntityOperation *slot = verb == Verb::List     ? &e.list
                                    : verb == Verb::Get    ? &e.get
                                    : verb == Verb::Create ? &e.create
                                    : verb == Verb::Update ? &e.update
                                                           : &e.remove;
            if (!slot->isSet())
                *slot = op(o);
            if (e.description.isEmpty())
                e.description = WsdlImporter::tr("SOAP operations of %1").arg(service.name);
        }
    }
    QList<Entity> out;
    for (Entity e : std::as_const(byNoun)) {
        const FieldNode *record = nullptr;
        if (const SoapOperation *list = e.list.isSet() ? service.operation(e.list.path) : nullptr) {
            record = firstArray(list->response.fields, QString(), &e.recordsPath);
            const QString page = fieldNamed(list->request.fields, {"PageNumber", "Page", "PageIndex", "PageNo"});
            const QString size = fieldNamed(list->request.fields, {"PageSize", "Limit", "MaxResults", "MaxRows", "Count"});
            const QString offset = fieldNamed(list->request.fields, {"Offset", "Skip", "StartIndex", "First"});
            const QString total = fieldNamed(list->response.fields, {"TotalCount", "Total", "TotalRecords", "TotalResults", "RecordCount"});
            e.pagination.pageSizeParam = size;
            e.pagination.totalPath = total;
            if (!page.isEmpty()) {
                e.pagination.style = PaginationStyle::PageNumber;
                e.pagination.pageParam = page;
                e.pagination.firstPage = page.contains(QLatin1String("Index")) ? 0 : 1;
            } else if (!offset.isEmpty()) {
                e.pagination.style = PaginationStyle::OffsetCount;
                e.pagination.offsetParam = offset;
            }
        } else if (const SoapOperation *get = e.get.isSet() ? service.operation(e.get.path) : nullptr) {
            for (const FieldNode &f : get->response.fields) {
                if (f.type == FieldType::Object && !record) {
                    record = &f;
                    e.recordsPath = f.name;
                }
            }
        }
        if (record) {
            FieldTree schema;
            schema.source = QStringLiteral("wsdl");
            schema.fields = record->children;
            e.schema = FieldTreeJson::toJson(schema);
            e.idField = fieldNamed(record->children, {"Id", "ID", "Key", "Number"});
        }
        if (e.idField.isEmpty())
            e.idField = QStringLiteral("Id");
        out.append(e);
    }
    return out;
}

const SoapOperation *SoapService::operation(const QString &operationName) const
{
    for (const SoapOperation &op : operations) {
        if (op.name == operationName)
            return &op;
    }
    return nullptr;
}

QJsonObject SoapService::toJson() const
{
    QJsonObject ops;
    for (const SoapOperation &op : operations) {
        ops.insert(op.name, QJsonObject{
                                {QStringLiteral("soapAction"), op.soapAction},
                                {QStringLiteral("requestElement"), op.requestElement},
                                {QStringLiteral("responseElement"), op.responseElement},
                                {QStringLiteral("namespace"), op.elementNamespace},
                                {QStringLiteral("request"), FieldTreeJson::toJson(op.request)},
                                {QStringLiteral("response"), FieldTreeJson::toJson(op.response)},
                                {QStringLiteral("faults"), QJsonArray::fromStringList(op.faults)},
                                {QStringLiteral("documentation"), op.documentation},
                                {QStringLiteral("requestOrder"), QJsonArray::fromStringList(op.requestOrder)},
                                {QStringLiteral("qualified"), op.qualified},
                            });
    }
    return QJsonObject{{QStringLiteral("name"), name},           {QStringLiteral("targetNamespace"), targetNamespace},
                       {QStringLiteral("address"), address},     {QStringLiteral("soapVersion"), soapVersion},
                       {QStringLiteral("style"), style},         {QStringLiteral("operations"), ops}};
}

Result<SoapService> SoapService::fromJson(const QJsonObject &json, const QString &where)
{
    SoapService service;
    service.name = json.value(QStringLiteral("name")).toString();
    service.targetNamespace = json.value(QStringLiteral("targetNamespace")).toString();
    service.address = json.value(QStringLiteral("address")).toString();
    service.soapVersion = json.value(QStringLiteral("soapVersion")).toString(service.soapVersion);
    service.style = json.value(QStringLiteral("style")).toString(service.style);
    if (service.soapVersion != QLatin1String("1.1") && service.soapVersion != QLatin1String("1.2"))
        return Error::input(WsdlImporter::tr("Unknown SOAP version \"%1\"").arg(service.soapVersion),
                            where + QStringLiteral(": soapService.soapVersion"), WsdlImporter::tr("Use 1.1 or 1.2."));
    const QJsonObject ops = json.value(QStringLiteral("operations")).toObject();
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        SoapOperation op;
        op.name = it.key();
        op.soapAction = o.value(QStringLiteral("soapAction")).toString();
        op.requestElement = o.value(QStringLiteral("requestElement")).toString(op.name);
        op.responseElement = o.value(QStringLiteral("responseElement")).toString();
        op.elementNamespace = o.value(QStringLiteral("namespace")).toString(service.targetNamespace);
        op.documentation = o.value(QStringLiteral("documentation")).toString();
        op.qualified = o.value(QStringLiteral("qualified")).toBool(false);
        for (const QJsonValue &v : o.value(QStringLiteral("faults")).toArray())
            op.faults.append(v.toString());
        for (const QJsonValue &v : o.value(QStringLiteral("requestOrder")).toArray())
            op.requestOrder.append(v.toString());
        const QString at = where + QStringLiteral(": soapService.operations.") + op.name;
        auto request = FieldTreeJson::fromJson(o.value(QStringLiteral("request")).toObject(), at + QStringLiteral(".request"));
        if (!request)
            return request.error();
        auto response = FieldTreeJson::fromJson(o.value(QStringLiteral("response")).toObject(), at + QStringLiteral(".response"));
        if (!response)
            return response.error();
        op.request = request.value();
        op.response = response.value();
        service.operations.append(op);
    }
    return service;
}

Result<WsdlImportResult> WsdlImporter::parse(const QByteArray &xml, const QString &where)
{
    auto tree = readTree(xml, where);
    if (!tree)
        return tree.error();
    WsdlBuilder builder(*tree.value(), where);
    return builder.build();
}

Result<WsdlImportResult> WsdlImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the WSDL file: %1").arg(file.errorString()), path,
                         tr("Check that the file exists and that you may read it."));
    return parse(file.readAll(), path);
}

} // namespace crmbridge
