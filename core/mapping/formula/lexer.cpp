#include "core/mapping/formula/lexer.h"

namespace crmbridge::mapping {

namespace {
bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.isHighSurrogate();
}
bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c.isMark() || c.isLowSurrogate();
}
} // namespace

std::optional<std::vector<Token>> Lexer::tokenize(const QString &formula, FormulaError *error)
{
    std::vector<Token> tokens;
    const int n = int(formula.size());
    int i = 0;
    auto fail = [&](int offset, int length, const QString &message, const QString &hint = {}) {
        if (error)
            *error = FormulaError::at(formula, offset, length, message, hint);
        return std::nullopt;
    };
    while (i < n) {
        const QChar c = formula.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.offset = i;
        auto single = [&](Token::Kind kind, int len = 1) {
            t.kind = kind;
            t.length = len;
            i += len;
        };
        const QChar next = i + 1 < n ? formula.at(i + 1) : QChar();
        if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            int j = i;
            while (j < n && (formula.at(j).isDigit() || formula.at(j) == QLatin1Char('.')))
                ++j;
            if (j < n && (formula.at(j) == QLatin1Char('e') || formula.at(j) == QLatin1Char('E'))) {
                int k = j + 1;
                if (k < n && (formula.at(k) == QLatin1Char('+') || formula.at(k) == QLatin1Char('-')))
                    ++k;
                if (k < n && formula.at(k).isDigit()) {
                    while (k < n && formula.at(k).isDigit())
                        ++k;
                    j = k;
                }
            }
            t.kind = Token::Kind::Number;
            t.text = formula.mid(i, j - i);
            t.length = j - i;
            i = j;
        } else if (c == QLatin1Char('"')) {
            int j = i + 1;
            QString text;
            bool closed = false;
            while (j < n) {
                const QChar d = formula.at(j);
                if (d == QLatin1Char('"')) {
                    if (j + 1 < n && formula.at(j + 1) == QLatin1Char('"')) {
                        text += QLatin1Char('"');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                text += d;
                ++j;
            }
            if (!closed)
                return fail(i, j - i, tr("This text has no closing quote."), tr("Add a \" at the end of the text."));
            t.kind = Token::Kind::String;
            t.text = text;
            t.length = j - i;
            i = j;
        } else if (c == QLatin1Char('`')) {
            const int close = int(formula.indexOf(QLatin1Char('`'), i + 1));
            if (close < 0)
                return fail(i, n - i, tr("This field name has no closing backtick."), tr("Add a ` after the name."));
            t.kind = Token::Kind::QuotedName;
            t.text = formula.mid(i + 1, close - i - 1);
            t.length = close - i + 1;
            i = close + 1;
        } else if (isIdentifierStart(c) || (c == QLatin1Char('$') && i + 1 < n && isIdentifierStart(next))) {
            int j = i + 1;
            while (j < n && isIdentifierPart(formula.at(j)))
                ++j;
            t.kind = c == QLatin1Char('$') ? Token::Kind::Variable : Token::Kind::Identifier;
            t.text = formula.mid(c == QLatin1Char('$') ? i + 1 : i, c == QLatin1Char('$') ? j - i - 1 : j - i);
            t.length = j - i;
            i = j;
        } else {
            switch (c.unicode()) {
            case '(': single(Token::Kind::LParen); break;
            case ')': single(Token::Kind::RParen); break;
            case '[': single(Token::Kind::LBracket); break;
            case ']': single(Token::Kind::RBracket); break;
            case ',': single(Token::Kind::Comma); break;
            case '.': single(Token::Kind::Dot); break;
            case '+': single(Token::Kind::Plus); break;
            case '-': single(Token::Kind::Minus); break;
            case '*': single(Token::Kind::Star); break;
            case '/': single(Token::Kind::Slash); break;
            case '&': single(Token::Kind::Amp); break;
            case '=': single(Token::Kind::Equal, next == QLatin1Char('=') ? 2 : 1); break;
            case '!':
                if (next != QLatin1Char('='))
                    return fail(i, 1, tr("Unexpected character '!'."), tr("Use NOT(...) or != for \"not equal\"."));
                single(Token::Kind::NotEqual, 2);
                break;
            case '<':
                if (next == QLatin1Char('>'))
                    single(Token::Kind::NotEqual, 2);
                else if (next == QLatin1Char('='))
                    single(Token::Kind::LessEqual, 2);
                else
                    single(Token::Kind::Less);
                break;
            case '>':
                if (next == QLatin1Char('='))
                    single(Token::Kind::GreaterEqual, 2);
                else
                    single(Token::Kind::Greater);
                break;
            default:
                if (c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0xFF02))
                    return fail(i, 1, tr("Curly or full-width quotes cannot start text."),
                                tr("Use straight double quotes (\") around text."));
                if (c == QChar(0xFF08) || c == QChar(0xFF09) || c == QChar(0xFF0C))
                    return fail(i, 1, tr("Full-width punctuation '%1' is not part of the formula language.").arg(c),
                                tr("Use ASCII parentheses and commas: ( ) ,"));
                return fail(i, 1, tr("Unexpected character '%1'.").arg(c));
            }
        }
        tokens.push_back(std::move(t));
    }
    Token end;
    end.kind = Token::Kind::End;
    end.offset = n;
    end.length = 1;
    tokens.push_back(end);
    return tokens;
}

} // namespace crmbridge::mapping
