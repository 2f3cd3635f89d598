#include "clicommand.h"

#include "core/common/appinfo.h"
#include "core/workspace/demoworkspace.h"

#include <QFileInfo>

namespace crmbridge::cli {

CliContext::CliContext(QCommandLineParser &p, QStringList pos, QTextStream &o, QTextStream &e)
    : parser(p)
    , positional(std::move(pos))
    , out(o)
    , err(e)
{
}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace(Workspace::OpenMode mode,
                                                             Workspace::MigrationPolicy policy) const
{
    if (workspacePath.isEmpty()) {
        const QString demo = AppInfo::demoWorkspacePath();
        if (!QFileInfo::exists(demo)) {
            Result<std::unique_ptr<Workspace>> created = DemoWorkspace::create(demo);
            if (!created)
                return created;
            if (mode == Workspace::OpenMode::ReadWrite)
                return created;
        }
        return Workspace::open(demo, mode, MigrationSet::standard(), policy);
    }
    return Workspace::open(workspacePath, mode, MigrationSet::standard(), policy);
}

int CliContext::fail(const Error &error) const
{
    err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ') << error.message() << Qt::endl;
    return error.kind == Error::Kind::Interrupted ? Interrupted : UsageError;
}

int CliContext::usage(const QString &what) const
{
    err << QStringLiteral("crmbridge-cli: ") << tr("error:") << QLatin1Char(' ') << what << QLatin1Char(' ')
        << tr("See 'crmbridge-cli --help'.") << Qt::endl;
    return UsageError;
}

void CliContext::printJson(const QJsonDocument &document) const
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::say(const QString &line) const
{
    if (!quiet)
        out << line << Qt::endl;
}

const CliCommand *CliRegistry::find(const QStringList &words) const
{
    for (const CliCommand &command : m_commands) {
        if (command.words == words)
            return &command;
    }
    return nullptr;
}

QList<const CliCommand *> CliRegistry::below(const QStringList &prefix) const
{
    QList<const CliCommand *> result;
    for (const CliCommand &command : m_commands) {
        if (command.words.mid(0, prefix.size()) == prefix)
            result.append(&command);
    }
    return result;
}

} // namespace crmbridge::cli
