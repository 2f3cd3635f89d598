// `crmbridge-cli workspace init|info|migrate`.
#include "clicommand.h"

#include "core/exchange/workspaceexchange.h"
#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspacefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace crmbridge::cli {

namespace {

class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    static int init(CliContext &context);
    static int info(CliContext &context);
    static int migrate(CliContext &context);
    static int exportTo(CliContext &context);
    static int importFrom(CliContext &context);
};

QJsonObject summaryJson(const QString &dir, const ExchangeSummary &summary)
{
    return QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath())},
                       {QStringLiteral("environments"), summary.environments},
                       {QStringLiteral("endpoints"), summary.endpoints},
                       {QStringLiteral("entities"), summary.entities},
                       {QStringLiteral("mappings"), summary.mappings}};
}

QJsonObject statsToJson(const WorkspaceStats &stats)
{
    QJsonObject counts;
    for (const auto &[kind, count] : stats.counts)
        counts.insert(kind.id, count);
    QJsonArray runs;
    for (const RunSummary &run : stats.recentRuns) {
        runs.append(QJsonObject{{QStringLiteral("id"), run.id},
                                {QStringLiteral("kind"), run.kind},
                                {QStringLiteral("title"), run.title},
                                {QStringLiteral("status"), run.status},
                                {QStringLiteral("startedAt"), run.startedAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("finishedAt"), run.finishedAt.toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject{
        {QStringLiteral("file"), QDir::toNativeSeparators(stats.filePath)},
        {QStringLiteral("name"), stats.name},
        {QStringLiteral("sizeBytes"), stats.fileSize},
        {QStringLiteral("schemaVersion"), stats.schemaVersion},
        {QStringLiteral("latestSchemaVersion"), stats.latestSchemaVersion},
        {QStringLiteral("needsMigration"), stats.schemaVersion < stats.latestSchemaVersion},
        {QStringLiteral("demo"), stats.demo},
        {QStringLiteral("createdAt"), stats.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("recentRuns"), runs},
    };
}

int WorkspaceCommands::init(CliContext &context)
{
    QString path = context.positional.value(0);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".") + QLatin1String(Workspace::FileSuffix);
    const bool demo = context.parser.isSet(QStringLiteral("demo"));
    const bool force = context.parser.isSet(QStringLiteral("force"));

    Result<std::unique_ptr<Workspace>> workspace = [&]() -> Result<std::unique_ptr<Workspace>> {
        if (demo)
            return DemoWorkspace::create(path, force);
        Workspace::CreateOptions options;
        options.name = context.parser.value(QStringLiteral("name"));
        options.overwrite = force;
        return Workspace::create(path, options);
    }();
    if (!workspace)
        return context.fail(workspace.error());

    const WorkspaceStats stats = workspace.value()->stats();
    if (context.json) {
        context.printJson(QJsonDocument(statsToJson(stats)));
    } else {
        context.say(tr("Created workspace \"%1\" at %2 (schema %3).")
                        .arg(stats.name, QDir::toNativeSeparators(stats.filePath))
                        .arg(stats.schemaVersion));
    }
    return Success;
}

int WorkspaceCommands::info(CliContext &context)
{
    Result<std::unique_ptr<Workspace>> workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    const WorkspaceStats stats = workspace.value()->stats();
    if (context.json) {
        context.printJson(QJsonDocument(statsToJson(stats)));
        return Success;
    }
    const QLocale locale;
    QTextStream &out = context.out;
    out << tr("Workspace:") << QLatin1Char(' ') << stats.name << (stats.demo ? tr(" (demo)") : QString())
        << QLatin1Char('\n');
    out << tr("File:") << QLatin1Char(' ') << QDir::toNativeSeparators(stats.filePath) << QLatin1Char('\n');
    out << tr("Size:") << QLatin1Char(' ') << locale.formattedDataSize(stats.fileSize) << QLatin1Char('\n');
    out << tr("Schema version:") << QLatin1Char(' ') << stats.schemaVersion;
    if (stats.schemaVersion < stats.latestSchemaVersion)
        out << QLatin1Char(' ')
            << tr("(older than this version's %1: run 'crmbridge-cli workspace migrate')").arg(stats.latestSchemaVersion);
    out << QLatin1Char('\n');
    if (stats.createdAt.isValid())
        out << tr("Created:") << QLatin1Char(' ') << stats.createdAt.toString(Qt::ISODate) << QLatin1Char('\n');
    out << QLatin1Char('\n') << tr("Contents:") << QLatin1Char('\n');
    for (const auto &[kind, count] : stats.counts)
        out << QStringLiteral("  ") << kind.label.leftJustified(26) << QLatin1Char(' ') << count << QLatin1Char('\n');
    out << QLatin1Char('\n') << tr("Recent runs:") << QLatin1Char(' ');
    if (stats.recentRuns.isEmpty()) {
        out << tr("none yet") << QLatin1Char('\n');
    } else {
        out << QLatin1Char('\n');
        for (const RunSummary &run : stats.recentRuns) {
            out << QStringLiteral("  #%1  %2  %3  %4\n")
                       .arg(run.id)
                       .arg(run.startedAt.toString(Qt::ISODate), run.status, run.title);
        }
    }
    out.flush();
    return Success;
}

int WorkspaceCommands::migrate(CliContext &context)
{
    Result<std::unique_ptr<Workspace>> workspace
        = context.openWorkspace(Workspace::OpenMode::ReadWrite, Workspace::MigrationPolicy::Manual);
    if (!workspace)
        return context.fail(workspace.error());
    Workspace &ws = *workspace.value();
    const int from = ws.schemaVersion();
    Result<QString> backup = ws.migrate();
    if (!backup)
        return context.fail(backup.error());
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("file"), QDir::toNativeSeparators(ws.filePath())},
            {QStringLiteral("fromVersion"), from},
            {QStringLiteral("toVersion"), ws.schemaVersion()},
            {QStringLiteral("backup"), QDir::toNativeSeparators(backup.value())},
        }));
    } else if (from == ws.schemaVersion()) {
        context.say(tr("The workspace is up to date (schema %1).").arg(from));
    } else {
        context.say(tr("Migrated the workspace from schema %1 to %2.").arg(from).arg(ws.schemaVersion()));
        if (!backup.value().isEmpty())
            context.say(tr("A copy of the previous version is at %1.").arg(QDir::toNativeSeparators(backup.value())));
    }
    return Success;
}

