#include "core/mapping/formula/program.h"

#include "core/mapping/formula/coerce.h"

#include <atomic>

namespace crmbridge::mapping {

QString CallArgs::takeText(int i) const
{
    if (i < count && values[i].isText())
        return std::move(const_cast<QString &>(values[i].text()));
    return i < count ? coerce::text(values[i]) : QString();
}

Value CallArgs::error(const QString &message) const
{
    return Value::error(QLatin1String(function) + QStringLiteral(": ") + message);
}

int Program::addNode(const Node &node, const std::vector<int> &children)
{
    Node n = node;
    n.firstChild = int(m_children.size());
    n.childCount = int(children.size());
    m_children.insert(m_children.end(), children.begin(), children.end());
    m_nodes.push_back(n);
    return int(m_nodes.size()) - 1;
}

int Program::addConstant(Value value)
{
    m_constants.push_back(std::move(value));
    return int(m_constants.size()) - 1;
}

int Program::addPath(const std::vector<PathStep> &steps)
{
    CompiledPath path;
    for (const PathStep &step : steps) {
        path.steps.push_back({step.kind, step.name, step.index, step.kind == PathStep::Kind::Name ? m_cacheSlots++ : -1});
        if (step.kind == PathStep::Kind::All)
            path.spreads = true;
    }
    m_paths.push_back(std::move(path));
    return int(m_paths.size()) - 1;
}

int Program::addBound(std::shared_ptr<const BoundData> bound)
{
    m_bound.push_back(std::move(bound));
    return int(m_bound.size()) - 1;
}

namespace {
std::atomic<std::uint64_t> s_nextProgramId{1};
} // namespace

Program::Program() : m_id(s_nextProgramId.fetch_add(1, std::memory_order_relaxed)) { }

Value Program::evaluate(int root, EvalContext &context) const
{
    // Slot caches are per program: the same cache index means a different field in another one.
    if (context.m_cacheOwner != m_id) {
        context.m_caches.assign(std::size_t(m_cacheSlots), {});
        context.m_cacheOwner = m_id;
    } else if (context.m_caches.size() < std::size_t(m_cacheSlots)) {
        context.m_caches.resize(std::size_t(m_cacheSlots));
    }
    return eval(root, context);
}

int Program::slotFor(const Object &object, const CompiledStep &step, EvalContext &context) const
{
    // One shape per CSV file or per run of uniform JSON lines: after the first record every
    // look-up is an integer compare.
    auto &cache = context.m_caches[std::size_t(step.cacheSlot)];
    const FieldIndex *fields = object.fields().get();
    if (!fields)
        return -1;
    if (cache.shapeId != fields->id()) {
        cache.shapeId = fields->id();
        cache.slot = fields->indexOf(step.name);
    }
    return cache.slot;
}

Value Program::evalPath(const CompiledPath &path, EvalContext &context) const
{
    if (!context.record)
        return {};
    const Object &record = *context.record;
    const CompiledStep &first = path.steps.front();
    const int slot = slotFor(record, first, context);
    if (slot < 0 || slot >= record.size())
        return {};
    return walk(path, 1, record.at(slot), context);
}

Value Program::walk(const CompiledPath &path, std::size_t step, const Value &current, EvalContext &context) const
{
    if (step == path.steps.size())
        return current;
    const CompiledStep &s = path.steps[step];
    switch (s.kind) {
    case PathStep::Kind::Name: {
        if (!current.isObject())
            return {};
        const Object &object = current.object();
        const int slot = slotFor(object, s, context);
        if (slot < 0 || slot >= object.size())
            return {};
        return walk(path, step + 1, object.at(slot), context);
    }
    case PathStep::Kind::Index: {
        if (!current.isArray())
            return {};
        const ValueList &items = current.array();
        if (s.index < 0 || std::size_t(s.index) >= items.size())
            return {};
        return walk(path, step + 1, items[std::size_t(s.index)], context);
    }
    case PathStep::Kind::All: {
        if (!current.isArray())
            return current.isAbsent() ? Value() : Value::array({});
        bool nestedSpread = false;
        for (std::size_t i = step + 1; i < path.steps.size(); ++i)
            nestedSpread = nestedSpread || path.steps[i].kind == PathStep::Kind::All;
        ValueList out;
        out.reserve(current.array().size());
        for (const Value &item : current.array()) {
            Value v = walk(path, step + 1, item, context);
            if (nestedSpread && v.isArray())
                out.insert(out.end(), v.array().begin(), v.array().end());
            else
                out.push_back(std::move(v));
        }
        return Value::array(std::move(out));
    }
    }
    return {};
}

Value Program::negate(const Value &value)
{
    if (value.isError() || value.isAbsent())
        return value.isError() ? value : Value::null();
    if (value.isArray()) {
        ValueList out;
        for (const Value &item : value.array())
            out.push_back(negate(item));
        return Value::array(std::move(out));
    }
    const auto d = coerce::number(value);
    if (!d)
        return Value::error(tr("'%1' is not a number").arg(coerce::text(value)));
    return Value(d->negated());
}

namespace {
Value arithmetic(BinaryOp op, const Value &left, const Value &right)
{
    // Date arithmetic: date ± days, date - date = days.
    if (left.isDate() && (op == BinaryOp::Add || op == BinaryOp::Subtract)) {
        if (right.isDate() && op == BinaryOp::Subtract)
            return Value::fromInt(left.date().julianDay - right.date().julianDay);
        const auto days = coerce::integer(right);
        if (days)
            return Value(Date{left.date().julianDay + (op == BinaryOp::Add ? *days : -*days)});
    }
    const auto a = coerce::number(left);
    const auto b = coerce::number(right);
    if (!a || !b) {
        const Value &bad = a ? right : left;
        return Value::error(QCoreApplication::translate("Program", "'%1' is not a number").arg(coerce::text(bad)));
    }
    std::optional<Decimal> r;
    switch (op) {
    case BinaryOp::Add: r = a->add(*b); break;
    case BinaryOp::Subtract: r = a->subtract(*b); break;
    case BinaryOp::Multiply: r = a->multiply(*b); break;
    case BinaryOp::Divide:
        if (b->isZero())
            return Value::error(QCoreApplication::translate("Program", "division by zero"));
        r = a->divide(*b);
        break;
    default: break;
    }
    if (!r)
        return Value::error(QCoreApplication::translate("Program", "the result has more than 18 digits"));
    return Value(*r);
}
} // namespace

Value Program::applyBinary(BinaryOp op, const Value &left, const Value &right)
{
    if (left.isError())
        return left;
    if (right.isError())
        return right;
    // Arrays combine element by element (a scalar applies to every element), so
    // lines[*].qty * lines[*].price is the list of line totals.
    if ((left.isArray() || right.isArray()) && op != BinaryOp::Equal && op != BinaryOp::NotEqual) {
        const std::size_t n = std::max(left.isArray() ? left.array().size() : 0, right.isArray() ? right.array().size() : 0);
        ValueList out;
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Value &l = left.isArray() ? (i < left.array().size() ? left.array()[i] : Object::missingValue()) : left;
            const Value &r = right.isArray() ? (i < right.array().size() ? right.array()[i] : Object::missingValue()) : right;
            out.push_back(applyBinary(op, l, r));
        }
        return Value::array(std::move(out));
    }
    switch (op) {
    case BinaryOp::Concat: return Value(coerce::text(left) + coerce::text(right));
    case BinaryOp::Equal: return Value(coerce::equal(left, right));
    case BinaryOp::NotEqual: return Value(!coerce::equal(left, right));
    case BinaryOp::Less:
    case BinaryOp::LessEqual:
    case BinaryOp::Greater:
    case BinaryOp::GreaterEqual: {
        const auto c = coerce::compare(left, right);
        if (!c)
            return Value::null();
        switch (op) {
        case BinaryOp::Less: return Value(*c < 0);
        case BinaryOp::LessEqual: return Value(*c <= 0);
        case BinaryOp::Greater: return Value(*c > 0);
        default: return Value(*c >= 0);
        }
    }
    case BinaryOp::And: return Value(left.isTruthy() && right.isTruthy());
    case BinaryOp::Or: return Value(left.isTruthy() || right.isTruthy());
    default: break;
    }
    if (left.isAbsent() || right.isAbsent())
        return Value::null();
    return arithmetic(op, left, right);
}

