#pragma once

#include "core/formats/inputbuffer.h"
#include "core/formats/recordreader.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class QIODevice;

namespace crmbridge::formats {

/// How a CSV file is written. Zero delimiter or quote means "detect from the first chunk".
struct CsvOptions
{
    char delimiter = 0; ///< one of , ; TAB | when detected
    char quote = 0; ///< " or ' when detected
    bool hasHeader = true;
    /// Empty: a UTF-8, UTF-16 or UTF-32 byte-order mark decides; without one, the first chunk
    /// is taken as UTF-8 when it is valid UTF-8 (and then checked as it streams), otherwise
    /// `fallbackEncoding` is used. Any name QStringDecoder knows: "GB18030", "windows-1252".
    QByteArray encoding;
    QByteArray fallbackEncoding = QByteArrayLiteral("windows-1252");
};

/// The dialect found in (or forced on) a CSV file, reported so a user can see what was guessed.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    QByteArray encoding = QByteArrayLiteral("UTF-8");
    bool byteOrderMark = false;

    /// Guesses delimiter and quote from a sample of UTF-8 text: the delimiter among , ; TAB |
    /// that splits the first line into two or more fields and the most lines into that same
    /// count (ties go in that order; a comma when none does); the quote among " and ' that more
    /// often both opens and closes fields. `complete` says the sample
    /// is the whole input, so its last line counts even without a line break.
    static CsvDialect detect(QByteArrayView sample, bool complete);
};

/// Reads RFC 4180 CSV as records of text values, streaming.
///
/// Guarantees: quoted fields may hold delimiters, doubled quotes and line breaks (CRLF, LF);
/// an empty field is empty text; a row with fewer fields than the header leaves the trailing
/// fields missing (absent, not empty text), so a mapping can tell "no column" from "blank"; a row
/// with more fields than the header is rejected with its line:column (without a header row the
/// names grow instead: column1, column2, ...). Blank lines are skipped. Header names are
/// de-duplicated ("email", "email_2") and blank ones named after their column. A quote that is
/// never closed is an error pointing at the line:column where it opened.
class CsvReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(QIODevice *device, CsvOptions options = {}, ReaderOptions readerOptions = {});
    ~CsvReader() override;

    /// Reads the first chunk, settles the dialect and reads the header row. readBatch() calls it
    /// when needed; call it first to show the dialect or header before reading records.
    Status open();
    const CsvDialect &dialect() const { return m_dialect; }
    QStringList header() const override;
    bool setDeferredParsing(bool on) override;
    std::unique_ptr<RecordParser> newParser() const override;

protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    struct Span
    {
        qsizetype begin; ///< offsets into the input window
        qsizetype size;
        bool escapedQuotes;
    };
    enum class Parse
    {
        Record,
        Blank,
        NeedMore,
        BadRecord,
        Fatal,
        End
    };

    Status settleEncoding();
    Parse parseRow(const char *p, const char *end, bool atEnd);
    /// The next non-blank row (Record, BadRecord, Fatal or End); I/O errors as an Error.
    Result<Parse> nextRow();
    QString fieldText(const char *base, const Span &span) const;
    /// Copies the row just parsed into `batch.deferred` instead of decoding its fields.
    void deferRow(RecordBatch &batch, const RecordPosition &position);
    void setShape(int fieldCount);

    QIODevice *m_device;
    CsvOptions m_csv;
    CsvDialect m_dialect;
    InputBuffer m_input;
    mapping::FieldIndexPtr m_shape;
    QStringList m_header;
    std::vector<Span> m_fields;
    unsigned char m_special[256] = {};
    const char *m_rowEnd = nullptr;
    qint64 m_pos = 0; ///< offset of the next row
    qint64 m_rowStart = 0; ///< offset of the row just parsed
    qint64 m_rowLine = 1; ///< its line
    qint64 m_line = 1; ///< line of the next row
    qint64 m_rowLines = 0; ///< line breaks inside the row just parsed
    QString m_rowError; ///< why the row just parsed is bad
    const char *m_errorAt = nullptr;
    bool m_opened = false;
    bool m_done = false;
    bool m_defer = false;
};

} // namespace crmbridge::formats
