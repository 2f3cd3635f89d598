// `crmbridge-cli map`: runs a mapping file over CSV, JSON Lines or JSON array records — streaming,
// on N threads, output in input order — and writes the records it could not map to an errors CSV.
#include "clicommand.h"
#include "core/formats/batchpipeline.h"
#include "core/formats/errorfilewriter.h"
#include "core/formats/fileformat.h"
#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/value/valuetext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QThread>

#include <atomic>
#include <climits>
#include <csignal>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace crmbridge::cli {

namespace {

using formats::FileFormat;
using mapping::MappingEngine;

const QString OptMapping = QStringLiteral("mapping");
const QString OptInput = QStringLiteral("input");
const QString OptInputFormat = QStringLiteral("input-format");
const QString OptOutput = QStringLiteral("output");
const QString OptOutputFormat = QStringLiteral("output-format");
const QString OptThreads = QStringLiteral("threads");
const QString OptErrors = QStringLiteral("errors");
const QString StandardStream = QStringLiteral("-");

constexpr qsizetype kBatchRecords = 2048;

/// One row of the errors CSV for a record the mapping rejected (one row per reason).
struct InvalidRow
{
    formats::RecordPosition position;
    QString field;
    QString reason;
    QString sourceKey;
};

/// What a worker found invalid in one batch, handed to the sink by batch sequence number.
struct BatchInvalid
{
    std::vector<InvalidRow> rows;
    qint64 records = 0;
};

/// SIGINT/SIGTERM → one byte down a pipe → a watcher thread cancels the pipeline. The handler does
/// nothing but write(), which is async-signal-safe; cancel() takes a mutex, so it must not run in
/// the handler itself.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(formats::BatchPipeline &pipeline)
    {
        if (::pipe(s_pipe) != 0)
            return;
        m_thread = std::thread([this, &pipeline] {
            char byte = 0;
            while (::read(s_pipe[0], &byte, 1) < 0) { }
            if (byte == kSignalled) {
                m_interrupted = true;
                pipeline.cancel();
            }
        });
        struct sigaction action = {};
        action.sa_handler = &InterruptWatcher::onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
    }

    ~InterruptWatcher()
    {
        if (!m_thread.joinable())
            return;
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
        const char stop = kStop;
        [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &stop, 1);
        m_thread.join();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }

    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

    bool interrupted() const { return m_interrupted.load(); }

private:
    static constexpr char kSignalled = 1;
    static constexpr char kStop = 2;

    static void onSignal(int)
    {
        const char byte = kSignalled;
        [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    }

    static inline int s_pipe[2] = { -1, -1 };
    std::thread m_thread;
    std::atomic<bool> m_interrupted { false };
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

class MapCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapCommand)

public:
    static int run(CliContext &context);
    static QList<QCommandLineOption> options();

private:
    static Result<mapping::Mapping> loadMapping(const QString &path);
    static int printCompileProblems(CliContext &context, const QString &path,
                                    const mapping::Mapping &mapping);
    static Result<FileFormat> formatFor(CliContext &context, const QString &option, const QString &path,
                                        bool input);
    static Status openFile(QFile &file, const QString &path, QIODevice::OpenMode mode, const QString &what);
    static QStringList topLevelTargets(const mapping::Mapping &mapping);
    static QString sourceKey(const mapping::Object &record);
};

QList<QCommandLineOption> MapCommand::options()
{
    return {
        QCommandLineOption(OptMapping, tr("The mapping file (.json) to run."), tr("FILE")),
        QCommandLineOption(OptInput, tr("The records to map; - for standard input (default)."), tr("FILE")),
        QCommandLineOption(OptInputFormat,
                           tr("csv, jsonl or json (default: from the input file's extension)."),
                           tr("FORMAT")),
        QCommandLineOption(OptOutput, tr("Where the mapped records go; - for standard output (default)."),
                           tr("FILE")),
        QCommandLineOption(OptOutputFormat,
                           tr("jsonl, csv or json (default: from the output file's extension, jsonl on "
                              "standard output)."),
                           tr("FORMAT")),
        QCommandLineOption(
            OptThreads, tr("Worker threads (default: all cores, %1 here).").arg(QThread::idealThreadCount()),
            tr("N")),
        QCommandLineOption(
            OptErrors,
            tr("Write every invalid record to this CSV file: record, line, column, field, reason, "
               "source_key."),
            tr("FILE.csv")),
    };
}

