#include "core/formats/jsonwriter.h"

#include "core/formats/valueencoding.h"

namespace crmbridge::formats {

JsonLinesWriter::JsonLinesWriter(QIODevice *device, QString targetName)
    : RecordWriter(device, std::move(targetName))
{ }

void JsonLinesWriter::encode(std::span<const mapping::Object> records, QByteArray &out) const
{
    for (const mapping::Object &record : records) {
        appendJsonObject(out, record);
        out += '\n';
    }
}

JsonArrayWriter::JsonArrayWriter(QIODevice *device, QString targetName)
    : RecordWriter(device, std::move(targetName))
{ }

void JsonArrayWriter::encode(std::span<const mapping::Object> records, QByteArray &out) const
{
    bool first = true;
    for (const mapping::Object &record : records) {
        if (!first)
            out.append(",\n", 2);
        first = false;
        appendJsonObject(out, record);
    }
}

void JsonArrayWriter::appendEpilogue(QByteArray &out)
{
    if (recordCount() > 0)
        out += '\n';
    out.append("]\n", 2);
}

} // namespace crmbridge::formats
