#pragma once

#include "core/mapping/formula/ast.h"
#include "core/mapping/formula/formulaerror.h"
#include "core/mapping/formula/lexer.h"

#include <QCoreApplication>

namespace crmbridge::mapping {

/// Recursive-descent parser for the formula language. Precedence, loosest first:
/// OR, AND, NOT, comparisons (= <> != < <= > >=), &, + -, * /, unary -, then primaries
/// (literals, $variables, field paths, CALLS(...), parentheses). Keywords are case-insensitive.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Parser)

public:
    /// The tree, or nullptr with `error` set to the first problem.
    static AstPtr parse(const QString &formula, FormulaError *error);

private:
    Parser(const QString &formula, std::vector<Token> tokens) : m_formula(formula), m_tokens(std::move(tokens)) { }
    AstPtr parseOr();
    AstPtr parseAnd();
    AstPtr parseNot();
    AstPtr parseComparison();
    AstPtr parseConcat();
    AstPtr parseAdditive();
    AstPtr parseMultiplicative();
    AstPtr parseUnary();
    AstPtr parsePrimary();
    AstPtr parsePath();
    AstPtr parseCall();

    const Token &peek(int ahead = 0) const;
    bool isKeyword(const Token &t, const char *word) const;
    AstPtr binary(BinaryOp op, AstPtr left, AstPtr right, const Token &opToken);
    AstPtr fail(const Token &at, const QString &message, const QString &hint = {});

    const QString &m_formula;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    bool m_failed = false;
    FormulaError m_error;
};

} // namespace crmbridge::mapping
