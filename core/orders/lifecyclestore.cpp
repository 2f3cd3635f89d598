#include "core/orders/lifecyclestore.h"

#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace crmbridge::orders {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error invalidLifecycle(const QList<LifecycleIssue> &issues, const QString &where)
{
    QStringList messages;
    for (const LifecycleIssue &issue : issues) {
        if (issue.isError())
            messages.append(issue.message);
    }
    return Error::input(LifecycleStore::tr("The lifecycle is not valid: %1").arg(messages.join(QLatin1Char(' '))), where,
                        LifecycleStore::tr("Fix the problems and save again; 'crmbridge-cli lifecycle validate FILE' lists them."));
}

} // namespace

bool LifecycleStore::hasSaved() const
{
    QSqlQuery query(m_workspace.database());
    return query.exec(QStringLiteral("SELECT 1 FROM lifecycles LIMIT 1")) && query.next();
}

Result<Lifecycle> LifecycleStore::load() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT name, definition FROM lifecycles ORDER BY id LIMIT 1")))
        return m_workspace.sqlError(tr("Could not read the lifecycle"), query.lastError().text());
    if (!query.next())
        return Lifecycle::standard();
    return LifecycleFile::fromJson(query.value(1).toString().toUtf8(),
                                   tr("lifecycle \"%1\" in the workspace").arg(query.value(0).toString()));
}

Status LifecycleStore::save(const Lifecycle &lifecycle)
{
    const QList<LifecycleIssue> issues = LifecycleValidator::validate(lifecycle);
    if (LifecycleValidator::hasErrors(issues))
        return invalidLifecycle(issues, lifecycle.name);
    const QString definition = QString::fromUtf8(LifecycleFile::toJson(lifecycle));
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        // One lifecycle per workspace: the saved one replaces whatever was there.
        if (!query.exec(QStringLiteral("DELETE FROM lifecycles")))
            return m_workspace.sqlError(tr("Could not save the lifecycle"), query.lastError().text());
        query.prepare(QStringLiteral("INSERT INTO lifecycles (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        const QString stamp = now();
        query.addBindValue(lifecycle.name);
        query.addBindValue(definition);
        query.addBindValue(stamp);
        query.addBindValue(stamp);
        if (!query.exec())
            return m_workspace.sqlError(tr("Could not save the lifecycle"), query.lastError().text());
        return {};
    });
}

Result<Lifecycle> LifecycleStore::importFile(const QString &path)
{
    auto lifecycle = LifecycleFile::load(path);
    if (!lifecycle)
        return lifecycle.error();
    const QList<LifecycleIssue> issues = LifecycleValidator::validate(lifecycle.value());
    if (LifecycleValidator::hasErrors(issues))
        return invalidLifecycle(issues, path);
    if (Status saved = save(lifecycle.value()); !saved)
        return saved.error();
    return lifecycle;
}

Status LifecycleStore::exportFile(const QString &path) const
{
    auto lifecycle = load();
    if (!lifecycle)
        return lifecycle.error();
    return LifecycleFile::save(lifecycle.value(), path);
}

} // namespace crmbridge::orders
