#pragma once

#include "core/mapping/valuemap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge::mapping {

/// One check on a target field's value. Checks other than Required pass blank values, so
/// "optional, but a valid e-mail when given" is simply an Email check without Required.
struct ValidationRule
{
    enum class Kind { Required, Type, Regex, Min, Max, OneOf, Email, Phone, Formula };
    Kind kind = Kind::Required;
    QString argument;  ///< Type: number|text|bool|date|datetime|array|object; Regex: pattern;
                       ///< Min/Max: bound (number or ISO date); Phone: default region;
                       ///< Formula: a formula over the source record and $value, true = valid
    QStringList values; ///< OneOf
    QString message;   ///< the analyst's own wording of the reason (optional)

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const ValidationRule &, const ValidationRule &) = default;
};

/// One target field and the formula that computes it. Targets are paths: `email`,
/// `properties.firstname`, `merge_fields.FNAME`, and `lines[].sku` for arrays of objects (the
/// formula yields one value per element, e.g. `lines[*].sku`).
struct MappingRule
{
    QString target;
    QString formula;
    QList<ValidationRule> validations;
    QString comment;
    friend bool operator==(const MappingRule &, const MappingRule &) = default;
};

/// A problem found when a mapping meets a schema: a rule reading a source field that no longer
/// exists, or writing a target field the target does not have. Flagged, never silently dropped.
struct RuleIssue
{
    enum class Kind { UnknownSourceField, UnknownTargetField, FormulaError };
    Kind kind;
    int rule = -1; ///< index into Mapping::rules
    QString target;
    QString field; ///< the missing field (source or target)
    QStringList suggestions;
    QString message; ///< translated, complete sentence
};

/// A mapping as the analyst designs and saves it: rules, value maps and validation, plus the
/// source and target schemas (field paths) it was designed against. A plain value; compile it
/// with MappingEngine to run it.
class Mapping
{
    Q_DECLARE_TR_FUNCTIONS(Mapping)

public:
    static constexpr int FormatVersion = 1;

    QString name;
    QString description;
    QString sourceEntity;
    QString targetEntity;
    QStringList sourceFields; ///< schema paths, e.g. properties.email, lines[].qty
    QStringList targetFields;
    QString timeZone = QStringLiteral("UTC"); ///< zone for TODAY/NOW and zone-less datetimes
    QList<MappingRule> rules;
    QList<ValueMap> valueMaps;

    /// Rules that read source fields missing from `sourceSchema` or write target fields
    /// missing from `targetSchema` (an empty schema is not checked), with the nearest names.
    QList<RuleIssue> check(const QStringList &sourceSchema, const QStringList &targetSchema) const;
    /// check() against the schemas stored in the mapping.
    QList<RuleIssue> check() const { return check(sourceFields, targetFields); }

    const ValueMap *valueMap(const QString &name) const;
};

} // namespace crmbridge::mapping
