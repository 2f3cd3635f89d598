#pragma once

#include "core/common/result.h"
#include "core/endpoints/environment.h"
#include "core/workspace/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace crmbridge::cli {

/// The documented exit codes of crmbridge-cli (docs/cli.md).
enum ExitCode : int {
    Success = 0,     ///< everything worked
    SomeFailed = 1,  ///< the job ran, but some records or steps failed
    UsageError = 2,  ///< usage, configuration or input error: nothing was done
    Interrupted = 3, ///< stopped by a signal or the user; resumable where the job allows
};

/// What a command gets: its parsed options, the global options and the output streams.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QCommandLineParser &parser, QStringList positional, QTextStream &out, QTextStream &err);

    QCommandLineParser &parser;
    QStringList positional; ///< positional arguments after the command words
    QTextStream &out;
    QTextStream &err;

    bool json = false;
    bool quiet = false;
    QString workspacePath; ///< empty: the demo workspace
    QString environment;
    QMap<QString, QString> variables;

    /// Opens the workspace named by --workspace (or the demo workspace, created on first use).
    Result<std::unique_ptr<Workspace>> openWorkspace(
        Workspace::OpenMode mode = Workspace::OpenMode::ReadWrite,
        Workspace::MigrationPolicy policy = Workspace::MigrationPolicy::Automatic) const;

    /// Prints the error as one line on stderr and returns the exit code for it.
    int fail(const Error &error) const;
    int usage(const QString &what) const;

    void printJson(const QJsonDocument &document) const;

    /// The environment chosen with --env (or the workspace's only one), with --var overrides.
    /// No environment at all is fine (an empty one); several and no --env is an error.
    Result<Environment> environmentFor(Workspace &workspace) const;

    /// Runs the application's event loop for an asynchronous job: `start` is called from the
    /// loop and calls `finish(exitCode)` when done. SIGINT/SIGTERM call `interrupt` (which should
    /// stop the job cleanly and then call finish) — a second signal ends the loop at once with
    /// Interrupted. This is the main loop of the process, not a nested one.
    int runEventLoop(const std::function<void(const std::function<void(int)> &finish)> &start,
                     const std::function<void()> &interrupt = {}) const;
    /// A line for humans on stdout (suppressed by --quiet).
    void say(const QString &line) const;
};

/// One subcommand: its words ("workspace", "init"), options, positional syntax and action.
struct CliCommand
{
    QStringList words;
    QString summary; ///< translated at registration time through tr()
    QList<QCommandLineOption> options;
    QList<QPair<QString, QString>> positional; ///< name, description
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(CliContext &)> run;
};

/// The table of subcommands. Each feature adds its commands in a register function.
class CliRegistry
{
public:
    void add(CliCommand command) { m_commands.append(std::move(command)); }
    const QList<CliCommand> &commands() const { return m_commands; }
    const CliCommand *find(const QStringList &words) const;
    /// Commands whose first words are `prefix`.
    QList<const CliCommand *> below(const QStringList &prefix) const;

private:
    QList<CliCommand> m_commands;
};

void registerWorkspaceCommands(CliRegistry &registry);
void registerSandboxCommands(CliRegistry &registry); // sandboxcommands.cpp
void registerMapCommands(CliRegistry &registry);     // mapcommands.cpp
void registerEndpointCommands(CliRegistry &registry); // endpointcommands.cpp
void registerFetchCommands(CliRegistry &registry);    // fetchcommands.cpp
void registerImportCommands(CliRegistry &registry);   // importcommands.cpp
void registerSyncCommands(CliRegistry &registry);     // synccommands.cpp
void registerOrderCommands(CliRegistry &registry);    // ordercommands.cpp

} // namespace crmbridge::cli
