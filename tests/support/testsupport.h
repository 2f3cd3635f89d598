#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace crmbridge::test {

/// A scratch folder for one test function, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileHash(const QString &path);

/// Writes bytes to a file (creating folders); fails the test on error.
bool writeFile(const QString &path, const QByteArray &bytes);

/// What a finished crmbridge-cli process left behind.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

/// Runs the real crmbridge-cli binary with `arguments`; XDG folders point into `home` so the
/// demo workspace and settings stay inside the test's scratch folder.
CliResult runCli(const QStringList &arguments, const QString &home, int timeoutMs = 60000,
                 const QProcessEnvironment &extra = {});

QString cliPath();
/// The first column of every row `sql` returns from the workspace file at `path`, read over a
/// read-only connection of its own: for a test that watches a workspace another process writes.
QStringList probeWorkspace(const QString &path, const QString &sql);
/// The first row's first column as a number (NULL as 0); -1 when the query returns no row or fails.
qint64 probeWorkspaceNumber(const QString &path, const QString &sql);
QString fixturesDir();

} // namespace crmbridge::test
