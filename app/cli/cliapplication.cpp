#include "cliapplication.h"

#include "core/common/appinfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QtGlobal>

#include <cstdio>

namespace crmbridge::cli {

namespace {

const QString OptWorkspace = QStringLiteral("workspace");
const QString OptEnv = QStringLiteral("env");
const QString OptVar = QStringLiteral("var");
const QString OptJson = QStringLiteral("json");
const QString OptLang = QStringLiteral("lang");
const QString OptQuiet = QStringLiteral("quiet");
const QString OptVersion = QStringLiteral("version");
const QString OptHelp = QStringLiteral("help");

QTextStream &stdoutStream()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &stderrStream()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

CliApplication::CliApplication(QStringList arguments) : m_arguments(std::move(arguments))
{
    installTranslator(languageFromArguments(m_arguments));
    registerWorkspaceCommands(m_registry);
    registerEndpointCommands(m_registry);
    registerFetchCommands(m_registry);
    registerImportCommands(m_registry);
    registerSandboxCommands(m_registry);
    registerMapCommands(m_registry);
    registerSyncCommands(m_registry);
    registerOrderCommands(m_registry);
}

QString CliApplication::languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QStringLiteral("--lang=")))
            return arg.mid(7);
    }
    return qEnvironmentVariable("CRMBRIDGE_LANG", QStringLiteral("en"));
}

void CliApplication::installTranslator(const QString &language)
{
    // English has a catalogue too: it holds the plural forms.
    if (m_translator.load(AppInfo::translationResource(language)))
        QCoreApplication::installTranslator(&m_translator);
}

QList<QCommandLineOption> CliApplication::globalOptions() const
{
    return {
        QCommandLineOption(OptWorkspace, tr("The workspace file to use (default: the demo workspace)."),
                           tr("FILE")),
        QCommandLineOption(OptEnv, tr("The environment whose variables fill {{var}} placeholders."), tr("NAME")),
        QCommandLineOption(OptVar, tr("Override one environment variable for this command (repeatable)."),
                           tr("NAME=VALUE")),
        QCommandLineOption(OptJson, tr("Machine-readable JSON on stdout.")),
        QCommandLineOption(OptLang, tr("Language of messages: en or zh_CN."), tr("LANG")),
        QCommandLineOption(OptQuiet, tr("Print only errors (and JSON when --json is given).")),
        QCommandLineOption(OptVersion, tr("Print the version and exit.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), OptHelp}, tr("Show help for the command.")),
    };
}

QString CliApplication::overviewHelp() const
{
    QString text = tr("CRM Bridge %1 — connect a CRM with the ERP, helpdesk and marketing systems around it.")
                       .arg(AppInfo::version())
        + QStringLiteral("\n\n") + tr("Usage: crmbridge-cli [global options] COMMAND [options] [arguments]")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : m_registry.commands()) {
        QString syntax = command.words.join(QLatin1Char(' '));
        for (const auto &[name, description] : command.positional)
            syntax += QLatin1Char(' ') + name;
        text += QStringLiteral("  ") + syntax.leftJustified(34) + QLatin1Char(' ') + command.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : globalOptions()) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  ") + names.leftJustified(34) + QLatin1Char(' ') + option.description()
            + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 success, 1 some records or steps failed, 2 usage, configuration or input error, "
             "3 interrupted.")
        + QLatin1Char('\n') + tr("'crmbridge-cli COMMAND --help' describes one command.") + QLatin1Char('\n');
    return text;
}

QString CliApplication::groupHelp(const QStringList &prefix) const
{
    QString text = tr("Usage: crmbridge-cli %1 COMMAND [options]").arg(prefix.join(QLatin1Char(' ')))
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand *command : m_registry.below(prefix)) {
        QString syntax = command->words.join(QLatin1Char(' '));
        for (const auto &[name, description] : command->positional)
            syntax += QLatin1Char(' ') + name;
        text += QStringLiteral("  ") + syntax.leftJustified(34) + QLatin1Char(' ') + command->summary
            + QLatin1Char('\n');
    }
    return text;
}

QString CliApplication::commandHelp(const CliCommand &command, QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    // QCommandLineParser's usage line names only the program; write ours with the command words.
    QString usage = tr("Usage:") + QStringLiteral(" crmbridge-cli ") + command.words.join(QLatin1Char(' '))
        + QStringLiteral(" [options]");
    for (const auto &[name, description] : command.positional)
        usage += QLatin1Char(' ') + name;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, lineEnd < 0 ? text.size() : lineEnd, usage);
    return text;
}

