#include "core/mapping/formula/compiler.h"

#include "core/mapping/formula/parser.h"
#include "core/mapping/formula/suggest.h"

namespace crmbridge::mapping {

std::optional<int> FormulaCompiler::compile(const QString &formula, FormulaError *error)
{
    m_formula = &formula;
    m_failed = false;
    m_fields.clear();
    FormulaError parseError;
    AstPtr ast = Parser::parse(formula, &parseError);
    if (!ast) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    auto root = compileNode(*ast);
    if (!root && error)
        *error = m_error;
    return root;
}

std::optional<int> FormulaCompiler::fail(int offset, int length, const QString &message, const QString &hint)
{
    if (!m_failed) {
        m_failed = true;
        m_error = FormulaError::at(*m_formula, offset, length, message, hint);
    }
    return std::nullopt;
}

std::optional<int> FormulaCompiler::fail(const AstNode &node, const QString &message, const QString &hint)
{
    return fail(node.offset, node.length, message, hint);
}

std::optional<int> FormulaCompiler::constant(Value value)
{
    Program::Node n;
    n.op = Program::Op::Constant;
    n.index = m_program.addConstant(std::move(value));
    return m_program.addNode(n, {});
}

std::optional<int> FormulaCompiler::compileNode(const AstNode &node)
{
    switch (node.kind) {
    case AstNode::Kind::Literal: return constant(node.literal);
    case AstNode::Kind::Variable: {
        if (!m_env.variables.contains(node.name)) {
            return fail(node, tr("Unknown variable $%1.").arg(node.name),
                        m_env.variables.isEmpty() ? tr("$ variables are only available in validation formulas.")
                                                  : tr("Available here: $%1.").arg(m_env.variables.join(QStringLiteral(", $"))));
        }
        Program::Node n;
        n.op = Program::Op::Variable;
        return m_program.addNode(n, {});
    }
    case AstNode::Kind::Field: {
        const QString path = pathText(node.path);
        if (!m_env.sourceFields.isEmpty() && !schemaHasPath(m_env.sourceFields, path)) {
            const QStringList near = nearestNames(schemaPath(path), m_env.sourceFields);
            return fail(node, tr("Unknown field '%1'.").arg(path),
                        near.isEmpty() ? tr("Check the field name against the source schema; put names with spaces in backticks.")
                                       : tr("Did you mean %1?").arg(QLatin1Char('\'') + near.join(QStringLiteral("', '")) + QLatin1Char('\'')));
        }
        if (!m_fields.contains(path))
            m_fields << path;
        Program::Node n;
        n.op = Program::Op::Field;
        n.index = m_program.addPath(node.path);
        return m_program.addNode(n, {});
    }
    case AstNode::Kind::Unary: {
        auto operand = compileNode(*node.children[0]);
        if (!operand)
            return std::nullopt;
        if (isConstant(*operand)) {
            const Value &v = m_program.constant(m_program.node(*operand).index);
            if (node.unary == UnaryOp::Not && !v.isError())
                return constant(Value(!v.isTruthy()));
            if (node.unary == UnaryOp::Negate) {
                Value r = Program::negate(v);
                if (r.isError())
                    return fail(node, r.errorMessage());
                return constant(std::move(r));
            }
        }
        Program::Node n;
        n.op = node.unary == UnaryOp::Not ? Program::Op::Not : Program::Op::Negate;
        return m_program.addNode(n, {*operand});
    }
    case AstNode::Kind::Binary: {
        auto left = compileNode(*node.children[0]);
        if (!left)
            return std::nullopt;
        auto right = compileNode(*node.children[1]);
        if (!right)
            return std::nullopt;
        Program::Node n;
        if (node.binary == BinaryOp::And || node.binary == BinaryOp::Or) {
            n.op = node.binary == BinaryOp::And ? Program::Op::And : Program::Op::Or;
            return m_program.addNode(n, {*left, *right});
        }
        if (isConstant(*left) && isConstant(*right)) {
            Value r = Program::applyBinary(node.binary, m_program.constant(m_program.node(*left).index),
                                           m_program.constant(m_program.node(*right).index));
            if (r.isError())
                return fail(node, r.errorMessage());
            return constant(std::move(r));
        }
        n.op = Program::Op::Binary;
        n.binary = node.binary;
        return m_program.addNode(n, {*left, *right});
    }
    case AstNode::Kind::Call: return compileCall(node);
    }
    return std::nullopt;
}

std::optional<int> FormulaCompiler::compileCall(const AstNode &node)
{
    const int argc = int(node.children.size());
    auto arityError = [&](int minArgs, int maxArgs, const char *signature) -> std::optional<int> {
        if (argc >= minArgs && (maxArgs < 0 || argc <= maxArgs))
            return 0;
        const QString expected = maxArgs < 0 ? tr("at least %1").arg(minArgs)
                                             : (minArgs == maxArgs ? QString::number(minArgs)
                                                                   : tr("%1 to %2").arg(minArgs).arg(maxArgs));
        return fail(node, tr("%1 takes %2 arguments, not %3.").arg(node.name, expected).arg(argc),
                    tr("Use it as %1.").arg(QLatin1String(signature)));
    };

    if (const SpecialForm *form = findSpecialForm(node.name)) {
        if (!arityError(form->minArgs, form->maxArgs, form->signature))
            return std::nullopt;
        std::vector<int> children;
        for (const auto &child : node.children) {
            auto c = compileNode(*child);
            if (!c)
                return std::nullopt;
            children.push_back(*c);
        }
        Program::Node n;
        n.op = form->op;
        return m_program.addNode(n, children);
    }

    const FunctionSpec *spec = FunctionLibrary::find(node.name);
    if (!spec) {
        const QStringList near = nearestNames(node.name, FunctionLibrary::names());
        return fail(node, tr("Unknown function %1.").arg(node.name),
                    near.isEmpty() ? tr("See docs/formulas.md for the list of functions.")
                                   : tr("Did you mean %1?").arg(near.join(QStringLiteral(", "))));
    }
    if (!arityError(spec->minArgs, spec->maxArgs, spec->signature))
        return std::nullopt;

    std::vector<int> children;
    PrepareArgs prepare;
    prepare.valueMaps = &m_env.valueMaps;
    bool allConstant = true;
    for (int i = 0; i < argc; ++i) {
        const AstNode &child = *node.children[std::size_t(i)];
        std::optional<int> c;
        // LOOKUP(status_map, ...) names a value map, not a field.
        if (i == 0 && node.name == QLatin1String("LOOKUP") && child.kind == AstNode::Kind::Field
            && child.path.size() == 1 && m_env.valueMaps.contains(child.path.front().name))
            c = constant(Value(child.path.front().name));
        else
            c = compileNode(child);
        if (!c)
            return std::nullopt;
        children.push_back(*c);
        allConstant = allConstant && isConstant(*c);
    }
    // Pointers only now: compiling an argument may add constants and move the storage.
    for (const int c : children)
        prepare.constants.push_back(isConstant(c) ? &m_program.constant(m_program.node(c).index) : nullptr);

    std::shared_ptr<const BoundData> bound;
    if (spec->prepare) {
        PrepareResult prepared = spec->prepare(prepare);
        if (!prepared.error.isEmpty()) {
            const AstNode &where = prepared.errorArgument >= 0 && prepared.errorArgument < argc
                ? *node.children[std::size_t(prepared.errorArgument)]
                : node;
            return fail(where, QLatin1String(spec->name) + QStringLiteral(": ") + prepared.error, prepared.hint);
        }
        bound = std::move(prepared.bound);
    }

    if (allConstant && spec->pure) {
        std::vector<Value> values;
        for (const Value *v : prepare.constants)
            values.push_back(*v);
        EvalContext scratch;
        Value r;
        if (spec->elementwise && argc > 0 && values[0].isArray()) {
            const Value list = values[0];
            ValueList out;
            for (const Value &item : list.array()) {
                values[0] = item;
                const CallArgs args{values.data(), argc, scratch, bound.get(), spec->name};
                out.push_back(spec->impl(args));
                if (out.back().isError()) {
                    r = out.back();
                    break;
                }
            }
            if (!r.isError())
                r = Value::array(std::move(out));
        } else {
            const CallArgs args{values.data(), argc, scratch, bound.get(), spec->name};
            r = spec->impl(args);
        }
        if (r.isError())
            return fail(node, r.errorMessage());
        return constant(std::move(r));
    }

    Program::Node n;
    n.op = Program::Op::Call;
    n.function = spec->impl;
    n.name = spec->name;
    n.elementwise = spec->elementwise;
    n.index = bound ? m_program.addBound(std::move(bound)) : -1;
    return m_program.addNode(n, children);
}

std::optional<Formula> Formula::compile(const QString &text, const CompileEnvironment &environment, FormulaError *error)
{
    auto program = std::make_shared<Program>();
    FormulaCompiler compiler(*program, environment);
    const auto root = compiler.compile(text, error);
    if (!root)
        return std::nullopt;
    Formula f;
    f.m_program = std::move(program);
    f.m_root = *root;
    f.m_fields = compiler.referencedFields();
    return f;
}

Value Formula::evaluate(const Object &record, EvalContext &context) const
{
    const Object *previous = context.record;
    context.record = &record;
    Value v = m_program->evaluate(m_root, context);
    context.record = previous;
    return v;
}

} // namespace crmbridge::mapping
