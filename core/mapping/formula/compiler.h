#pragma once

#include "core/mapping/formula/formulaerror.h"
#include "core/mapping/formula/functions.h"
#include "core/mapping/formula/program.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace crmbridge::mapping {

/// What formulas may refer to besides functions: the source schema's field paths (when given,
/// a path outside it is an error with the nearest names suggested), the named value maps of
/// the mapping, and the $variables allowed in this position ($value in validation formulas).
struct CompileEnvironment
{
    QStringList sourceFields; ///< empty: any field is accepted (no schema known yet)
    QHash<QString, std::shared_ptr<const ValueMap>> valueMaps;
    QStringList variables;
};

/// Turns formula text into nodes of a Program: parses, checks names and arity, resolves field
/// paths to cached slots, lets functions prepare their constant arguments, folds constant
/// sub-expressions. Compiling never evaluates record data, and a compiled formula is never
/// parsed again.
class FormulaCompiler
{
    Q_DECLARE_TR_FUNCTIONS(FormulaCompiler)

public:
    FormulaCompiler(Program &program, const CompileEnvironment &environment)
        : m_program(program), m_env(environment) { }

    /// The root node of the formula in the program, or nullopt with `error` set.
    std::optional<int> compile(const QString &formula, FormulaError *error);
    /// Field paths (as written) the last compiled formula reads.
    const QStringList &referencedFields() const { return m_fields; }

private:
    std::optional<int> compileNode(const AstNode &node);
    std::optional<int> compileCall(const AstNode &node);
    std::optional<int> constant(Value value);
    bool isConstant(int node) const { return m_program.node(node).op == Program::Op::Constant; }
    std::optional<int> fail(const AstNode &node, const QString &message, const QString &hint = {});
    std::optional<int> fail(int offset, int length, const QString &message, const QString &hint = {});

    Program &m_program;
    const CompileEnvironment &m_env;
    const QString *m_formula = nullptr;
    FormulaError m_error;
    bool m_failed = false;
    QStringList m_fields;
};

/// One formula compiled on its own — for previews, validation formulas and tests. Cheap to copy
/// (shares the program); evaluate from any number of threads, each with its own EvalContext.
class Formula
{
public:
    static std::optional<Formula> compile(const QString &text, const CompileEnvironment &environment,
                                          FormulaError *error);
    static std::optional<Formula> compile(const QString &text, FormulaError *error)
    {
        return compile(text, CompileEnvironment{}, error);
    }

    Value evaluate(const Object &record, EvalContext &context) const;
    const QStringList &referencedFields() const { return m_fields; }

private:
    std::shared_ptr<const Program> m_program;
    int m_root = 0;
    QStringList m_fields;
};

} // namespace crmbridge::mapping
