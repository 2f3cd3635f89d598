#pragma once

#include "core/formats/inputbuffer.h"
#include "core/formats/jsonrecordparser.h"
#include "core/formats/recordreader.h"

class QIODevice;

namespace crmbridge::formats {

/// Reads JSON Lines (one JSON object per line, UTF-8 with or without a byte-order mark),
/// streaming. Blank lines are skipped and do not count as records. A line that is not a JSON
/// object is rejected with its line:column and reading goes on (unless stopOnBadRecord).
class JsonLinesReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)

public:
    explicit JsonLinesReader(QIODevice *device, ReaderOptions options = {});

    /// Deferred, the reading thread only finds the lines; a parser per worker reads the JSON.
    bool setDeferredParsing(bool on) override;
    std::unique_ptr<RecordParser> newParser() const override;

protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    class LineParser;
    /// The rejection of a line that is not a JSON object (`parser` failed on it).
    Error badLine(const RecordPosition &position, const char *lineStart, const JsonRecordParser &parser) const;

    InputBuffer m_input;
    JsonRecordParser m_parser;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    bool m_opened = false;
    bool m_done = false;
    bool m_defer = false;
};

} // namespace crmbridge::formats
