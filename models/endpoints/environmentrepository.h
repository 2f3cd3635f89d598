#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/environment.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUndoCommand>

#include <optional>

namespace crmbridge {

class Workspace;

/// The environments of one workspace as the window edits them: a thin layer over
/// EnvironmentStore that announces every change, so every view of an environment (the editor,
/// the test panel's chooser, the production banner) follows undo and redo. Like
/// EndpointRepository it remembers the id a removed-then-restored environment got, so an undo
/// command recorded before the removal still finds it.
class EnvironmentRepository : public QObject
{
    Q_OBJECT

public:
    explicit EnvironmentRepository(Workspace &workspace, QObject *parent = nullptr);

    /// Re-reads the environments from the workspace.
    Status reload();
    const QList<Environment> &environments() const { return m_environments; }
    /// The environment with this id as last read (resolved through restores), or nullptr.
    const Environment *environment(qint64 id) const;
    const Environment *environmentNamed(const QString &name) const;
    qint64 resolve(qint64 id) const;
    /// A name no environment uses yet ("Staging", "Staging 2", …).
    QString unusedName(const QString &base) const;
    /// Why `environment` cannot be saved as it is (empty or duplicate environment name, empty or
    /// duplicate variable name), or an empty string. Shown next to the field; never saved.
    QString problem(const Environment &environment) const;

    /// Inserts (id 0, or an id no longer present: a restore) or updates an environment.
    Result<Environment> save(const Environment &environment);
    Status remove(qint64 id);

signals:
    void environmentsChanged();
    /// A change could not be written; the message says what and what to do.
    void failed(const QString &message);

private:
    Workspace &m_workspace;
    EnvironmentStore m_store;
    QList<Environment> m_environments;
    QHash<qint64, qint64> m_restored; ///< former id → current id
};

/// One undoable change of the environments: `before` → `after`. No `before` adds an environment,
/// no `after` removes one. Each redo and undo saves through the repository at once.
class EnvironmentCommand : public QUndoCommand
{
public:
    EnvironmentCommand(EnvironmentRepository &repository, std::optional<Environment> before,
                       std::optional<Environment> after, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The id the changed environment has now (0 once removed).
    qint64 environmentId() const;

private:
    void apply(const std::optional<Environment> &from, std::optional<Environment> &to);

    EnvironmentRepository &m_repository;
    std::optional<Environment> m_before;
    std::optional<Environment> m_after;
};

} // namespace crmbridge
