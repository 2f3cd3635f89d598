#include "models/endpoints/endpointcommands.h"

#include "core/endpoints/endpointstore.h"
#include "models/endpoints/endpointrepository.h"

namespace crmbridge {

namespace {

// Command ids: one range per object type, the field inside; Other never merges.
constexpr int EndpointIdBase = 0x4550'0000;
constexpr int EntityIdBase = 0x454E'0000;

} // namespace

SetEndpointCommand::SetEndpointCommand(EndpointRepository &repository, Endpoint before, Endpoint after,
                                       EditField field, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{ }

void SetEndpointCommand::redo()
{
    if (!m_repository.saveEndpoint(m_after))
        setObsolete(true);
}

void SetEndpointCommand::undo()
{
    (void)m_repository.saveEndpoint(m_before);
}

int SetEndpointCommand::id() const
{
    return m_field == EditField::Other ? -1 : EndpointIdBase + int(m_field);
}

bool SetEndpointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetEndpointCommand *>(other);
    if (m_repository.resolve(next->m_after.id) != m_repository.resolve(m_after.id))
        return false;
    m_after = next->m_after;
    // Typing back to where it started leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

SetEntityCommand::SetEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity before,
                                   Entity after, EditField field, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repository(repository)
    , m_endpointId(endpointId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{ }

void SetEntityCommand::redo()
{
    if (!m_repository.saveEntity(m_endpointId, m_after))
        setObsolete(true);
}

void SetEntityCommand::undo()
{
    (void)m_repository.saveEntity(m_endpointId, m_before);
}

int SetEntityCommand::id() const
{
    return m_field == EditField::Other ? -1 : EntityIdBase + int(m_field);
}

bool SetEntityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetEntityCommand *>(other);
    if (m_repository.resolveEntity(next->m_after.id) != m_repository.resolveEntity(m_after.id))
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

AddEndpointCommand::AddEndpointCommand(EndpointRepository &repository, Endpoint endpoint,
                                       QList<Entity> entities, Environment environment, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_endpoint(std::move(endpoint))
    , m_entities(std::move(entities))
    , m_environment(std::move(environment))
{
    setText(EndpointRepository::tr("Add endpoint \"%1\"").arg(m_endpoint.name));
}

void AddEndpointCommand::redo()
{
    auto saved = m_repository.insertEndpoint(m_endpoint, m_entities, m_id);
    if (!saved) {
        setObsolete(true);
        return;
    }
    if (m_id == 0) {
        m_id = saved->id;
        // Keep the entities with their ids, so that a later redo maps the ids that edit
        // commands recorded onto the rows it inserts again.
        if (auto inserted = m_repository.entities(saved->id))
            m_entities = inserted.value();
    }
    m_current = saved->id;
    m_addedEnvironment = false;
    if (!m_environment.name.isEmpty()) {
        EnvironmentStore environments(m_repository.workspace());
        if (!environments.find(m_environment.name)) {
            Environment environment = m_environment;
            environment.id = 0;
            m_addedEnvironment = environments.save(environment).ok();
        }
    }
}

void AddEndpointCommand::undo()
{
    (void)m_repository.removeEndpoint(m_current);
    if (m_addedEnvironment)
        (void)EnvironmentStore(m_repository.workspace()).remove(m_environment.name);
    m_addedEnvironment = false;
}

RemoveEndpointCommand::RemoveEndpointCommand(EndpointRepository &repository, Endpoint endpoint,
                                             QList<Entity> entities, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_endpoint(std::move(endpoint))
    , m_entities(std::move(entities))
{
    setText(EndpointRepository::tr("Remove endpoint \"%1\"").arg(m_endpoint.name));
}

void RemoveEndpointCommand::redo()
{
    if (!m_repository.removeEndpoint(m_endpoint.id))
        setObsolete(true);
}

void RemoveEndpointCommand::undo()
{
    (void)m_repository.insertEndpoint(m_endpoint, m_entities, m_repository.resolve(m_endpoint.id));
}

AddEntityCommand::AddEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity entity,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_endpointId(endpointId)
    , m_entity(std::move(entity))
{
    setText(EndpointRepository::tr("Add entity \"%1\"").arg(m_entity.name));
}

void AddEntityCommand::redo()
{
    auto saved = m_repository.insertEntity(m_endpointId, m_entity, m_id);
    if (!saved) {
        setObsolete(true);
        return;
    }
    if (m_id == 0)
        m_id = saved->id;
    m_entity.id = m_id;
}

void AddEntityCommand::undo()
{
    (void)m_repository.removeEntity(m_endpointId, m_entity);
}

RemoveEntityCommand::RemoveEntityCommand(EndpointRepository &repository, qint64 endpointId, Entity entity,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_repository(repository)
    , m_endpointId(endpointId)
    , m_entity(std::move(entity))
{
    setText(EndpointRepository::tr("Remove entity \"%1\"").arg(m_entity.name));
}

void RemoveEntityCommand::redo()
{
    if (!m_repository.removeEntity(m_endpointId, m_entity))
        setObsolete(true);
}

void RemoveEntityCommand::undo()
{
    (void)m_repository.insertEntity(m_endpointId, m_entity, m_repository.resolveEntity(m_entity.id));
}

} // namespace crmbridge
