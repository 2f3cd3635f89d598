#pragma once

#include "core/mapping/value/value.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace crmbridge::mapping {

/// One rule the auto-mapper proposes: `target` ← `formula` (a source field path), with how
/// sure it is (0..1) and why, in words the analyst can judge. A proposal only: nothing is
/// applied until the analyst accepts it.
struct AutoMapSuggestion
{
    QString target;
    QString formula;
    QString sourceField;
    double confidence = 0;
    QString reason; ///< translated
    friend bool operator==(const AutoMapSuggestion &, const AutoMapSuggestion &) = default;
};

/// Suggests rules between a source and a target schema: exact names (1.0), the same last path
/// segment (0.95), names equal once case, `_`, `-`, `.` and spaces are folded (0.85), synonyms
/// (first name: firstname, FNAME, given_name, 名 …; 0.75), and value patterns of sample records
/// (e-mails, phone numbers, dates; up to 0.6). Each target gets at most one suggestion and each
/// source field is proposed at most once, the most confident pairs first.
class AutoMapper
{
    Q_DECLARE_TR_FUNCTIONS(AutoMapper)

public:
    struct Input
    {
        QStringList sourceFields;
        QStringList targetFields;
        std::span<const Object> samples; ///< optional: records to read value patterns from
        QStringList mappedTargets; ///< targets that already have a rule: skipped
    };

    static QList<AutoMapSuggestion> suggest(const Input &input);

    /// The name folded for comparison: lower case, without `_`, `-`, `.`, spaces.
    static QString normalise(QStringView name);
    /// The synonym group a field name belongs to ("first_name", "email", …), or "".
    static QString synonymGroup(QStringView name);
    /// The value pattern most sample values of `path` share: "email", "phone", "date" or "".
    static QString valuePattern(std::span<const Object> samples, const QString &path);
    /// A schema path as a formula reads it: `lines[].sku` → `lines[*].sku`.
    static QString formulaFor(const QString &path);
};

/// The value at a dotted field path of a record ("properties.email"); missing when the path
/// leads nowhere. Array segments ("lines[]") are not descended into.
const Value &valueAtPath(const Object &record, QStringView path);

} // namespace crmbridge::mapping
