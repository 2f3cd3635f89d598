#pragma once

#include "core/formats/inputbuffer.h"
#include "core/formats/jsonrecordparser.h"
#include "core/formats/recordreader.h"

class QIODevice;

namespace crmbridge::formats {

/// Reads a JSON array of objects element by element: the whole document is never held, only the
/// element being parsed. The array is the top level of the document, or the one a record path
/// names inside objects ("results", "data.items": field names joined by dots, as in an API
/// response); fields before it are skipped without being parsed, and nothing after the array is
/// read. An element that is not an object, or not valid JSON inside its brackets, is rejected
/// with its line:column and reading goes on; a document without the array, or an array that is
/// never closed, is an error.
class JsonArrayReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayReader)

public:
    explicit JsonArrayReader(QIODevice *device, ReaderOptions options = {}, const QString &recordPath = {});

protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    enum class State
    {
        Start,
        Element,
        Separator,
        Trailer,
        Done
    };

    /// Moves m_pos past whitespace; nullptr at the end of the input.
    Result<const char *> skipSpace();
    /// End of the JSON value starting at p; nullptr when it runs past the window.
    static const char *valueEnd(const char *p, const char *end);
    Error syntaxError(const QString &what, const char *at);
    /// Walks the record path down to its array, leaving m_pos at the '['.
    Status findArray();
    /// Moves m_pos (and the line:column) to p.
    void advanceTo(const char *p);
    /// Makes the whole JSON value (or, with `key`, string) at m_pos available; returns its end.
    Result<const char *> wholeValue(bool key);

    InputBuffer m_input;
    JsonRecordParser m_parser;
    QStringList m_path;
    State m_state = State::Start;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
};

} // namespace crmbridge::formats
