#include "core/mapping/formula/parser.h"

namespace crmbridge::mapping {

QString pathText(const std::vector<PathStep> &steps)
{
    QString out;
    for (const PathStep &step : steps) {
        switch (step.kind) {
        case PathStep::Kind::Name:
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += step.name;
            break;
        case PathStep::Kind::Index: out += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']'); break;
        case PathStep::Kind::All: out += QStringLiteral("[*]"); break;
        }
    }
    return out;
}

AstPtr Parser::parse(const QString &formula, FormulaError *error)
{
    FormulaError lexError;
    auto tokens = Lexer::tokenize(formula, &lexError);
    if (!tokens) {
        if (error)
            *error = lexError;
        return nullptr;
    }
    if (tokens->size() == 1) {
        if (error)
            *error = FormulaError::at(formula, 0, 1, tr("The formula is empty."),
                                      tr("Write a field name, a value in quotes, or a function."));
        return nullptr;
    }
    Parser parser(formula, std::move(*tokens));
    AstPtr root = parser.parseOr();
    if (!parser.m_failed && parser.peek().kind != Token::Kind::End) {
        const Token &t = parser.peek();
        parser.fail(t, t.kind == Token::Kind::RParen ? tr("This ')' has no matching '('.") : tr("Unexpected text after the end of the formula."),
                    tr("Join the parts with an operator such as & or +, or remove the extra text."));
    }
    if (parser.m_failed) {
        if (error)
            *error = parser.m_error;
        return nullptr;
    }
    return root;
}

const Token &Parser::peek(int ahead) const
{
    const std::size_t index = std::min(m_pos + std::size_t(ahead), m_tokens.size() - 1);
    return m_tokens[index];
}

