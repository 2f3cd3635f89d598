#include "core/sandbox/demosandbox.h"

#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace crmbridge {

Result<quint16> DemoSandbox::start(SandboxServer &server, Workspace *workspace, SandboxOptions options)
{
    if (!server.isRunning()) {
        const quint16 first = options.basePort == 0 ? SandboxDefaultBasePort : options.basePort;
        Error lastError;
        bool started = false;
        for (int attempt = 0; attempt < PortBlockTries && !started; ++attempt) {
            options.basePort = quint16(first + attempt * PortBlockStep);
            Result<QList<SandboxSystemInfo>> result = server.start(options);
            if (result)
                started = true;
            else
                lastError = result.error();
        }
        if (!started) {
            return Error::config(tr("The sandbox found no free ports between %1 and %2 (%3)")
                                     .arg(first)
                                     .arg(first + PortBlockTries * PortBlockStep - 1)
                                     .arg(lastError.message()),
                                 QStringLiteral("127.0.0.1"),
                                 tr("Stop the programs that use these ports, or start the sandbox from the "
                                    "command line with another --base-port."));
        }
    }
    const quint16 basePort = server.system(SandboxSystemId::Crm).port;
    if (workspace && !workspace->isReadOnly()) {
        if (Status s = pointEnvironmentAt(*workspace, basePort); !s)
            return s.error();
    }
    return basePort;
}

Status DemoSandbox::pointEnvironmentAt(Workspace &workspace, quint16 basePort)
{
    const QString variables = QString::fromUtf8(
        QJsonDocument(sandboxEnvironmentVariables(basePort)).toJson(QJsonDocument::Compact));
    return workspace.transaction([&](QSqlDatabase &db) -> Status {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE environments SET variables = ?, updated_at = ? "
                                     "WHERE name = 'Sandbox' AND variables <> ?"));
        query.addBindValue(variables);
        query.addBindValue(now);
        query.addBindValue(variables);
        if (!query.exec())
            return workspace.sqlError(tr("Could not point the Sandbox environment at the sandbox"),
                                      query.lastError().text());
        QSqlQuery exists(db);
        exists.exec(QStringLiteral("SELECT COUNT(*) FROM environments WHERE name = 'Sandbox'"));
        if (exists.next() && exists.value(0).toInt() == 0) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO environments (name, production, variables, created_at, "
                                          "updated_at) VALUES ('Sandbox', 0, ?, ?, ?)"));
            insert.addBindValue(variables);
            insert.addBindValue(now);
            insert.addBindValue(now);
            if (!insert.exec())
                return workspace.sqlError(tr("Could not add the Sandbox environment"), insert.lastError().text());
        }
        return {};
    });
}

} // namespace crmbridge
