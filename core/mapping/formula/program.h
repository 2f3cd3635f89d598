#pragma once

#include "core/mapping/formula/ast.h"
#include "core/mapping/formula/clock.h"
#include "core/mapping/value/value.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace crmbridge::mapping {

class EvalContext;

/// Data a function prepared once at compile time from its constant arguments: a compiled
/// regular expression, a parsed date format, a resolved time zone, a bound value map.
struct BoundData
{
    virtual ~BoundData() = default;
};

/// The evaluated arguments of one call, valid only during the call.
struct CallArgs
{
    const Value *values;
    int count;
    EvalContext &context;
    const BoundData *bound;
    const char *function;

    int size() const { return count; }
    const Value &operator[](int i) const { return values[i]; }
    /// Argument `i` as text, moved out of its slot when it is text. The values are the call's
    /// own copies, discarded after it, so a function that changes the text (TRIM, UPPER) can
    /// often do so in place instead of allocating.
    QString takeText(int i) const;
    /// An error value whose message starts with the function name: "LEFT: ...".
    Value error(const QString &message) const;
};

using FunctionImpl = Value (*)(const CallArgs &);

/// Per-thread evaluation state: the record being mapped, the clock, the default time zone and
/// the scratch space the program reuses between records (argument stack, field-slot caches).
/// Create one per worker thread and reuse it; after the first records it stops allocating.
class EvalContext
{
public:
    explicit EvalContext(const Clock *clock = nullptr, QTimeZone zone = QTimeZone::utc())
        : m_clock(clock ? clock : &SystemClock::instance()), m_zone(std::move(zone)), m_zoneIsUtc(m_zone == QTimeZone::utc()) { }

    const Object *record = nullptr;
    Value current; ///< $value in validation formulas: the target field's computed value

    const Clock &clock() const { return *m_clock; }
    const QTimeZone &zone() const { return m_zone; }
    /// zone() is UTC (asked per record, so answered without comparing zones).
    bool zoneIsUtc() const { return m_zoneIsUtc; }
    void setZone(QTimeZone zone)
    {
        m_zone = std::move(zone);
        m_zoneIsUtc = m_zone == QTimeZone::utc();
    }

private:
    friend class Program;
    struct ShapeCache
    {
        std::uint64_t shapeId = 0;
        int slot = -1;
    };
    const Clock *m_clock;
    QTimeZone m_zone;
    bool m_zoneIsUtc;
    std::uint64_t m_cacheOwner = 0; ///< id of the Program the caches belong to
    std::vector<ShapeCache> m_caches;
    std::vector<Value> m_stack;
};

/// A compiled set of formulas: a flat array of pre-bound nodes (children by index, constants
/// folded, regexes/formats/zones/value maps resolved, field names turned into cached slot
/// look-ups). Immutable after compilation and shared by all threads; each formula is a root.
class Program
{
    Q_DECLARE_TR_FUNCTIONS(Program)

public:
    enum class Op : std::uint8_t {
        Constant, Field, Variable, Negate, Not, Binary, And, Or, If, Ifs, Switch, Coalesce, IfError, Call
    };
    struct Node
    {
        Op op = Op::Constant;
        BinaryOp binary = BinaryOp::Add;
        int firstChild = 0; ///< into m_children
        int childCount = 0;
        int index = 0;      ///< constant, path or bound-data index, by op
        FunctionImpl function = nullptr;
        const char *name = nullptr;
        bool elementwise = false;
    };
    struct CompiledStep
    {
        PathStep::Kind kind;
        QString name;
        int index;
        int cacheSlot;
    };
    struct CompiledPath
    {
        std::vector<CompiledStep> steps;
        bool spreads = false; ///< has [*]: yields an array
    };

    Program();
    Program(const Program &) = delete;
    Program &operator=(const Program &) = delete;

    Value evaluate(int root, EvalContext &context) const;

    // Building, used by FormulaCompiler.
    int addNode(const Node &node, const std::vector<int> &children);
    int addConstant(Value value);
    int addPath(const std::vector<PathStep> &steps);
    int addBound(std::shared_ptr<const BoundData> bound);
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    const Value &constant(int index) const { return m_constants[std::size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }

    /// Arithmetic and comparison exactly as the operators do it (also used by SUM, SWITCH, ...).
    static Value applyBinary(BinaryOp op, const Value &left, const Value &right);
    static Value negate(const Value &value);

private:
    Value eval(int index, EvalContext &context) const;
    Value evalPath(const CompiledPath &path, EvalContext &context) const;
    Value walk(const CompiledPath &path, std::size_t step, const Value &current, EvalContext &context) const;
    int slotFor(const Object &object, const CompiledStep &step, EvalContext &context) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_children;
    std::vector<Value> m_constants;
    std::vector<CompiledPath> m_paths;
    std::vector<std::shared_ptr<const BoundData>> m_bound;
    int m_cacheSlots = 0;
    std::uint64_t m_id; ///< process-unique, so a context moving between programs drops its caches
};

} // namespace crmbridge::mapping
