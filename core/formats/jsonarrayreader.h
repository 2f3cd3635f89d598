#pragma once

#include "core/formats/inputbuffer.h"
#include "core/formats/jsonrecordparser.h"
#include "core/formats/recordreader.h"

class QIODevice;

namespace crmbridge::formats {

/// Reads a JSON document whose top level is an array of objects, element by element: the whole
/// document is never held, only the element being parsed. An element that is not an object, or
/// not valid JSON inside its brackets, is rejected with its line:column and reading goes on; a
/// document that is not an array, or an array that is never closed, is an error.
class JsonArrayReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayReader)

public:
    explicit JsonArrayReader(QIODevice *device, ReaderOptions options = {});


protected:
    Status read(RecordBatch &batch, qsizetype maxRecords) override;

private:
    enum class State { Start, Element, Separator, Trailer, Done };

    /// Moves m_pos past whitespace; nullptr at the end of the input.
    Result<const char *> skipSpace();
    /// End of the JSON value starting at p; nullptr when it runs past the window.
    static const char *valueEnd(const char *p, const char *end);
    Error syntaxError(const QString &what, const char *at);

    InputBuffer m_input;
    JsonRecordParser m_parser;
    State m_state = State::Start;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
};

} // namespace crmbridge::formats
