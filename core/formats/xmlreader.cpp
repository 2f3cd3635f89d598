#include "core/formats/xmlreader.h"

namespace crmbridge::formats {

using mapping::Value;

namespace {
constexpr int kMaxCachedShapes = 4096;
}

XmlReader::XmlReader(QIODevice *device, const QString &recordPath, ReaderOptions options)
    : m_xml(device)
    , m_path(recordPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
{
    m_options = std::move(options);
}

bool XmlReader::matchesPath() const
{
    if (m_stack.size() != m_path.size())
        return false;
    for (qsizetype i = 0; i < m_path.size(); ++i) {
        if (m_path.at(i) != QLatin1String("*") && m_path.at(i) != m_stack.at(i))
            return false;
    }
    return true;
}

mapping::FieldIndexPtr XmlReader::shapeFor(const QStringList &names)
{
    const QString signature = names.join(QChar(0x1F));
    mapping::FieldIndexPtr shape = m_shapes.value(signature);
    if (!shape) {
        if (m_shapes.size() >= kMaxCachedShapes)
            m_shapes.clear();
        shape = std::make_shared<const mapping::FieldIndex>(names);
        m_shapes.insert(signature, shape);
    }
    return shape;
}

Value XmlReader::readElement(Fields *top)
{
    Fields local;
    Fields &fields = top ? *top : local;
    fields.names.clear();
    fields.values.clear();
    std::vector<mapping::ValueList> lists; // children seen more than once
    std::vector<int> listOf; // per field: index into lists, or -1

    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        fields.names << QLatin1Char('@') + attribute.qualifiedName().toString();
        fields.values.emplace_back(attribute.value().toString());
        listOf.push_back(-1);
    }
    QString text;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = m_xml.qualifiedName().toString();
            Value child = readElement(nullptr);
            const qsizetype existing = fields.names.indexOf(name);
            if (existing < 0) {
                fields.names << name;
                fields.values.push_back(std::move(child));
                listOf.push_back(-1);
            } else {
                int &list = listOf[std::size_t(existing)];
                if (list < 0) {
                    list = int(lists.size());
                    lists.emplace_back();
                    lists.back().push_back(std::move(fields.values[std::size_t(existing)]));
                }
                lists[std::size_t(list)].push_back(std::move(child));
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (!m_xml.isWhitespace())
                text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (fields.names.isEmpty() && !top)
        return Value(text);
    for (std::size_t i = 0; i < listOf.size(); ++i) {
        if (listOf[i] >= 0)
            fields.values[i] = Value::array(std::move(lists[std::size_t(listOf[i])]));
    }
    if (!text.trimmed().isEmpty()) {
        fields.names << QStringLiteral("#text");
        fields.values.emplace_back(text);
    }
    if (top)
        return {};
    return Value(std::make_shared<const mapping::Object>(shapeFor(fields.names), std::move(fields.values)));
}

Status XmlReader::read(RecordBatch &batch, qsizetype maxRecords)
{
    Fields fields;
    while (batch.size() < maxRecords && !m_done) {
        if (m_xml.atEnd()) {
            m_done = true;
            break;
        }
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            m_stack.removeLast();
        } else if (token == QXmlStreamReader::StartElement) {
            m_stack << m_xml.qualifiedName().toString();
            if (!matchesPath())
                continue;
            const RecordPosition position { m_recordCount + 1, m_xml.lineNumber(), m_xml.columnNumber(),
                                            m_xml.characterOffset() };
            readElement(&fields);
            m_stack.removeLast();
            if (m_xml.hasError())
                break;
            ++m_recordCount;
            mapping::Object &record = batch.append(position);
            const mapping::FieldIndexPtr shape = shapeFor(fields.names);
            if (record.fields() != shape)
                record = mapping::Object(shape);
            for (std::size_t i = 0; i < fields.values.size(); ++i)
                record.at(int(i)) = std::move(fields.values[i]);
        }
    }
    if (m_xml.hasError()) {
        m_done = true;
        return Error::input(tr("The XML document is malformed: %1").arg(m_xml.errorString()),
                            where(m_xml.lineNumber(), m_xml.columnNumber()),
                            tr("Fix the document, or export it again from its source."));
    }
    return {};
}

} // namespace crmbridge::formats
