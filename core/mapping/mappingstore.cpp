#include "core/mapping/mappingstore.h"

#include "core/mapping/mappingfile.h"
#include "core/workspace/workspace.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace crmbridge::mapping {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime stamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

Result<StoredMapping> MappingStore::readRow(const QString &where, const QVariant &key) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, name, definition, created_at, updated_at FROM mappings WHERE ")
                  % where);
    query.addBindValue(key);
    if (!query.exec())
        return m_workspace.sqlError(tr("Could not read the mapping \"%1\"").arg(key.toString()),
                                    query.lastError().text());
    if (!query.next()) {
        return Error::notFound(tr("There is no mapping named \"%1\"").arg(key.toString()),
                               m_workspace.filePath(),
                               tr("Check the name in the Mappings page, or create the mapping first."));
    }
    const QString name = query.value(1).toString();
    auto mapping = MappingFile::fromJson(query.value(2).toString().toUtf8(),
                                         tr("mapping \"%1\" in the workspace").arg(name));
    if (!mapping)
        return mapping.error();
    StoredMapping stored;
    stored.id = query.value(0).toLongLong();
    stored.createdAt = stamp(query.value(3));
    stored.updatedAt = stamp(query.value(4));
    stored.mapping = std::move(mapping).value();
    stored.mapping.name = name; // the row's name wins over a stale name inside the definition
    return stored;
}

Result<QList<StoredMapping>> MappingStore::list() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id FROM mappings ORDER BY name COLLATE NOCASE, name")))
        return m_workspace.sqlError(tr("Could not read the mappings"), query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<StoredMapping> out;
    for (qint64 id : std::as_const(ids)) {
        auto stored = find(id);
        if (!stored)
            return stored.error();
        out.append(std::move(stored).value());
    }
    return out;
}

Result<QStringList> MappingStore::names() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT name FROM mappings ORDER BY name COLLATE NOCASE, name")))
        return m_workspace.sqlError(tr("Could not read the mappings"), query.lastError().text());
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

Result<StoredMapping> MappingStore::find(const QString &name) const
{
    return readRow(QStringLiteral("name = ?"), name);
}

Result<StoredMapping> MappingStore::find(qint64 id) const
{
    return readRow(QStringLiteral("id = ?"), id);
}

Result<StoredMapping> MappingStore::save(const Mapping &mapping, qint64 id)
{
    if (mapping.name.trimmed().isEmpty()) {
        return Error::input(tr("A mapping needs a name"), m_workspace.filePath(),
                            tr("Give the mapping a name."));
    }
    const QByteArray definition = MappingFile::toJson(mapping);
    // Round-trip first: a definition that would not load again is refused now, not on next start.
    auto checked = MappingFile::fromJson(definition, tr("mapping \"%1\"").arg(mapping.name));
    if (!checked)
        return checked.error();

    StoredMapping saved;
    saved.mapping = mapping;
    saved.id = id;
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery clash(db);
        clash.prepare(QStringLiteral("SELECT id FROM mappings WHERE name = ? AND id <> ?"));
        clash.addBindValue(mapping.name);
        clash.addBindValue(id);
        if (!clash.exec())
            return m_workspace.sqlError(tr("Could not save the mapping \"%1\"").arg(mapping.name),
                                        clash.lastError().text());
        if (clash.next()) {
            return Error::config(tr("A mapping named \"%1\" already exists").arg(mapping.name),
                                 m_workspace.filePath(), tr("Choose another name."));
        }
        const QString at = now();
        QSqlQuery query(db);
        if (id == 0) {
            query.prepare(QStringLiteral(
                "INSERT INTO mappings (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"));
            query.addBindValue(mapping.name);
            query.addBindValue(QString::fromUtf8(definition));
            query.addBindValue(at);
            query.addBindValue(at);
        } else {
            query.prepare(
                QStringLiteral("UPDATE mappings SET name = ?, definition = ?, updated_at = ? WHERE id = ?"));
            query.addBindValue(mapping.name);
            query.addBindValue(QString::fromUtf8(definition));
            query.addBindValue(at);
            query.addBindValue(id);
        }
        if (!query.exec())
            return m_workspace.sqlError(tr("Could not save the mapping \"%1\"").arg(mapping.name),
                                        query.lastError().text());
        if (id == 0) {
            saved.id = query.lastInsertId().toLongLong();
            saved.createdAt = stamp(at);
        } else if (query.numRowsAffected() == 0) {
            return Error::notFound(tr("The mapping \"%1\" was removed meanwhile").arg(mapping.name),
                                   m_workspace.filePath(), tr("Save it as a new mapping."));
        }
        saved.updatedAt = stamp(at);
        return {};
    });
    if (!status)
        return status.error();
    if (id != 0) {
        if (auto reread = find(saved.id))
            saved.createdAt = reread->createdAt;
    }
    return saved;
}

Status MappingStore::remove(const QString &name)
{
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM mappings WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return m_workspace.sqlError(tr("Could not delete the mapping \"%1\"").arg(name),
                                        query.lastError().text());
        if (query.numRowsAffected() == 0) {
            return Error::notFound(tr("There is no mapping named \"%1\"").arg(name), m_workspace.filePath(),
                                   tr("Refresh the Mappings page; it may have been deleted already."));
        }
        return {};
    });
}

Result<StoredMapping> MappingStore::importFile(const QString &path, bool replace)
{
    const bool sdl = QFileInfo(path).suffix().compare(QStringLiteral("sdl"), Qt::CaseInsensitive) == 0;
    Result<Mapping> read = Error::internal(QString());
    if (sdl) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(tr("Could not read the mapping file: %1").arg(file.errorString()), path,
                             tr("Check that the file exists and can be read."));
        read = MappingFile::fromSdl(file.readAll(), path);
    } else {
        read = MappingFile::load(path);
    }
    if (!read)
        return read.error();
    Mapping mapping = std::move(read).value();
    if (mapping.name.trimmed().isEmpty())
        mapping.name = QFileInfo(path).completeBaseName();
    qint64 id = 0;
    auto existing = find(mapping.name);
    if (existing) {
        if (!replace) {
            return Error::config(tr("A mapping named \"%1\" already exists").arg(mapping.name), path,
                                 tr("Rename or delete the existing mapping, or import with replace."));
        }
        id = existing->id;
    } else if (existing.error().kind != Error::Kind::NotFound) {
        return existing.error();
    }
    return save(mapping, id);
}

Status MappingStore::exportFile(const QString &name, const QString &path) const
{
    auto stored = find(name);
    if (!stored)
        return stored.error();
    return MappingFile::save(stored->mapping, path);
}

Result<QString> MappingStore::uniqueName(const QString &base) const
{
    auto existing = names();
    if (!existing)
        return existing.error();
    if (!existing->contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base % QLatin1Char(' ') % QString::number(n);
        if (!existing->contains(candidate))
            return candidate;
    }
}

} // namespace crmbridge::mapping