Result<mapping::Mapping> MapCommand::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Could not read the mapping file: %1").arg(file.errorString()), path,
                         tr("Check the path given to --mapping."));
    const QByteArray bytes = file.readAll();
    // MappingFile names a byte offset; an editor wants line:column.
    QJsonParseError parseError;
    (void)QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        const qsizetype end = qMin<qsizetype>(parseError.offset, bytes.size());
        for (qsizetype i = 0; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(bytes.at(i));
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        return Error::input(tr("The mapping file is not valid JSON: %1").arg(parseError.errorString()),
                            tr("%1, line %2:%3").arg(path).arg(line).arg(column),
                            tr("Fix the JSON at that position, or export the mapping again."));
    }
    return mapping::MappingFile::fromJson(bytes, path);
}

int MapCommand::printCompileProblems(CliContext &context, const QString &path,
                                     const mapping::Mapping &mapping)
{
    const QList<Error> problems = MappingEngine::diagnose(mapping);
    context.err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ')
                << tr("The mapping %1 does not compile: %n problem(s). Fix them and run again.", nullptr,
                      int(problems.size()))
                       .arg(path)
                << QLatin1Char('\n');
    for (const Error &problem : problems) {
        // The hint is one sentence, then the formula line and a caret line under the token.
        const QStringList hint = problem.hint.split(QLatin1Char('\n'));
        context.err << QStringLiteral("  ") << path << QStringLiteral(": ") << problem.where
                    << QStringLiteral(": ") << problem.what;
        if (!hint.isEmpty() && !hint.first().isEmpty())
            context.err << QLatin1Char(' ') << hint.first();
        context.err << QLatin1Char('\n');
        for (qsizetype i = 1; i < hint.size(); ++i)
            context.err << QStringLiteral("      ") << hint.at(i) << QLatin1Char('\n');
    }
    context.err.flush();
    return UsageError;
}

Result<FileFormat> MapCommand::formatFor(CliContext &context, const QString &option, const QString &path,
                                         bool input)
{
    const auto supported = [](FileFormat format) {
        return format != FileFormat::Xml;
    };
    if (context.parser.isSet(option)) {
        const QString name = context.parser.value(option);
        const auto format = formats::fileFormatFromName(name);
        if (!format || !supported(*format))
            return Error::usage(
                tr("--%1 must be %2, got '%3'.")
                    .arg(option,
                         input ? QStringLiteral("csv, jsonl or json") : QStringLiteral("jsonl, csv or json"),
                         name));
        return *format;
    }
    if (path == StandardStream) {
        if (!input)
            return FileFormat::JsonLines;
        return Error::usage(tr("Reading standard input needs --input-format csv, jsonl or json."));
    }
    const auto format = formats::fileFormatForPath(path);
    if (!format || !supported(*format))
        return Error::usage(
            tr("Cannot tell the format of %1 from its extension; add --%2 csv, jsonl or json.")
                .arg(path, option));
    return *format;
}

Status MapCommand::openFile(QFile &file, const QString &path, QIODevice::OpenMode mode, const QString &what)
{
    const bool reading = mode.testFlag(QIODevice::ReadOnly);
    if (path == StandardStream) {
        const bool opened = reading ? file.open(STDIN_FILENO, mode, QFileDevice::DontCloseHandle)
                                    : file.open(STDOUT_FILENO, mode, QFileDevice::DontCloseHandle);
        if (!opened)
            return Error::io(tr("Could not open %1: %2").arg(what, file.errorString()),
                             reading ? tr("standard input") : tr("standard output"));
        return {};
    }
    file.setFileName(path);
    if (!file.open(mode)) {
        return Error::io(tr("Could not open %1: %2").arg(what, file.errorString()), path,
                         reading ? tr("Check the path and that the file is readable.")
                                 : tr("Check that the folder exists and is writable."));
    }
    return {};
}

