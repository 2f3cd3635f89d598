#pragma once

#include "core/common/result.h"
#include "core/discovery/fieldtree.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

QT_BEGIN_NAMESPACE
class QXmlStreamReader;
QT_END_NAMESPACE

namespace crmbridge {

/// Turns XML bodies (SOAP responses, REST/XML answers) into the JSON-like records the rest of the
/// engine works with:
/// - an element with child elements or attributes becomes an object (local names as keys,
///   attributes as "@name", text beside child elements as "#text");
/// - a child element that repeats becomes an array; a leaf element becomes its text;
///   xsi:nil="true" becomes null;
/// - with a field tree (from a WSDL), an element the schema says repeats stays an array even with
///   one item, and numbers and booleans get JSON types (decimals stay text, as everywhere else).
/// Namespaces are dropped (local names only). Guarantees: never throws, never loops; a malformed
/// document is an error with its line, column and character offset.
class XmlJson
{
    Q_DECLARE_TR_FUNCTIONS(XmlJson)

public:
    /// Reads the element the reader stands on (a StartElement) up to its end element. `hint`
    /// describes this element (an Array node describes each of its items); null = no schema.
    static QJsonValue readElement(QXmlStreamReader &reader, const FieldNode *hint = nullptr);
    /// A whole document as {"rootName": value}.
    static Result<QJsonObject> parseDocument(const QByteArray &xml, const QString &where);
    /// The error for a reader that failed: what, line/column/offset and `where` (the URL).
    static Error malformed(const QXmlStreamReader &reader, const QString &where);
    /// The records at an element path ("Orders/Order"; dots work too when no slash is used) as a
    /// list: an array as is, a single object as a list of one, and an empty list when only the
    /// last step is missing from an empty parent (<Orders/>). Undefined when the path does not
    /// match (a step missing where the parent holds other elements).
    static QJsonValue recordsAt(const QJsonValue &root, const QString &path);
    /// The value at an element path (no list conversion); undefined when absent.
    static QJsonValue valueAt(const QJsonValue &root, const QString &path);
    /// A leaf as a whole number (JSON numbers and numeric texts); -1 when it is neither.
    static qint64 integerOf(const QJsonValue &value);
};

} // namespace crmbridge
