#pragma once

#include "core/formats/recordwriter.h"

#include <QStringList>

namespace crmbridge::formats {

struct CsvWriterOptions
{
    char delimiter = ',';
    bool byteOrderMark = false; ///< some spreadsheet programs need it to read UTF-8
    bool crlf = true; ///< RFC 4180 line breaks; false writes LF
    bool header = true;
};

/// Writes records as RFC 4180 CSV in UTF-8.
///
/// Guarantees: the columns and their order are the given header list, whatever each record's
/// own field order (a field not in the list is not written; a column a record lacks is an empty
/// cell); a cell is quoted only when it holds the delimiter, a quote or a line break, and quotes
/// in it are doubled; numbers keep their exact digits; true/false for booleans; null and missing
/// are empty; dates ISO 8601; arrays and objects are written as compact JSON in the cell. Without
/// a column list, write() takes the first record's field names (encode() then needs them set).
class CsvWriter : public RecordWriter
{
public:
    CsvWriter(QIODevice *device, QStringList columns, CsvWriterOptions options = {}, QString targetName = {});

    const QStringList &columns() const { return m_columns; }
    void setColumns(QStringList columns) { m_columns = std::move(columns); }

    void encode(std::span<const mapping::Object> records, QByteArray &out) const override;

    /// Appends one cell as it appears in the file (quoted when needed).
    void appendCell(QByteArray &out, const mapping::Value &value) const;

protected:
    void appendPrologue(QByteArray &out) override;
    void prepare(const mapping::Object &first) override;

private:
    void appendText(QByteArray &out, qsizetype start) const;

    QStringList m_columns;
    CsvWriterOptions m_options;
};

} // namespace crmbridge::formats
