#pragma once

#include "core/common/result.h"
#include "core/mapping/formula/compiler.h"
#include "core/mapping/mapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace crmbridge::mapping {

/// Why a record is invalid: which target field, and why, in words an analyst can act on.
struct InvalidReason
{
    QString field;
    QString message;
    friend bool operator==(const InvalidReason &, const InvalidReason &) = default;
};

/// The result of mapping one record. `target` always holds every field that could be computed;
/// a record with reasons is invalid, never silently dropped or half-written.
struct MappingOutput
{
    Value target;
    QList<InvalidReason> reasons;
    bool isValid() const { return reasons.isEmpty(); }
};

struct MappingEngineOptions
{
    /// Also reject formulas that read fields outside the mapping's source schema.
    bool checkSourceFields = false;
};

/// A Mapping compiled for running: every formula parsed and compiled once into one shared
/// Program, validation regexes and formulas prepared, the target shape (nested objects,
/// arrays of objects) resolved to fixed slots. Immutable and thread-safe: share one engine
/// between worker threads, give each thread its own EvalContext from newContext().
///
/// Per record, apply() evaluates each rule's pre-bound node tree (field reads are cached slot
/// look-ups, no hashing after the first record of a shape), then fills the target objects'
/// slots; it allocates only for the values it creates (new texts, the target objects).
class MappingEngine
{
    Q_DECLARE_TR_FUNCTIONS(MappingEngine)

public:
    using Options = MappingEngineOptions;

    /// The engine, or the first problem (rule, line:column, caret, suggestion). Use
    /// diagnose() to list every problem at once for an editor.
    static Result<std::shared_ptr<const MappingEngine>> compile(const Mapping &mapping, Options options);
    static Result<std::shared_ptr<const MappingEngine>> compile(const Mapping &mapping) { return compile(mapping, Options{}); }
    /// Every compile problem of every rule and validation formula, in rule order.
    static QList<Error> diagnose(const Mapping &mapping, Options options = Options());

    /// A per-thread context with the mapping's time zone; `clock` defaults to the system clock.
    std::unique_ptr<EvalContext> newContext(const Clock *clock = nullptr) const;

    MappingOutput apply(const Object &source, EvalContext &context) const;
    void apply(const Object &source, EvalContext &context, MappingOutput &out) const;
    /// The same mapping written into `target` in place, for streaming: its shape and storage
    /// are reused from record to record (no target object allocated), and `reasons` is
    /// cleared and filled. `target` ends up with exactly the fields and values of
    /// apply()'s target object.
    void apply(const Object &source, EvalContext &context, Object &target, QList<InvalidReason> &reasons) const;

    const Mapping &mapping() const { return m_mapping; }

    struct CompiledCheck;
    struct TargetNode;

private:
    MappingEngine() = default;
    QString check(const CompiledCheck &check, const Value &value, EvalContext &context) const;
    Value build(const TargetNode &node, const std::vector<Value> &ruleValues) const;
    /// Evaluates every rule (and its checks) into `values`, one per rule.
    void evaluateRules(const Object &source, EvalContext &context, std::vector<Value> &values,
                       QList<InvalidReason> &reasons) const;

    Mapping m_mapping;
    Program m_program;
    std::vector<int> m_ruleRoots;
    std::vector<std::vector<CompiledCheck>> m_checks; // per rule
    std::shared_ptr<TargetNode> m_targetRoot;
    QTimeZone m_zone;
};

} // namespace crmbridge::mapping
