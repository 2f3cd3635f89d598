#include "core/formats/jsonlinesreader.h"

#include <cstring>

namespace crmbridge::formats {

JsonLinesReader::JsonLinesReader(QIODevice *device, ReaderOptions options)
    : m_input(device, options.sourceName, options.maxRecordBytes, options.chunkSize)
{
    m_options = std::move(options);
}

Status JsonLinesReader::read(RecordBatch &batch, qsizetype maxRecords)
{
    if (!m_opened) {
        m_opened = true;
        if (const Status s = m_input.prime(); !s)
            return s;
        if (m_input.rawSample().startsWith("\xEF\xBB\xBF"))
            m_input.skipRaw(3);
        m_input.setValidateUtf8(true); // JSON text is UTF-8 (RFC 8259)
    }
    while (batch.size() < maxRecords && !m_done) {
        const char *p = m_input.at(m_pos);
        const char *end = m_input.end();
        const void *newline = std::memchr(p, '\n', std::size_t(end - p));
        if (!newline && !m_input.atEnd()) {
            auto filled = m_input.fill(m_pos);
            if (!filled)
                return filled.error();
            continue;
        }
        if (p == end) {
            m_done = true;
            break;
        }
        const char *lineEnd = newline ? static_cast<const char *>(newline) : end;
        const char *next = newline ? lineEnd + 1 : end;
        const char *text = p;
        while (text < lineEnd && (*text == ' ' || *text == '\t' || *text == '\r'))
            ++text;
        if (text == lineEnd) {
            m_pos = m_input.offset(next);
            ++m_line;
            continue;
        }
        const RecordPosition position { m_recordCount + 1, m_line, 1, m_input.offset(p) };
        mapping::Object &record = batch.append(position);
        if (!m_parser.parseRecord(p, lineEnd, record)) {
            batch.dropLast();
            qint64 line = m_line;
            qint64 column = 1;
            InputBuffer::advance(p, m_parser.errorAt() ? m_parser.errorAt() : p, line, column);
            Error error = Error::input(tr("Record %1 is not a valid JSON object: %2")
                                           .arg(position.record)
                                           .arg(m_parser.errorMessage()),
                                       where(position, line, column),
                                       tr("Each line must hold exactly one JSON object."));
            if (m_options.stopOnBadRecord)
                return error;
            batch.rejected.push_back({ position, std::move(error) });
        }
        ++m_recordCount;
        m_pos = m_input.offset(next);
        ++m_line;
    }
    return {};
}

} // namespace crmbridge::formats
