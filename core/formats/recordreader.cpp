#include "core/formats/recordreader.h"

namespace crmbridge::formats {

qint64 RecordBatch::firstRecordNumber() const
{
    qint64 first = m_positions.empty() ? 0 : m_positions.front().record;
    if (!rejected.empty() && (first == 0 || rejected.front().position.record < first))
        first = rejected.front().position.record;
    return first;
}

RecordReader::~RecordReader() = default;

RecordParser::~RecordParser() = default;

Status RecordReader::readBatch(RecordBatch &batch, qsizetype maxRecords)
{
    batch.clear();
    if (m_error)
        return *m_error;
    const Status status = read(batch, qMax(qsizetype(1), maxRecords));
    if (status)
        return status;
    m_error = status.error();
    // What was read before the error is good: hand it out now, the error next time.
    return batch.isEmpty() ? status : Status();
}

QString RecordReader::where(const RecordPosition &position, qint64 line, qint64 column) const
{
    return tr("%1, record %2, line %3:%4")
        .arg(m_options.sourceName)
        .arg(position.record)
        .arg(line)
        .arg(column);
}

QString RecordReader::where(qint64 line, qint64 column) const
{
    return tr("%1, line %2:%3").arg(m_options.sourceName).arg(line).arg(column);
}

} // namespace crmbridge::formats
