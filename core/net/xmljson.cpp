#include "core/net/xmljson.h"

#include "core/net/httpmessage.h"

#include <QHash>
#include <QJsonArray>
#include <QXmlStreamReader>

namespace crmbridge {

namespace {

const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

const FieldNode *childHint(const FieldNode *hint, const QString &name)
{
    if (!hint)
        return nullptr;
    for (const FieldNode &child : hint->children) {
        if (child.name == name)
            return &child;
    }
    return nullptr;
}

QJsonValue typedLeaf(const QString &text, FieldType type)
{
    if (type == FieldType::Number) {
        bool ok = false;
        const qint64 whole = text.trimmed().toLongLong(&ok);
        if (ok && whole < (qint64(1) << 53) && whole > -(qint64(1) << 53))
            return double(whole);
        const double d = text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    } else if (type == FieldType::Bool) {
        const QString t = text.trimmed();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
    }
    return text;
}

QStringList splitPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    return path.split(path.contains(QLatin1Char('/')) ? QLatin1Char('/') : QLatin1Char('.'),
                      Qt::SkipEmptyParts);
}

} // namespace

QJsonValue XmlJson::readElement(QXmlStreamReader &reader, const FieldNode *hint)
{
    const FieldType type = !hint         ? FieldType::Unknown
        : hint->type == FieldType::Array ? hint->elementType
                                         : hint->type;
    QJsonObject attributes;
    bool nil = false;
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        if (a.namespaceUri() == kXsi) {
            nil = nil || (a.name() == QLatin1String("nil") && a.value() == QLatin1String("true"));
            continue;
        }
        attributes.insert(QLatin1Char('@') + a.name().toString(), a.value().toString());
    }
    // Children in document order; a name seen twice (or an array in the schema) becomes a list.
    QStringList names;
    QHash<QString, qsizetype> index;
    QList<QJsonArray> values;
    QList<bool> asArray;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const FieldNode *h = childHint(hint, name);
            const QJsonValue value = readElement(reader, h);
            auto it = index.find(name);
            if (it == index.end()) {
                index.insert(name, names.size());
                names.append(name);
                values.append(QJsonArray { value });
                asArray.append(h && h->type == FieldType::Array);
            } else {
                values[*it].append(value);
                asArray[*it] = true;
            }
        } else if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            break;
        }
    }
    if (nil)
        return QJsonValue(QJsonValue::Null);
    if (names.isEmpty() && attributes.isEmpty()) {
        if (type == FieldType::Object && text.trimmed().isEmpty())
            return QJsonObject();
        return typedLeaf(text, type);
    }
    QJsonObject object = attributes;
    for (qsizetype i = 0; i < names.size(); ++i)
        object.insert(names.at(i), asArray.at(i) ? QJsonValue(values.at(i)) : values.at(i).first());
    if (!text.trimmed().isEmpty())
        object.insert(QStringLiteral("#text"), names.isEmpty() ? text : text.trimmed());
    return object;
}

Error XmlJson::malformed(const QXmlStreamReader &reader, const QString &where)
{
    return NetErrors::make(
        Error::Kind::Server,
        tr("The response is not well-formed XML: %1 at line %2, column %3 (character offset %4)")
            .arg(reader.errorString())
            .arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.characterOffset()),
        where,
        tr("Check that the URL points at the service (not a web page) and that the server is "
           "healthy; the Activity page shows the body."));
}

Result<QJsonObject> XmlJson::parseDocument(const QByteArray &xml, const QString &where)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const QJsonValue value = readElement(reader);
            if (reader.hasError())
                return malformed(reader, where);
            // Anything after the root must be whitespace, comments or processing instructions.
            while (!reader.atEnd())
                reader.readNext();
            if (reader.hasError() && reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return malformed(reader, where);
            return QJsonObject { { name, value } };
        }
    }
    return malformed(reader, where); // no root element at all
}

QJsonValue XmlJson::valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &step : splitPath(path)) {
        if (value.isArray() && value.toArray().size() == 1)
            value = value.toArray().first();
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step);
    }
    return value;
}

QJsonValue XmlJson::recordsAt(const QJsonValue &root, const QString &path)
{
    const QStringList steps = splitPath(path);
    QJsonValue parent =
        steps.size() > 1 ? valueAt(root, steps.mid(0, steps.size() - 1).join(QLatin1Char('/'))) : root;
    if (parent.isArray() && parent.toArray().size() == 1)
        parent = parent.toArray().first();
    if (steps.isEmpty())
        return parent.isArray() ? parent
            : parent.isObject() ? QJsonValue(QJsonArray { parent })
                                : QJsonValue(QJsonValue::Undefined);
    if (parent.isString() && parent.toString().trimmed().isEmpty())
        return QJsonArray(); // <Orders/> or <Orders></Orders>: no records
    if (!parent.isObject())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonObject object = parent.toObject();
    const QJsonValue value = object.value(steps.last());
    if (value.isNull() || (value.isUndefined() && object.isEmpty()))
        return QJsonArray();
    if (value.isUndefined()) // other elements but not this one: a wrong path, not an empty page
        return QJsonValue(QJsonValue::Undefined);
    if (value.isArray())
        return value;
    return QJsonArray { value };
}

qint64 XmlJson::integerOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const qint64 n = value.toString().trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace crmbridge
