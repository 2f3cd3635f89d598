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
QString fixturesDir();

} // namespace crmbridge::test
