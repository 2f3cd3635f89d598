#include "core/discovery/fieldtree.h"

#include <algorithm>

namespace crmbridge {

static const struct
{
    FieldType type;
    const char *name;
} kTypes[] = {
    {FieldType::Unknown, "unknown"}, {FieldType::Text, "text"},         {FieldType::Number, "number"},
    {FieldType::Decimal, "decimal"}, {FieldType::Bool, "bool"},         {FieldType::Date, "date"},
    {FieldType::DateTime, "date-time"}, {FieldType::Email, "email"},    {FieldType::Phone, "phone"},
    {FieldType::Enum, "enum"},       {FieldType::Object, "object"},     {FieldType::Array, "array"},
};

QString toString(FieldType type)
{
    for (const auto &entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

Result<FieldType> fieldTypeFromString(const QString &text)
{
    QStringList known;
    for (const auto &entry : kTypes) {
        if (text == QLatin1String(entry.name))
            return entry.type;
        known.append(QString::fromLatin1(entry.name));
    }
    return Error::input(FieldTreeJson::tr("Unknown field type \"%1\"").arg(text), {},
                        FieldTreeJson::tr("Use one of: %1.").arg(known.join(QStringLiteral(", "))));
}

static void collect(const QList<FieldNode> &nodes, const QString &prefix, QHash<QString, const FieldNode *> &out)
{
    for (const FieldNode &node : nodes) {
        const QString path = prefix.isEmpty() ? node.name : prefix + QLatin1Char('.') + node.name;
        out.insert(path, &node);
        if (!node.children.isEmpty())
            collect(node.children, node.type == FieldType::Array ? path + QStringLiteral("[]") : path, out);
    }
}

QHash<QString, const FieldNode *> FieldTree::byPath() const
{
    QHash<QString, const FieldNode *> out;
    collect(fields, {}, out);
    return out;
}

QStringList FieldTree::paths() const
{
    QStringList list = byPath().keys();
    list.sort();
    return list;
}

const FieldNode *FieldTree::find(const QString &path) const
{
    return byPath().value(path, nullptr);
}

static void sortNodes(QList<FieldNode> &nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const FieldNode &a, const FieldNode &b) { return a.name < b.name; });
    for (FieldNode &node : nodes)
        sortNodes(node.children);
}

void FieldTree::sort()
{
    sortNodes(fields);
}

QJsonObject FieldTreeJson::toJson(const FieldNode &node)
{
    // Only what a field actually carries is written: a schema of 300 Zendesk fields stays readable.
    QJsonObject json{{QStringLiteral("name"), node.name}, {QStringLiteral("type"), toString(node.type)}};
    if (node.type == FieldType::Array)
        json.insert(QStringLiteral("elementType"), toString(node.elementType));
    if (!node.format.isEmpty())
        json.insert(QStringLiteral("format"), node.format);
    if (!node.description.isEmpty())
        json.insert(QStringLiteral("description"), node.description);
    if (node.required)
        json.insert(QStringLiteral("required"), true);
    if (node.nullable)
        json.insert(QStringLiteral("nullable"), true);
    if (node.presence >= 0) {
        json.insert(QStringLiteral("presence"), node.presence);
        json.insert(QStringLiteral("nulls"), node.nullCount);
    }
    if (!node.enumValues.isEmpty())
        json.insert(QStringLiteral("values"), QJsonArray::fromStringList(node.enumValues));
    if (!node.examples.isEmpty())
        json.insert(QStringLiteral("examples"), node.examples);
    if (!node.mapValueType.isEmpty())
        json.insert(QStringLiteral("mapValueType"), node.mapValueType);
    if (!node.children.isEmpty()) {
        QJsonArray children;
        for (const FieldNode &child : node.children)
            children.append(toJson(child));
        json.insert(QStringLiteral("fields"), children);
    }
    return json;
}

QJsonObject FieldTreeJson::toJson(const FieldTree &tree)
{
    FieldTree sorted = tree;
    sorted.sort();
    QJsonArray fields;
    for (const FieldNode &node : std::as_const(sorted.fields))
        fields.append(toJson(node));
    QJsonObject json{{QStringLiteral("formatVersion"), 1}, {QStringLiteral("source"), tree.source},
                     {QStringLiteral("fields"), fields}};
    if (tree.sampleCount > 0)
        json.insert(QStringLiteral("sampleCount"), tree.sampleCount);
    return json;
}

static Result<QList<FieldNode>> nodesFromJson(const QJsonArray &array, const QString &where, const QString &pointer)
{
    QList<FieldNode> nodes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = pointer + QLatin1Char('/') + QString::number(i);
        if (!array.at(i).isObject())
            return Error::input(FieldTreeJson::tr("A schema field must be a JSON object"), where + QLatin1Char('#') + here);
        const QJsonObject o = array.at(i).toObject();
        FieldNode node;
        node.name = o.value(QStringLiteral("name")).toString();
        if (node.name.isEmpty())
            return Error::input(FieldTreeJson::tr("A schema field has no name"), where + QLatin1Char('#') + here,
                                FieldTreeJson::tr("Give every field a \"name\"."));
        auto type = fieldTypeFromString(o.value(QStringLiteral("type")).toString());
        if (!type)
            return Error::input(type.error().what, where + QLatin1Char('#') + here + QStringLiteral("/type"), type.error().hint);
        node.type = type.value();
        if (o.contains(QStringLiteral("elementType"))) {
            auto element = fieldTypeFromString(o.value(QStringLiteral("elementType")).toString());
            if (!element)
                return Error::input(element.error().what, where + QLatin1Char('#') + here + QStringLiteral("/elementType"),
                                    element.error().hint);
            node.elementType = element.value();
        }
        node.format = o.value(QStringLiteral("format")).toString();
        node.description = o.value(QStringLiteral("description")).toString();
        node.required = o.value(QStringLiteral("required")).toBool();
        node.nullable = o.value(QStringLiteral("nullable")).toBool();
        node.presence = o.value(QStringLiteral("presence")).toDouble(-1);
        node.nullCount = o.value(QStringLiteral("nulls")).toInt();
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &v : values)
            node.enumValues.append(v.toString());
        node.examples = o.value(QStringLiteral("examples")).toArray();
        node.mapValueType = o.value(QStringLiteral("mapValueType")).toString();
        auto children = nodesFromJson(o.value(QStringLiteral("fields")).toArray(), where, here + QStringLiteral("/fields"));
        if (!children)
            return children.error();
        node.children = std::move(children.value());
        nodes.append(std::move(node));
    }
    return nodes;
}

Result<FieldTree> FieldTreeJson::fromJson(const QJsonObject &json, const QString &where)
{
    FieldTree tree;
    if (json.isEmpty())
        return tree;
    if (json.value(QStringLiteral("formatVersion")).toInt(1) > 1)
        return Error::input(tr("This schema was written by a newer CRM Bridge"), where + QStringLiteral("#/formatVersion"),
                            tr("Update CRM Bridge, or discover the schema again."));
    tree.source = json.value(QStringLiteral("source")).toString();
    tree.sampleCount = json.value(QStringLiteral("sampleCount")).toInt();
    auto nodes = nodesFromJson(json.value(QStringLiteral("fields")).toArray(), where, QStringLiteral("/fields"));
    if (!nodes)
        return nodes.error();
    tree.fields = std::move(nodes.value());
    return tree;
}

} // namespace crmbridge
