#pragma once

#include "core/discovery/fieldtree.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// Reads schemas out of a parsed OpenAPI 3.0/3.1 document: follows local $refs (JSON pointers
/// into the same document), merges allOf/oneOf/anyOf into one object view, and turns a schema
/// into a FieldTree. Guarantees: cycles (a schema that contains itself) and very deep trees stop
/// at a fixed depth instead of recursing forever; a $ref that does not resolve is reported once.
class OpenApiSchemaReader
{
public:
    explicit OpenApiSchemaReader(QJsonObject root) : m_root(std::move(root)) { }

    const QJsonObject &root() const { return m_root; }
    /// Follows $ref (repeatedly) in an object; other values come back unchanged.
    QJsonValue resolve(const QJsonValue &value) const;
    QJsonObject resolveObject(const QJsonValue &value) const { return resolve(value).toObject(); }
    /// The schema as one object: refs followed, allOf merged, the object variants of oneOf/anyOf
    /// merged (their properties become optional), "type": [t, "null"] read as nullable t.
    QJsonObject flatten(const QJsonValue &schema, int depth = 0) const;
    /// The schema's main type ("object", "array", "string"…), guessed from properties/items when absent.
    static QString typeOf(const QJsonObject &flatSchema);

    FieldTree fieldTree(const QJsonValue &schema) const;
    FieldNode field(const QString &name, const QJsonValue &schema, int depth) const;

    /// $refs that did not resolve (pointer texts), for warnings.
    QStringList unresolved() const { return QStringList(m_unresolved.cbegin(), m_unresolved.cend()); }

private:
    QJsonValue pointer(const QString &ref) const;

    QJsonObject m_root;
    mutable QSet<QString> m_unresolved;
};

} // namespace crmbridge
