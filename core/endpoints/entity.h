#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace crmbridge {

/// How an entity's list operation spreads its records over several responses.
enum class PaginationStyle {
    None,        ///< one response holds everything
    PageNumber,  ///< ?page=N&per_page=M; total from a header (X-Total-Count) or a body field
    OffsetCount, ///< ?offset=N&count=M; total from a body field (total_items)
    CursorBody,  ///< cursor from the body (paging.next.after, meta.after_cursor + meta.has_more)
    NextUrlBody, ///< next URL from the body (links.next, nextRecordsUrl, @odata.nextLink)
    LinkHeader,  ///< RFC 8288 Link header, rel="next"
};

QString toString(EnumArg<PaginationStyle> style); // EnumArg: see endpoint.h
Result<PaginationStyle> paginationStyleFromString(const QString &text);

/// The parameters of a pagination style; fields a style does not use are ignored. Paths are
/// dotted ("meta.after_cursor"); a key that itself holds dots ("@odata.nextLink") is found too.
struct Pagination
{
    PaginationStyle style = PaginationStyle::None;
    int pageSize = 100;
    QString pageSizeParam;                           ///< per_page, limit, count, page[size]
    QString pageParam = QStringLiteral("page");      ///< PageNumber
    int firstPage = 1;                               ///< PageNumber
    QString offsetParam = QStringLiteral("offset");  ///< OffsetCount
    QString cursorParam = QStringLiteral("after");   ///< CursorBody: query parameter
    QString cursorPath;                              ///< CursorBody: where the next cursor is
    QString hasMorePath;                             ///< CursorBody: optional "more pages" flag
    QString nextUrlPath;                             ///< NextUrlBody
    QString totalHeader;                             ///< PageNumber/OffsetCount: X-Total-Count
    QString totalPath;                               ///< PageNumber/OffsetCount: total_items
    friend bool operator==(const Pagination &, const Pagination &) = default;
};

/// One HTTP operation of an entity. The path is relative to the endpoint's base URL and may hold
/// {{var}} references and {id} for the record id.
struct EntityOperation
{
    QString method;
    QString path;
    bool isSet() const { return !path.isEmpty(); }
    friend bool operator==(const EntityOperation &, const EntityOperation &) = default;
};

/// A collection on an endpoint (contacts, orders, tickets, members): its operations, where the
/// records sit in a response, their id field and the pagination style.
struct Entity
{
    qint64 id = 0;         ///< workspace row id (0 = not saved); not exported
    QString endpointName;  ///< the endpoint it belongs to
    QString name;
    QString description;
    EntityOperation list;
    EntityOperation get;
    EntityOperation create;
    EntityOperation update;
    EntityOperation remove;
    EntityOperation batchCreate;
    EntityOperation batchUpdate;
    QString recordsPath; ///< "results", "tickets", "data", "" = the body is the array
    QString idField = QStringLiteral("id");
    Pagination pagination;
    QJsonObject schema;  ///< fields and types; owned by schema discovery, kept as-is here
    friend bool operator==(const Entity &, const Entity &) = default;
};

/// Stable JSON for entities (alphabetical keys, every field written).
class EntityJson
{
    Q_DECLARE_TR_FUNCTIONS(EntityJson)

public:
    static QJsonObject toJson(const Entity &entity);
    static Result<Entity> fromJson(const QJsonObject &json, const QString &where = {});
    static QJsonObject toJson(const Pagination &pagination);
    static Result<Pagination> paginationFromJson(const QJsonObject &json, const QString &where = {});
};

} // namespace crmbridge
