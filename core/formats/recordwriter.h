#pragma once

#include "core/common/result.h"
#include "core/mapping/value/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <span>

class QIODevice;

namespace crmbridge::formats {

/// A streaming writer of records to a QIODevice (a file, stdout).
///
/// Encoding and writing are split so that the pipeline can encode batches on its worker threads
/// in parallel: encode() is const and thread-safe, writeEncoded() puts the bytes out in order on
/// one thread and adds what goes between batches. write() does both for simple callers. Output
/// is buffered (about 1 MiB) and written in large blocks; no per-record allocation once warm.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    RecordWriter(QIODevice *device, QString targetName);
    virtual ~RecordWriter();

    /// Appends the encoded form of `records` to `out`. May run on any thread, concurrently.
    virtual void encode(std::span<const mapping::Object> records, QByteArray &out) const = 0;

    /// Writes bytes encode() produced for `count` records, after those written before.
    Status writeEncoded(QByteArrayView bytes, qint64 count);
    Status write(std::span<const mapping::Object> records);
    Status write(const mapping::Object &record)
    {
        return write(std::span<const mapping::Object>(&record, 1));
    }
    /// Writes what follows the last record (a closing bracket; a CSV header when no record came)
    /// and flushes. Call once, at the end; nothing may be written after it.
    Status finish();

    qint64 recordCount() const { return m_count; }

protected:
    /// Before the first record (CSV byte-order mark and header, "[" of a JSON array).
    virtual void appendPrologue(QByteArray &out) { Q_UNUSED(out); }
    /// Between the records of two batches (",\n" in a JSON array).
    virtual void appendSeparator(QByteArray &out) { Q_UNUSED(out); }
    /// After the last record ("]" of a JSON array).
    virtual void appendEpilogue(QByteArray &out) { Q_UNUSED(out); }
    /// Called by write() before the first record is encoded (CsvWriter takes its columns).
    virtual void prepare(const mapping::Object &first) { Q_UNUSED(first); }

private:
    Status flush();
    Status writeRaw(const char *data, qsizetype size);

    QIODevice *m_device;
    QString m_targetName;
    QByteArray m_buffer;
    qint64 m_count = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace crmbridge::formats
