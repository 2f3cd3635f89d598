#include "core/formats/fileformat.h"

#include "core/formats/jsonarrayreader.h"
#include "core/formats/jsonlinesreader.h"
#include "core/formats/jsonwriter.h"
#include "core/formats/xmlreader.h"

#include <QFileInfo>

namespace crmbridge::formats {

namespace {
struct FormatsText
{
    Q_DECLARE_TR_FUNCTIONS(FileFormat)
};
} // namespace

std::optional<FileFormat> fileFormatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == QLatin1String("csv") || lower == QLatin1String("tsv"))
        return FileFormat::Csv;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("ndjson"))
        return FileFormat::JsonLines;
    if (lower == QLatin1String("json"))
        return FileFormat::JsonArray;
    if (lower == QLatin1String("xml"))
        return FileFormat::Xml;
    return std::nullopt;
}

std::optional<FileFormat> fileFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return FileFormat::Csv;
    return fileFormatFromName(suffix);
}

QString fileFormatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::JsonLines:
        return QStringLiteral("jsonl");
    case FileFormat::JsonArray:
        return QStringLiteral("json");
    case FileFormat::Xml:
        return QStringLiteral("xml");
    }
    return {};
}

Result<std::unique_ptr<RecordReader>> makeReader(FileFormat format, QIODevice *device,
                                                 const ReaderSettings &settings)
{
    std::unique_ptr<RecordReader> reader;
    switch (format) {
    case FileFormat::Csv:
        reader = std::make_unique<CsvReader>(device, settings.csv, settings.reader);
        break;
    case FileFormat::JsonLines:
        reader = std::make_unique<JsonLinesReader>(device, settings.reader);
        break;
    case FileFormat::JsonArray:
        reader = std::make_unique<JsonArrayReader>(device, settings.reader, settings.jsonRecordPath);
        break;
    case FileFormat::Xml:
        if (settings.xmlRecordPath.isEmpty())
            return Error::usage(
                FormatsText::tr("Reading XML needs a record path"),
                FormatsText::tr("Name the elements that are records, for example Orders/Order."));
        reader = std::make_unique<XmlReader>(device, settings.xmlRecordPath, settings.reader);
        break;
    }
    return reader;
}

Result<std::unique_ptr<RecordWriter>> makeWriter(FileFormat format, QIODevice *device,
                                                 const QStringList &csvColumns,
                                                 const CsvWriterOptions &csvOptions,
                                                 const QString &targetName)
{
    std::unique_ptr<RecordWriter> writer;
    switch (format) {
    case FileFormat::Csv:
        writer = std::make_unique<CsvWriter>(device, csvColumns, csvOptions, targetName);
        break;
    case FileFormat::JsonLines:
        writer = std::make_unique<JsonLinesWriter>(device, targetName);
        break;
    case FileFormat::JsonArray:
        writer = std::make_unique<JsonArrayWriter>(device, targetName);
        break;
    case FileFormat::Xml:
        return Error::usage(FormatsText::tr("Writing XML is not supported"),
                            FormatsText::tr("Write CSV, JSON Lines or JSON instead."));
    }
    return writer;
}

} // namespace crmbridge::formats
