#pragma once

#include "core/endpoints/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// Groups HTTP routes (method + path) into entities by their collection path, the way REST APIs
/// lay them out: /contacts (GET list, POST create), /contacts/{contactId} (GET, PATCH/PUT,
/// DELETE), /contacts/batch/create, /tickets/create_many… Shared by the OpenAPI and Postman
/// importers. Guarantees: each route lands in at most one entity; the record-id parameter becomes
/// {id}; a parent's path parameter becomes a {{variable}} (Mailchimp's /lists/{list_id}/members);
/// entity names are unique.
class EntityGrouper
{
public:
    struct Route
    {
        QString method; ///< upper case
        QString path;   ///< as written: "/crm/v3/objects/contacts/{contactId}" or "/tickets/:id"
        int tag = -1;   ///< the caller's index for this route (operation, Postman item)
    };

    /// An entity in the making: its operations and which route each came from.
    struct Group
    {
        QString name;
        QString collectionPath; ///< with parent parameters as {{var}}
        QStringList variables;  ///< parent parameters turned into {{var}}
        QStringList statics;    ///< the path's fixed segments, for naming
        QString itemParam;      ///< the record-id parameter's name as written ("dealId")
        Entity entity;          ///< operations filled in; nothing else
        int listTag = -1, getTag = -1, createTag = -1, updateTag = -1, removeTag = -1;
        int batchCreateTag = -1, batchUpdateTag = -1;
        bool hasItemRoutes() const { return getTag >= 0 || updateTag >= 0 || removeTag >= 0; }
    };

    void add(const Route &route) { m_routes.append(route); }
    /// Groups in first-seen order of their collection paths, not yet named.
    QList<Group> groups() const;
    /// Names the groups the caller kept: the last fixed path segment, more of the path on a
    /// clash; shorter paths choose first. Sets Group::name and entity.name.
    static void assignNames(QList<Group> &groups);
    /// Normalises ":id" and "{{id}}" (Postman) path parameters to "{id}" form.
    static QString normalisePath(const QString &path);

private:
    QList<Route> m_routes;
};

} // namespace crmbridge
