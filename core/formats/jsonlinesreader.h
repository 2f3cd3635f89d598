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

protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    InputBuffer m_input;
    JsonRecordParser m_parser;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    bool m_opened = false;
    bool m_done = false;
};

} // namespace crmbridge::formats
