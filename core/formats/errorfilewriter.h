#pragma once

#include "core/formats/csvwriter.h"
#include "core/formats/recordreader.h"

#include <QCoreApplication>

namespace crmbridge::formats {

/// Writes the records a run could not use to an errors CSV a user can open in a spreadsheet and
/// fix row by row: "record,line,column,field,reason" plus any extra columns the caller names
/// (a source key, say). Rows are written in the order given; the pipeline sink gives them in
/// input order. The header is written even when there is no error, so an empty errors file
/// still says what it would hold.
class ErrorFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorFileWriter)

public:
    explicit ErrorFileWriter(QIODevice *device, QStringList extraColumns = {}, QString targetName = {});

    /// A record the reader rejected: its position, no field, the error's message as the reason.
    Status write(const RejectedRecord &rejected);
    /// A record a mapping rejected: which field, and why. `extra` fills the extra columns.
    Status write(const RecordPosition &position, const QString &field, const QString &reason,
                 const QStringList &extra = {});
    Status finish() { return m_csv.finish(); }
    qint64 count() const { return m_csv.recordCount(); }

    static QStringList standardColumns();

private:
    CsvWriter m_csv;
    mapping::FieldIndexPtr m_shape;
    mapping::Object m_row;
};

} // namespace crmbridge::formats
