#include "core/formats/csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>

namespace crmbridge::formats {

namespace {

constexpr std::array<char, 4> kDelimiters = { ',', ';', '\t', '|' };
constexpr int kDetectLines = 200;

bool isUtf8Name(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "utf-8" || lower == "utf8";
}

// Field counts of the sample's lines for one delimiter; quoted text (which may hold line breaks)
// does not count. The last line is left out unless the sample is the whole input.
std::vector<int> countFields(QByteArrayView sample, char delimiter, char quote, bool complete)
{
    std::vector<int> counts;
    int fields = 1;
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && int(counts.size()) < kDetectLines; ++i) {
        const char c = sample[i];
        if (c == quote) {
            quoted = !quoted;
            lineHasText = true;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++fields;
            lineHasText = true;
        } else if (c == '\n') {
            if (lineHasText)
                counts.push_back(fields);
            fields = 1;
            lineHasText = false;
        } else if (c != '\r') {
            lineHasText = true;
        }
    }
    if (complete && lineHasText && !quoted)
        counts.push_back(fields);
    return counts;
}

} // namespace

CsvDialect CsvDialect::detect(QByteArrayView sample, bool complete)
{
    CsvDialect dialect;

    // A quote character both opens fields (after a line start or a delimiter) and closes them
    // (before a delimiter or a line break); counting both keeps an apostrophe that merely starts
    // a value ('s-Hertogenbosch) from being taken for the quote.
    auto isBoundary = [](char c) {
        return c == '\n' || c == '\r'
            || std::find(kDelimiters.begin(), kDelimiters.end(), c) != kDelimiters.end();
    };
    int opens[2] = { 0, 0 };
    int closes[2] = { 0, 0 };
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const char c = sample[i];
        if (c != '"' && c != '\'')
            continue;
        const int which = c == '"' ? 0 : 1;
        if (i == 0 || isBoundary(sample[i - 1]))
            ++opens[which];
        if (i + 1 == sample.size() || isBoundary(sample[i + 1]))
            ++closes[which];
    }
    dialect.quote = qMin(opens[1], closes[1]) > qMin(opens[0], closes[0]) ? '\'' : '"';

    // The delimiter that splits the first line (the header) into two or more fields and gives
    // the most lines that same count wins; ties go in the order of kDelimiters.
    int bestLines = 0;
    for (const char delimiter : kDelimiters) {
        const std::vector<int> counts = countFields(sample, delimiter, dialect.quote, complete);
        if (counts.empty() || counts.front() < 2)
            continue;
        const int lines = int(std::count(counts.begin(), counts.end(), counts.front()));
        if (lines > bestLines) {
            bestLines = lines;
            dialect.delimiter = delimiter;
        }
    }
    return dialect;
}

CsvReader::CsvReader(QIODevice *device, CsvOptions options, ReaderOptions readerOptions)
    : m_device(device)
    , m_csv(std::move(options))
    , m_input(device, readerOptions.sourceName, readerOptions.maxRecordBytes, readerOptions.chunkSize)
{
    m_options = std::move(readerOptions);
}

CsvReader::~CsvReader() = default;

QStringList CsvReader::header() const
{
    return m_header;
}

