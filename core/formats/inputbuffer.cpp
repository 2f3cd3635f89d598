#include "core/formats/inputbuffer.h"

#include <QIODevice>

#include <cstring>

namespace crmbridge::formats {

namespace {

// Length of the longest valid UTF-8 prefix of [p, end); a sequence cut by `end` stops it too.
qsizetype validUtf8Prefix(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *start = p;
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        std::uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            break;
        }
        if (end - p <= extra)
            break;
        std::uint32_t cp = c & (0x3F >> extra);
        bool ok = true;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            break;
        p += extra + 1;
    }
    return p - start;
}

} // namespace

InputBuffer::InputBuffer(QIODevice *device, QString sourceName, qsizetype maxRecordBytes, qsizetype chunkSize)
    : m_device(device)
    , m_sourceName(std::move(sourceName))
    , m_maxRecordBytes(maxRecordBytes)
    , m_chunkSize(qMax(qsizetype(1), chunkSize))
{ }

qint64 InputBuffer::readSome(char *data, qint64 maxSize)
{
    for (;;) {
        const qint64 n = m_device->read(data, maxSize);
        // A socket or a process answers 0 while its data is still on the way, and -1 once it
        // has closed; a file (stdin included) blocks in read() and answers 0 only at its end.
        if (n < 0 && m_device->isSequential() && (!m_device->isOpen() || m_device->atEnd()))
            return 0;
        if (n != 0 || !m_device->isSequential() || !m_device->waitForReadyRead(-1))
            return n;
    }
}

Status InputBuffer::prime()
{
    if (m_primed)
        return {};
    m_primed = true;
    const qsizetype wanted = qMax(SampleSize, m_chunkSize);
    m_pendingRaw.resize(wanted);
    qsizetype got = 0;
    // A pipe may deliver less than asked for; the detection sample should still be full.
    while (got < wanted) {
        const qint64 n = readSome(m_pendingRaw.data() + got, wanted - got);
        if (n < 0)
            return Error::io(tr("Could not read the input: %1").arg(m_device->errorString()), m_sourceName);
        if (n == 0) {
            m_sampleIsWhole = true;
            break;
        }
        got += qsizetype(n);
    }
    m_pendingRaw.resize(got);
    return {};
}

void InputBuffer::setDecoder(QStringDecoder decoder)
{
    m_decoder = std::move(decoder);
    m_decode = true;
}

Result<bool> InputBuffer::fill(qint64 keepFrom)
{
    const qsizetype drop = qBound(qsizetype(0), qsizetype(keepFrom - m_base), m_size);
    if (drop > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + drop, std::size_t(m_size - drop));
        m_size -= drop;
        m_base += drop;
        m_validated = qMax(qsizetype(0), m_validated - drop);
    }
    if (m_pendingError)
        return *m_pendingError;
    if (m_eof)
        return false;
    if (m_size > m_maxRecordBytes)
        return Error::input(tr("A record is longer than %1 MiB").arg(m_maxRecordBytes / (1024 * 1024)),
                            tr("%1, byte %2").arg(m_sourceName).arg(m_base + 1),
                            tr("Check for an unclosed quote or bracket before this point."));
    if (!m_pendingRaw.isEmpty() || !m_primed) {
        if (!m_primed) {
            if (const Status s = prime(); !s)
                return s.error();
        }
        // The sample goes in chunk by chunk too, so that tiny test chunks cut it everywhere.
        const QByteArray raw = m_pendingRaw.mid(m_pendingPos, m_chunkSize);
        m_pendingPos += raw.size();
        if (m_pendingPos >= m_pendingRaw.size()) {
            m_pendingRaw.clear();
            m_pendingPos = 0;
        }
        if (!raw.isEmpty())
            return appendRaw(raw);
    }
    if (m_decode) {
        QByteArray raw(m_chunkSize, Qt::Uninitialized);
        const qint64 n = readSome(raw.data(), m_chunkSize);
        if (n < 0)
            return Error::io(tr("Could not read the input: %1").arg(m_device->errorString()), m_sourceName);
        raw.resize(qsizetype(n));
        return appendRaw(raw);
    }
    // UTF-8: read straight into the window, no copy.
    if (m_buffer.size() - m_size < m_chunkSize)
        m_buffer.resize(qMax(m_buffer.size() * 2, m_size + m_chunkSize));
    const qint64 n = readSome(m_buffer.data() + m_size, m_chunkSize);
    if (n < 0)
        return Error::io(tr("Could not read the input: %1").arg(m_device->errorString()), m_sourceName);
    if (n == 0) {
        m_eof = true;
        return validated(m_size);
    }
    const qsizetype before = m_size;
    m_size += qsizetype(n);
    return validated(before);
}

Result<bool> InputBuffer::validated(qsizetype sizeBefore)
{
    const Status status = validateNew();
    if (status)
        return m_size > sizeBefore;
    // Bytes before the bad one are still good: parse them first, fail on the next fill().
    m_size = m_validated;
    m_eof = false;
    if (m_size > sizeBefore) {
        m_pendingError = status.error();
        return true;
    }
    return status.error();
}

Result<bool> InputBuffer::appendRaw(const QByteArray &raw)
{
    if (raw.isEmpty()) {
        m_eof = true;
        if (m_decode) {
            // Flushes a multi-byte sequence cut off by the end of the file.
            const QString tail = m_decoder.decode(QByteArrayView());
            if (m_decoder.hasError())
                return Error::input(tr("The input ends in the middle of a character"), m_sourceName,
                                    tr("Check the encoding chosen for this file."));
            Q_UNUSED(tail);
        }
        return validated(m_size);
    }
    QByteArray utf8;
    if (m_decode) {
        QString text = m_heldSurrogate + QString(m_decoder.decode(raw));
        m_heldSurrogate.clear();
        // A surrogate pair cut by the chunk end (UTF-16 input) waits for its other half.
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_heldSurrogate = text.back();
            text.chop(1);
        }
        if (m_decoder.hasError())
            return Error::input(
                tr("The input is not valid %1 text").arg(QString::fromLatin1(m_decoder.name())),
                tr("%1, near byte %2").arg(m_sourceName).arg(m_base + m_size + 1),
                tr("Give the file's encoding explicitly."));
        utf8 = text.toUtf8();
    } else {
        utf8 = raw;
    }
    if (m_buffer.size() - m_size < utf8.size())
        m_buffer.resize(qMax(m_buffer.size() * 2, m_size + utf8.size()));
    std::memcpy(m_buffer.data() + m_size, utf8.constData(), std::size_t(utf8.size()));
    const qsizetype before = m_size;
    m_size += utf8.size();
    return validated(before);
}

Status InputBuffer::validateNew()
{
    if (!m_validate || m_decode)
        return {};
    const auto *begin = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const qsizetype valid = validUtf8Prefix(begin + m_validated, begin + m_size);
    m_validated += valid;
    // A sequence cut by the end of the chunk is checked again once the next chunk arrives.
    if (m_validated == m_size || (!m_eof && m_size - m_validated < 4 && begin[m_validated] >= 0xC0))
        return {};
    return Error::input(tr("The input is not valid UTF-8"),
                        tr("%1, byte %2").arg(m_sourceName).arg(m_base + m_validated + 1),
                        tr("Give the file's encoding explicitly (for example GB18030 or windows-1252)."));
}

qsizetype InputBuffer::validUtf8Length(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    return validUtf8Prefix(p, p + bytes.size());
}

void InputBuffer::advance(const char *from, const char *to, qint64 &line, qint64 &column)
{
    for (const char *p = from; p < to; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            ++column;
        }
    }
}

} // namespace crmbridge::formats
