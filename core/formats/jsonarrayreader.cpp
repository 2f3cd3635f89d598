#include "core/formats/jsonarrayreader.h"

namespace crmbridge::formats {

JsonArrayReader::JsonArrayReader(QIODevice *device, ReaderOptions options, const QString &recordPath)
    : m_input(device, options.sourceName, options.maxRecordBytes, options.chunkSize)
    , m_path(recordPath.split(QLatin1Char('.'), Qt::SkipEmptyParts))
{
    m_options = std::move(options);
}

void JsonArrayReader::advanceTo(const char *p)
{
    InputBuffer::advance(m_input.at(m_pos), p, m_line, m_column);
    m_pos = m_input.offset(p);
}

Result<const char *> JsonArrayReader::wholeValue(bool key)
{
    for (;;) {
        const char *p = m_input.at(m_pos);
        const char *end = key ? nullptr : valueEnd(p, m_input.end());
        if (key) {
            for (const char *q = p + 1; q < m_input.end(); ++q) {
                if (*q == '\\') {
                    ++q;
                } else if (*q == '"') {
                    end = q + 1;
                    break;
                }
            }
        }
        if (end)
            return end;
        if (m_input.atEnd())
            return syntaxError(tr("The JSON document ends in the middle of a value"), p);
        auto filled = m_input.fill(m_pos);
        if (!filled)
            return filled.error();
    }
}

Status JsonArrayReader::findArray()
{
    for (qsizetype depth = 0; depth < m_path.size(); ++depth) {
        const QString path = m_path.first(depth + 1).join(QLatin1Char('.'));
        const QByteArray segment = m_path.at(depth).toUtf8();
        auto next = skipSpace();
        if (!next)
            return next.error();
        if (!*next || **next != '{')
            return syntaxError(tr("Expected an object holding \"%1\"").arg(path),
                               *next ? *next : m_input.at(m_pos));
        advanceTo(*next + 1);
        for (bool found = false; !found;) {
            if (next = skipSpace(); !next)
                return next.error();
            if (!*next || **next != '"') {
                return syntaxError(*next && **next == '}' ? tr("The JSON document has no \"%1\"").arg(path)
                                                          : tr("Expected a field name in double quotes"),
                                   *next ? *next : m_input.at(m_pos));
            }
            auto keyEnd = wholeValue(true);
            if (!keyEnd)
                return keyEnd.error();
            const char *key = m_input.at(m_pos);
            found = QByteArrayView(key + 1, *keyEnd - key - 2) == QByteArrayView(segment);
            advanceTo(*keyEnd);
            if (next = skipSpace(); !next)
                return next.error();
            if (!*next || **next != ':')
                return syntaxError(tr("Expected ':' after a field name"), *next ? *next : m_input.at(m_pos));
            advanceTo(*next + 1);
            if (found)
                break;
            // Another field: skip its value without parsing it.
            if (next = skipSpace(); !next)
                return next.error();
            if (!*next)
                return syntaxError(tr("The JSON document ends in the middle of a value"), m_input.at(m_pos));
            auto valueEndAt = wholeValue(false);
            if (!valueEndAt)
                return valueEndAt.error();
            advanceTo(*valueEndAt);
            if (next = skipSpace(); !next)
                return next.error();
            if (*next && **next == ',') {
                advanceTo(*next + 1);
                continue;
            }
            return syntaxError(*next && **next == '}' ? tr("The JSON document has no \"%1\"").arg(path)
                                                      : tr("Expected ',' or '}' after a field"),
                               *next ? *next : m_input.at(m_pos));
        }
    }
    return {};
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
    return Error::input(what, where(line, column),
                        m_path.isEmpty()
                            ? tr("The file must hold one JSON array of objects.")
                            : tr("Check the record path \"%1\": it must name an array of objects.")
                                  .arg(m_path.join(QLatin1Char('.'))));
}

Status JsonArrayReader::read(RecordBatch &batch, qsizetype maxRecords)
{
    if (m_state == State::Start) {
        if (const Status s = m_input.prime(); !s)
            return s;
        if (m_input.rawSample().startsWith("\xEF\xBB\xBF"))
            m_input.skipRaw(3);
        m_input.setValidateUtf8(true);
        if (const Status s = findArray(); !s)
            return s;
    }
    while (batch.size() < maxRecords && m_state != State::Done) {
        auto next = skipSpace();
        if (!next)
            return next.error();
        const char *p = *next;
        switch (m_state) {
        case State::Start:
            if (!p || *p != '[')
                return syntaxError(m_path.isEmpty()
                                       ? tr("The JSON document is not an array")
                                       : tr("\"%1\" is not an array").arg(m_path.join(QLatin1Char('.'))),
                                   p ? p : m_input.at(m_pos));
            m_pos = m_input.offset(p + 1);
            ++m_column;
            if (auto after = skipSpace(); !after) {
                return after.error();
            } else if (*after && **after == ']') {
                m_pos = m_input.offset(*after + 1);
                ++m_column;
                m_state = m_path.isEmpty() ? State::Trailer : State::Done;
            } else {
                m_state = State::Element;
            }
            continue;
        case State::Separator:
            if (p && *p == ',') {
                m_state = State::Element;
            } else if (p && *p == ']') {
                // Inside a document, what follows the array is not ours to read.
                m_state = m_path.isEmpty() ? State::Trailer : State::Done;
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
        case State::Element:
            break;
        case State::Done:
            continue;
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
        const RecordPosition position { m_recordCount + 1, m_line, m_column, m_input.offset(p) };
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
            batch.rejected.push_back({ position, std::move(error) });
        }
        InputBuffer::advance(p, valueEndAt, m_line, m_column);
        m_pos = m_input.offset(valueEndAt);
        m_state = State::Separator;
    }
    return {};
}

} // namespace crmbridge::formats
