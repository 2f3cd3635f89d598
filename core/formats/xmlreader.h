#pragma once

#include "core/formats/recordreader.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;

namespace crmbridge::formats {

/// Reads the elements found at a record path of an XML document as records, streaming with
/// QXmlStreamReader (the document is never held whole; its encoding comes from the XML
/// declaration).
///
/// The record path names elements from the root: "Orders/Order" or "/Orders/Order"; "*" matches
/// any one element name. Each record element becomes an object: attributes as "@name" fields,
/// child elements as fields (repeated children become an array, in document order), an element
/// with only text as that text (an empty element as empty text), and text beside children or
/// attributes as "#text". All values are text: XML has no types. Positions give the line:column
/// where the record's start tag ends; byteOffset counts characters (what QXmlStreamReader knows).
/// A malformed document is an error with its line:column.
class XmlReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlReader)

public:
    XmlReader(QIODevice *device, const QString &recordPath, ReaderOptions options = {});

protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    struct Fields
    {
        QStringList names;
        std::vector<mapping::Value> values;
    };
    /// Reads the element just started, up to its end tag.
    mapping::Value readElement(Fields *top);
    mapping::FieldIndexPtr shapeFor(const QStringList &names);
    bool matchesPath() const;

    QXmlStreamReader m_xml;
    QStringList m_path;
    QStringList m_stack;
    QHash<QString, mapping::FieldIndexPtr> m_shapes;
    bool m_done = false;
};

} // namespace crmbridge::formats
