#pragma once

#include "core/mapping/value/value.h"

#include <QString>

#include <memory>
#include <vector>

namespace crmbridge::mapping {

/// One step of a field path: a name (`properties`, `` `first name` ``), an index (`[0]`) or
/// every element (`[*]`).
struct PathStep
{
    enum class Kind { Name, Index, All };
    Kind kind = Kind::Name;
    QString name;
    int index = 0;
};

/// The dotted text of a path as the schema lists it: `lines[*].qty`, `properties.email`.
QString pathText(const std::vector<PathStep> &steps);

enum class BinaryOp { Add, Subtract, Multiply, Divide, Concat, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, And, Or };
enum class UnaryOp { Negate, Not };

/// The parse tree of one formula. Short-lived: the compiler turns it into a Program and drops it.
struct AstNode
{
    enum class Kind { Literal, Field, Variable, Unary, Binary, Call };
    Kind kind = Kind::Literal;
    int offset = 0; ///< in the formula text, for error carets
    int length = 1;
    Value literal;
    QString name; ///< function or variable name
    std::vector<PathStep> path;
    BinaryOp binary = BinaryOp::Add;
    UnaryOp unary = UnaryOp::Negate;
    std::vector<std::unique_ptr<AstNode>> children;
};
using AstPtr = std::unique_ptr<AstNode>;

} // namespace crmbridge::mapping
