#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"

#include <QCoreApplication>
#include <QList>

namespace crmbridge {

class Workspace;

/// Endpoints and their entities in a workspace (tables `endpoints`, `entities`). Every change
/// runs in one Workspace::transaction; the stored JSON is EndpointJson/EntityJson, so what is
/// saved is exactly what an export writes (and it never holds a secret value).
class EndpointStore
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStore)

public:
    explicit EndpointStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<Endpoint>> list() const;
    Result<Endpoint> find(const QString &name) const;
    /// Inserts (id 0) or updates (by id) an endpoint; returns it with its id. Renaming keeps the
    /// entities. A second endpoint with the same name is refused.
    Result<Endpoint> save(const Endpoint &endpoint);
    /// Removes an endpoint and its entities.
    Status remove(const QString &name);

    Result<QList<Entity>> entities(const QString &endpointName) const;
    Result<Entity> findEntity(const QString &endpointName, const QString &entityName) const;
    /// Inserts or updates an entity of entity.endpointName.
    Result<Entity> saveEntity(const Entity &entity);
    Status removeEntity(const QString &endpointName, const QString &entityName);

private:
    Workspace &m_workspace;
};

/// Environments in a workspace (table `environments`), with the same guarantees.
class EnvironmentStore
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentStore)

public:
    explicit EnvironmentStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<Environment>> list() const;
    Result<Environment> find(const QString &name) const;
    Result<Environment> save(const Environment &environment);
    Status remove(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace crmbridge
