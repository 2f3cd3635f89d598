#pragma once

#include "core/mapping/formula/program.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <span>

namespace crmbridge::mapping {

class ValueMap;

/// What a function's compile-time hook can see: each argument's value when it is a constant
/// (nullptr otherwise) and the mapping's named value maps.
struct PrepareArgs
{
    std::vector<const Value *> constants;
    const QHash<QString, std::shared_ptr<const ValueMap>> *valueMaps = nullptr;
    const Value *constant(int i) const { return i < int(constants.size()) ? constants[std::size_t(i)] : nullptr; }
};

/// The outcome of a compile-time hook: bound data for the runtime, or an error pinned to one
/// argument (a bad regular expression, an unknown time zone or value map).
struct PrepareResult
{
    std::shared_ptr<const BoundData> bound;
    QString error;
    QString hint;
    int errorArgument = -1;
};
using PrepareFn = PrepareResult (*)(const PrepareArgs &);

/// One entry of the function library. `pure` functions with constant arguments are evaluated
/// once by the compiler (TODAY, NOW and ERROR are not pure).
struct FunctionSpec
{
    const char *name;
    int minArgs;
    int maxArgs; ///< -1: any number
    FunctionImpl impl;
    const char *signature; ///< as shown in errors and docs: "LEFT(text, count)"
    PrepareFn prepare = nullptr;
    bool pure = true;
    /// Given an array as its first argument, the function applies to each element (UPPER of a
    /// list of SKUs is the list of upper-cased SKUs). Off for functions that take a list
    /// (SUM, COUNT, JOIN, ...).
    bool elementwise = true;
};

/// The function library, looked up by upper-case name.
class FunctionLibrary
{
public:
    static const FunctionSpec *find(QStringView upperName);
    static QStringList names();

    // Each file of the library contributes a table.
    static std::span<const FunctionSpec> textFunctions();
    static std::span<const FunctionSpec> numberFunctions();
    static std::span<const FunctionSpec> dateFunctions();
    static std::span<const FunctionSpec> contactFunctions();
    static std::span<const FunctionSpec> otherFunctions();
};

/// Functions the compiler evaluates lazily itself (they must not evaluate every argument).
struct SpecialForm
{
    const char *name;
    Program::Op op;
    int minArgs;
    int maxArgs;
    const char *signature;
};
const SpecialForm *findSpecialForm(QStringView upperName);

} // namespace crmbridge::mapping
