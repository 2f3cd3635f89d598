#include "core/endpoints/endpointstore.h"

#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace crmbridge {

static QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

static QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

static QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

static Error queryError(const Workspace &ws, const QString &what, const QSqlQuery &query)
{
    return ws.sqlError(what, query.lastError().text());
}

// ---- endpoints -------------------------------------------------------------------------------

Result<QList<Endpoint>> EndpointStore::list() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, name, config FROM endpoints ORDER BY name COLLATE NOCASE")))
        return queryError(m_workspace, tr("Could not read the endpoints"), query);
    QList<Endpoint> endpoints;
    while (query.next()) {
        const QString name = query.value(1).toString();
        auto endpoint = EndpointJson::fromJson(parseObject(query.value(2).toString()),
                                               tr("endpoint \"%1\" in the workspace").arg(name));
        if (!endpoint)
            return endpoint.error();
        endpoint->id = query.value(0).toLongLong();
        endpoints.append(endpoint.value());
    }
    return endpoints;
}

Result<Endpoint> EndpointStore::find(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, config FROM endpoints WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return queryError(m_workspace, tr("Could not read the endpoint \"%1\"").arg(name), query);
    if (!query.next()) {
        return Error::notFound(tr("There is no endpoint named \"%1\"").arg(name), m_workspace.filePath(),
                               tr("Check the name in the Endpoints page, or create the endpoint first."));
    }
    auto endpoint = EndpointJson::fromJson(parseObject(query.value(1).toString()),
                                           tr("endpoint \"%1\" in the workspace").arg(name));
    if (!endpoint)
        return endpoint.error();
    endpoint->id = query.value(0).toLongLong();
    return endpoint;
}

Result<Endpoint> EndpointStore::save(const Endpoint &endpoint)
{
    // Round-trip through the export format first, so a value that would not load again is
    // refused now rather than discovered on the next start.
    auto checked = EndpointJson::fromJson(EndpointJson::toJson(endpoint), tr("endpoint \"%1\"").arg(endpoint.name));
    if (!checked)
        return checked.error();
    Endpoint saved = endpoint;
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery clash(db);
        clash.prepare(QStringLiteral("SELECT id FROM endpoints WHERE name = ? AND id <> ?"));
        clash.addBindValue(endpoint.name);
        clash.addBindValue(endpoint.id);
        if (!clash.exec())
            return queryError(m_workspace, tr("Could not save the endpoint \"%1\"").arg(endpoint.name), clash);
        if (clash.next()) {
            return Error::config(tr("An endpoint named \"%1\" already exists").arg(endpoint.name),
                                 m_workspace.filePath(), tr("Choose another name."));
        }
        QSqlQuery query(db);
        const QString stamp = now();
        if (endpoint.id == 0) {
            query.prepare(QStringLiteral("INSERT INTO endpoints (name, kind, protocol, base_url, config, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        } else {
            query.prepare(QStringLiteral("UPDATE endpoints SET name = ?, kind = ?, protocol = ?, base_url = ?, "
                                         "config = ?, updated_at = ? WHERE id = ?"));
        }
        query.addBindValue(endpoint.name);
        query.addBindValue(toString(endpoint.kind));
        query.addBindValue(toString(endpoint.protocol));
        query.addBindValue(endpoint.baseUrl);
        query.addBindValue(compact(EndpointJson::toJson(endpoint)));
        query.addBindValue(stamp);
        if (endpoint.id == 0)
            query.addBindValue(stamp);
        else
            query.addBindValue(endpoint.id);
        if (!query.exec())
            return queryError(m_workspace, tr("Could not save the endpoint \"%1\"").arg(endpoint.name), query);
        if (endpoint.id == 0)
            saved.id = query.lastInsertId().toLongLong();
        else if (query.numRowsAffected() == 0)
            return Error::notFound(tr("The endpoint \"%1\" was removed meanwhile").arg(endpoint.name),
                                   m_workspace.filePath(), tr("Save it as a new endpoint."));
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Status EndpointStore::remove(const QString &name)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM endpoints WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return queryError(m_workspace, tr("Could not remove the endpoint \"%1\"").arg(name), query);
        if (query.numRowsAffected() == 0)
            return Error::notFound(tr("There is no endpoint named \"%1\"").arg(name), m_workspace.filePath());
        return {};
    });
}

// ---- entities --------------------------------------------------------------------------------

static Result<Entity> entityFromRow(const QSqlQuery &query, const QString &endpointName)
{
    const QString name = query.value(1).toString();
    auto entity = EntityJson::fromJson(parseObject(query.value(2).toString()),
                                       EndpointStore::tr("entity \"%1\" of endpoint \"%2\" in the workspace")
                                           .arg(name, endpointName));
    if (!entity)
        return entity.error();
    entity->id = query.value(0).toLongLong();
    entity->endpointName = endpointName;
    entity->schema = parseObject(query.value(3).toString());
    return entity;
}

Result<QList<Entity>> EndpointStore::entities(const QString &endpointName) const
{
    auto endpoint = find(endpointName);
    if (!endpoint)
        return endpoint.error();
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, name, config, schema FROM entities WHERE endpoint_id = ? "
                                 "ORDER BY name COLLATE NOCASE"));
    query.addBindValue(endpoint->id);
    if (!query.exec())
        return queryError(m_workspace, tr("Could not read the entities of \"%1\"").arg(endpointName), query);
    QList<Entity> list;
    while (query.next()) {
        auto entity = entityFromRow(query, endpointName);
        if (!entity)
            return entity.error();
        list.append(entity.value());
    }
    return list;
}

