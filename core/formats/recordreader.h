#pragma once

#include "core/common/result.h"
#include "core/mapping/value/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace crmbridge::formats {

/// Where a record starts in its input. Lines and columns are 1-based and count characters (code
/// points), so they match what a text editor shows. The byte offset is 0-based and counts bytes
/// of the UTF-8 text the reader parsed: for UTF-8 input that is the file itself; for input
/// transcoded from GB18030 or Windows-1252 it is the offset in the decoded text.
struct RecordPosition
{
    qint64 record = 0; ///< 1-based data record number (a CSV header row is not a record)
    qint64 line = 0;
    qint64 column = 0;
    qint64 byteOffset = 0;
};

/// A record the reader could not turn into an Object but could skip, so that reading goes on:
/// a JSON line that is not JSON, a CSV row with more fields than the header. The pipeline and
/// the map command write these to the errors file; record numbers keep counting through them.
struct RejectedRecord
{
    RecordPosition position;
    Error error; ///< where says file, record, line:column; what says why
};

/// The text of records a reader cut from its input but left unparsed (deferred parsing, see
/// RecordReader::setDeferredParsing): the reading thread only finds where records and fields
/// start and end and copies their bytes here; a RecordParser on a worker thread turns them into
/// Objects. Reused like the batch: clear() keeps the storage.
struct DeferredRecords
{
    struct Span
    {
        qsizetype begin; ///< into bytes
        qsizetype size;
        bool escapedQuotes; ///< a CSV field with doubled quotes to undo
    };
    struct Record
    {
        std::size_t firstSpan; ///< the record's spans are spans[firstSpan, firstSpan + spanCount)
        std::size_t spanCount;
        std::size_t shape; ///< into shapes (a CSV header; unused for JSON)
    };
    QByteArray bytes; ///< UTF-8
    std::vector<Span> spans;
    std::vector<Record> records; ///< record i of the batch, in order
    std::vector<mapping::FieldIndexPtr> shapes;

    bool isEmpty() const { return records.empty(); }
    void clear()
    {
        bytes.resize(0);
        spans.clear();
        records.clear();
        shapes.clear();
    }
};

/// The unit readers fill and the pipeline passes between threads: records()[i] sits at
/// positions()[i]. Reused batch after batch: clear() keeps the Objects, and a reader overwrites
/// them in place (one shared FieldIndex per shape, values assigned into their slots), so a steady
/// stream of records of one shape allocates only the field values themselves.
class RecordBatch
{
public:
    std::span<mapping::Object> records() { return { m_records.data(), std::size_t(m_count) }; }
    std::span<const mapping::Object> records() const { return { m_records.data(), std::size_t(m_count) }; }
    const std::vector<RecordPosition> &positions() const { return m_positions; }
    /// Records met on the way that could not be read (see RejectedRecord).
    std::vector<RejectedRecord> rejected;
    /// Records cut but not parsed yet: records()[i] is only filled once a RecordParser ran.
    DeferredRecords deferred;

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0 && rejected.empty(); }
    /// Number of the first record in this batch (read or rejected); 0 when empty.
    qint64 firstRecordNumber() const;

    /// Forgets the records but keeps the Objects and their storage for the next fill.
    void clear()
    {
        m_count = 0;
        m_positions.clear();
        rejected.clear();
        deferred.clear();
    }
    /// The next Object to fill. It may still hold an earlier record's shape and values: the
    /// caller sets every slot (or assigns a new Object when the shape differs).
    mapping::Object &append(const RecordPosition &position)
    {
        m_positions.push_back(position);
        if (std::size_t(m_count) == m_records.size())
            m_records.emplace_back();
        return m_records[std::size_t(m_count++)];
    }
    /// Takes back the Object append() handed out last (its input turned out to be invalid).
    void dropLast()
    {
        m_positions.pop_back();
        --m_count;
    }
    /// Counts a record whose text went to `deferred` (deferred parsing): its Object is left
    /// untouched here, for the RecordParser to fill on its own thread.
    void appendDeferred(const RecordPosition &position)
    {
        m_positions.push_back(position);
        if (std::size_t(m_count) == m_records.size())
            m_records.emplace_back();
        ++m_count;
    }
    /// For a RecordParser that dropped records it rejected: keeps the first `count`, whose
    /// positions it moved to the front.
    std::vector<RecordPosition> &positions() { return m_positions; }
    void truncate(qsizetype count)
    {
        m_count = count;
        m_positions.resize(std::size_t(count));
    }

