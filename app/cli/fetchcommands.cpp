// `crmbridge-cli fetch ENDPOINT ENTITY`: streams every page of an entity to JSON Lines, CSV or JSON.
#include "clicommand.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/sandbox/sandboxdemoseeder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace crmbridge::cli {

namespace {

/// Writes records as they arrive, in one of three formats, to a file or stdout.
class RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(RecordSink)

public:
    enum class Format { JsonLines, Csv, Json };

    static Result<Format> formatFrom(const QString &text, const QString &outputPath)
    {
        QString name = text;
        if (name.isEmpty()) {
            const QString suffix = QFileInfo(outputPath).suffix().toLower();
            name = suffix == QStringLiteral("csv") ? suffix : suffix == QStringLiteral("json") ? suffix : QStringLiteral("jsonl");
        }
        if (name == QStringLiteral("jsonl") || name == QStringLiteral("ndjson"))
            return Format::JsonLines;
        if (name == QStringLiteral("csv"))
            return Format::Csv;
        if (name == QStringLiteral("json"))
            return Format::Json;
        return Error::usage(tr("--format must be jsonl, csv or json, got '%1'").arg(text), tr("See 'crmbridge-cli fetch --help'."));
    }

    Status open(const QString &path, Format format)
    {
        m_format = format;
        m_path = path;
        const bool ok = path.isEmpty() || path == QStringLiteral("-") ? m_file.open(stdout, QIODevice::WriteOnly)
                                                                     : m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (!ok && !path.isEmpty() && path != QStringLiteral("-"))
            m_file.setFileName(path);
        if (!ok || (!path.isEmpty() && path != QStringLiteral("-") && !m_file.isOpen())) {
            return Error::io(tr("Cannot write the output: %1").arg(m_file.errorString()), path,
                             tr("Check that the folder exists and is writable."));
        }
        return {};
    }

    void setFileName(const QString &path) { m_file.setFileName(path); }

    Status write(const QJsonArray &records)
    {
        QByteArray buffer;
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            switch (m_format) {
            case Format::JsonLines:
                buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
                buffer += '\n';
                break;
            case Format::Json:
                buffer += m_written == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n");
                buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
                break;
            case Format::Csv:
                appendCsv(buffer, record);
                break;
            }
            ++m_written;
        }
        return flush(buffer);
    }

    Status close()
    {
        QByteArray tail;
        if (m_format == Format::Json)
            tail = m_written == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n");
        Status status = flush(tail);
        m_file.close();
        return status;
    }

    qint64 written() const { return m_written; }
    int droppedColumns() const { return int(m_dropped.size()); }

private:
    static void flatten(const QJsonObject &object, const QString &prefix, QList<QPair<QString, QJsonValue>> &out)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            if (it->isObject())
                flatten(it->toObject(), key, out);
            else
                out.append({key, it.value()});
        }
    }

    static QByteArray cell(const QJsonValue &value)
    {
        QByteArray text;
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return {};
        case QJsonValue::Bool:
            text = value.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            break;
        case QJsonValue::String:
            text = value.toString().toUtf8();
            break;
        case QJsonValue::Array:
            text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
            break;
        case QJsonValue::Object:
            text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            break;
        }
        if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')) {
            text.replace("\"", "\"\"");
            text = '"' + text + '"';
        }
        return text;
    }

    void appendCsv(QByteArray &buffer, const QJsonObject &record)
    {
        QList<QPair<QString, QJsonValue>> fields;
        flatten(record, {}, fields);
        if (m_columns.isEmpty()) {
            // The columns are those of the first record; later records fill them by name.
            for (const auto &field : std::as_const(fields))
                m_columns.append(field.first);
            QByteArrayList header;
            for (const QString &column : std::as_const(m_columns))
                header.append(cell(QJsonValue(column)));
            buffer += header.join(',') + "\r\n";
        }
        QHash<QString, QJsonValue> byName;
        for (const auto &field : std::as_const(fields)) {
            byName.insert(field.first, field.second);
            if (!m_columns.contains(field.first))
                m_dropped.insert(field.first);
        }
        QByteArrayList row;
        for (const QString &column : std::as_const(m_columns))
            row.append(cell(byName.value(column)));
        buffer += row.join(',') + "\r\n";
    }

    Status flush(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return {};
        if (m_file.write(bytes) != bytes.size()) {
            return Error::io(tr("Writing the output failed after %n record(s): %1", nullptr, int(m_written)).arg(m_file.errorString()),
                             m_path.isEmpty() ? QStringLiteral("stdout") : m_path,
                             tr("Free some disk space and fetch again."));
        }
        return {};
    }

    Format m_format = Format::JsonLines;
    QString m_path;
    QFile m_file;
    qint64 m_written = 0;
    QStringList m_columns;
    QSet<QString> m_dropped;
};

