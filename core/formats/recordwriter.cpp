#include "core/formats/recordwriter.h"

#include <QIODevice>

namespace crmbridge::formats {

namespace {
constexpr qsizetype kFlushBytes = 1024 * 1024;
}

RecordWriter::RecordWriter(QIODevice *device, QString targetName)
    : m_device(device)
    , m_targetName(std::move(targetName))
{
    m_buffer.reserve(kFlushBytes + 64 * 1024);
}

RecordWriter::~RecordWriter() = default;

Status RecordWriter::writeEncoded(QByteArrayView bytes, qint64 count)
{
    if (m_finished)
        return Error::internal(QStringLiteral("RecordWriter: write after finish()"), m_targetName);
    if (!m_started) {
        appendPrologue(m_buffer);
        m_started = true;
    }
    if (count > 0 && m_count > 0)
        appendSeparator(m_buffer);
    m_count += count;
    if (bytes.size() >= kFlushBytes) {
        // A large encoded batch goes out as it is, without a copy into the buffer.
        if (const Status s = flush(); !s)
            return s;
        return writeRaw(bytes.data(), bytes.size());
    }
    m_buffer.append(bytes.data(), bytes.size());
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status RecordWriter::write(std::span<const mapping::Object> records)
{
    if (records.empty())
        return {};
    if (m_count == 0 && !m_started)
        prepare(records.front());
    if (m_finished)
        return Error::internal(QStringLiteral("RecordWriter: write after finish()"), m_targetName);
    if (!m_started) {
        appendPrologue(m_buffer);
        m_started = true;
    }
    if (m_count > 0)
        appendSeparator(m_buffer);
    m_count += qint64(records.size());
    encode(records, m_buffer);
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status RecordWriter::finish()
{
    if (m_finished)
        return {};
    if (!m_started) {
        appendPrologue(m_buffer);
        m_started = true;
    }
    appendEpilogue(m_buffer);
    m_finished = true;
    return flush();
}

Status RecordWriter::flush()
{
    const Status status = writeRaw(m_buffer.constData(), m_buffer.size());
    m_buffer.resize(0); // keeps the capacity
    return status;
}

Status RecordWriter::writeRaw(const char *data, qsizetype size)
{
    while (size > 0) {
        const qint64 n = m_device->write(data, size);
        if (n <= 0)
            return Error::io(tr("Could not write the output: %1").arg(m_device->errorString()), m_targetName,
                             tr("Check that the disk is not full and the file is writable."));
        data += n;
        size -= qsizetype(n);
    }
    return {};
}

} // namespace crmbridge::formats