Value Program::eval(int index, EvalContext &context) const
{
    const Node &n = m_nodes[std::size_t(index)];
    const int *kids = m_children.data() + n.firstChild;
    switch (n.op) {
    case Op::Constant: return m_constants[std::size_t(n.index)];
    case Op::Field: return evalPath(m_paths[std::size_t(n.index)], context);
    case Op::Variable: return context.current;
    case Op::Negate: return negate(eval(kids[0], context));
    case Op::Not: {
        const Value v = eval(kids[0], context);
        if (v.isError())
            return v;
        return Value(!v.isTruthy());
    }
    case Op::Binary: {
        const Value left = eval(kids[0], context);
        if (left.isError())
            return left;
        return applyBinary(n.binary, left, eval(kids[1], context));
    }
    case Op::And:
    case Op::Or: {
        const bool isAnd = n.op == Op::And;
        for (int i = 0; i < n.childCount; ++i) {
            const Value v = eval(kids[i], context);
            if (v.isError())
                return v;
            if (v.isTruthy() != isAnd)
                return Value(!isAnd);
        }
        return Value(isAnd);
    }
    case Op::If: {
        const Value cond = eval(kids[0], context);
        if (cond.isError())
            return cond;
        if (cond.isTruthy())
            return eval(kids[1], context);
        return n.childCount > 2 ? eval(kids[2], context) : Value::null();
    }
    case Op::Ifs: {
        int i = 0;
        for (; i + 1 < n.childCount; i += 2) {
            const Value cond = eval(kids[i], context);
            if (cond.isError())
                return cond;
            if (cond.isTruthy())
                return eval(kids[i + 1], context);
        }
        return i < n.childCount ? eval(kids[i], context) : Value::null();
    }
    case Op::Switch: {
        const Value subject = eval(kids[0], context);
        if (subject.isError())
            return subject;
        int i = 1;
        for (; i + 1 < n.childCount; i += 2) {
            const Value candidate = eval(kids[i], context);
            if (candidate.isError())
                return candidate;
            if (coerce::equal(subject, candidate))
                return eval(kids[i + 1], context);
        }
        return i < n.childCount ? eval(kids[i], context) : Value::null();
    }
    case Op::Coalesce: {
        // The first value that is not blank; if all are, the last one as it is, so that
        // COALESCE(x, "") gives "" rather than null.
        Value v;
        for (int i = 0; i < n.childCount; ++i) {
            v = eval(kids[i], context);
            if (v.isError() || !v.isBlank())
                return v;
        }
        return v.isMissing() ? Value::null() : v;
    }
    case Op::IfError: {
        Value v = eval(kids[0], context);
        if (!v.isError())
            return v;
        return n.childCount > 1 ? eval(kids[1], context) : Value::null();
    }
    case Op::Call: {
        std::vector<Value> &stack = context.m_stack;
        const std::size_t base = stack.size();
        for (int i = 0; i < n.childCount; ++i) {
            Value v = eval(kids[i], context);
            if (v.isError()) {
                stack.resize(base);
                return v;
            }
            stack.push_back(std::move(v));
        }
        const BoundData *bound = n.index >= 0 ? m_bound[std::size_t(n.index)].get() : nullptr;
        if (n.elementwise && n.childCount > 0 && stack[base].isArray()) {
            const Value list = stack[base];
            ValueList out;
            out.reserve(list.array().size());
            for (const Value &item : list.array()) {
                stack[base] = item;
                const CallArgs args{stack.data() + base, n.childCount, context, bound, n.name};
                out.push_back(n.function(args));
            }
            stack.resize(base);
            return Value::array(std::move(out));
        }
        const CallArgs args{stack.data() + base, n.childCount, context, bound, n.name};
        Value result = n.function(args);
        stack.resize(base);
        return result;
    }
    }
    return {};
}

} // namespace crmbridge::mapping