int WorkspaceCommands::exportTo(CliContext &context)
{
    auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    const QString dir = context.positional.value(0);
    auto summary = WorkspaceExchange::exportTo(*workspace.value(), dir);
    if (!summary)
        return context.fail(summary.error());
    if (context.json)
        context.printJson(QJsonDocument(summaryJson(dir, summary.value())));
    else
        context.say(tr("Exported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s) to %5.")
                        .arg(summary->environments)
                        .arg(summary->endpoints)
                        .arg(summary->entities)
                        .arg(summary->mappings)
                        .arg(QDir::toNativeSeparators(dir)));
    return Success;
}

int WorkspaceCommands::importFrom(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const QString dir = context.positional.value(0);
    auto summary = WorkspaceExchange::importFrom(*workspace.value(), dir);
    if (!summary)
        return context.fail(summary.error());
    if (context.json)
        context.printJson(QJsonDocument(summaryJson(dir, summary.value())));
    else
        context.say(tr("Imported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s).")
                        .arg(summary->environments)
                        .arg(summary->endpoints)
                        .arg(summary->entities)
                        .arg(summary->mappings));
    return Success;
}

} // namespace

void registerWorkspaceCommands(CliRegistry &registry)
{
    registry.add({{QStringLiteral("workspace"), QStringLiteral("init")},
                  WorkspaceCommands::tr("Create a new workspace file."),
                  {QCommandLineOption(QStringLiteral("demo"),
                                      WorkspaceCommands::tr("Fill it like the demo workspace.")),
                   QCommandLineOption(QStringLiteral("name"), WorkspaceCommands::tr("The workspace's display name."),
                                      WorkspaceCommands::tr("NAME")),
                   QCommandLineOption(QStringLiteral("force"),
                                      WorkspaceCommands::tr("Replace an existing file at FILE."))},
                  {{QStringLiteral("FILE"), WorkspaceCommands::tr("The new workspace (.crmbridge is added if no "
                                                                  "suffix is given).")}},
                  1,
                  1,
                  &WorkspaceCommands::init});
    registry.add({{QStringLiteral("workspace"), QStringLiteral("info")},
                  WorkspaceCommands::tr("Show what a workspace holds (read-only)."),
                  {},
                  {},
                  0,
                  0,
                  &WorkspaceCommands::info});
    registry.add({{QStringLiteral("workspace"), QStringLiteral("migrate")},
                  WorkspaceCommands::tr("Bring an older workspace to this version's schema (a backup is kept)."),
                  {},
                  {},
                  0,
                  0,
                  &WorkspaceCommands::migrate});
    registry.add({{QStringLiteral("workspace"), QStringLiteral("export")},
                  WorkspaceCommands::tr("Write the workspace as readable, diffable text files (one per object, no secrets)."),
                  {},
                  {{QStringLiteral("DIR"), WorkspaceCommands::tr("The folder to write (created when missing).")}},
                  1,
                  1,
                  &WorkspaceCommands::exportTo});
    registry.add({{QStringLiteral("workspace"), QStringLiteral("import")},
                  WorkspaceCommands::tr("Read a folder written by 'workspace export' into the workspace (same names are replaced)."),
                  {},
                  {{QStringLiteral("DIR"), WorkspaceCommands::tr("The folder to read.")}},
                  1,
                  1,
                  &WorkspaceCommands::importFrom});
}

} // namespace crmbridge::cli
