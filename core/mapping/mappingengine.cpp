#include "core/mapping/mappingengine.h"

#include "core/mapping/formula/coerce.h"
#include "core/mapping/formula/suggest.h"

#include <QTimeZone>

namespace crmbridge::mapping {

struct MappingEngine::CompiledCheck
{
    ValidationRule rule;
    QRegularExpression regex;
    std::optional<Decimal> numberBound;
    std::optional<Date> dateBound;
    int formulaRoot = -1;
    int phoneRoot = -1; ///< PHONE_VALID($value, region)
};

/// The target shape: a tree of objects (and arrays of objects, `lines[]`) whose leaves are rules.
struct MappingEngine::TargetNode
{
    QString name;
    bool isArray = false;
    int rule = -1; ///< leaf: the rule computing it
    std::vector<TargetNode> children;
    FieldIndexPtr shape; ///< of the object built from the children
};

namespace {

struct TargetStep
{
    QString name;
    bool isArray;
};

std::optional<std::vector<TargetStep>> parseTarget(const QString &target)
{
    std::vector<TargetStep> steps;
    for (const QString &part : target.split(QLatin1Char('.'))) {
        QString name = part.trimmed();
        bool isArray = false;
        if (name.endsWith(QLatin1String("[]"))) {
            isArray = true;
            name.chop(2);
        }
        if (name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`')) && name.size() > 1)
            name = name.mid(1, name.size() - 2);
        if (name.isEmpty() || name.contains(QLatin1Char('[')))
            return std::nullopt;
        steps.push_back({name, isArray});
    }
    return steps;
}

void finishShapes(MappingEngine::TargetNode &node)
{
    QStringList names;
    for (auto &child : node.children) {
        names << child.name;
        finishShapes(child);
    }
    if (!node.children.empty())
        node.shape = std::make_shared<const FieldIndex>(names);
}

} // namespace

QList<Error> MappingEngine::diagnose(const Mapping &mapping, Options options)
{
    QList<Error> errors;
    auto engine = compile(mapping, options);
    if (engine.ok())
        return errors;
    // Compile rule by rule to collect every problem, not only the first.
    for (int i = 0; i < mapping.rules.size(); ++i) {
        Mapping single = mapping;
        single.rules = {mapping.rules.at(i)};
        auto one = compile(single, options);
        if (!one.ok())
            errors << one.error();
    }
    if (errors.isEmpty())
        errors << engine.error();
    return errors;
}

Result<std::shared_ptr<const MappingEngine>> MappingEngine::compile(const Mapping &mapping, Options options)
{
    std::shared_ptr<MappingEngine> engine(new MappingEngine);
    engine->m_mapping = mapping;
    const auto zone = mapping.timeZone.isEmpty() || mapping.timeZone == QLatin1String("UTC")
        ? QTimeZone::utc()
        : QTimeZone(mapping.timeZone.toUtf8());
    if (!zone.isValid())
        return Error::config(tr("Unknown time zone '%1'.").arg(mapping.timeZone), tr("mapping %1").arg(mapping.name),
                             tr("Use an IANA name such as Asia/Shanghai, or UTC."));
    engine->m_zone = zone;

    CompileEnvironment env;
    if (options.checkSourceFields)
        env.sourceFields = mapping.sourceFields;
    for (const ValueMap &map : mapping.valueMaps)
        env.valueMaps.insert(map.name(), std::make_shared<ValueMap>(map));
    CompileEnvironment checkEnv = env;
    checkEnv.variables = {QStringLiteral("value")};

    engine->m_targetRoot = std::make_shared<TargetNode>();
    for (int i = 0; i < mapping.rules.size(); ++i) {
        const MappingRule &rule = mapping.rules.at(i);
        const QString ruleName = rule.target.isEmpty() ? tr("#%1").arg(i + 1) : rule.target;
        const auto steps = parseTarget(rule.target);
        if (!steps)
            return Error::config(tr("The target '%1' is not a field path.").arg(rule.target), tr("rule %1").arg(i + 1),
                                 tr("Write targets as name, parent.child or items[].child."));
        // Place the rule in the target tree; one rule per target field.
        TargetNode *node = engine->m_targetRoot.get();
        for (std::size_t s = 0; s < steps->size(); ++s) {
            const TargetStep &step = (*steps)[s];
            auto it = std::find_if(node->children.begin(), node->children.end(),
                                   [&](const TargetNode &c) { return c.name == step.name; });
            if (it == node->children.end()) {
                node->children.push_back(TargetNode{step.name, step.isArray, -1, {}, {}});
                it = node->children.end() - 1;
            }
            node = &*it;
            const bool last = s + 1 == steps->size();
            if (node->rule >= 0 || (last && (!node->children.empty())))
                return Error::config(tr("Two rules write the target '%1'.").arg(rule.target), tr("rule %1").arg(i + 1),
                                     tr("Keep one rule per target field."));
        }
        node->rule = i;

        FormulaCompiler compiler(engine->m_program, env);
        FormulaError error;
        const auto root = compiler.compile(rule.formula, &error);
        if (!root)
            return error.toError(ruleName);
        engine->m_ruleRoots.push_back(*root);

        std::vector<CompiledCheck> checks;
        for (const ValidationRule &v : rule.validations) {
            CompiledCheck c{v, {}, {}, {}, -1, -1};
            const QString where = tr("rule %1, validation %2").arg(ruleName, ValidationRule::kindName(v.kind));
            switch (v.kind) {
            case ValidationRule::Kind::Regex:
                c.regex = QRegularExpression(v.argument, QRegularExpression::UseUnicodePropertiesOption);
                if (!c.regex.isValid())
                    return Error::config(tr("Invalid regular expression: %1.").arg(c.regex.errorString()), where,
                                         tr("Fix the pattern."));
                c.regex.optimize();
                break;
            case ValidationRule::Kind::Min:
            case ValidationRule::Kind::Max:
                c.numberBound = Decimal::parse(v.argument.trimmed());
                c.dateBound = coerce::date(Value(v.argument));
                if (!c.numberBound && !c.dateBound)
                    return Error::config(tr("The bound '%1' is neither a number nor a date.").arg(v.argument), where,
                                         tr("Write a number such as 0 or 99.95, or a date such as 2024-01-31."));
                break;
            case ValidationRule::Kind::Type: {
                static const QStringList types = {QStringLiteral("number"), QStringLiteral("text"), QStringLiteral("bool"),
                                                  QStringLiteral("date"),   QStringLiteral("datetime"), QStringLiteral("array"),
                                                  QStringLiteral("object")};
                if (!types.contains(v.argument))
                    return Error::config(tr("Unknown type '%1'.").arg(v.argument), where,
                                         tr("Use one of: %1.").arg(types.join(QStringLiteral(", "))));
                break;
            }
            case ValidationRule::Kind::Phone: {
                FormulaCompiler phone(engine->m_program, checkEnv);
                QString region = v.argument;
                region.remove(QLatin1Char('"'));
                const QString text = QStringLiteral("PHONE_VALID($value, \"") + region + QStringLiteral("\")");
                const auto r = phone.compile(text, &error);
                if (!r)
                    return Error::config(error.message, where, error.hint);
                c.phoneRoot = *r;
                break;
            }
            case ValidationRule::Kind::Formula: {
                FormulaCompiler custom(engine->m_program, checkEnv);
                const auto r = custom.compile(v.argument, &error);
                if (!r)
                    return error.toError(ruleName + QLatin1Char(' ') + tr("(validation)"));
                c.formulaRoot = *r;
                break;
            }
            default: break;
            }
            checks.push_back(std::move(c));
        }
        engine->m_checks.push_back(std::move(checks));
    }
    finishShapes(*engine->m_targetRoot);
    return std::shared_ptr<const MappingEngine>(std::move(engine));
}

std::unique_ptr<EvalContext> MappingEngine::newContext(const Clock *clock) const
{
    return std::make_unique<EvalContext>(clock, m_zone);
}

QString MappingEngine::check(const CompiledCheck &c, const Value &value, EvalContext &context) const
{
    const ValidationRule &v = c.rule;
    auto reason = [&](const QString &standard) { return v.message.isEmpty() ? standard : v.message; };
    if (v.kind == ValidationRule::Kind::Required)
        return value.isBlank() || (value.isArray() && value.array().empty()) ? reason(tr("is required")) : QString();
    if (value.isBlank())
        return {};
    switch (v.kind) {
    case ValidationRule::Kind::Type: {
        bool ok = false;
        if (v.argument == QLatin1String("number"))
            ok = coerce::number(value).has_value() && !value.isBool();
        else if (v.argument == QLatin1String("text"))
            ok = value.isText();
        else if (v.argument == QLatin1String("bool"))
            ok = value.isBool();
        else if (v.argument == QLatin1String("date"))
            ok = coerce::date(value).has_value();
        else if (v.argument == QLatin1String("datetime"))
            ok = coerce::dateTime(value).has_value();
        else if (v.argument == QLatin1String("array"))
            ok = value.isArray();
        else if (v.argument == QLatin1String("object"))
            ok = value.isObject();
        return ok ? QString() : reason(tr("'%1' is not a %2").arg(coerce::text(value), v.argument));
    }
    case ValidationRule::Kind::Regex:
        return c.regex.match(coerce::text(value)).hasMatch() ? QString()
                                                              : reason(tr("'%1' does not match %2").arg(coerce::text(value), v.argument));
    case ValidationRule::Kind::Min:
    case ValidationRule::Kind::Max: {
        const bool isMin = v.kind == ValidationRule::Kind::Min;
        std::optional<int> order;
        if (c.numberBound && coerce::number(value))
            order = coerce::number(value)->compare(*c.numberBound);
        else if (c.dateBound && coerce::date(value))
            order = coerce::date(value)->julianDay < c.dateBound->julianDay ? -1
                : (coerce::date(value)->julianDay > c.dateBound->julianDay ? 1 : 0);
        if (!order)
            return reason(tr("'%1' cannot be compared with %2").arg(coerce::text(value), v.argument));
        if (isMin && *order < 0)
            return reason(tr("%1 is less than the minimum %2").arg(coerce::text(value), v.argument));
        if (!isMin && *order > 0)
            return reason(tr("%1 is more than the maximum %2").arg(coerce::text(value), v.argument));
        return {};
    }
    case ValidationRule::Kind::OneOf:
        return v.values.contains(coerce::text(value))
            ? QString()
            : reason(tr("'%1' is not one of %2").arg(coerce::text(value), v.values.join(QStringLiteral(", "))));
    case ValidationRule::Kind::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
        return re.match(coerce::text(value).trimmed()).hasMatch() ? QString()
                                                                   : reason(tr("'%1' is not a valid e-mail address").arg(coerce::text(value)));
    }
    case ValidationRule::Kind::Phone:
    case ValidationRule::Kind::Formula: {
        context.current = value;
        const Value r = m_program.evaluate(v.kind == ValidationRule::Kind::Phone ? c.phoneRoot : c.formulaRoot, context);
        context.current = Value();
        if (r.isError())
            return r.errorMessage();
        if (r.isText() && !r.text().isEmpty() && !r.isTruthy())
            return r.text(); // a formula may answer with its own reason
        if (r.isTruthy())
            return {};
        return v.kind == ValidationRule::Kind::Phone ? reason(tr("'%1' is not a valid phone number").arg(coerce::text(value)))
                                                     : reason(tr("fails the check %1").arg(v.argument));
    }
    default: return {};
    }
}

Value MappingEngine::build(const TargetNode &node, const std::vector<Value> &ruleValues) const
{
    if (node.rule >= 0) {
        const Value &v = ruleValues[std::size_t(node.rule)];
        if (node.isArray && !v.isArray() && !v.isAbsent())
            return Value::array({v});
        return v;
    }
    if (!node.isArray) {
        auto object = std::make_shared<Object>(node.shape);
        bool any = false;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            object->at(int(i)) = build(node.children[i], ruleValues);
            any = any || !object->at(int(i)).isMissing();
        }
        return any ? Value(ObjectPtr(std::move(object))) : Value();
    }
    // An array of objects: element i takes element i of every child's array (a scalar child
    // repeats in every element), as many elements as the longest child array.
    std::vector<Value> childValues;
    std::size_t count = 0;
    for (const TargetNode &child : node.children) {
        childValues.push_back(build(TargetNode{child.name, false, child.rule, child.children, child.shape}, ruleValues));
        if (childValues.back().isArray())
            count = std::max(count, childValues.back().array().size());
    }
    ValueList items;
    items.reserve(count);
    for (std::size_t e = 0; e < count; ++e) {
        auto object = std::make_shared<Object>(node.shape);
        for (std::size_t i = 0; i < childValues.size(); ++i) {
            const Value &cv = childValues[i];
            object->at(int(i)) = cv.isArray() ? (e < cv.array().size() ? cv.array()[e] : Value()) : cv;
        }
        items.push_back(Value(ObjectPtr(std::move(object))));
    }
    return Value::array(std::move(items));
}

MappingOutput MappingEngine::apply(const Object &source, EvalContext &context) const
{
    MappingOutput out;
    apply(source, context, out);
    return out;
}

void MappingEngine::evaluateRules(const Object &source, EvalContext &context, std::vector<Value> &values,
                                  QList<InvalidReason> &reasons) const
{
    reasons.clear();
    const Object *previous = context.record;
    context.record = &source;
    values.resize(m_ruleRoots.size());
    for (std::size_t i = 0; i < m_ruleRoots.size(); ++i) {
        Value v = m_program.evaluate(m_ruleRoots[i], context);
        const QString &field = m_mapping.rules.at(qsizetype(i)).target;
        if (v.isError()) {
            reasons.append({field, v.errorMessage()});
            v = Value();
        } else {
            for (const CompiledCheck &c : m_checks[i]) {
                const QString problem = check(c, v, context);
                if (!problem.isEmpty())
                    reasons.append({field, problem});
            }
        }
        values[i] = std::move(v);
    }
    context.record = previous;
}

void MappingEngine::apply(const Object &source, EvalContext &context, MappingOutput &out) const
{
    thread_local std::vector<Value> values;
    evaluateRules(source, context, values, out.reasons);
    Value target = build(*m_targetRoot, values);
    out.target = target.isMissing() ? Value(std::make_shared<const Object>(m_targetRoot->shape ? Object(m_targetRoot->shape) : Object()))
                                    : std::move(target);
    for (Value &v : values)
        v = Value();
}

void MappingEngine::apply(const Object &source, EvalContext &context, Object &target, QList<InvalidReason> &reasons) const
{
    thread_local std::vector<Value> values;
    evaluateRules(source, context, values, reasons);
    const TargetNode &root = *m_targetRoot;
    if (!root.shape) {
        target = Object();
        return;
    }
    if (target.fields() != root.shape)
        target = Object(root.shape);
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        const TargetNode &child = root.children[i];
        Value &slot = target.at(int(i));
        if (child.rule >= 0 && !child.isArray)
            slot = std::move(values[std::size_t(child.rule)]); // a plain field: no copy
        else
            slot = build(child, values);
    }
    for (Value &v : values)
        v = Value();
}

} // namespace crmbridge::mapping
