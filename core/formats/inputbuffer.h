#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace crmbridge::formats {

/// A sliding window of UTF-8 text over a QIODevice (a file, stdin, a socket): readers parse from
/// data() to end(), and call fill() when a record runs past the end, naming the offset from
/// which bytes must be kept. Memory stays at one chunk plus the longest record. Input in another
/// encoding is transcoded to UTF-8 chunk by chunk; UTF-8 input can be validated as it streams so
/// that a wrongly guessed encoding is reported instead of silently turning into U+FFFD.
class InputBuffer
{
    Q_DECLARE_TR_FUNCTIONS(InputBuffer)

public:
    static constexpr qsizetype DefaultChunkSize = 1024 * 1024;
    static constexpr qsizetype SampleSize = 64 * 1024;

    InputBuffer(QIODevice *device, QString sourceName, qsizetype maxRecordBytes,
                qsizetype chunkSize = DefaultChunkSize);

    /// Reads the first SampleSize bytes (or chunk, if larger) without interpreting them, so a
    /// caller can detect the encoding from rawSample() before choosing setDecoder() /
    /// setValidateUtf8().
    Status prime();
    QByteArrayView rawSample() const { return QByteArrayView(m_pendingRaw).sliced(m_pendingPos); }
    /// True when the sample is the whole input (no character can be cut at its end).
    bool sampleIsWhole() const { return m_sampleIsWhole; }
    /// Skips `count` leading raw bytes (a byte-order mark).
    void skipRaw(qsizetype count) { m_pendingPos += count; }
    /// Transcodes everything read from now on from this encoding to UTF-8.
    void setDecoder(QStringDecoder decoder);
    void setValidateUtf8(bool validate) { m_validate = validate; }

    const char *data() const { return m_buffer.constData(); }
    const char *end() const { return m_buffer.constData() + m_size; }
    qint64 offset(const char *p) const { return m_base + (p - data()); }
    const char *at(qint64 offset) const { return data() + (offset - m_base); }
    /// True once the device is exhausted: end() is then the end of the input.
    bool atEnd() const { return m_eof; }

    /// Drops bytes before `keepFrom` and appends the next chunk. Returns false when there was
    /// nothing more to read; an error when reading, decoding or validating failed, or when the
    /// kept bytes exceed the record size limit.
    Result<bool> fill(qint64 keepFrom);

    /// Length of the longest prefix of `bytes` that is valid UTF-8.
    static qsizetype validUtf8Length(QByteArrayView bytes);
    /// Advances a 1-based line and column over [from, to): columns count code points.
    static void advance(const char *from, const char *to, qint64 &line, qint64 &column);

private:
    Result<bool> appendRaw(const QByteArray &raw);
    /// Reads what is there, waiting on a socket or process that has nothing yet.
    qint64 readSome(char *data, qint64 maxSize);
    Status validateNew();
    /// Validates what was appended since `sizeBefore`; true when new bytes are available.
    Result<bool> validated(qsizetype sizeBefore);

    QIODevice *m_device;
    QString m_sourceName;
    qsizetype m_maxRecordBytes;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    QByteArray m_pendingRaw;
    qsizetype m_pendingPos = 0;
    qsizetype m_size = 0;
    qint64 m_base = 0;
    qsizetype m_validated = 0; ///< bytes of m_buffer already checked to be UTF-8
    QStringDecoder m_decoder;
    QString m_heldSurrogate;
    bool m_decode = false;
    bool m_validate = false;
    bool m_primed = false;
    bool m_sampleIsWhole = false;
    bool m_eof = false;
    std::optional<Error> m_pendingError; ///< invalid input met past the bytes still to parse
};

} // namespace crmbridge::formats