Result<Entity> EndpointStore::findEntity(const QString &endpointName, const QString &entityName) const
{
    auto all = entities(endpointName);
    if (!all)
        return all.error();
    for (const Entity &entity : all.value()) {
        if (entity.name == entityName)
            return entity;
    }
    return Error::notFound(tr("Endpoint \"%1\" has no entity named \"%2\"").arg(endpointName, entityName),
                           m_workspace.filePath(), tr("Check the entity name, or add the entity to the endpoint."));
}

Result<Entity> EndpointStore::saveEntity(const Entity &entity)
{
    auto checked = EntityJson::fromJson(EntityJson::toJson(entity), tr("entity \"%1\"").arg(entity.name));
    if (!checked)
        return checked.error();
    auto endpoint = find(entity.endpointName);
    if (!endpoint)
        return endpoint.error();
    Entity saved = entity;
    QJsonObject config = EntityJson::toJson(entity);
    config.remove(QStringLiteral("schema")); // kept in its own column
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        const QString stamp = now();
        if (entity.id == 0) {
            query.prepare(QStringLiteral("INSERT INTO entities (endpoint_id, name, config, schema, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(endpoint->id);
        } else {
            query.prepare(QStringLiteral("UPDATE entities SET name = ?, config = ?, schema = ?, updated_at = ? "
                                         "WHERE id = ? AND endpoint_id = ?"));
        }
        query.addBindValue(entity.name);
        query.addBindValue(compact(config));
        query.addBindValue(compact(entity.schema));
        query.addBindValue(stamp);
        if (entity.id == 0) {
            query.addBindValue(stamp);
        } else {
            query.addBindValue(entity.id);
            query.addBindValue(endpoint->id);
        }
        if (!query.exec()) {
            const bool duplicate = query.lastError().text().contains(QStringLiteral("UNIQUE"));
            if (duplicate) {
                return Error::config(tr("Endpoint \"%1\" already has an entity named \"%2\"")
                                         .arg(entity.endpointName, entity.name),
                                     m_workspace.filePath(), tr("Choose another name."));
            }
            return queryError(m_workspace, tr("Could not save the entity \"%1\"").arg(entity.name), query);
        }
        if (entity.id == 0)
            saved.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Status EndpointStore::removeEntity(const QString &endpointName, const QString &entityName)
{
    auto entity = findEntity(endpointName, entityName);
    if (!entity)
        return entity.error();
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?"));
        query.addBindValue(entity->id);
        if (!query.exec())
            return queryError(m_workspace, tr("Could not remove the entity \"%1\"").arg(entityName), query);
        return {};
    });
}

// ---- environments ----------------------------------------------------------------------------

static Result<Environment> environmentFromRow(const QSqlQuery &query)
{
    const QString name = query.value(1).toString();
    QJsonObject json = parseObject(query.value(3).toString());
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("production"), query.value(2).toInt() != 0);
    auto env = EnvironmentJson::fromJson(json, EnvironmentStore::tr("environment \"%1\" in the workspace").arg(name));
    if (!env)
        return env.error();
    env->id = query.value(0).toLongLong();
    return env;
}

Result<QList<Environment>> EnvironmentStore::list() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, name, production, variables FROM environments "
                                   "ORDER BY name COLLATE NOCASE")))
        return queryError(m_workspace, tr("Could not read the environments"), query);
    QList<Environment> list;
    while (query.next()) {
        auto env = environmentFromRow(query);
        if (!env)
            return env.error();
        list.append(env.value());
    }
    return list;
}

Result<Environment> EnvironmentStore::find(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, name, production, variables FROM environments WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return queryError(m_workspace, tr("Could not read the environment \"%1\"").arg(name), query);
    if (!query.next()) {
        return Error::notFound(tr("There is no environment named \"%1\"").arg(name), m_workspace.filePath(),
                               tr("Check the name, or create the environment first."));
    }
    return environmentFromRow(query);
}

Result<Environment> EnvironmentStore::save(const Environment &environment)
{
    const QJsonObject json = EnvironmentJson::toJson(environment);
    auto checked = EnvironmentJson::fromJson(json, tr("environment \"%1\"").arg(environment.name));
    if (!checked)
        return checked.error();
    Environment saved = environment;
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        const QString stamp = now();
        if (environment.id == 0) {
            query.prepare(QStringLiteral("INSERT INTO environments (name, production, variables, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?)"));
        } else {
            query.prepare(QStringLiteral("UPDATE environments SET name = ?, production = ?, variables = ?, "
                                         "updated_at = ? WHERE id = ?"));
        }
        query.addBindValue(environment.name);
        query.addBindValue(environment.production ? 1 : 0);
        query.addBindValue(compact(json));
        query.addBindValue(stamp);
        query.addBindValue(environment.id == 0 ? QVariant(stamp) : QVariant(environment.id));
        if (!query.exec()) {
            if (query.lastError().text().contains(QStringLiteral("UNIQUE"))) {
                return Error::config(tr("An environment named \"%1\" already exists").arg(environment.name),
                                     m_workspace.filePath(), tr("Choose another name."));
            }
            return queryError(m_workspace, tr("Could not save the environment \"%1\"").arg(environment.name), query);
        }
        if (environment.id == 0)
            saved.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Status EnvironmentStore::remove(const QString &name)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM environments WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return queryError(m_workspace, tr("Could not remove the environment \"%1\"").arg(name), query);
        if (query.numRowsAffected() == 0)
            return Error::notFound(tr("There is no environment named \"%1\"").arg(name), m_workspace.filePath());
        return {};
    });
}

} // namespace crmbridge