QStringList MapCommand::topLevelTargets(const mapping::Mapping &mapping)
{
    // CSV columns: each top-level target once, in rule order (nested objects become JSON cells).
    QStringList columns;
    for (const mapping::MappingRule &rule : mapping.rules) {
        qsizetype end = rule.target.size();
        for (qsizetype i = 0; i < rule.target.size(); ++i) {
            if (rule.target.at(i) == QLatin1Char('.') || rule.target.at(i) == QLatin1Char('[')) {
                end = i;
                break;
            }
        }
        const QString name = rule.target.left(end);
        if (!columns.contains(name))
            columns.append(name);
    }
    return columns;
}

QString MapCommand::sourceKey(const mapping::Object &record)
{
    for (const QStringView name : { u"id", u"key", u"email" }) {
        const mapping::Value &value = record.value(name);
        if (!value.isAbsent())
            return mapping::toText(value);
    }
    return {};
}

int MapCommand::run(CliContext &context)
{
    const QString mappingPath = context.parser.value(OptMapping);
    if (mappingPath.isEmpty())
        return context.usage(tr("map needs --mapping FILE."));
    const QString inputPath =
        context.parser.isSet(OptInput) ? context.parser.value(OptInput) : StandardStream;
    const QString outputPath =
        context.parser.isSet(OptOutput) ? context.parser.value(OptOutput) : StandardStream;
    const QString errorsPath = context.parser.value(OptErrors);

    int threads = QThread::idealThreadCount();
    if (context.parser.isSet(OptThreads)) {
        bool ok = false;
        threads = context.parser.value(OptThreads).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return context.usage(tr("--threads needs a whole number from 1 to 256, got '%1'.")
                                     .arg(context.parser.value(OptThreads)));
    }

    const Result<FileFormat> inputFormat = formatFor(context, OptInputFormat, inputPath, true);
    if (!inputFormat)
        return context.usage(inputFormat.error().what);
    const Result<FileFormat> outputFormat = formatFor(context, OptOutputFormat, outputPath, false);
    if (!outputFormat)
        return context.usage(outputFormat.error().what);
    if (inputPath != StandardStream && outputPath != StandardStream
        && QFileInfo(inputPath).absoluteFilePath() == QFileInfo(outputPath).absoluteFilePath())
        return context.usage(
            tr("The output %1 is the input file; write the records to another file.").arg(outputPath));

    // The mapping first: a mapping that does not compile leaves every file untouched.
    Result<mapping::Mapping> mapping = loadMapping(mappingPath);
    if (!mapping)
        return context.fail(mapping.error());
    const auto compiled = MappingEngine::compile(mapping.value());
    if (!compiled)
        return printCompileProblems(context, mappingPath, mapping.value());
    const std::shared_ptr<const MappingEngine> engine = compiled.value();

    // Then the input, so that a missing input file does not truncate the output.
    QFile inputFile;
    if (Status s = openFile(inputFile, inputPath, QIODevice::ReadOnly, tr("the input file")); !s)
        return context.fail(s.error());
    formats::ReaderSettings settings;
    settings.reader.sourceName = inputPath == StandardStream ? tr("standard input") : inputPath;
    Result<std::unique_ptr<formats::RecordReader>> reader =
        formats::makeReader(inputFormat.value(), &inputFile, settings);
    if (!reader)
        return context.fail(reader.error());

    QFile outputFile;
    if (Status s = openFile(outputFile, outputPath,
                            QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                            tr("the output file"));
        !s)
        return context.fail(s.error());
    const QString outputName = outputPath == StandardStream ? tr("standard output") : outputPath;
    Result<std::unique_ptr<formats::RecordWriter>> writer = formats::makeWriter(
        outputFormat.value(), &outputFile, topLevelTargets(mapping.value()), {}, outputName);
    if (!writer)
        return context.fail(writer.error());

    QFile errorsFile;
    std::unique_ptr<formats::ErrorFileWriter> errors;
    if (!errorsPath.isEmpty()) {
        if (Status s = openFile(errorsFile, errorsPath,
                                QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                                tr("the errors file"));
            !s)
            return context.fail(s.error());
        errors = std::make_unique<formats::ErrorFileWriter>(
            &errorsFile, QStringList { QStringLiteral("source_key") }, errorsPath);
    }

    // Per worker: an evaluation context and a reused output. Invalid rows travel to the sink in a
    // table keyed by batch sequence; a worker locks it only for a batch that has invalid records.
    std::vector<std::unique_ptr<mapping::EvalContext>> contexts;
    std::vector<mapping::MappingOutput> outputs(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i)
        contexts.push_back(engine->newContext());
    std::mutex invalidMutex;
    std::map<qint64, BatchInvalid> invalidByBatch;
    const formats::RecordWriter &encoder = **writer;

    const auto transform = [&](formats::PipelineBatch &batch, int worker) -> Status {
        mapping::EvalContext &evalContext = *contexts[std::size_t(worker)];
        mapping::MappingOutput &out = outputs[std::size_t(worker)];
        const auto records = std::as_const(batch.input).records();
        const std::vector<formats::RecordPosition> &positions = batch.input.positions();
        if (batch.output.size() < records.size())
            batch.output.resize(records.size());
        std::size_t valid = 0;
        BatchInvalid invalid;
        for (std::size_t i = 0; i < records.size(); ++i) {
            // Mapped straight into the output slot; an invalid record's slot is reused.
            engine->apply(records[i], evalContext, batch.output[valid], out.reasons);
            if (out.isValid()) {
                ++valid;
                continue;
            }
            ++invalid.records;
            const QString key = sourceKey(records[i]);
            for (const mapping::InvalidReason &reason : std::as_const(out.reasons))
                invalid.rows.push_back({ positions[i], reason.field, reason.message, key });
        }
        batch.encoded.resize(0);
        encoder.encode(std::span<const mapping::Object>(batch.output.data(), valid), batch.encoded);
        batch.encodedRecords = qint64(valid);
        // Only the bytes go on to the sink: free the values here, on the thread that made them
        // (freeing them on another thread contends for this thread's allocator).
        for (mapping::Object &record : batch.input.records())
            record.clear();
        for (std::size_t i = 0; i < std::min(valid + 1, records.size()); ++i)
            batch.output[i].clear();
        if (invalid.records > 0) {
            const std::lock_guard lock(invalidMutex);
            invalidByBatch.emplace(batch.sequence, std::move(invalid));
        }
        return {};
    };

    const bool progress = !context.quiet && ::isatty(STDERR_FILENO);
    qint64 validCount = 0;
    qint64 invalidCount = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 lastProgress = 0;
    const auto sink = [&](formats::PipelineBatch &batch) -> Status {
        BatchInvalid invalid;
        {
            const std::lock_guard lock(invalidMutex);
            if (auto it = invalidByBatch.find(batch.sequence); it != invalidByBatch.end()) {
                invalid = std::move(it->second);
                invalidByBatch.erase(it);
            }
        }
        const std::vector<formats::RejectedRecord> &rejected = batch.input.rejected;
        validCount += batch.encodedRecords;
        invalidCount += invalid.records + qint64(rejected.size());
        if (errors) {
            // Rows the reader rejected and rows the mapping rejected, merged in record order.
            std::size_t r = 0;
            std::size_t m = 0;
            while (r < rejected.size() || m < invalid.rows.size()) {
                Status s;
                if (m == invalid.rows.size()
                    || (r < rejected.size()
                        && rejected[r].position.record < invalid.rows[m].position.record)) {
                    s = errors->write(rejected[r++]);
                } else {
                    const InvalidRow &row = invalid.rows[m++];
                    s = errors->write(row.position, row.field, row.reason, { row.sourceKey });
                }
                if (!s)
                    return s;
            }
        }
        if (Status s = (*writer)->writeEncoded(batch.encoded, batch.encodedRecords); !s)
            return s;
        if (progress && timer.elapsed() - lastProgress >= 500) {
            lastProgress = timer.elapsed();
            const qint64 done = validCount + invalidCount;
            context.err << QLatin1Char('\r')
                        << tr("%1 records, %2 invalid, %3 records/s")
                               .arg(QLocale().toString(done), QLocale().toString(invalidCount),
                                    QLocale().toString(qint64(double(done) * 1000.0
                                                              / double(qMax<qint64>(lastProgress, 1)))))
                        << QStringLiteral("\x1b[K");
            context.err.flush();
        }
        return {};
    };

    formats::PipelineOptions pipelineOptions;
    pipelineOptions.threads = threads;
    pipelineOptions.batchSize = kBatchRecords;
    formats::BatchPipeline pipeline(pipelineOptions);
    Status status;
    bool interrupted = false;
    {
        InterruptWatcher watcher(pipeline);
        status = pipeline.run(**reader, transform, sink);
        interrupted = watcher.interrupted();
    }
    // Whatever happened, what was written is flushed and closed properly.
    const Status finished = (*writer)->finish();
    const Status errorsFinished = errors ? errors->finish() : Status();
    outputFile.close();
    errorsFile.close();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (progress) {
        // Clear the progress line before the summary, which may go to the same terminal.
        context.err << QStringLiteral("\r\x1b[K");
        context.err.flush();
    }

    const qint64 total = validCount + invalidCount;
    if (interrupted || (!status && status.error().kind == Error::Kind::Interrupted)) {
        context.err
            << QStringLiteral("crmbridge-cli: ")
            << tr("Interrupted after %1 records (%2 written to %3); the output holds the records before "
                  "that point.")
                   .arg(total)
                   .arg(validCount)
                   .arg(outputName)
            << Qt::endl;
        return Interrupted;
    }
    if (!status)
        return context.fail(status.error());
    if (!finished)
        return context.fail(finished.error());
    if (!errorsFinished)
        return context.fail(errorsFinished.error());

    const double rate = seconds > 0 ? double(total) / seconds : 0;
    // The summary goes to standard output unless the records do.
    QTextStream &summary = outputPath == StandardStream ? context.err : context.out;
    if (context.json) {
        const QJsonObject document {
            { QStringLiteral("records"), total },
            { QStringLiteral("valid"), validCount },
            { QStringLiteral("invalid"), invalidCount },
            { QStringLiteral("seconds"), seconds },
            { QStringLiteral("recordsPerSecond"), qRound64(rate) },
            { QStringLiteral("errorsFile"),
              errorsPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorsPath) },
        };
        summary << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        summary.flush();
    } else if (!context.quiet) {
        summary << tr("Mapped %1 records in %2 s (%3 records/s): %4 valid, %5 invalid.")
                       .arg(QLocale().toString(total))
                       .arg(seconds, 0, 'f', 2)
                       .arg(QLocale().toString(qRound64(rate)))
                       .arg(QLocale().toString(validCount), QLocale().toString(invalidCount))
                << Qt::endl;
    }
    if (invalidCount > 0) {
        if (errors)
            context.err << QStringLiteral("crmbridge-cli: ")
                        << tr("%n record(s) invalid; see %1 for each record, field and reason.", nullptr,
                              int(qMin<qint64>(invalidCount, INT_MAX)))
                               .arg(errorsPath)
                        << Qt::endl;
        else
            context.err
                << QStringLiteral("crmbridge-cli: ")
                << tr("%n record(s) invalid and left out of the output; add --errors FILE.csv to see which "
                      "and why.",
                      nullptr, int(qMin<qint64>(invalidCount, INT_MAX)))
                << Qt::endl;
        return SomeFailed;
    }
    return Success;
}

} // namespace

void registerMapCommands(CliRegistry &registry)
{
    registry.add(CliCommand {
        { QStringLiteral("map") },
        MapCommand::tr("Map CSV, JSON Lines or JSON records with a mapping file, streaming, on all cores."),
        MapCommand::options(),
        {},
        0,
        0,
        &MapCommand::run,
    });
}

} // namespace crmbridge::cli
