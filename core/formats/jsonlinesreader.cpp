#include "core/formats/jsonlinesreader.h"

#include <algorithm>
#include <cstring>

namespace crmbridge::formats {

JsonLinesReader::JsonLinesReader(QIODevice *device, ReaderOptions options)
    : m_input(device, options.sourceName, options.maxRecordBytes, options.chunkSize)
{
    m_options = std::move(options);
}

/// Parses the lines a deferring JsonLinesReader cut, on a worker thread, with its own
/// JsonRecordParser (and so its own shapes, which the worker's evaluation caches key on).
class JsonLinesReader::LineParser : public RecordParser
{
public:
    explicit LineParser(const JsonLinesReader *reader) : m_reader(reader) { }

    void parse(RecordBatch &batch) override
    {
        DeferredRecords &deferred = batch.deferred;
        const auto records = batch.records();
        std::vector<RecordPosition> &positions = batch.positions();
        const char *bytes = deferred.bytes.constData();
        const bool hadRejected = !batch.rejected.empty();
        std::size_t kept = 0;
        for (std::size_t i = 0; i < deferred.records.size(); ++i) {
            const DeferredRecords::Span &span = deferred.spans[deferred.records[i].firstSpan];
            const char *line = bytes + span.begin;
            if (m_parser.parseRecord(line, line + span.size, records[kept])) {
                positions[kept++] = positions[i];
                continue;
            }
            batch.rejected.push_back({ positions[i], m_reader->badLine(positions[i], line, m_parser) });
        }
        batch.truncate(qsizetype(kept));
        deferred.clear();
        if (hadRejected) {
            std::stable_sort(batch.rejected.begin(), batch.rejected.end(),
                             [](const RejectedRecord &a, const RejectedRecord &b) {
                                 return a.position.record < b.position.record;
                             });
        }
    }

private:
    const JsonLinesReader *m_reader;
    JsonRecordParser m_parser;
};

bool JsonLinesReader::setDeferredParsing(bool on)
{
    // Stopping at the first bad line is the reader's decision, so it must see every line.
    m_defer = on && !m_options.stopOnBadRecord;
    return m_defer == on;
}

std::unique_ptr<RecordParser> JsonLinesReader::newParser() const
{
    return std::make_unique<LineParser>(this);
}

Error JsonLinesReader::badLine(const RecordPosition &position, const char *lineStart,
                               const JsonRecordParser &parser) const
{
    qint64 line = position.line;
    qint64 column = 1;
    InputBuffer::advance(lineStart, parser.errorAt() ? parser.errorAt() : lineStart, line, column);
    return Error::input(
        tr("Record %1 is not a valid JSON object: %2").arg(position.record).arg(parser.errorMessage()),
        where(position, line, column), tr("Each line must hold exactly one JSON object."));
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
        if (m_defer) {
            DeferredRecords &deferred = batch.deferred;
            deferred.records.push_back({ deferred.spans.size(), 1, 0 });
            deferred.spans.push_back({ deferred.bytes.size(), lineEnd - p, false });
            deferred.bytes.append(p, lineEnd - p);
            batch.appendDeferred(position);
            ++m_recordCount;
            m_pos = m_input.offset(next);
            ++m_line;
            continue;
        }
        mapping::Object &record = batch.append(position);
        if (!m_parser.parseRecord(p, lineEnd, record)) {
            batch.dropLast();
            Error error = badLine(position, p, m_parser);
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
