#include "core/formats/jsonarrayreader.h"

namespace crmbridge::formats {

JsonArrayReader::JsonArrayReader(QIODevice *device, ReaderOptions options)
    : m_input(device, options.sourceName, options.maxRecordBytes, options.chunkSize)
{
    m_options = std::move(options);
}

Result<const char *> JsonArrayReader::skipSpace()
{
    for (;;) {
        const char *p = m_input.at(m_pos);
        const char *end = m_input.end();
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            ++q;
        InputBuffer::advance(p, q, m_line, m_column);
        m_pos = m_input.offset(q);
        if (q < end)
            return q;
        auto filled = m_input.fill(m_pos);
        if (!filled)
            return filled.error();
        if (!*filled)
            return static_cast<const char *>(nullptr);
    }
}

const char *JsonArrayReader::valueEnd(const char *p, const char *end)
{
    int depth = 0;
    for (const char *q = p; q < end; ++q) {
        const char c = *q;
        if (c == '"') {
            for (++q; q < end && *q != '"'; ++q) {
                if (*q == '\\')
                    ++q;
            }
            if (q >= end)
                return nullptr;
            if (depth == 0)
                return q + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return q; // a scalar followed by the closing bracket
            if (--depth == 0)
                return q + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return q;
        }
    }
    return nullptr;
}

Error JsonArrayReader::syntaxError(const QString &what, const char *at)
{
    qint64 line = m_line;
    qint64 column = m_column;
    InputBuffer::advance(m_input.at(m_pos), at, line, column);
    return Error::input(what, where(line, column), tr("The file must hold one JSON array of objects."));
}

Status JsonArrayReader::read(RecordBatch &batch, qsizetype maxRecords)
{
    if (m_state == State::Start) {
        if (const Status s = m_input.prime(); !s)
            return s;
        if (m_input.rawSample().startsWith("\xEF\xBB\xBF"))
            m_input.skipRaw(3);
        m_input.setValidateUtf8(true);
    }
    while (batch.size() < maxRecords && m_state != State::Done) {
        auto next = skipSpace();
        if (!next)
            return next.error();
        const char *p = *next;
        switch (m_state) {
        case State::Start:
            if (!p || *p != '[')
                return syntaxError(tr("The JSON document is not an array"), p ? p : m_input.at(m_pos));
            m_pos = m_input.offset(p + 1);
            ++m_column;
            if (auto after = skipSpace(); !after) {
                return after.error();
            } else if (*after && **after == ']') {
                m_pos = m_input.offset(*after + 1);
                ++m_column;
                m_state = State::Trailer;
            } else {
                m_state = State::Element;
            }
            continue;
        case State::Separator:
            if (p && *p == ',') {
                m_state = State::Element;
            } else if (p && *p == ']') {
                m_state = State::Trailer;
            } else {
                return syntaxError(p ? tr("Expected ',' or ']' after an array element")
                                     : tr("The JSON array is never closed"),
                                   p ? p : m_input.at(m_pos));
            }
            m_pos = m_input.offset(p + 1);
            ++m_column;
            continue;
        case State::Trailer:
            if (p)
                return syntaxError(tr("Unexpected text after the JSON array"), p);
            m_state = State::Done;
            continue;
        case State::Element: break;
        case State::Done: continue;
        }
        if (!p)
            return syntaxError(tr("The JSON array is never closed"), m_input.at(m_pos));
        const char *valueEndAt = valueEnd(p, m_input.end());
        if (!valueEndAt) {
            if (!m_input.atEnd()) {
                auto filled = m_input.fill(m_pos);
                if (!filled)
                    return filled.error();
                continue; // parse the element again from its start with more bytes
            }
            return syntaxError(tr("The JSON array is never closed"), p);
        }
        const RecordPosition position{m_recordCount + 1, m_line, m_column, m_input.offset(p)};
        ++m_recordCount;
        mapping::Object &record = batch.append(position);
        if (!m_parser.parseRecord(p, valueEndAt, record)) {
            batch.dropLast();
            qint64 line = m_line;
            qint64 column = m_column;
            InputBuffer::advance(p, m_parser.errorAt() ? m_parser.errorAt() : p, line, column);
            Error error = Error::input(tr("Record %1 is not a valid JSON object: %2")
                                           .arg(position.record)
                                           .arg(m_parser.errorMessage()),
                                       where(position, line, column),
                                       tr("Each element of the array must be a JSON object."));
            if (m_options.stopOnBadRecord)
                return error;
            batch.rejected.push_back({position, std::move(error)});
        }
        InputBuffer::advance(p, valueEndAt, m_line, m_column);
        m_pos = m_input.offset(valueEndAt);
        m_state = State::Separator;
    }
    return {};
}

} // namespace crmbridge::formats
