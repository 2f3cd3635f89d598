#pragma once

#include "core/formats/recordwriter.h"

namespace crmbridge::formats {

/// Writes records as JSON Lines: one compact JSON object per line (UTF-8, LF), fields in each
/// record's order with missing fields left out, numbers with their exact digits. The same bytes
/// mapping::writeJson() would produce, without building any QJsonDocument.
class JsonLinesWriter : public RecordWriter
{
public:
    explicit JsonLinesWriter(QIODevice *device, QString targetName = {});
    void encode(std::span<const mapping::Object> records, QByteArray &out) const override;
};

/// Writes records as one JSON array, one object per line: "[\n{...},\n{...}\n]\n" ("[\n]\n" when
/// empty). Valid JSON only once finish() has run.
class JsonArrayWriter : public RecordWriter
{
public:
    explicit JsonArrayWriter(QIODevice *device, QString targetName = {});
    void encode(std::span<const mapping::Object> records, QByteArray &out) const override;

protected:
    void appendPrologue(QByteArray &out) override { out.append("[\n", 2); }
    void appendSeparator(QByteArray &out) override { out.append(",\n", 2); }
    void appendEpilogue(QByteArray &out) override;
};

} // namespace crmbridge::formats
