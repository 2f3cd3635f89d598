// bench_formats: read and write rates of the streaming file formats on 1,000,000 generated
// customer rows (CSV and JSON Lines), and the read → encode on N threads → write pipeline the
// map command uses. Prints a Markdown table. Not a test: no assertion, run on an idle machine.
//
// usage: bench_formats [ROWS] [THREADS]

#include "core/formats/batchpipeline.h"
#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"
#include "core/formats/jsonlinesreader.h"
#include "core/formats/jsonwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace crmbridge;
using namespace crmbridge::formats;

namespace {

/// A device that accepts and forgets everything, so writer figures are not disk figures.
class NullDevice : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

QByteArray csvRow(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return n + ",Customer " + n + ",customer" + n + "@example.com,+47 22 33 " + QByteArray::number(i % 10000)
        + ",\"Storgata " + QByteArray::number(i % 200) + ", Oslo\",NO," + QByteArray::number(i % 100000) + "."
        + QByteArray::number(i % 90 + 10) + "," + (i % 3 == 0 ? "true" : "false") + ",2024-03-"
        + QByteArray::number(i % 28 + 10) + "\n";
}

QByteArray jsonRow(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return "{\"id\":" + n + ",\"name\":\"Customer " + n + "\",\"email\":\"customer" + n
        + "@example.com\",\"phone\":\"+47 22 33 " + QByteArray::number(i % 10000)
        + "\",\"street\":\"Storgata " + QByteArray::number(i % 200)
        + ", Oslo\",\"country\":\"NO\",\"balance\":" + QByteArray::number(i % 100000) + "."
        + QByteArray::number(i % 90 + 10) + ",\"vip\":" + (i % 3 == 0 ? "true" : "false")
        + ",\"since\":\"2024-03-" + QByteArray::number(i % 28 + 10) + "\"}\n";
}

bool generate(const QString &path, qint64 rows, bool csv)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    if (csv)
        chunk = "id,name,email,phone,street,country,balance,vip,since\n";
    for (qint64 i = 1; i <= rows; ++i) {
        chunk += csv ? csvRow(i) : jsonRow(i);
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

std::unique_ptr<RecordReader> openReader(QFile &file, bool csv)
{
    if (csv)
        return std::make_unique<CsvReader>(&file);
    return std::make_unique<JsonLinesReader>(&file);
}

struct Row
{
    QString what;
    qint64 records;
    double seconds;
};

void print(const Row &row)
{
    std::printf("| %-44s | %9lld | %7.3f | %12.0f |\n", row.what.toUtf8().constData(),
                static_cast<long long>(row.records), row.seconds, double(row.records) / row.seconds);
    std::fflush(stdout);
}

Row readAll(const QString &path, bool csv, const QString &what)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    auto reader = openReader(file, csv);
    RecordBatch batch;
    qint64 records = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (!reader->readBatch(batch, 2048) || batch.isEmpty())
            break;
        records += batch.size();
    }
    return { what, records, double(timer.nsecsElapsed()) / 1e9 };
}

Row qjsonBaseline(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    qint64 records = 0;
    QElapsedTimer timer;
    timer.start();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (QJsonDocument::fromJson(line).isObject())
            ++records;
    }
    return { QStringLiteral("JSONL read, QJsonDocument per line (reference)"), records,
             double(timer.nsecsElapsed()) / 1e9 };
}

Row writeAll(const QString &path, bool csvIn, bool csvOut, const QString &what)
{
    // Reads the records once into a recycled window of batches, then times only the writer
    // over the same number of records.
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    auto reader = openReader(file, csvIn);
    RecordBatch batch;
    (void)reader->readBatch(batch, 2048);
    const qint64 total = reader->recordCount() > 0 ? 1'000'000 : 0;
    NullDevice sink;
    std::unique_ptr<RecordWriter> writer;
    if (csvOut)
        writer = std::make_unique<CsvWriter>(&sink, batch.records()[0].fields()->names());
    else
        writer = std::make_unique<JsonLinesWriter>(&sink);
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    while (written < total) {
        const auto records = batch.records().first(std::size_t(qMin<qint64>(batch.size(), total - written)));
        if (!writer->write(records))
            break;
        written += qint64(records.size());
    }
    (void)writer->finish();
    return { what, written, double(timer.nsecsElapsed()) / 1e9 };
}

Row pipeline(const QString &path, bool csvIn, bool csvOut, int threads, const QString &what)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    auto reader = openReader(file, csvIn);
    NullDevice sink;
    std::unique_ptr<RecordWriter> writer;
    if (csvOut)
        writer =
            std::make_unique<CsvWriter>(&sink,
                                        QStringList { QStringLiteral("id"), QStringLiteral("name"),
                                                      QStringLiteral("email"), QStringLiteral("balance") });
    else
        writer = std::make_unique<JsonLinesWriter>(&sink);
    BatchPipeline run({ threads, 2048, 0 });
    QElapsedTimer timer;
    timer.start();
    const Status status = run.run(
        *reader,
        [&](PipelineBatch &batch, int) -> Status {
            batch.encoded.resize(0);
            writer->encode(batch.input.records(), batch.encoded);
            batch.encodedRecords = batch.input.size();
            return {};
        },
        [&](PipelineBatch &batch) { return writer->writeEncoded(batch.encoded, batch.encodedRecords); });
    (void)writer->finish();
    if (!status)
        std::fprintf(stderr, "%s\n", status.error().message().toUtf8().constData());
    return { what, run.stats().records, double(timer.nsecsElapsed()) / 1e9 };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int threads = argc > 2 ? QByteArray(argv[2]).toInt() : 2;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("customers.csv"));
    const QString jsonlPath = dir.filePath(QStringLiteral("customers.jsonl"));
    if (!generate(csvPath, rows, true) || !generate(jsonlPath, rows, false)) {
        std::fprintf(stderr, "could not write the input files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("%lld customer rows, 9 fields; CSV %.0f MiB, JSONL %.0f MiB; pipeline threads: %d\n\n",
                static_cast<long long>(rows), double(QFile(csvPath).size()) / 1048576.0,
                double(QFile(jsonlPath).size()) / 1048576.0, threads);
    std::printf("| %-44s | %9s | %7s | %12s |\n|---|---:|---:|---:|\n", "what", "records", "seconds",
                "records/s");
    const QString threadText = QString::number(threads);
    print(readAll(csvPath, true, QStringLiteral("CSV read")));
    print(readAll(jsonlPath, false, QStringLiteral("JSONL read")));
    print(qjsonBaseline(jsonlPath));
    print(writeAll(csvPath, true, true, QStringLiteral("CSV write (text cells)")));
    print(writeAll(jsonlPath, false, false, QStringLiteral("JSONL write (typed values)")));
    print(pipeline(csvPath, true, false, threads,
                   QStringLiteral("pipeline CSV -> JSONL, %1 threads").arg(threadText)));
    print(pipeline(jsonlPath, false, false, threads,
                   QStringLiteral("pipeline JSONL -> JSONL, %1 threads").arg(threadText)));
    print(pipeline(jsonlPath, false, true, threads,
                   QStringLiteral("pipeline JSONL -> CSV (4 columns), %1 threads").arg(threadText)));
    return 0;
}