Status CsvReader::settleEncoding()
{
    if (const Status s = m_input.prime(); !s)
        return s;
    const QByteArrayView sample = m_input.rawSample();
    QByteArray name = m_csv.encoding;
    if (name.isEmpty()) {
        if (sample.startsWith("\xEF\xBB\xBF")) {
            name = QByteArrayLiteral("UTF-8");
        } else if (const auto bom = QStringConverter::encodingForData(sample);
                   bom && *bom != QStringConverter::Utf8) {
            // UTF-16 or UTF-32 with a byte-order mark; the decoder drops the mark.
            m_dialect.encoding = QStringConverter::nameForEncoding(*bom);
            m_dialect.byteOrderMark = true;
            m_input.setDecoder(QStringDecoder(*bom));
            return {};
        } else {
            const qsizetype valid = InputBuffer::validUtf8Length(sample);
            // A character cut by the end of the sample does not make it invalid.
            const bool utf8 = valid == sample.size()
                || (!m_input.sampleIsWhole() && sample.size() - valid < 4
                    && static_cast<unsigned char>(sample[valid]) >= 0xC0);
            name = utf8 ? QByteArrayLiteral("UTF-8") : m_csv.fallbackEncoding;
        }
    }
    if (isUtf8Name(name)) {
        m_dialect.encoding = QByteArrayLiteral("UTF-8");
        if (sample.startsWith("\xEF\xBB\xBF")) {
            m_input.skipRaw(3);
            m_dialect.byteOrderMark = true;
        }
        m_input.setValidateUtf8(true);
        return {};
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return Error::usage(tr("Unknown text encoding \"%1\"").arg(QString::fromLatin1(name)),
                            tr("Use UTF-8, GB18030, windows-1252 or another name ICU knows."));
    m_dialect.encoding = decoder.name();
    m_input.setDecoder(std::move(decoder));
    return {};
}

Status CsvReader::open()
{
    if (m_opened)
        return {};
    m_opened = true;
    if (const Status s = settleEncoding(); !s)
        return s;
    // Detection looks at the whole sample, decoded the way the reader will decode it.
    QByteArray decodedSample;
    QByteArrayView sample = m_input.rawSample();
    if (m_dialect.encoding != "UTF-8") {
        QStringDecoder decoder(m_dialect.encoding.constData());
        decodedSample = QString(decoder.decode(sample)).toUtf8();
        sample = decodedSample;
    }
    const CsvDialect guessed = CsvDialect::detect(sample.first(qMin(sample.size(), InputBuffer::SampleSize)),
                                                  m_input.sampleIsWhole());
    m_dialect.delimiter = m_csv.delimiter ? m_csv.delimiter : guessed.delimiter;
    m_dialect.quote = m_csv.quote ? m_csv.quote : guessed.quote;
    m_special[static_cast<unsigned char>(m_dialect.delimiter)] = 1;
    m_special[static_cast<unsigned char>('\n')] = 1;
    m_special[static_cast<unsigned char>('\r')] = 1;

    if (!m_csv.hasHeader)
        return {};
    auto row = nextRow();
    if (!row)
        return row.error();
    if (*row == Parse::Fatal || *row == Parse::BadRecord) {
        qint64 line = m_rowLine;
        qint64 column = 1;
        InputBuffer::advance(m_input.at(m_rowStart), m_errorAt, line, column);
        return Error::input(tr("The header row cannot be read: %1").arg(m_rowError), where(line, column),
                            tr("Fix the header row, or read the file without one."));
    }
    if (*row == Parse::End)
        return {};
    QStringList names;
    for (const Span &span : m_fields) {
        QString name = fieldText(m_input.data(), span).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column%1").arg(names.size() + 1);
        QString unique = name;
        for (int n = 2; names.contains(unique); ++n)
            unique = name + QLatin1Char('_') + QString::number(n);
        names << unique;
    }
    m_header = names;
    m_shape = std::make_shared<const mapping::FieldIndex>(names);
    m_pos = m_input.offset(m_rowEnd);
    m_line += m_rowLines + 1;
    return {};
}

void CsvReader::setShape(int fieldCount)
{
    QStringList names = m_header;
    while (names.size() < fieldCount)
        names << QStringLiteral("column%1").arg(names.size() + 1);
    m_header = names;
    m_shape = std::make_shared<const mapping::FieldIndex>(names);
}

namespace {

// The text of one field: UTF-8 bytes, doubled quotes undone when the field had any.
QString decodeField(const char *begin, qsizetype size, bool escapedQuotes, char quote, QByteArray &scratch)
{
    if (!escapedQuotes)
        return QString::fromUtf8(begin, size);
    scratch.resize(size);
    char *out = scratch.data();
    for (const char *p = begin, *end = begin + size; p < end; ++p) {
        *out++ = *p;
        if (*p == quote && p + 1 < end && p[1] == quote)
            ++p;
    }
    return QString::fromUtf8(scratch.constData(), out - scratch.constData());
}

/// Decodes the fields a deferring CsvReader cut, on a worker thread.
class CsvFieldParser : public RecordParser
{
public:
    explicit CsvFieldParser(const CsvDialect *dialect) : m_dialect(dialect) { }

    void parse(RecordBatch &batch) override
    {
        DeferredRecords &deferred = batch.deferred;
        const auto records = batch.records();
        const char *bytes = deferred.bytes.constData();
        const char quote = m_dialect->quote; // settled before the reader hands out a batch
        for (std::size_t i = 0; i < deferred.records.size(); ++i) {
            const DeferredRecords::Record &r = deferred.records[i];
            mapping::Object &record = records[i];
            const mapping::FieldIndexPtr &shape = deferred.shapes[r.shape];
            if (record.fields() != shape)
                record = mapping::Object(shape);
            const int count = int(r.spanCount);
            for (int f = 0; f < count; ++f) {
                const DeferredRecords::Span &span = deferred.spans[r.firstSpan + std::size_t(f)];
                record.at(f) = mapping::Value(
                    decodeField(bytes + span.begin, span.size, span.escapedQuotes, quote, m_scratch));
            }
            for (int f = count; f < record.size(); ++f)
                record.at(f) = mapping::Value();
        }
        deferred.clear();
    }

private:
    const CsvDialect *m_dialect;
    QByteArray m_scratch;
};

} // namespace

QString CsvReader::fieldText(const char *base, const Span &span) const
{
    QByteArray scratch;
    return decodeField(base + span.begin, span.size, span.escapedQuotes, m_dialect.quote, scratch);
}

bool CsvReader::setDeferredParsing(bool on)
{
    m_defer = on;
    return true;
}

std::unique_ptr<RecordParser> CsvReader::newParser() const
{
    return std::make_unique<CsvFieldParser>(&m_dialect);
}

void CsvReader::deferRow(RecordBatch &batch, const RecordPosition &position)
{
    DeferredRecords &deferred = batch.deferred;
    const char *base = m_input.data();
    const char *rowStart = m_input.at(m_rowStart);
    const qsizetype rowOffset = rowStart - base;
    const qsizetype into = deferred.bytes.size();
    deferred.bytes.append(rowStart, m_rowEnd - rowStart);
    if (deferred.shapes.empty() || deferred.shapes.back() != m_shape)
        deferred.shapes.push_back(m_shape);
    deferred.records.push_back({ deferred.spans.size(), m_fields.size(), deferred.shapes.size() - 1 });
    for (const Span &span : m_fields)
        deferred.spans.push_back({ into + span.begin - rowOffset, span.size, span.escapedQuotes });
    batch.appendDeferred(position);
}

Result<CsvReader::Parse> CsvReader::nextRow()
{
    for (;;) {
        const char *p = m_input.at(m_pos);
        if (p == m_input.end()) {
            if (m_input.atEnd())
                return Parse::End;
            auto filled = m_input.fill(m_pos);
            if (!filled)
                return filled.error();
            continue;
        }
        const Parse parse = parseRow(p, m_input.end(), m_input.atEnd());
        if (parse == Parse::NeedMore) {
            auto filled = m_input.fill(m_pos);
            if (!filled)
                return filled.error();
            continue;
        }
        m_rowStart = m_pos;
        m_rowLine = m_line;
        if (parse == Parse::Blank) {
            m_pos = m_input.offset(m_rowEnd);
            m_line += 1;
            continue;
        }
        return parse;
    }
}

CsvReader::Parse CsvReader::parseRow(const char *p, const char *end, bool atEnd)
{
    m_fields.clear();
    m_rowLines = 0;
    const char *const base = m_input.data();
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;

    // Where the row ends after a line break at `p`; nullptr when the break may be a cut CRLF.
    auto lineEnd = [&](const char *at) -> const char * {
        if (*at == '\n')
            return at + 1;
        if (at + 1 < end)
            return at + (at[1] == '\n' ? 2 : 1);
        return atEnd ? at + 1 : nullptr;
    };
    // A bad row is skipped up to the end of its physical line.
    auto badRow = [&](const char *at, QString why) {
        m_errorAt = at;
        m_rowError = std::move(why);
        const void *nl = std::memchr(at, '\n', std::size_t(end - at));
        if (!nl && !atEnd)
            return Parse::NeedMore;
        m_rowEnd = nl ? static_cast<const char *>(nl) + 1 : end;
        return Parse::BadRecord;
    };

    if (*p == '\n' || *p == '\r') {
        m_rowEnd = lineEnd(p);
        return m_rowEnd ? Parse::Blank : Parse::NeedMore;
    }
    for (;;) {
        if (p < end && *p == quote) {
            const char *open = p++;
            bool escaped = false;
            for (;;) {
                const void *hit = std::memchr(p, quote, std::size_t(end - p));
                if (!hit) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    m_errorAt = open;
                    m_rowError = tr("a quoted field is never closed");
                    return Parse::Fatal;
                }
                const char *q = static_cast<const char *>(hit);
                m_rowLines += std::count(p, q, '\n');
                if (q + 1 == end && !atEnd)
                    return Parse::NeedMore;
                if (q + 1 < end && q[1] == quote) {
                    escaped = true;
                    p = q + 2;
                    continue;
                }
                m_fields.push_back({ open + 1 - base, q - open - 1, escaped });
                p = q + 1;
                break;
            }
            if (p == end) {
                m_rowEnd = p;
                return Parse::Record;
            }
            if (*p == delimiter) {
                ++p;
                continue;
            }
            if (*p == '\n' || *p == '\r') {
                m_rowEnd = lineEnd(p);
                return m_rowEnd ? Parse::Record : Parse::NeedMore;
            }
            return badRow(p,
                          tr("unexpected character after a closing quote; a quote inside a quoted "
                             "field must be doubled"));
        }
        const char *start = p;
        while (p < end && !m_special[static_cast<unsigned char>(*p)])
            ++p;
        if (p == end && !atEnd)
            return Parse::NeedMore;
        m_fields.push_back({ start - base, p - start, false });
        if (p == end) {
            m_rowEnd = p;
            return Parse::Record;
        }
        if (*p == delimiter) {
            ++p;
            continue;
        }
        m_rowEnd = lineEnd(p);
        return m_rowEnd ? Parse::Record : Parse::NeedMore;
    }
}

