#pragma once

#include "core/common/result.h"
#include "core/orders/lifecycle.h"

#include <QCoreApplication>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::orders {

/// The workspace's lifecycle (`lifecycles` table, schema 4). The definition column holds exactly
/// LifecycleFile::toJson, so export is a copy. A workspace that never saved one uses
/// Lifecycle::standard(). A lifecycle with validation errors is refused before it is written.
class LifecycleStore
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleStore)

public:
    explicit LifecycleStore(Workspace &workspace) : m_workspace(workspace) { }

    /// The saved lifecycle, or the standard one when none is saved.
    Result<Lifecycle> load() const;
    bool hasSaved() const;
    /// Validates, then replaces the saved lifecycle (one transaction).
    Status save(const Lifecycle &lifecycle);
    /// Reads a lifecycle file, validates it and saves it; nothing changes on any error.
    Result<Lifecycle> importFile(const QString &path);
    /// Writes the lifecycle in use as a file (atomic).
    Status exportFile(const QString &path) const;

private:
    Workspace &m_workspace;
};

} // namespace crmbridge::orders
