#pragma once

#include "core/endpoints/entity.h"
#include "core/importers/openapischema.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace crmbridge {

/// Guesses an entity's pagination from its list operation: the query parameters first (after,
/// page[after], page[cursor], starting_after, page/per_page, offset/limit), then the fields of
/// the response (paging.next.after, meta.after_cursor, pages.next.starting_after, links.next,
/// next_page). Internal to the OpenAPI importer.
class OpenApiPaginationGuess
{
public:
    struct Parameter
    {
        QString name;
        QString in;
        QString description;
        QJsonObject schema; ///< flattened
    };

    struct Guess
    {
        Pagination pagination;
        bool fromParameters = false; ///< strong evidence: the operation declares paging parameters
        QString note;                ///< what was assumed, for a warning ("" = nothing)
    };

    explicit OpenApiPaginationGuess(const OpenApiSchemaReader &reader) : m_reader(reader) { }

    /// `response` is the list response's schema; `recordsPath` the array holding the records.
    std::optional<Guess> guess(const QList<Parameter> &parameters, const QJsonValue &response,
                               const QString &recordsPath) const;

private:
    struct FieldPath
    {
        QString path;
        QString leaf;
        QJsonObject schema;
    };
    void collect(const QJsonValue &schema, const QString &prefix, int depth, const QString &skip,
                 QList<FieldPath> &out) const;

    const OpenApiSchemaReader &m_reader;
};

} // namespace crmbridge