int CliApplication::run()
{
    QTextStream &out = stdoutStream();
    QTextStream &err = stderrStream();
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    // Options that take a value, so that their values are not mistaken for command words.
    QSet<QString> valued;
    for (const QCommandLineOption &option : globalOptions()) {
        if (!option.valueName().isEmpty()) {
            for (const QString &name : option.names())
                valued.insert((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        }
    }
    for (const CliCommand &command : m_registry.commands()) {
        for (const QCommandLineOption &option : command.options) {
            if (!option.valueName().isEmpty()) {
                for (const QString &name : option.names())
                    valued.insert((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
            }
        }
    }

    QStringList words;
    bool wantsHelp = false;
    bool wantsVersion = false;
    bool wantsJson = false;
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments.at(i);
        if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h"))
            wantsHelp = true;
        else if (arg == QStringLiteral("--version"))
            wantsVersion = true;
        else if (arg == QStringLiteral("--json"))
            wantsJson = true;
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valued.contains(arg))
                ++i;
            continue;
        }
        QStringList candidate = words;
        candidate.append(arg);
        if (m_registry.below(candidate).isEmpty())
            break;
        words = candidate;
        if (m_registry.find(words))
            break;
    }

    if (words.isEmpty()) {
        if (wantsVersion) {
            if (wantsJson) {
                QJsonObject version{{QStringLiteral("version"), AppInfo::version()},
                                    {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                    {QStringLiteral("sqlite"), Workspace::sqliteVersion()},
                                    {QStringLiteral("allocator"), AppInfo::allocator()}};
                out << QString::fromUtf8(QJsonDocument(version).toJson(QJsonDocument::Indented));
            } else {
                out << QStringLiteral("crmbridge-cli %1 (Qt %2, SQLite %3, %4)")
                           .arg(AppInfo::version(), QString::fromLatin1(qVersion()), Workspace::sqliteVersion(),
                                AppInfo::allocator())
                    << Qt::endl;
            }
            return Success;
        }
        const QString first = [&] {
            for (qsizetype i = 1; i < m_arguments.size(); ++i) {
                if (!m_arguments.at(i).startsWith(QLatin1Char('-'))) {
                    if (i > 1 && valued.contains(m_arguments.at(i - 1)))
                        continue;
                    return m_arguments.at(i);
                }
            }
            return QString();
        }();
        if (!first.isEmpty()) {
            err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ')
                << tr("unknown command '%1'.").arg(first) << QLatin1Char(' ') << tr("See 'crmbridge-cli --help'.")
                << Qt::endl;
            return UsageError;
        }
        if (wantsHelp) {
            out << overviewHelp();
            return Success;
        }
        err << overviewHelp();
        return UsageError;
    }

    const CliCommand *command = m_registry.find(words);
    if (!command) {
        if (wantsHelp) {
            out << groupHelp(words);
            return Success;
        }
        err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ')
            << tr("'%1' needs a command.").arg(words.join(QLatin1Char(' '))) << QLatin1Char('\n') << groupHelp(words);
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    parser.addOptions(globalOptions());
    for (const auto &[name, description] : command->positional)
        parser.addPositionalArgument(name, description);

    if (!parser.parse(m_arguments)) {
        err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ') << parser.errorText()
            << QLatin1Char(' ') << tr("See 'crmbridge-cli %1 --help'.").arg(words.join(QLatin1Char(' ')))
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(OptHelp)) {
        out << commandHelp(*command, parser);
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    // Drop the command words (they come first among the positional arguments).
    for (const QString &word : std::as_const(words)) {
        const qsizetype at = positional.indexOf(word);
        if (at >= 0)
            positional.removeAt(at);
    }
    if (positional.size() < command->minPositional || positional.size() > command->maxPositional) {
        err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ')
            << tr("'%1' takes %2 argument(s), got %3.")
                   .arg(words.join(QLatin1Char(' ')))
                   .arg(command->minPositional == command->maxPositional
                            ? QString::number(command->minPositional)
                            : QStringLiteral("%1–%2").arg(command->minPositional).arg(command->maxPositional))
                   .arg(positional.size())
            << QLatin1Char(' ') << tr("See 'crmbridge-cli %1 --help'.").arg(words.join(QLatin1Char(' ')))
            << Qt::endl;
        return UsageError;
    }

    CliContext context(parser, positional, out, err);
    context.json = parser.isSet(OptJson);
    context.quiet = parser.isSet(OptQuiet);
    context.workspacePath = parser.value(OptWorkspace);
    context.environment = parser.value(OptEnv);
    for (const QString &assignment : parser.values(OptVar)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return context.usage(tr("--var needs NAME=VALUE, got '%1'.").arg(assignment));
        }
        context.variables.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    const QString lang = parser.value(OptLang);
    if (!lang.isEmpty() && lang != QStringLiteral("en") && lang != QStringLiteral("zh_CN"))
        return context.usage(tr("--lang must be en or zh_CN, got '%1'.").arg(lang));

    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace crmbridge::cli
