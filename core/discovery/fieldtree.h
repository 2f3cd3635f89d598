#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// The kinds of value a field can hold, as the mapping designer shows them. Decimal is a number
/// with a fixed scale ("12.50"); Enum is text from a short closed list of values.
enum class FieldType { Unknown, Text, Number, Decimal, Bool, Date, DateTime, Email, Phone, Enum, Object, Array };

QString toString(FieldType type);
Result<FieldType> fieldTypeFromString(const QString &text);

/// One field of a record schema. Object fields hold their sub-fields in `children`; an array
/// holds the type of its elements in `elementType` and, for arrays of objects, the element's
/// fields in `children`. Statistics (presence, nulls, examples) come from discovery and are
/// absent (-1 / empty) in a schema imported from a description (OpenAPI, WSDL).
struct FieldNode
{
    QString name;
    FieldType type = FieldType::Unknown;
    FieldType elementType = FieldType::Unknown; ///< Array only
    QString format;        ///< the source's own format hint: "int64", "uri", "+E.164"…
    QString description;
    bool required = false; ///< the description says it is required
    bool nullable = false;
    double presence = -1;  ///< fraction of samples holding the field (null included); -1 = unknown
    int nullCount = 0;     ///< samples where the field is null
    QStringList enumValues;
    QJsonArray examples;   ///< at most three
    QString mapValueType;  ///< an object used as a map (additionalProperties): the values' type
    QList<FieldNode> children;

    friend bool operator==(const FieldNode &, const FieldNode &) = default;
};

/// A record schema as a field tree: what schema discovery produces, what the OpenAPI and WSDL
/// importers produce, and what Entity::schema stores (as toJson()). The JSON form is stable:
/// fields sorted by name, keys alphabetical, so a saved schema diffs cleanly.
struct FieldTree
{
    QString source;      ///< "discovery", "openapi", "wsdl"
    int sampleCount = 0; ///< discovery: how many records were looked at
    QList<FieldNode> fields;

    friend bool operator==(const FieldTree &, const FieldTree &) = default;

    bool isEmpty() const { return fields.isEmpty(); }
    /// Every field by path: "properties.email", "lines[].sku" (array elements get "[]").
    QHash<QString, const FieldNode *> byPath() const;
    /// All paths, sorted.
    QStringList paths() const;
    /// The field at a path, or nullptr.
    const FieldNode *find(const QString &path) const;
    /// Sorts fields (and children) by name, so two trees built in any order compare equal.
    void sort();
};

/// The stable JSON form of a field tree (what Entity::schema holds).
class FieldTreeJson
{
    Q_DECLARE_TR_FUNCTIONS(FieldTreeJson)

public:
    static QJsonObject toJson(const FieldTree &tree);
    /// Reads a tree back; an empty object is an empty tree. The error names the bad field's path.
    static Result<FieldTree> fromJson(const QJsonObject &json, const QString &where = {});
    static QJsonObject toJson(const FieldNode &node);
};

} // namespace crmbridge
