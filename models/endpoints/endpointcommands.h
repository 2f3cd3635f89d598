#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"

#include <QList>
#include <QUndoCommand>

namespace crmbridge {

class EndpointRepository;

/// The fields an edit command can be about; consecutive edits of one text field of one object
/// merge into one undo step (typing a URL is one step, not one per key).
enum class EditField : int
{
    Other = 0, ///< never merges (combo boxes, check boxes, table edits)
    Name,
    BaseUrl,
    Description,
    Timeout,
    CaFile,
    Username,
    KeyName,
    TokenUrl,
    ClientId,
    Scope,
    SecretKey,
    SecretEnvVar,
    MaxInFlight,
    RetryAttempts,
    RetryBaseDelay,
    RetryMaxDelay,
    EntityName,
    EntityListPath,
    EntityListMethod,
    EntityRecordsPath,
    EntityIdField,
    EntityPageSize,
    EntityPageSizeParam,
    EntityCursorPath,
};

/// Replaces an endpoint's saved state: redo writes `after`, undo writes `before`.
class SetEndpointCommand : public QUndoCommand
{
public:
    SetEndpointCommand(EndpointRepository &repository, Endpoint before, Endpoint after, EditField field,
                       const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Endpoint &after() const { return m_after; }

private:
    EndpointRepository &m_repository;
    Endpoint m_before;
    Endpoint m_after;
    EditField m_field;
};

/// Replaces an entity's saved state.
class SetEntityCommand : public QUndoCommand
{
public:
    SetEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity before, Entity after,
                     EditField field, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EndpointRepository &m_repository;
    qint64 m_endpointId;
    Entity m_before;
    Entity m_after;
    EditField m_field;
};

/// Adds an endpoint (with its entities, and the environment an import brought when no
/// environment of that name exists yet); undo removes what it added.
class AddEndpointCommand : public QUndoCommand
{
public:
    AddEndpointCommand(EndpointRepository &repository, Endpoint endpoint, QList<Entity> entities = {},
                       Environment environment = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 endpointId() const { return m_id; }

private:
    EndpointRepository &m_repository;
    Endpoint m_endpoint;
    QList<Entity> m_entities;
    Environment m_environment;
    bool m_addedEnvironment = false;
    qint64 m_id = 0; ///< the id the first insertion got; later ones resolve to it
    qint64 m_current = 0; ///< the id of the row inserted last
};

/// Removes an endpoint with its entities; undo restores both.
class RemoveEndpointCommand : public QUndoCommand
{
public:
    RemoveEndpointCommand(EndpointRepository &repository, Endpoint endpoint, QList<Entity> entities,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EndpointRepository &m_repository;
    Endpoint m_endpoint;
    QList<Entity> m_entities;
};

/// Adds an entity to an endpoint; undo removes it.
class AddEntityCommand : public QUndoCommand
{
public:
    AddEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity entity,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 entityId() const { return m_id; }

private:
    EndpointRepository &m_repository;
    qint64 m_endpointId;
    Entity m_entity;
    qint64 m_id = 0;
};

/// Removes an entity; undo restores it.
class RemoveEntityCommand : public QUndoCommand
{
public:
    RemoveEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity entity,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EndpointRepository &m_repository;
    qint64 m_endpointId;
    Entity m_entity;
};

} // namespace crmbridge
