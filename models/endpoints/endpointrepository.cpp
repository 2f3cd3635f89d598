#include "models/endpoints/endpointrepository.h"

#include "core/workspace/workspace.h"

#include <QSqlQuery>

namespace crmbridge {

EndpointRepository::EndpointRepository(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(workspace)
{ }

Status EndpointRepository::report(const Error &error)
{
    emit failed(error.message());
    return error;
}

Status EndpointRepository::reload()
{
    auto list = m_store.list();
    if (!list)
        return report(list.error());
    m_endpoints = list.value();
    m_entityCounts.clear();
    QSqlQuery query(m_workspace.database());
    if (query.exec(QStringLiteral("SELECT endpoint_id, COUNT(*) FROM entities GROUP BY endpoint_id"))) {
        while (query.next())
            m_entityCounts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    emit endpointsChanged();
    return {};
}

qint64 EndpointRepository::resolve(qint64 id) const
{
    // A chain: removed, restored, removed again, restored again.
    for (int guard = 0; guard < 64 && m_restored.contains(id); ++guard)
        id = m_restored.value(id);
    return id;
}

qint64 EndpointRepository::resolveEntity(qint64 id) const
{
    for (int guard = 0; guard < 64 && m_restoredEntity.contains(id); ++guard)
        id = m_restoredEntity.value(id);
    return id;
}

const Endpoint *EndpointRepository::endpoint(qint64 id) const
{
    const qint64 current = resolve(id);
    for (const Endpoint &e : m_endpoints) {
        if (e.id == current)
            return &e;
    }
    return nullptr;
}

const Endpoint *EndpointRepository::endpointNamed(const QString &name) const
{
    for (const Endpoint &e : m_endpoints) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Result<QList<Entity>> EndpointRepository::entities(qint64 endpointId) const
{
    const Endpoint *e = endpoint(endpointId);
    if (!e)
        return Error::notFound(tr("The endpoint was removed"));
    return m_store.entities(e->name);
}

QString EndpointRepository::unusedName(const QString &base) const
{
    QString name = base;
    for (int n = 2; endpointNamed(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

Status EndpointRepository::saveEndpoint(const Endpoint &endpoint)
{
    Endpoint current = endpoint;
    current.id = resolve(endpoint.id);
    const Endpoint *before = this->endpoint(current.id);
    const QString oldName = before ? before->name : QString();
    auto saved = m_store.save(current);
    if (!saved)
        return report(saved.error());
    for (Endpoint &e : m_endpoints) {
        if (e.id == saved->id)
            e = saved.value();
    }
    emit endpointChanged(saved->id);
    if (oldName != saved->name)
        emit endpointsChanged();
    return {};
}

Result<Endpoint> EndpointRepository::insertEndpoint(Endpoint endpoint, const QList<Entity> &entities,
                                                    qint64 formerId)
{
    endpoint.id = 0;
    auto saved = m_store.save(endpoint);
    if (!saved) {
        (void)report(saved.error());
        return saved.error();
    }
    // SQLite may hand the same id out again; a self-mapping would only be noise.
    if (formerId != 0 && formerId != saved->id)
        m_restored.insert(formerId, saved->id);
    for (Entity entity : entities) {
        const qint64 former = entity.id;
        entity.id = 0;
        entity.endpointName = saved->name;
        auto added = m_store.saveEntity(entity);
        if (!added) {
            (void)report(added.error());
            continue;
        }
        if (former != 0 && resolveEntity(former) != added->id)
            m_restoredEntity.insert(resolveEntity(former), added->id);
    }
    (void)reload();
    return saved;
}

Status EndpointRepository::removeEndpoint(qint64 id)
{
    const Endpoint *e = endpoint(id);
    if (!e)
        return report(Error::notFound(tr("The endpoint was removed meanwhile")));
    const Status removed = m_store.remove(e->name);
    if (!removed)
        return report(removed.error());
    (void)reload();
    return {};
}

Result<Entity> EndpointRepository::saveEntity(qint64 endpointId, const Entity &entity)
{
    const Endpoint *e = endpoint(endpointId);
    if (!e) {
        const Error error = Error::notFound(tr("The endpoint of entity \"%1\" was removed").arg(entity.name));
        (void)report(error);
        return error;
    }
    Entity current = entity;
    current.id = resolveEntity(entity.id);
    current.endpointName = e->name;
    const qint64 id = e->id;
    auto saved = m_store.saveEntity(current);
    if (!saved) {
        (void)report(saved.error());
        return saved.error();
    }
    emit entitiesChanged(id);
    return saved;
}

Result<Entity> EndpointRepository::insertEntity(qint64 endpointId, Entity entity, qint64 formerId)
{
    const Endpoint *e = endpoint(endpointId);
    if (!e) {
        const Error error = Error::notFound(tr("The endpoint of entity \"%1\" was removed").arg(entity.name));
        (void)report(error);
        return error;
    }
    const qint64 id = e->id;
    entity.id = 0;
    entity.endpointName = e->name;
    auto saved = m_store.saveEntity(entity);
    if (!saved) {
        (void)report(saved.error());
        return saved.error();
    }
    if (formerId != 0 && formerId != saved->id)
        m_restoredEntity.insert(formerId, saved->id);
    m_entityCounts[id] += 1;
    emit entitiesChanged(id);
    emit endpointChanged(id);
    return saved;
}

Status EndpointRepository::removeEntity(qint64 endpointId, const Entity &entity)
{
    const Endpoint *e = endpoint(endpointId);
    if (!e)
        return report(Error::notFound(tr("The endpoint of entity \"%1\" was removed").arg(entity.name)));
    const qint64 id = e->id;
    const Status removed = m_store.removeEntity(e->name, entity.name);
    if (!removed)
        return report(removed.error());
    m_entityCounts[id] = qMax(0, m_entityCounts.value(id) - 1);
    emit entitiesChanged(id);
    emit endpointChanged(id);
    return {};
}

} // namespace crmbridge
