#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace crmbridge::test {

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/crmbridge-test-XXXXXX")) { }

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QString cliPath()
{
    return QStringLiteral(CRMBRIDGE_CLI_PATH);
}

QString fixturesDir()
{
    return QStringLiteral(CRMBRIDGE_FIXTURES_DIR);
}

CliResult runCli(const QStringList &arguments, const QString &home, int timeoutMs,
                 const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    CliResult result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList probeWorkspace(const QString &path, const QString &sql)
{
    static std::atomic<int> serial = 0;
    const QString name = QStringLiteral("probe-%1").arg(++serial);
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    values.append(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

qint64 probeWorkspaceNumber(const QString &path, const QString &sql)
{
    const QStringList values = probeWorkspace(path, sql);
    return values.isEmpty() ? -1 : values.first().toLongLong(); // NULL reads as 0
}

} // namespace crmbridge::test
