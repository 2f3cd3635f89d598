#include "core/sync/syncprofilestore.h"

#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<SyncProfile>> SyncProfileStore::list() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(u"SELECT id, name, definition FROM sync_profiles ORDER BY name COLLATE NOCASE, name"_s))
        return m_workspace.sqlError(tr("Could not read the sync profiles"), query.lastError().text());
    QList<SyncProfile> out;
    while (query.next()) {
        const QString name = query.value(1).toString();
        auto profile = SyncProfileJson::fromBytes(query.value(2).toString().toUtf8(), tr("sync profile \"%1\"").arg(name));
        if (!profile)
            return profile.error();
        profile->id = query.value(0).toLongLong();
        profile->name = name;
        out.append(std::move(profile).value());
    }
    return out;
}

Result<SyncProfile> SyncProfileStore::find(const QString &name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(u"SELECT id, name, definition FROM sync_profiles WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return m_workspace.sqlError(tr("Could not read the sync profile \"%1\"").arg(name), query.lastError().text());
    if (!query.next()) {
        QStringList names;
        if (auto all = list())
            for (const SyncProfile &p : all.value())
                names.append(p.name);
        return Error::notFound(tr("There is no sync profile named \"%1\"").arg(name), m_workspace.filePath(),
                               names.isEmpty() ? tr("Add one with 'crmbridge-cli sync-profile add'.")
                                               : tr("Profiles: %1.").arg(names.join(u", "_s)));
    }
    auto profile = SyncProfileJson::fromBytes(query.value(2).toString().toUtf8(), tr("sync profile \"%1\"").arg(name));
    if (!profile)
        return profile.error();
    profile->id = query.value(0).toLongLong();
    profile->name = query.value(1).toString();
    if (profile->conflictPolicy == ConflictPolicy::Ask) {
        auto decisions = ConflictDecisionStore(m_workspace).list(profile->id);
        if (!decisions)
            return decisions.error();
        profile->decisions = decisions.value();
    }
    return profile;
}

Result<SyncProfile> SyncProfileStore::find(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(u"SELECT name FROM sync_profiles WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_workspace.sqlError(tr("Could not read the sync profiles"), query.lastError().text());
    if (!query.next())
        return Error::notFound(tr("There is no sync profile with id %1").arg(id), m_workspace.filePath(),
                               tr("It may have been removed."));
    return find(query.value(0).toString());
}

Result<SyncProfile> SyncProfileStore::save(const SyncProfile &profile)
{
    if (Status valid = SyncProfileJson::validate(profile); !valid)
        return valid.error();
    SyncProfile saved = profile;
    const QByteArray definition = SyncProfileJson::toBytes(profile);
    const Status status = m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery clash(db);
        clash.prepare(u"SELECT id FROM sync_profiles WHERE name = ? AND id <> ?"_s);
        clash.addBindValue(profile.name);
        clash.addBindValue(profile.id);
        if (!clash.exec())
            return m_workspace.sqlError(tr("Could not save the sync profile \"%1\"").arg(profile.name), clash.lastError().text());
        if (clash.next())
            return Error::config(tr("A sync profile named \"%1\" already exists").arg(profile.name), m_workspace.filePath(),
                                 tr("Choose another name, or remove the old profile first."));
        QSqlQuery query(db);
        const QString at = now();
        if (profile.id == 0) {
            query.prepare(u"INSERT INTO sync_profiles (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
            query.addBindValue(profile.name);
            query.addBindValue(QString::fromUtf8(definition));
            query.addBindValue(at);
            query.addBindValue(at);
        } else {
            query.prepare(u"UPDATE sync_profiles SET name = ?, definition = ?, updated_at = ? WHERE id = ?"_s);
            query.addBindValue(profile.name);
            query.addBindValue(QString::fromUtf8(definition));
            query.addBindValue(at);
            query.addBindValue(profile.id);
        }
        if (!query.exec())
            return m_workspace.sqlError(tr("Could not save the sync profile \"%1\"").arg(profile.name), query.lastError().text());
        if (profile.id == 0)
            saved.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return saved;
}

Status SyncProfileStore::remove(const QString &name)
{
    auto found = find(name);
    if (!found)
        return found.error();
    return m_workspace.transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM sync_profiles WHERE id = ?"_s);
        query.addBindValue(found->id);
        if (!query.exec())
            return m_workspace.sqlError(tr("Could not remove the sync profile \"%1\"").arg(name), query.lastError().text());
        return {};
    });
}

Status SyncProfileStore::setHighWaterMark(qint64 profileId, const QString &mark)
{
    auto found = find(profileId);
    if (!found)
        return found.error();
    SyncProfile profile = found.value();
    profile.cursor.highWaterMark = mark;
    auto saved = save(profile);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace crmbridge::sync
