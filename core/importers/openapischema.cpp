#include "core/importers/openapischema.h"

#include <QJsonArray>
#include <QUrl>

namespace crmbridge {

// Deep enough for HubSpot's associations and Zendesk's ticket fields, shallow enough that
// recursive schemas (a comment with replies of comments) stay small.
static constexpr int kMaxDepth = 6;
static constexpr int kMaxRefHops = 32;

QJsonValue OpenApiSchemaReader::pointer(const QString &ref) const
{
    if (!ref.startsWith(QLatin1Char('#'))) {
        m_unresolved.insert(ref);
        return {};
    }
    QJsonValue current = m_root;
    const QStringList parts = ref.mid(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = QUrl::fromPercentEncoding(part.toUtf8());
        part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            if (!o.contains(part)) {
                m_unresolved.insert(ref);
                return {};
            }
            current = o.value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || index >= current.toArray().size()) {
                m_unresolved.insert(ref);
                return {};
            }
            current = current.toArray().at(index);
        } else {
            m_unresolved.insert(ref);
            return {};
        }
    }
    return current;
}

QJsonValue OpenApiSchemaReader::resolve(const QJsonValue &value) const
{
    QJsonValue current = value;
    for (int hop = 0; hop < kMaxRefHops && current.isObject(); ++hop) {
        const QJsonObject o = current.toObject();
        const QJsonValue ref = o.value(QStringLiteral("$ref"));
        if (!ref.isString())
            return current;
        current = pointer(ref.toString());
    }
    return current;
}

QString OpenApiSchemaReader::typeOf(const QJsonObject &s)
{
    const QJsonValue type = s.value(QStringLiteral("type"));
    if (type.isString())
        return type.toString();
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() != QLatin1String("null"))
                return t.toString();
        }
    }
    if (s.contains(QStringLiteral("properties")) || s.contains(QStringLiteral("additionalProperties")))
        return QStringLiteral("object");
    if (s.contains(QStringLiteral("items")))
        return QStringLiteral("array");
    if (s.contains(QStringLiteral("enum")))
        return QStringLiteral("string");
    return {};
}

static void mergeInto(QJsonObject &target, const QJsonObject &part, bool keepRequired)
{
    QJsonObject props = target.value(QStringLiteral("properties")).toObject();
    const QJsonObject partProps = part.value(QStringLiteral("properties")).toObject();
    for (auto it = partProps.begin(); it != partProps.end(); ++it) {
        if (!props.contains(it.key()))
            props.insert(it.key(), it.value());
    }
    if (!props.isEmpty())
        target.insert(QStringLiteral("properties"), props);
    if (keepRequired) {
        QJsonArray required = target.value(QStringLiteral("required")).toArray();
        for (const QJsonValue &r : part.value(QStringLiteral("required")).toArray())
            required.append(r);
        if (!required.isEmpty())
            target.insert(QStringLiteral("required"), required);
    }
    for (auto it = part.begin(); it != part.end(); ++it) {
        if (it.key() != QLatin1String("properties") && it.key() != QLatin1String("required") && !target.contains(it.key()))
            target.insert(it.key(), it.value());
    }
}

QJsonObject OpenApiSchemaReader::flatten(const QJsonValue &schema, int depth) const
{
    QJsonObject s = resolveObject(schema);
    if (depth > kMaxDepth)
        return s;
    const QJsonArray allOf = s.value(QStringLiteral("allOf")).toArray();
    const QJsonArray oneOf = s.value(QStringLiteral("oneOf")).toArray();
    const QJsonArray anyOf = s.value(QStringLiteral("anyOf")).toArray();
    if (allOf.isEmpty() && oneOf.isEmpty() && anyOf.isEmpty()) {
        if (s.value(QStringLiteral("type")).isArray()) {
            for (const QJsonValue &t : s.value(QStringLiteral("type")).toArray()) {
                if (t.toString() == QLatin1String("null"))
                    s.insert(QStringLiteral("nullable"), true);
            }
        }
        return s;
    }
    QJsonObject merged = s;
    merged.remove(QStringLiteral("allOf"));
    merged.remove(QStringLiteral("oneOf"));
    merged.remove(QStringLiteral("anyOf"));
    for (const QJsonValue &part : allOf)
        mergeInto(merged, flatten(part, depth + 1), true);
    // A oneOf of several shapes: the union of their fields, none of them required. A nullable
    // variant ({type: null}) only marks the field nullable.
    for (const QJsonArray &variants : {oneOf, anyOf}) {
        for (const QJsonValue &part : variants) {
            const QJsonObject flat = flatten(part, depth + 1);
            if (flat.value(QStringLiteral("type")).toString() == QLatin1String("null")) {
                merged.insert(QStringLiteral("nullable"), true);
                continue;
            }
            mergeInto(merged, flat, false);
        }
    }
    return merged;
}

