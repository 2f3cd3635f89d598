#pragma once

#include "clicommand.h"

#include <QStringList>
#include <QTranslator>

namespace crmbridge::cli {

/// Parses the global options, finds the subcommand, and runs it. Returns the process exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(QStringList arguments);
    int run();

private:
    QList<QCommandLineOption> globalOptions() const;
    QString overviewHelp() const;
    QString groupHelp(const QStringList &prefix) const;
    QString commandHelp(const CliCommand &command, QCommandLineParser &parser) const;
    void installTranslator(const QString &language);
    static QString languageFromArguments(const QStringList &arguments);

    QStringList m_arguments;
    CliRegistry m_registry;
    QTranslator m_translator;
};

} // namespace crmbridge::cli