class FetchCommands
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommands)

public:
    static int fetch(CliContext &context);
};

int FetchCommands::fetch(CliContext &context)
{
    const QString endpointName = context.positional.value(0);
    const QString entityName = context.positional.value(1);
    const QString outputPath = context.parser.value(QStringLiteral("output"));
    auto format = RecordSink::formatFrom(context.parser.value(QStringLiteral("format")), outputPath);
    if (!format)
        return context.fail(format.error());
    qint64 limit = 0;
    if (context.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit <= 0)
            return context.usage(tr("--limit needs a positive whole number, got '%1'.").arg(context.parser.value(QStringLiteral("limit"))));
    }
    int pageSize = 0;
    if (context.parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = context.parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize <= 0)
            return context.usage(tr("--page-size needs a positive whole number, got '%1'.").arg(context.parser.value(QStringLiteral("page-size"))));
    }

    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    auto endpoint = store.find(endpointName);
    if (!endpoint)
        return context.fail(endpoint.error());
    auto entity = store.findEntity(endpointName, entityName);
    if (!entity)
        return context.fail(entity.error());
    if (pageSize > 0)
        entity->pagination.pageSize = pageSize;
    if (context.parser.isSet(QStringLiteral("rate-preset"))) {
        // For this run only: e.g. "none" against a sandbox started with --no-rate-limits.
        auto preset = RateLimitPresets::find(context.parser.value(QStringLiteral("rate-preset")));
        if (!preset)
            return context.fail(preset.error());
        endpoint->rateLimit = preset->policy;
    }
    auto environment = context.environmentFor(*workspace.value());
    if (!environment)
        return context.fail(environment.error());

    RecordSink sink;
    if (!outputPath.isEmpty() && outputPath != QStringLiteral("-"))
        sink.setFileName(outputPath);
    if (Status s = sink.open(outputPath, format.value()); !s)
        return context.fail(s.error());

    SecretStore secrets;
    registerSandboxSecrets(secrets); // public sandbox demo credentials; no effect on other endpoints
    ActivityRecorder activity(*workspace.value());
    HttpClient client(endpoint.value());
    client.setEnvironment(environment.value());
    client.setSecretStore(&secrets);
    client.setActivityRecorder(&activity);
    PageWalker walker(&client, entity.value());

    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    const bool progress = !context.quiet && !context.json;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastReport = 0;
    Status writeStatus;
    bool interrupted = false;

    const int code = context.runEventLoop(
        [&](const std::function<void(int)> &finish) {
            QObject::connect(&walker, &PageWalker::pageReady, &walker, [&](const QJsonArray &records, int page) {
                QJsonArray take = records;
                if (limit > 0 && sink.written() + take.size() > limit) {
                    while (take.size() > limit - sink.written())
                        take.removeLast();
                }
                if (writeStatus.ok())
                    writeStatus = sink.write(take);
                if (!writeStatus.ok() || (limit > 0 && sink.written() >= limit)) {
                    walker.cancel();
                    return;
                }
                if (progress && (terminal || elapsed.elapsed() - lastReport >= 2000)) {
                    lastReport = elapsed.elapsed();
                    const double seconds = qMax<qint64>(1, elapsed.elapsed()) / 1000.0;
                    const QString line = tr("%1 / %2: %3 records, %4 pages, %5 records/s")
                                             .arg(endpointName, entityName)
                                             .arg(sink.written())
                                             .arg(page)
                                             .arg(qRound64(double(sink.written()) / seconds));
                    if (terminal)
                        context.err << QLatin1Char('\r') << line << QStringLiteral("   ");
                    else
                        context.err << line << QLatin1Char('\n');
                    context.err.flush();
                }
            });
            QObject::connect(&walker, &PageWalker::finished, &walker, [finish](bool) { finish(Success); });
            walker.start();
        },
        [&] {
            interrupted = true;
            walker.cancel();
        });
    Q_UNUSED(code);
    if (progress && terminal)
        context.err << QLatin1Char('\n');

    const Status closed = sink.close();
    if (Status flushed = activity.flush(); !flushed && !context.quiet)
        context.err << tr("note: the Activity record could not be written: %1").arg(flushed.error().message()) << Qt::endl;
    const double seconds = elapsed.elapsed() / 1000.0;
    const bool limitReached = limit > 0 && sink.written() >= limit;
    const Status &walked = walker.status();

    int exitCode = Success;
    if (!writeStatus.ok()) {
        context.fail(writeStatus.error());
        exitCode = SomeFailed;
    } else if (!closed.ok()) {
        context.fail(closed.error());
        exitCode = SomeFailed;
    } else if (interrupted) {
        exitCode = Interrupted;
    } else if (!walked.ok() && !limitReached) {
        context.fail(walked.error());
        const Error::Kind kind = walked.error().kind;
        exitCode = (kind == Error::Kind::Config || kind == Error::Kind::Usage || kind == Error::Kind::NotFound) && sink.written() == 0
            ? UsageError
            : SomeFailed;
    }

    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("endpoint"), endpointName},
            {QStringLiteral("entity"), entityName},
            {QStringLiteral("records"), sink.written()},
            {QStringLiteral("pages"), walker.pages()},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("recordsPerSecond"), seconds > 0 ? double(sink.written()) / seconds : 0.0},
            {QStringLiteral("complete"), walked.ok() && !interrupted && !limitReached},
            {QStringLiteral("output"), outputPath.isEmpty() ? QStringLiteral("-") : outputPath},
        }));
    } else if (!context.quiet) {
        context.err << tr("Fetched %1 records of %2 / %3 in %4 pages, %5 s.")
                           .arg(sink.written())
                           .arg(endpointName, entityName)
                           .arg(walker.pages())
                           .arg(seconds, 0, 'f', 1)
                    << Qt::endl;
        if (sink.droppedColumns() > 0) {
            context.err << tr("note: %n field(s) first seen after the first record are not in the CSV; use --format jsonl to keep "
                              "everything.",
                              nullptr, sink.droppedColumns())
                        << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace

void registerFetchCommands(CliRegistry &registry)
{
    registry.add({{QStringLiteral("fetch")},
                  FetchCommands::tr("Stream every page of an entity to JSON Lines, CSV or JSON."),
                  {
                      QCommandLineOption(QStringLiteral("limit"), FetchCommands::tr("Stop after this many records."), FetchCommands::tr("N")),
                      QCommandLineOption(QStringLiteral("format"), FetchCommands::tr("jsonl (default), csv or json; from --output's suffix when not given."),
                                         FetchCommands::tr("FORMAT")),
                      QCommandLineOption(QStringLiteral("output"), FetchCommands::tr("Write to this file instead of stdout."), FetchCommands::tr("FILE")),
                      QCommandLineOption(QStringLiteral("page-size"), FetchCommands::tr("Records per page (the entity's setting otherwise)."), FetchCommands::tr("N")),
                      QCommandLineOption(QStringLiteral("rate-preset"),
                                         FetchCommands::tr("Use this rate-limit preset for this run instead of the endpoint's ('none' for no budget)."),
                                         FetchCommands::tr("ID")),
                  },
                  {{QStringLiteral("ENDPOINT"), FetchCommands::tr("The endpoint.")}, {QStringLiteral("ENTITY"), FetchCommands::tr("The entity.")}},
                  2,
                  2,
                  &FetchCommands::fetch});
}

} // namespace crmbridge::cli
