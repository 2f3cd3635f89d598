#pragma once

#include "core/common/result.h"
#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"
#include "core/formats/recordreader.h"
#include "core/formats/recordwriter.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QIODevice;

namespace crmbridge::formats {

/// The file formats an endpoint or the CLI can read and write.
enum class FileFormat
{
    Csv,
    JsonLines,
    JsonArray,
    Xml
};

/// "csv", "jsonl" (or "ndjson"), "json", "xml"; case-insensitive.
std::optional<FileFormat> fileFormatFromName(QStringView name);
/// By file extension: .csv .tsv .txt, .jsonl .ndjson, .json, .xml.
std::optional<FileFormat> fileFormatForPath(const QString &path);
QString fileFormatName(FileFormat format);

/// Everything a reader may need; each format looks at its own part.
struct ReaderSettings
{
    ReaderOptions reader;
    CsvOptions csv;
    QString xmlRecordPath; ///< required for XML: "Orders/Order"
    QString jsonRecordPath; ///< the array inside a JSON document: "data.items"; empty: the top level
};

/// Opens a reader of `format` over an open device (which must outlive the reader).
Result<std::unique_ptr<RecordReader>> makeReader(FileFormat format, QIODevice *device,
                                                 const ReaderSettings &settings);
/// Opens a writer of `format` (CSV, JSON Lines or JSON array; XML output is not supported).
Result<std::unique_ptr<RecordWriter>> makeWriter(FileFormat format, QIODevice *device,
                                                 const QStringList &csvColumns,
                                                 const CsvWriterOptions &csvOptions = {},
                                                 const QString &targetName = {});

} // namespace crmbridge::formats
