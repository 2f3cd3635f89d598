#include "core/mapping/mapping.h"

#include "core/mapping/formula/compiler.h"
#include "core/mapping/formula/suggest.h"

namespace crmbridge::mapping {

namespace {
const std::pair<ValidationRule::Kind, const char *> kKindNames[] = {
    {ValidationRule::Kind::Required, "required"}, {ValidationRule::Kind::Type, "type"},
    {ValidationRule::Kind::Regex, "regex"},       {ValidationRule::Kind::Min, "min"},
    {ValidationRule::Kind::Max, "max"},           {ValidationRule::Kind::OneOf, "one_of"},
    {ValidationRule::Kind::Email, "email"},       {ValidationRule::Kind::Phone, "phone"},
    {ValidationRule::Kind::Formula, "formula"},
};
} // namespace

QString ValidationRule::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ValidationRule::Kind> ValidationRule::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

const ValueMap *Mapping::valueMap(const QString &mapName) const
{
    for (const ValueMap &map : valueMaps) {
        if (map.name() == mapName)
            return &map;
    }
    return nullptr;
}

QList<RuleIssue> Mapping::check(const QStringList &sourceSchema, const QStringList &targetSchema) const
{
    QList<RuleIssue> issues;
    CompileEnvironment env;
    for (const ValueMap &map : valueMaps)
        env.valueMaps.insert(map.name(), std::make_shared<ValueMap>(map));
    for (int i = 0; i < rules.size(); ++i) {
        const MappingRule &rule = rules.at(i);
        if (!targetSchema.isEmpty() && !schemaHasPath(targetSchema, rule.target)) {
            RuleIssue issue{RuleIssue::Kind::UnknownTargetField, i, rule.target, rule.target,
                            nearestNames(schemaPath(rule.target), targetSchema), {}};
            issue.message = tr("Rule %1 writes the target field '%2', which the target no longer has.").arg(i + 1).arg(rule.target);
            issues << issue;
        }
        FormulaError error;
        const auto formula = Formula::compile(rule.formula, env, &error);
        if (!formula) {
            RuleIssue issue{RuleIssue::Kind::FormulaError, i, rule.target, {}, {}, {}};
            issue.message = tr("Rule %1 (%2): %3").arg(i + 1).arg(rule.target, error.text());
            issues << issue;
            continue;
        }
        if (sourceSchema.isEmpty())
            continue;
        // Every missing field of the rule, not just the first, so one pass shows all the work.
        for (const QString &field : formula->referencedFields()) {
            if (schemaHasPath(sourceSchema, field))
                continue;
            RuleIssue issue{RuleIssue::Kind::UnknownSourceField, i, rule.target, field,
                            nearestNames(schemaPath(field), sourceSchema), {}};
            issue.message = tr("Rule %1 (%2) reads the source field '%3', which the source no longer has.")
                                .arg(i + 1)
                                .arg(rule.target, field);
            issues << issue;
        }
    }
    return issues;
}

} // namespace crmbridge::mapping
