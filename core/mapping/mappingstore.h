#pragma once

#include "core/common/result.h"
#include "core/mapping/mapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace crmbridge {
class Workspace;
}

namespace crmbridge::mapping {

/// A mapping as the workspace holds it: its row id and time stamps around the definition.
struct StoredMapping
{
    qint64 id = 0; ///< workspace row id (0 = not saved)
    QDateTime createdAt;
    QDateTime updatedAt;
    Mapping mapping;
};

/// Mappings saved in the workspace's `mappings` table. The definition column holds exactly what
/// MappingFile::toJson writes (stable key order, `format_version`), so what the workspace holds
/// and an exported file are the same text. Every change runs in one Workspace::transaction; a
/// definition that would not load again is refused before it is written.
class MappingStore
{
    Q_DECLARE_TR_FUNCTIONS(MappingStore)

public:
    explicit MappingStore(Workspace &workspace)
        : m_workspace(workspace)
    { }

    /// Every mapping, by name (case-insensitive order).
    Result<QList<StoredMapping>> list() const;
    Result<QStringList> names() const;
    Result<StoredMapping> find(const QString &name) const;
    Result<StoredMapping> find(qint64 id) const;

    /// Inserts (id 0) or updates the row `id`; the name is mapping.name and must be unique.
    Result<StoredMapping> save(const Mapping &mapping, qint64 id = 0);
    Status remove(const QString &name);

    /// Reads a mapping file (JSON, or a Data Loader .sdl) and saves it. When the name is taken,
    /// `replace` overwrites that mapping; otherwise the import is refused, naming the clash.
    Result<StoredMapping> importFile(const QString &path, bool replace = false);
    /// Writes the saved mapping `name` as a mapping file (MappingFile::save, atomic).
    Status exportFile(const QString &name, const QString &path) const;

    /// A name not used yet: `base`, else "base 2", "base 3", …
    Result<QString> uniqueName(const QString &base) const;

private:
    Result<StoredMapping> readRow(const QString &where, const QVariant &key) const;

    Workspace &m_workspace;
};

} // namespace crmbridge::mapping
