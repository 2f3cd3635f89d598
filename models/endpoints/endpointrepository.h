#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/entity.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace crmbridge {

class Workspace;

/// The endpoints of one workspace as the window edits them: a thin layer over EndpointStore that
/// announces every change, so that every model and editor showing an endpoint follows undo and
/// redo. It also remembers the ids a removed-then-restored object got, so that an undo command
/// recorded before the removal still finds its object.
class EndpointRepository : public QObject
{
    Q_OBJECT

public:
    explicit EndpointRepository(Workspace &workspace, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    EndpointStore &store() { return m_store; }

    /// Re-reads the endpoints and entity counts from the workspace.
    Status reload();
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    int entityCount(qint64 endpointId) const { return m_entityCounts.value(resolve(endpointId)); }
    /// The endpoint with this id as last read (resolved through restores), or nullptr.
    const Endpoint *endpoint(qint64 id) const;
    const Endpoint *endpointNamed(const QString &name) const;
    Result<QList<Entity>> entities(qint64 endpointId) const;
    /// A name no endpoint uses yet ("New endpoint", "New endpoint 2", …).
    QString unusedName(const QString &base) const;

    /// The current id of an object that may have been removed and restored since.
    qint64 resolve(qint64 id) const;
    qint64 resolveEntity(qint64 id) const;

    /// Saves an existing endpoint (by id, resolved). Emits endpointChanged or failed.
    Status saveEndpoint(const Endpoint &endpoint);
    /// Inserts an endpoint and, optionally, its entities; when `formerId` is set, later lookups
    /// of that id lead to the new row. Returns the saved endpoint.
    Result<Endpoint> insertEndpoint(Endpoint endpoint, const QList<Entity> &entities = {},
                                    qint64 formerId = 0);
    Status removeEndpoint(qint64 id);

    /// Entities are addressed through their endpoint's id: the endpoint may have been renamed
    /// since the snapshot was taken.
    Result<Entity> saveEntity(qint64 endpointId, const Entity &entity);
    Result<Entity> insertEntity(qint64 endpointId, Entity entity, qint64 formerId = 0);
    Status removeEntity(qint64 endpointId, const Entity &entity);

signals:
    /// The list of endpoints changed (added, removed, renamed, reloaded).
    void endpointsChanged();
    void endpointChanged(qint64 id);
    void entitiesChanged(qint64 endpointId);
    /// A change could not be written; the message says what and what to do.
    void failed(const QString &message);

private:
    Status report(const Error &error);

    Workspace &m_workspace;
    EndpointStore m_store;
    QList<Endpoint> m_endpoints;
    QHash<qint64, int> m_entityCounts;
    QHash<qint64, qint64> m_restored; ///< former endpoint id → current id
    QHash<qint64, qint64> m_restoredEntity; ///< former entity id → current id
};

} // namespace crmbridge