bool Parser::isKeyword(const Token &t, const char *word) const
{
    return t.kind == Token::Kind::Identifier && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

AstPtr Parser::fail(const Token &at, const QString &message, const QString &hint)
{
    if (!m_failed) {
        m_failed = true;
        m_error = FormulaError::at(m_formula, at.offset, at.length, message, hint);
    }
    return nullptr;
}

AstPtr Parser::binary(BinaryOp op, AstPtr left, AstPtr right, const Token &opToken)
{
    if (!left || !right)
        return nullptr;
    auto node = std::make_unique<AstNode>();
    node->kind = AstNode::Kind::Binary;
    node->binary = op;
    node->offset = opToken.offset;
    node->length = opToken.length;
    node->children.push_back(std::move(left));
    node->children.push_back(std::move(right));
    return node;
}

AstPtr Parser::parseOr()
{
    AstPtr left = parseAnd();
    while (!m_failed && isKeyword(peek(), "OR")) {
        const Token op = peek();
        ++m_pos;
        left = binary(BinaryOp::Or, std::move(left), parseAnd(), op);
    }
    return left;
}

AstPtr Parser::parseAnd()
{
    AstPtr left = parseNot();
    while (!m_failed && isKeyword(peek(), "AND")) {
        const Token op = peek();
        ++m_pos;
        left = binary(BinaryOp::And, std::move(left), parseNot(), op);
    }
    return left;
}

AstPtr Parser::parseNot()
{
    if (isKeyword(peek(), "NOT") && peek(1).kind != Token::Kind::LParen) {
        const Token op = peek();
        ++m_pos;
        AstPtr operand = parseNot();
        if (!operand)
            return nullptr;
        auto node = std::make_unique<AstNode>();
        node->kind = AstNode::Kind::Unary;
        node->unary = UnaryOp::Not;
        node->offset = op.offset;
        node->length = op.length;
        node->children.push_back(std::move(operand));
        return node;
    }
    return parseComparison();
}

AstPtr Parser::parseComparison()
{
    AstPtr left = parseConcat();
    while (!m_failed) {
        BinaryOp op;
        switch (peek().kind) {
        case Token::Kind::Equal: op = BinaryOp::Equal; break;
        case Token::Kind::NotEqual: op = BinaryOp::NotEqual; break;
        case Token::Kind::Less: op = BinaryOp::Less; break;
        case Token::Kind::LessEqual: op = BinaryOp::LessEqual; break;
        case Token::Kind::Greater: op = BinaryOp::Greater; break;
        case Token::Kind::GreaterEqual: op = BinaryOp::GreaterEqual; break;
        default: return left;
        }
        const Token token = peek();
        ++m_pos;
        left = binary(op, std::move(left), parseConcat(), token);
    }
    return left;
}

AstPtr Parser::parseConcat()
{
    AstPtr left = parseAdditive();
    while (!m_failed && peek().kind == Token::Kind::Amp) {
        const Token op = peek();
        ++m_pos;
        left = binary(BinaryOp::Concat, std::move(left), parseAdditive(), op);
    }
    return left;
}

AstPtr Parser::parseAdditive()
{
    AstPtr left = parseMultiplicative();
    while (!m_failed && (peek().kind == Token::Kind::Plus || peek().kind == Token::Kind::Minus)) {
        const Token op = peek();
        ++m_pos;
        left = binary(op.kind == Token::Kind::Plus ? BinaryOp::Add : BinaryOp::Subtract, std::move(left),
                      parseMultiplicative(), op);
    }
    return left;
}

AstPtr Parser::parseMultiplicative()
{
    AstPtr left = parseUnary();
    while (!m_failed && (peek().kind == Token::Kind::Star || peek().kind == Token::Kind::Slash)) {
        const Token op = peek();
        ++m_pos;
        left = binary(op.kind == Token::Kind::Star ? BinaryOp::Multiply : BinaryOp::Divide, std::move(left),
                      parseUnary(), op);
    }
    return left;
}

AstPtr Parser::parseUnary()
{
    if (peek().kind == Token::Kind::Minus || peek().kind == Token::Kind::Plus) {
        const Token op = peek();
        ++m_pos;
        AstPtr operand = parseUnary();
        if (!operand || op.kind == Token::Kind::Plus)
            return operand;
        if (operand->kind == AstNode::Kind::Literal && operand->literal.isNumber()) {
            operand->literal = Value(operand->literal.number().negated());
            operand->length += operand->offset - op.offset;
            operand->offset = op.offset;
            return operand;
        }
        auto node = std::make_unique<AstNode>();
        node->kind = AstNode::Kind::Unary;
        node->unary = UnaryOp::Negate;
        node->offset = op.offset;
        node->length = op.length;
        node->children.push_back(std::move(operand));
        return node;
    }
    return parsePrimary();
}

AstPtr Parser::parsePrimary()
{
    const Token &t = peek();
    auto literal = [&](Value v) {
        auto node = std::make_unique<AstNode>();
        node->kind = AstNode::Kind::Literal;
        node->literal = std::move(v);
        node->offset = t.offset;
        node->length = t.length;
        ++m_pos;
        return node;
    };
    switch (t.kind) {
    case Token::Kind::Number: {
        const auto d = Decimal::parse(t.text);
        if (!d)
            return fail(t, tr("'%1' is not a number this engine can hold exactly.").arg(t.text),
                        tr("Numbers have at most 18 significant digits."));
        return literal(Value(*d));
    }
    case Token::Kind::String: return literal(Value(t.text));
    case Token::Kind::Variable: {
        auto node = std::make_unique<AstNode>();
        node->kind = AstNode::Kind::Variable;
        node->name = t.text;
        node->offset = t.offset;
        node->length = t.length;
        ++m_pos;
        return node;
    }
    case Token::Kind::LParen: {
        const Token open = t;
        ++m_pos;
        AstPtr inner = parseOr();
        if (m_failed)
            return nullptr;
        if (peek().kind != Token::Kind::RParen)
            return fail(open, tr("This '(' is never closed."), tr("Add a ')' where the group ends."));
        ++m_pos;
        return inner;
    }
    case Token::Kind::QuotedName: return parsePath();
    case Token::Kind::Identifier:
        if (peek(1).kind == Token::Kind::LParen)
            return parseCall();
        if (peek(1).kind != Token::Kind::Dot && peek(1).kind != Token::Kind::LBracket) {
            if (isKeyword(t, "TRUE"))
                return literal(Value(true));
            if (isKeyword(t, "FALSE"))
                return literal(Value(false));
            if (isKeyword(t, "NULL"))
                return literal(Value::null());
            if (isKeyword(t, "AND") || isKeyword(t, "OR") || isKeyword(t, "NOT"))
                return fail(t, tr("'%1' needs a value on each side.").arg(t.text));
        }
        return parsePath();
    case Token::Kind::End: return fail(t, tr("The formula ends too early."), tr("Complete the expression."));
    case Token::Kind::RParen: return fail(t, tr("A value is missing before ')'."));
    case Token::Kind::Comma: return fail(t, tr("A value is missing before ','."));
    default: return fail(t, tr("A value is expected here."));
    }
}

AstPtr Parser::parsePath()
{
    auto node = std::make_unique<AstNode>();
    node->kind = AstNode::Kind::Field;
    const Token first = peek();
    node->offset = first.offset;
    node->path.push_back({PathStep::Kind::Name, first.text, 0});
    ++m_pos;
    int end = first.offset + first.length;
    while (!m_failed) {
        if (peek().kind == Token::Kind::Dot) {
            ++m_pos;
            const Token &name = peek();
            if (name.kind != Token::Kind::Identifier && name.kind != Token::Kind::QuotedName)
                return fail(name, tr("A field name is expected after '.'."),
                            tr("Put names with spaces or symbols in backticks: `first name`."));
            node->path.push_back({PathStep::Kind::Name, name.text, 0});
            end = name.offset + name.length;
            ++m_pos;
        } else if (peek().kind == Token::Kind::LBracket) {
            ++m_pos;
            const Token &inside = peek();
            if (inside.kind == Token::Kind::Star) {
                node->path.push_back({PathStep::Kind::All, {}, 0});
            } else if (inside.kind == Token::Kind::Number && !inside.text.contains(QLatin1Char('.'))) {
                bool ok = false;
                const int index = inside.text.toInt(&ok);
                if (!ok)
                    return fail(inside, tr("This index is too large."));
                node->path.push_back({PathStep::Kind::Index, {}, index});
            } else {
                return fail(inside, tr("Inside [ ] put an index such as 0 or * for every element."));
            }
            ++m_pos;
            if (peek().kind != Token::Kind::RBracket)
                return fail(peek(), tr("']' expected."));
            end = peek().offset + 1;
            ++m_pos;
        } else {
            break;
        }
    }
    node->length = end - node->offset;
    return node;
}

AstPtr Parser::parseCall()
{
    const Token name = peek();
    m_pos += 2; // name (
    auto node = std::make_unique<AstNode>();
    node->kind = AstNode::Kind::Call;
    node->name = name.text.toUpper();
    node->offset = name.offset;
    node->length = name.length;
    if (peek().kind == Token::Kind::RParen) {
        ++m_pos;
        return node;
    }
    while (!m_failed) {
        AstPtr arg = parseOr();
        if (!arg)
            return nullptr;
        node->children.push_back(std::move(arg));
        if (peek().kind == Token::Kind::Comma) {
            ++m_pos;
            continue;
        }
        if (peek().kind == Token::Kind::RParen) {
            ++m_pos;
            return node;
        }
        return fail(peek(), tr("',' or ')' expected in the arguments of %1.").arg(node->name),
                    tr("Separate arguments with commas and close the call with ')'."));
    }
    return nullptr;
}

} // namespace crmbridge::mapping
