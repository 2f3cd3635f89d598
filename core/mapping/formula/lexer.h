#pragma once

#include "core/mapping/formula/formulaerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace crmbridge::mapping {

struct Token
{
    enum class Kind {
        End, Number, String, Identifier, QuotedName, Variable,
        LParen, RParen, LBracket, RBracket, Comma, Dot,
        Plus, Minus, Star, Slash, Amp, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    };
    Kind kind = Kind::End;
    QString text; ///< identifier/name/string contents (unescaped), number digits
    int offset = 0;
    int length = 0;
};

/// Splits formula text into tokens. Identifiers may hold any Unicode letter (客户.姓名 needs no
/// quotes); names with spaces or punctuation go in backticks (`` `first name` ``); strings use
/// double quotes with "" for a quote inside. A backslash is an ordinary character, so regular
/// expressions are written as they are ("\d+").
class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(Lexer)

public:
    static std::optional<std::vector<Token>> tokenize(const QString &formula, FormulaError *error);
};

} // namespace crmbridge::mapping