private:
    std::vector<mapping::Object> m_records;
    std::vector<RecordPosition> m_positions;
    qsizetype m_count = 0;
};

/// Options every reader understands.
struct ReaderOptions
{
    /// Shown in error messages: a file path, or "standard input".
    QString sourceName;
    /// When true, the first record that cannot be read ends reading with its error; otherwise
    /// it lands in RecordBatch::rejected and reading goes on.
    bool stopOnBadRecord = false;
    /// A single record (a CSV row, a JSON line or array element) larger than this is an error:
    /// it keeps a malformed file (an unclosed quote) from filling the memory.
    qsizetype maxRecordBytes = 64 * 1024 * 1024;
    /// Bytes read from the device at a time. Tests make it tiny so that every record, quote and
    /// character straddles a chunk boundary somewhere.
    qsizetype chunkSize = 1024 * 1024;
};

/// Turns the records a reader cut (RecordBatch::deferred) into Objects, on any thread: one parser
/// per thread, made by RecordReader::newParser(). The result is exactly what the reader would
/// have produced itself: the same values, and a record that cannot be read rejected with the
/// same message in RecordBatch::rejected (kept in record order).
class RecordParser
{
public:
    virtual ~RecordParser();
    /// Parses `batch.deferred` into `batch.records()` and empties it.
    virtual void parse(RecordBatch &batch) = 0;
};

/// A pull-style streaming reader: each readBatch() call returns the next records of the input,
/// holding no more than one chunk of input (1 MiB) plus the largest record in memory, whatever
/// the size of the input. Not thread-safe: one thread reads; the batches it fills may travel.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    virtual ~RecordReader();

    /// Clears `batch` and fills it with up to `maxRecords` records (and any rejected ones met on
    /// the way). An empty batch means the input is exhausted. An error is final: the input cannot
    /// be read past it (I/O failure, unterminated quote, broken XML, broken JSON array), and every
    /// later call returns it again. Records read before the error in the same call are returned
    /// first, with success; the error comes with the next call.
    Status readBatch(RecordBatch &batch, qsizetype maxRecords);

    /// Field names known before any record is read (a CSV header); empty for JSON and XML.
    virtual QStringList header() const { return {}; }

    /// Records handed out or rejected so far.
    qint64 recordCount() const { return m_recordCount; }

    /// Deferred parsing, so that a pipeline decodes records on its workers in parallel and the
    /// reading thread only cuts them: while on, readBatch() leaves the text of each record in
    /// RecordBatch::deferred (positions, record numbers and reader-level rejections as always)
    /// and a parser from newParser() must parse the batch before its records are used. Returns
    /// false (and keeps parsing itself) when the reader cannot defer.
    virtual bool setDeferredParsing(bool on)
    {
        Q_UNUSED(on);
        return false;
    }
    /// A parser for deferred batches, for one thread; null when the reader cannot defer. Valid
    /// while the reader lives.
    virtual std::unique_ptr<RecordParser> newParser() const { return nullptr; }

protected:
    /// Fills the cleared `batch`; an error ends reading (readBatch() keeps it).
    virtual Status read(RecordBatch &batch, qsizetype maxRecords) = 0;

    /// "orders.csv, record 12, line 14:7" for error messages.
    QString where(const RecordPosition &position, qint64 line, qint64 column) const;
    QString where(qint64 line, qint64 column) const;

    ReaderOptions m_options;
    qint64 m_recordCount = 0;

private:
    std::optional<Error> m_error;
};

} // namespace crmbridge::formats