static FieldType scalarType(const QString &type, const QString &format)
{
    if (type == QLatin1String("integer"))
        return FieldType::Number;
    if (type == QLatin1String("number"))
        return format == QLatin1String("decimal") ? FieldType::Decimal : FieldType::Number;
    if (type == QLatin1String("boolean"))
        return FieldType::Bool;
    if (type == QLatin1String("string")) {
        if (format == QLatin1String("date"))
            return FieldType::Date;
        if (format == QLatin1String("date-time"))
            return FieldType::DateTime;
        if (format == QLatin1String("email"))
            return FieldType::Email;
        if (format == QLatin1String("phone") || format == QLatin1String("tel"))
            return FieldType::Phone;
        if (format == QLatin1String("decimal"))
            return FieldType::Decimal;
        return FieldType::Text;
    }
    if (type == QLatin1String("object"))
        return FieldType::Object;
    if (type == QLatin1String("array"))
        return FieldType::Array;
    return FieldType::Unknown;
}

static QString exampleText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

FieldNode OpenApiSchemaReader::field(const QString &name, const QJsonValue &schema, int depth) const
{
    FieldNode node;
    node.name = name;
    const QJsonObject s = flatten(schema, depth);
    const QString type = typeOf(s);
    node.format = s.value(QStringLiteral("format")).toString();
    node.description = s.value(QStringLiteral("description")).toString().section(QLatin1Char('\n'), 0, 0).left(200);
    node.nullable = s.value(QStringLiteral("nullable")).toBool();
    node.type = scalarType(type, node.format);
    const QJsonArray values = s.value(QStringLiteral("enum")).toArray();
    if (!values.isEmpty() && (node.type == FieldType::Text || node.type == FieldType::Number)) {
        for (const QJsonValue &v : values) {
            if (!v.isNull())
                node.enumValues.append(exampleText(v));
        }
        if (node.type == FieldType::Text)
            node.type = FieldType::Enum;
    }
    const QJsonValue example = s.value(QStringLiteral("example"));
    if (!example.isUndefined() && !example.isNull() && !example.isObject() && !example.isArray())
        node.examples.append(example);
    if (depth >= kMaxDepth)
        return node;
    if (node.type == FieldType::Object) {
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        QSet<QString> required;
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            required.insert(r.toString());
        for (auto it = props.begin(); it != props.end(); ++it) {
            FieldNode child = field(it.key(), it.value(), depth + 1);
            child.required = required.contains(it.key());
            node.children.append(std::move(child));
        }
        const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
        if (additional.isObject()) {
            const FieldNode value = field(QStringLiteral("*"), additional, depth + 1);
            node.mapValueType = toString(value.type);
        }
    } else if (node.type == FieldType::Array) {
        const FieldNode element = field(QStringLiteral("[]"), s.value(QStringLiteral("items")), depth + 1);
        node.elementType = element.type;
        node.children = element.children;
        node.enumValues = element.enumValues;
    }
    return node;
}

FieldTree OpenApiSchemaReader::fieldTree(const QJsonValue &schema) const
{
    FieldTree tree;
    tree.source = QStringLiteral("openapi");
    FieldNode root = field(QString(), schema, 0);
    // An array schema describes its elements' fields: a record schema is the element's.
    tree.fields = root.children;
    tree.sort();
    return tree;
}

} // namespace crmbridge
