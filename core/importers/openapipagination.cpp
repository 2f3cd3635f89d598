#include "core/importers/openapipagination.h"

#include <QRegularExpression>

namespace crmbridge {

static bool oneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void OpenApiPaginationGuess::collect(const QJsonValue &schema, const QString &prefix, int depth, const QString &skip,
                                     QList<FieldPath> &out) const
{
    if (depth > 4)
        return;
    const QJsonObject s = m_reader.flatten(schema);
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (path == skip)
            continue;
        const QJsonObject child = m_reader.flatten(it.value());
        const QString type = OpenApiSchemaReader::typeOf(child);
        out.append({path, it.key(), child});
        if (type == QLatin1String("object"))
            collect(it.value(), path, depth + 1, skip, out);
    }
}

std::optional<OpenApiPaginationGuess::Guess>
OpenApiPaginationGuess::guess(const QList<Parameter> &parameters, const QJsonValue &response, const QString &recordsPath) const
{
    QList<FieldPath> fields;
    collect(response, {}, 0, recordsPath, fields);
    const auto findField = [&fields](const auto &predicate) -> const FieldPath * {
        for (const FieldPath &f : fields) {
            if (predicate(f))
                return &f;
        }
        return nullptr;
    };
    const auto isText = [](const FieldPath &f) {
        const QString t = OpenApiSchemaReader::typeOf(f.schema);
        return t.isEmpty() || t == QLatin1String("string");
    };
    const FieldPath *hasMore = findField([](const FieldPath &f) { return oneOf(f.leaf, {"has_more", "hasMore"}); });
    const FieldPath *total = findField([](const FieldPath &f) {
        return oneOf(f.leaf, {"total", "total_count", "totalCount", "total_items", "totalSize", "count"})
            && OpenApiSchemaReader::typeOf(f.schema) == QLatin1String("integer");
    });
    const FieldPath *nextUrl = findField([&isText](const FieldPath &f) {
        if (!isText(f))
            return false;
        if (oneOf(f.leaf, {"next_page", "nextLink", "@odata.nextLink", "nextRecordsUrl", "next_url", "nextUrl"}))
            return true;
        const QString format = f.schema.value(QStringLiteral("format")).toString();
        return f.leaf == QLatin1String("next")
            && (f.path.startsWith(QStringLiteral("links.")) || format == QLatin1String("uri") || format == QLatin1String("url"));
    });

    const Parameter *sizeParam = nullptr;
    const Parameter *cursorParam = nullptr;
    const Parameter *pageParam = nullptr;
    const Parameter *offsetParam = nullptr;
    for (const Parameter &p : parameters) {
        if (p.in != QLatin1String("query"))
            continue;
        if (!sizeParam && oneOf(p.name, {"limit", "per_page", "page_size", "pageSize", "page[size]", "count", "size", "max_results", "maxResults", "$top"}))
            sizeParam = &p;
        else if (!cursorParam && oneOf(p.name, {"after", "page[after]", "page[cursor]", "starting_after", "cursor", "pageToken", "page_token", "next_cursor", "continuation", "startingAfter"}))
            cursorParam = &p;
        else if (!pageParam && oneOf(p.name, {"page", "page[number]", "pageNumber", "page_number"}))
            pageParam = &p;
        else if (!offsetParam && oneOf(p.name, {"offset", "start", "$skip"}))
            offsetParam = &p;
    }

    Guess g;
    Pagination &pg = g.pagination;
    if (sizeParam) {
        pg.pageSizeParam = sizeParam->name;
        // The largest page the API allows, capped at 100 so one page stays small.
        const int maximum = sizeParam->schema.value(QStringLiteral("maximum")).toInt(100);
        pg.pageSize = qBound(1, maximum, 100);
    }
    if (total)
        pg.totalPath = total->path;

    if (cursorParam) {
        g.fromParameters = true;
        pg.cursorParam = cursorParam->name;
        // The response field holding the next cursor: one named like the parameter, or a
        // dotted path the parameter's description names (HubSpot: `paging.next.after`).
        QString leafName = cursorParam->name;
        if (leafName.startsWith(QStringLiteral("page[")))
            leafName = leafName.mid(5).chopped(1);
        const FieldPath *cursor = findField([&](const FieldPath &f) {
            return isText(f) && (f.leaf == leafName || f.leaf == leafName + QStringLiteral("_cursor")
                                 || oneOf(f.leaf, {"next_cursor", "nextCursor", "after_cursor"}));
        });
        if (cursor) {
            pg.style = PaginationStyle::CursorBody;
            pg.cursorPath = cursor->path;
            if (hasMore)
                pg.hasMorePath = hasMore->path;
            return g;
        }
        if (nextUrl) {
            pg.style = PaginationStyle::NextUrlBody;
            pg.nextUrlPath = nextUrl->path;
            return g;
        }
        static const QRegularExpression dotted(QStringLiteral("`([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+)`"));
        const QRegularExpressionMatch m = dotted.match(cursorParam->description);
        pg.style = PaginationStyle::CursorBody;
        if (m.hasMatch()) {
            pg.cursorPath = m.captured(1);
        } else if (cursorParam->name == QLatin1String("page[after]")) {
            // Zendesk's cursor pagination (and JSON:API's): the answer carries meta.after_cursor.
            pg.cursorPath = QStringLiteral("meta.after_cursor");
            pg.hasMorePath = QStringLiteral("meta.has_more");
            g.note = QStringLiteral("meta.after_cursor");
        } else {
            pg.cursorPath = leafName;
            g.note = leafName;
        }
        return g;
    }
    if (pageParam) {
        g.fromParameters = true;
        pg.style = PaginationStyle::PageNumber;
        pg.pageParam = pageParam->name;
        pg.firstPage = pageParam->schema.value(QStringLiteral("minimum")).toInt(1);
        return g;
    }
    if (offsetParam) {
        g.fromParameters = true;
        pg.style = PaginationStyle::OffsetCount;
        pg.offsetParam = offsetParam->name;
        return g;
    }
    // No paging parameters declared: the response may still show the cursor (Intercom's
    // pages.next.starting_after) or the next page's URL.
    const FieldPath *cursor = findField([&](const FieldPath &f) {
        return isText(f) && oneOf(f.leaf, {"starting_after", "after", "after_cursor", "next_cursor", "nextCursor", "next_page_token", "nextPageToken"});
    });
    if (cursor) {
        pg.style = PaginationStyle::CursorBody;
        pg.cursorPath = cursor->path;
        pg.cursorParam = cursor->leaf == QLatin1String("after_cursor") ? QStringLiteral("page[after]") : cursor->leaf;
        if (hasMore)
            pg.hasMorePath = hasMore->path;
        g.note = pg.cursorParam;
        return g;
    }
    if (nextUrl) {
        pg.style = PaginationStyle::NextUrlBody;
        pg.nextUrlPath = nextUrl->path;
        return g;
    }
    return std::nullopt;
}

} // namespace crmbridge
