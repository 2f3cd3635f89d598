#include "clicommand.h"

#include "core/common/appinfo.h"
#include "core/endpoints/endpointstore.h"
#include "core/workspace/demoworkspace.h"

#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

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

Result<Environment> CliContext::environmentFor(Workspace &workspace) const
{
    EnvironmentStore store(workspace);
    Environment chosen;
    if (!this->environment.isEmpty()) {
        auto found = store.find(this->environment);
        if (!found)
            return found.error();
        chosen = found.value();
    } else {
        auto all = store.list();
        if (!all)
            return all.error();
        if (all->size() == 1) {
            chosen = all->first();
        } else if (all->size() > 1) {
            QStringList names;
            for (const Environment &e : all.value())
                names << e.name;
            return Error::usage(tr("The workspace has several environments (%1); choose one").arg(names.join(QStringLiteral(", "))),
                                tr("Add --env NAME."));
        }
    }
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        bool replaced = false;
        for (EnvironmentVariable &variable : chosen.variables) {
            if (variable.name == it.key()) {
                variable.value = it.value();
                variable.secret = {};
                replaced = true;
            }
        }
        if (!replaced) {
            EnvironmentVariable variable;
            variable.name = it.key();
            variable.value = it.value();
            chosen.variables.append(variable);
        }
    }
    return chosen;
}

namespace {
int g_signalSockets[2] = {-1, -1};

extern "C" void crmbridgeCliSignal(int)
{
    // Async-signal-safe: wake the event loop through the socket pair.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[0], &byte, 1);
}
} // namespace

int CliContext::runEventLoop(const std::function<void(const std::function<void(int)> &finish)> &start,
                             const std::function<void()> &interrupt) const
{
    bool finished = false;
    int exitCode = Success;
    auto finish = [&finished, &exitCode](int code) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        QCoreApplication::exit(code);
    };

    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction previousInt = {}, previousTerm = {};
    const bool signalsReady = ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) == 0;
    if (signalsReady) {
        notifier = std::make_unique<QSocketNotifier>(g_signalSockets[1], QSocketNotifier::Read);
        int signalsSeen = 0;
        QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(), [&, signalsSeen]() mutable {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(g_signalSockets[1], &byte, 1);
            if (++signalsSeen > 1 || !interrupt) {
                finish(Interrupted);
                return;
            }
            if (!quiet && !json) {
                err << QStringLiteral("crmbridge-cli: ") << tr("stopping cleanly (press Ctrl+C again to quit at once)")
                    << Qt::endl;
            }
            interrupt();
        });
        struct sigaction action = {};
        action.sa_handler = crmbridgeCliSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &previousInt);
        ::sigaction(SIGTERM, &action, &previousTerm);
    }

    QTimer::singleShot(0, QCoreApplication::instance(), [&] { start(finish); });
    const int loopCode = QCoreApplication::exec();

    if (signalsReady) {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
        notifier.reset();
        ::close(g_signalSockets[0]);
        ::close(g_signalSockets[1]);
        g_signalSockets[0] = g_signalSockets[1] = -1;
    }
    return finished ? exitCode : loopCode;
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
