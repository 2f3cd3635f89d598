#pragma once

#include "core/common/result.h"
#include "core/sync/syncprofile.h"

#include <QCoreApplication>
#include <QList>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::sync {

/// Sync profiles in the workspace's `sync_profiles` table (id, name, definition JSON). The
/// definition column holds exactly SyncProfileJson::toBytes; every change is one
/// Workspace::transaction and a profile that does not validate is refused before it is written.
class SyncProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncProfileStore)

public:
    explicit SyncProfileStore(Workspace &workspace) : m_workspace(workspace) { }

    /// Every profile, by name (case-insensitive order).
    Result<QList<SyncProfile>> list() const;
    /// The profile, with its conflict decisions when its policy is ask (list() leaves them out).
    Result<SyncProfile> find(const QString &name) const;
    Result<SyncProfile> find(qint64 id) const;
    /// Inserts (id 0) or updates (by id) a profile; names are unique. Returns it with its id.
    Result<SyncProfile> save(const SyncProfile &profile);
    Status remove(const QString &name);
    /// Stores a new high-water mark for the profile's incremental cursor (after a successful run).
    Status setHighWaterMark(qint64 profileId, const QString &mark);

private:
    Workspace &m_workspace;
};

} // namespace crmbridge::sync
