#include "core/formats/csvwriter.h"

#include "core/formats/valueencoding.h"
#include "core/mapping/value/valuetext.h"

#include <vector>

namespace crmbridge::formats {

using mapping::Value;

CsvWriter::CsvWriter(QIODevice *device, QStringList columns, CsvWriterOptions options, QString targetName)
    : RecordWriter(device, std::move(targetName))
    , m_columns(std::move(columns))
    , m_options(options)
{ }

void CsvWriter::prepare(const mapping::Object &first)
{
    if (m_columns.isEmpty() && first.fields())
        m_columns = first.fields()->names();
}

void CsvWriter::appendPrologue(QByteArray &out)
{
    if (m_options.byteOrderMark)
        out.append("\xEF\xBB\xBF", 3);
    if (!m_options.header || m_columns.isEmpty())
        return;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            out += m_options.delimiter;
        const qsizetype start = out.size();
        appendUtf8(out, m_columns.at(i));
        appendText(out, start);
    }
    out.append(m_options.crlf ? "\r\n" : "\n");
}

// Quotes the cell text already appended from `start` when it holds a special character.
void CsvWriter::appendText(QByteArray &out, qsizetype start) const
{
    const char delimiter = m_options.delimiter;
    bool needsQuotes = false;
    int quotes = 0;
    for (qsizetype i = start; i < out.size(); ++i) {
        const char c = out.at(i);
        if (c == '"')
            ++quotes;
        else if (c == delimiter || c == '\n' || c == '\r')
            needsQuotes = true;
    }
    if (!needsQuotes && quotes == 0)
        return;
    const QByteArray text = out.mid(start);
    out.resize(start);
    out.reserve(out.size() + text.size() + quotes + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::appendCell(QByteArray &out, const Value &value) const
{
    const qsizetype start = out.size();
    switch (value.type()) {
    case Value::Type::Missing:
    case Value::Type::Null:
    case Value::Type::Error:
        return;
    case Value::Type::Bool:
        if (value.boolValue())
            out.append("true", 4);
        else
            out.append("false", 5);
        return;
    case Value::Type::Number:
        appendDecimal(out, value.number());
        return;
    case Value::Type::Text:
        appendUtf8(out, value.text());
        break;
    case Value::Type::Date:
    case Value::Type::DateTime:
        appendUtf8(out, mapping::toText(value));
        break;
    case Value::Type::Array:
    case Value::Type::Object:
        appendJson(out, value);
        break;
    }
    appendText(out, start);
}

void CsvWriter::encode(std::span<const mapping::Object> records, QByteArray &out) const
{
    // Column -> slot, worked out once per shape met in the batch.
    const mapping::FieldIndex *shape = nullptr;
    std::vector<int> columnSlots(std::size_t(m_columns.size()), -1);
    const char *lineBreak = m_options.crlf ? "\r\n" : "\n";
    const qsizetype lineBreakSize = m_options.crlf ? 2 : 1;
    for (const mapping::Object &record : records) {
        if (record.fields().get() != shape) {
            shape = record.fields().get();
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                columnSlots[std::size_t(i)] = shape ? shape->indexOf(m_columns.at(i)) : -1;
        }
        for (std::size_t i = 0; i < columnSlots.size(); ++i) {
            if (i > 0)
                out += m_options.delimiter;
            if (columnSlots[i] >= 0)
                appendCell(out, record.at(columnSlots[i]));
        }
        out.append(lineBreak, lineBreakSize);
    }
}

} // namespace crmbridge::formats
