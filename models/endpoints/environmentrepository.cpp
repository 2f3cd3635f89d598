#include "models/endpoints/environmentrepository.h"

#include "core/workspace/workspace.h"

#include <QSet>

namespace crmbridge {

EnvironmentRepository::EnvironmentRepository(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(workspace)
{ }

Status EnvironmentRepository::reload()
{
    auto list = m_store.list();
    if (!list) {
        emit failed(list.error().message());
        return list.error();
    }
    m_environments = list.value();
    emit environmentsChanged();
    return {};
}

qint64 EnvironmentRepository::resolve(qint64 id) const
{
    for (int guard = 0; guard < 64 && m_restored.contains(id); ++guard)
        id = m_restored.value(id);
    return id;
}

const Environment *EnvironmentRepository::environment(qint64 id) const
{
    const qint64 current = resolve(id);
    for (const Environment &e : m_environments) {
        if (e.id == current)
            return &e;
    }
    return nullptr;
}

const Environment *EnvironmentRepository::environmentNamed(const QString &name) const
{
    for (const Environment &e : m_environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString EnvironmentRepository::unusedName(const QString &base) const
{
    QString name = base;
    for (int n = 2; environmentNamed(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

QString EnvironmentRepository::problem(const Environment &environment) const
{
    const QString name = environment.name.trimmed();
    if (name.isEmpty())
        return tr("An environment needs a name.");
    const Environment *same = environmentNamed(name);
    if (same && same->id != resolve(environment.id))
        return tr("An environment named \"%1\" already exists. Choose another name.").arg(name);
    QSet<QString> seen;
    for (const EnvironmentVariable &variable : environment.variables) {
        const QString varName = variable.name.trimmed();
        if (varName.isEmpty())
            return tr("A variable needs a name (it is used as {{name}}).");
        if (seen.contains(varName))
            return tr("The variable \"%1\" is already defined in \"%2\".").arg(varName, name);
        seen.insert(varName);
    }
    return {};
}

Result<Environment> EnvironmentRepository::save(const Environment &environment)
{
    Environment toSave = environment;
    const qint64 former = environment.id;
    toSave.id = resolve(former);
    const bool restoring = toSave.id != 0 && !this->environment(toSave.id);
    if (restoring)
        toSave.id = 0;
    auto saved = m_store.save(toSave);
    if (!saved) {
        emit failed(saved.error().message());
        return saved.error();
    }
    if (restoring && former != 0)
        m_restored.insert(resolve(former), saved->id);
    (void)reload();
    return saved;
}

Status EnvironmentRepository::remove(qint64 id)
{
    const Environment *e = environment(id);
    if (!e)
        return {};
    const Status removed = m_store.remove(e->name);
    if (!removed) {
        emit failed(removed.error().message());
        return removed;
    }
    (void)reload();
    return {};
}

EnvironmentCommand::EnvironmentCommand(EnvironmentRepository &repository, std::optional<Environment> before,
                                       std::optional<Environment> after, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EnvironmentCommand::apply(const std::optional<Environment> &from, std::optional<Environment> &to)
{
    if (to) {
        auto saved = m_repository.save(*to);
        if (saved)
            to->id = saved->id;
    } else if (from) {
        (void)m_repository.remove(from->id);
    }
}

void EnvironmentCommand::redo()
{
    apply(m_before, m_after);
}

void EnvironmentCommand::undo()
{
    apply(m_after, m_before);
}

qint64 EnvironmentCommand::environmentId() const
{
    if (!m_after)
        return 0;
    return m_repository.resolve(m_after->id);
}

} // namespace crmbridge