Status CsvReader::read(RecordBatch &batch, qsizetype maxRecords)
{
    if (const Status s = open(); !s)
        return s;
    while (batch.size() < maxRecords && !m_done) {
        auto row = nextRow();
        if (!row)
            return row.error();
        if (*row == Parse::End) {
            m_done = true;
            break;
        }
        const RecordPosition position { m_recordCount + 1, m_rowLine, 1, m_rowStart };
        if (*row == Parse::Fatal || *row == Parse::BadRecord) {
            qint64 line = m_rowLine;
            qint64 column = 1;
            InputBuffer::advance(m_input.at(m_rowStart), m_errorAt, line, column);
            Error error =
                Error::input(tr("Record %1 cannot be read: %2").arg(position.record).arg(m_rowError),
                             where(position, line, column),
                             *row == Parse::Fatal ? tr("Close the quote, or double a quote that is part "
                                                       "of the text.")
                                                  : tr("Fix the row, or quote the field."));
            if (*row == Parse::Fatal || m_options.stopOnBadRecord)
                return error;
            ++m_recordCount;
            batch.rejected.push_back({ position, std::move(error) });
            m_pos = m_input.offset(m_rowEnd);
            m_line += m_rowLines + 1;
            continue;
        }
        const int count = int(m_fields.size());
        if (!m_shape || count > m_shape->size()) {
            if (m_csv.hasHeader && m_shape) {
                qint64 line = m_rowLine;
                qint64 column = 1;
                const Span &extra = m_fields[std::size_t(m_shape->size())];
                InputBuffer::advance(m_input.at(m_rowStart), m_input.data() + extra.begin, line, column);
                Error error = Error::input(tr("Record %1 has %2 fields but the header names %3")
                                               .arg(position.record)
                                               .arg(count)
                                               .arg(m_shape->size()),
                                           where(position, line, column),
                                           tr("Quote fields that contain the delimiter \"%1\".")
                                               .arg(m_dialect.delimiter == '\t'
                                                        ? QStringLiteral("TAB")
                                                        : QString(QLatin1Char(m_dialect.delimiter))));
                if (m_options.stopOnBadRecord)
                    return error;
                ++m_recordCount;
                batch.rejected.push_back({ position, std::move(error) });
                m_pos = m_input.offset(m_rowEnd);
                m_line += m_rowLines + 1;
                continue;
            }
            setShape(count);
        }
        if (m_defer) {
            deferRow(batch, position);
            ++m_recordCount;
            m_pos = m_input.offset(m_rowEnd);
            m_line += m_rowLines + 1;
            continue;
        }
        mapping::Object &record = batch.append(position);
        if (record.fields() != m_shape)
            record = mapping::Object(m_shape);
        const char *base = m_input.data();
        for (int i = 0; i < count; ++i)
            record.at(i) = mapping::Value(fieldText(base, m_fields[std::size_t(i)]));
        for (int i = count; i < record.size(); ++i)
            record.at(i) = mapping::Value();
        ++m_recordCount;
        m_pos = m_input.offset(m_rowEnd);
        m_line += m_rowLines + 1;
    }
    return {};
}

} // namespace crmbridge::formats
