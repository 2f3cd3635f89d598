#include "core/endpoints/entity.h"

#include "core/endpoints/jsonreader.h"

#include <QStringList>

namespace crmbridge {

static const struct
{
    PaginationStyle style;
    const char *name;
} kStyles[] = {
    {PaginationStyle::None, "none"},           {PaginationStyle::PageNumber, "page-number"},
    {PaginationStyle::OffsetCount, "offset"},  {PaginationStyle::CursorBody, "cursor"},
    {PaginationStyle::NextUrlBody, "next-url"}, {PaginationStyle::LinkHeader, "link-header"},
};

QString toString(EnumArg<PaginationStyle> style)
{
    for (const auto &entry : kStyles) {
        if (entry.style == style.value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Result<PaginationStyle> paginationStyleFromString(const QString &text)
{
    QStringList known;
    for (const auto &entry : kStyles) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.style;
        known.append(QString::fromLatin1(entry.name));
    }
    return Error::input(EntityJson::tr("Unknown pagination style \"%1\"").arg(text), {},
                        EntityJson::tr("Use one of: %1.").arg(known.join(QStringLiteral(", "))));
}

QJsonObject EntityJson::toJson(const Pagination &p)
{
    return QJsonObject{
        {QStringLiteral("cursorParam"), p.cursorParam},
        {QStringLiteral("cursorPath"), p.cursorPath},
        {QStringLiteral("firstPage"), p.firstPage},
        {QStringLiteral("hasMorePath"), p.hasMorePath},
        {QStringLiteral("nextUrlPath"), p.nextUrlPath},
        {QStringLiteral("offsetParam"), p.offsetParam},
        {QStringLiteral("pageParam"), p.pageParam},
        {QStringLiteral("pageSize"), p.pageSize},
        {QStringLiteral("pageSizeParam"), p.pageSizeParam},
        {QStringLiteral("style"), toString(p.style)},
        {QStringLiteral("totalHeader"), p.totalHeader},
        {QStringLiteral("totalPath"), p.totalPath},
    };
}

static QJsonObject operationToJson(const EntityOperation &op)
{
    return QJsonObject{{QStringLiteral("method"), op.method}, {QStringLiteral("path"), op.path}};
}

QJsonObject EntityJson::toJson(const Entity &e)
{
    return QJsonObject{
        {QStringLiteral("description"), e.description},
        {QStringLiteral("endpoint"), e.endpointName},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("idField"), e.idField},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("operations"),
         QJsonObject{
             {QStringLiteral("batchCreate"), operationToJson(e.batchCreate)},
             {QStringLiteral("batchUpdate"), operationToJson(e.batchUpdate)},
             {QStringLiteral("create"), operationToJson(e.create)},
             {QStringLiteral("delete"), operationToJson(e.remove)},
             {QStringLiteral("get"), operationToJson(e.get)},
             {QStringLiteral("list"), operationToJson(e.list)},
             {QStringLiteral("update"), operationToJson(e.update)},
         }},
        {QStringLiteral("pagination"), toJson(e.pagination)},
        {QStringLiteral("recordsPath"), e.recordsPath},
        {QStringLiteral("schema"), e.schema},
    };
}

Result<Pagination> EntityJson::paginationFromJson(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where, QStringLiteral("pagination"));
    Pagination p;
    if (auto style = paginationStyleFromString(r.string(QStringLiteral("style"), toString(p.style))))
        p.style = style.value();
    else
        r.fail(QStringLiteral("style"), style.error().what + QStringLiteral(". ") + style.error().hint);
    p.pageSize = int(r.integer(QStringLiteral("pageSize"), p.pageSize, 1));
    p.pageSizeParam = r.string(QStringLiteral("pageSizeParam"));
    p.pageParam = r.string(QStringLiteral("pageParam"), p.pageParam);
    p.firstPage = int(r.integer(QStringLiteral("firstPage"), p.firstPage));
    p.offsetParam = r.string(QStringLiteral("offsetParam"), p.offsetParam);
    p.cursorParam = r.string(QStringLiteral("cursorParam"), p.cursorParam);
    p.cursorPath = r.string(QStringLiteral("cursorPath"));
    p.hasMorePath = r.string(QStringLiteral("hasMorePath"));
    p.nextUrlPath = r.string(QStringLiteral("nextUrlPath"));
    p.totalHeader = r.string(QStringLiteral("totalHeader"));
    p.totalPath = r.string(QStringLiteral("totalPath"));
    if (p.style == PaginationStyle::CursorBody && p.cursorPath.isEmpty())
        r.fail(QStringLiteral("cursorPath"), tr("Cursor pagination needs the path of the next cursor"));
    if (p.style == PaginationStyle::NextUrlBody && p.nextUrlPath.isEmpty())
        r.fail(QStringLiteral("nextUrlPath"), tr("Next-URL pagination needs the path of the next URL"));
    if (!r.ok())
        return r.error();
    return p;
}

Result<Entity> EntityJson::fromJson(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where);
    Entity e;
    if (r.integer(QStringLiteral("formatVersion"), 1, 1) > 1)
        r.fail(QStringLiteral("formatVersion"), tr("This entity was written by a newer CRM Bridge"));
    e.name = r.string(QStringLiteral("name")).trimmed();
    if (e.name.isEmpty())
        r.fail(QStringLiteral("name"), tr("An entity needs a name"));
    e.endpointName = r.string(QStringLiteral("endpoint"));
    e.description = r.string(QStringLiteral("description"));
    e.recordsPath = r.string(QStringLiteral("recordsPath"));
    e.idField = r.string(QStringLiteral("idField"), e.idField);
    e.schema = r.object(QStringLiteral("schema"));
    JsonReader ops = r.child(QStringLiteral("operations"));
    const auto readOp = [&ops](const char *key, EntityOperation &op) {
        JsonReader o = ops.child(QString::fromLatin1(key));
        op.method = o.string(QStringLiteral("method")).toUpper();
        op.path = o.string(QStringLiteral("path"));
        if (!op.path.isEmpty() && op.method.isEmpty())
            o.fail(QStringLiteral("method"), tr("An operation with a path needs a method"));
        ops.absorb(o);
    };
    readOp("list", e.list);
    readOp("get", e.get);
    readOp("create", e.create);
    readOp("update", e.update);
    readOp("delete", e.remove);
    readOp("batchCreate", e.batchCreate);
    readOp("batchUpdate", e.batchUpdate);
    r.absorb(ops);
    if (json.contains(QStringLiteral("pagination"))) {
        auto pagination = paginationFromJson(r.object(QStringLiteral("pagination")), where);
        if (pagination)
            e.pagination = pagination.value();
        else
            r.absorb(pagination.error());
    }
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace crmbridge
