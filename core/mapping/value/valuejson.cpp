#include "core/mapping/value/valuejson.h"

#include "core/common/jsontext.h"

#include "core/mapping/value/valuetext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace crmbridge::mapping {

namespace {
constexpr int kMaxDepth = 64;

void appendUtf8Codepoint(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

struct JsonValueReader::Cursor
{
    const char *begin;
    const char *p;
    const char *end;
    bool failed = false;

    void skipSpace()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
};

Result<Value> JsonValueReader::parse(QByteArrayView utf8)
{
    Cursor c{utf8.data(), utf8.data(), utf8.data() + utf8.size()};
    m_error.clear();
    c.skipSpace();
    Value v = parseValue(c, 0);
    if (!c.failed) {
        c.skipSpace();
        if (c.p != c.end) {
            c.failed = true;
            m_error = tr("unexpected text after the JSON value");
            m_errorOffset = c.p - c.begin;
        }
    }
    if (c.failed)
        return Error::input(tr("Invalid JSON: %1").arg(m_error), tr("byte %1").arg(m_errorOffset + 1),
                            tr("Check that each line holds exactly one JSON object."));
    return v;
}

Value JsonValueReader::parseValue(Cursor &c, int depth)
{
    auto fail = [&](const QString &message) {
        if (!c.failed) {
            c.failed = true;
            m_error = message;
            m_errorOffset = c.p - c.begin;
        }
        return Value();
    };
    if (depth > kMaxDepth)
        return fail(tr("nested more than %1 levels deep").arg(kMaxDepth));
    if (c.p >= c.end)
        return fail(tr("unexpected end of input"));
    const char ch = *c.p;
    if (ch == '{')
        return parseObject(c, depth);
    if (ch == '[')
        return parseArray(c, depth);
    if (ch == '"') {
        ++c.p;
        const char *start = c.p;
        while (c.p < c.end && *c.p != '"' && *c.p != '\\')
            ++c.p;
        if (c.p < c.end && *c.p == '"') {
            const QString s = QString::fromUtf8(start, c.p - start);
            ++c.p;
            return Value(s);
        }
        QByteArray buffer(start, c.p - start);
        while (c.p < c.end && *c.p != '"') {
            if (*c.p != '\\') {
                buffer += *c.p++;
                continue;
            }
            if (++c.p >= c.end)
                break;
            const char e = *c.p++;
            switch (e) {
            case '"': buffer += '"'; break;
            case '\\': buffer += '\\'; break;
            case '/': buffer += '/'; break;
            case 'b': buffer += '\b'; break;
            case 'f': buffer += '\f'; break;
            case 'n': buffer += '\n'; break;
            case 'r': buffer += '\r'; break;
            case 't': buffer += '\t'; break;
            case 'u': {
                auto readHex = [&](char32_t &out) {
                    if (c.end - c.p < 4)
                        return false;
                    out = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int d = hexDigit(c.p[i]);
                        if (d < 0)
                            return false;
                        out = out * 16 + char32_t(d);
                    }
                    c.p += 4;
                    return true;
                };
                char32_t cp = 0;
                if (!readHex(cp))
                    return fail(tr("bad \\u escape"));
                if (cp >= 0xD800 && cp < 0xDC00 && c.end - c.p >= 6 && c.p[0] == '\\' && c.p[1] == 'u') {
                    c.p += 2;
                    char32_t low = 0;
                    if (!readHex(low) || low < 0xDC00 || low > 0xDFFF)
                        return fail(tr("bad surrogate pair"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8Codepoint(buffer, cp);
                break;
            }
            default: return fail(tr("bad escape \\%1").arg(QLatin1Char(e)));
            }
        }
        if (c.p >= c.end)
            return fail(tr("unterminated string"));
        ++c.p;
        return Value(QString::fromUtf8(buffer));
    }
    auto literal = [&](const char *word, qsizetype n) {
        if (c.end - c.p >= n && std::equal(word, word + n, c.p)) {
            c.p += n;
            return true;
        }
        return false;
    };
    if (literal("true", 4))
        return Value(true);
    if (literal("false", 5))
        return Value(false);
    if (literal("null", 4))
        return Value::null();
    if (ch == '-' || (ch >= '0' && ch <= '9')) {
        const char *start = c.p;
        ++c.p;
        while (c.p < c.end && ((*c.p >= '0' && *c.p <= '9') || *c.p == '.' || *c.p == 'e' || *c.p == 'E'
                               || *c.p == '+' || *c.p == '-'))
            ++c.p;
        const auto d = Decimal::parse(start, c.p - start);
        if (!d) {
            c.p = start;
            return fail(tr("number is malformed or has more than 18 digits"));
        }
        return Value(*d);
    }
    return fail(tr("unexpected character '%1'").arg(QLatin1Char(ch)));
}

Value JsonValueReader::parseObject(Cursor &c, int depth)
{
    ++c.p; // {
    QStringList keys;
    std::vector<Value> values;
    c.skipSpace();
    if (c.p < c.end && *c.p == '}') {
        ++c.p;
        return Value(std::make_shared<const Object>(shapeFor(keys), std::move(values)));
    }
    while (!c.failed) {
        c.skipSpace();
        if (c.p >= c.end || *c.p != '"') {
            c.failed = true;
            m_error = tr("expected a field name in quotes");
            m_errorOffset = c.p - c.begin;
            return {};
        }
        Value key = parseValue(c, depth + 1);
        if (c.failed)
            return {};
        c.skipSpace();
        if (c.p >= c.end || *c.p != ':') {
            c.failed = true;
            m_error = tr("expected ':' after a field name");
            m_errorOffset = c.p - c.begin;
            return {};
        }
        ++c.p;
        c.skipSpace();
        Value item = parseValue(c, depth + 1);
        if (c.failed)
            return {};
        // A repeated key keeps its last value, as most JSON readers do.
        const qsizetype existing = keys.indexOf(key.text());
        if (existing >= 0) {
            values[std::size_t(existing)] = std::move(item);
        } else {
            keys << key.text();
            values.push_back(std::move(item));
        }
        c.skipSpace();
        if (c.p < c.end && *c.p == ',') {
            ++c.p;
            continue;
        }
        if (c.p < c.end && *c.p == '}') {
            ++c.p;
            return Value(std::make_shared<const Object>(shapeFor(keys), std::move(values)));
        }
        c.failed = true;
        m_error = tr("expected ',' or '}' in an object");
        m_errorOffset = c.p - c.begin;
    }
    return {};
}

Value JsonValueReader::parseArray(Cursor &c, int depth)
{
    ++c.p; // [
    ValueList items;
    c.skipSpace();
    if (c.p < c.end && *c.p == ']') {
        ++c.p;
        return Value::array(std::move(items));
    }
    while (!c.failed) {
        c.skipSpace();
        items.push_back(parseValue(c, depth + 1));
        if (c.failed)
            return {};
        c.skipSpace();
        if (c.p < c.end && *c.p == ',') {
            ++c.p;
            continue;
        }
        if (c.p < c.end && *c.p == ']') {
            ++c.p;
            return Value::array(std::move(items));
        }
        c.failed = true;
        m_error = tr("expected ',' or ']' in an array");
        m_errorOffset = c.p - c.begin;
    }
    return {};
}

Value JsonValueReader::fromQJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Value::null();
    case QJsonValue::Bool:
        return Value(value.toBool());
    case QJsonValue::Double: {
        // Integers keep every digit (Qt holds them as qint64; 123456789012345678 is not a double).
        const double d = value.toDouble();
        const qint64 integer = value.toInteger();
        if (double(integer) == d && std::abs(d) < 9.2e18)
            return Value(Decimal::fromInt(integer));
        if (const auto decimal = Decimal::fromDouble(d))
            return Value(*decimal);
        return Value::error(tr("number is malformed or has more than 18 digits"));
    }
    case QJsonValue::String:
        return Value(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        ValueList items;
        items.reserve(std::size_t(array.size()));
        for (const QJsonValue &item : array)
            items.push_back(fromQJson(item));
        return Value::array(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys;
        keys.reserve(object.size());
        std::vector<Value> values;
        values.reserve(std::size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) { // key order, as toJson writes
            keys.append(it.key());
            values.push_back(fromQJson(it.value()));
        }
        return Value(std::make_shared<const Object>(shapeFor(keys), std::move(values)));
    }
    case QJsonValue::Undefined:
        break;
    }
    return Value();
}

FieldIndexPtr JsonValueReader::shapeFor(const QStringList &keys)
{
    const QString signature = keys.join(QChar(0x1F));
    auto it = m_shapes.constFind(signature);
    if (it != m_shapes.constEnd())
        return it.value();
    // Bounded, so a file of ever-changing keys cannot grow the cache without limit.
    if (m_shapes.size() > 4096)
        m_shapes.clear();
    auto shape = std::make_shared<const FieldIndex>(keys);
    m_shapes.insert(signature, shape);
    return shape;
}

namespace {
void writeString(const QString &text, QByteArray &out)
{
    appendJsonString(out, text.toUtf8());
}
} // namespace

QJsonValue toQJsonValue(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Missing:
    case Value::Type::Null: return QJsonValue(QJsonValue::Null);
    case Value::Type::Bool: return QJsonValue(value.boolValue());
    case Value::Type::Number: {
        // As Qt's JSON parser reads the digits writeJson writes: an integer literal that fits
        // stays a qint64, anything else is a double.
        const QString digits = value.number().toString();
        bool ok = false;
        if (!digits.contains(u'.') && !digits.contains(u'e') && !digits.contains(u'E')) {
            const qint64 integer = digits.toLongLong(&ok);
            if (ok)
                return QJsonValue(integer);
        }
        return QJsonValue(digits.toDouble());
    }
    case Value::Type::Text: return QJsonValue(value.text());
    case Value::Type::Date:
    case Value::Type::DateTime: return QJsonValue(toText(value));
    case Value::Type::Error: return QJsonObject{{QStringLiteral("error"), value.errorMessage()}};
    case Value::Type::Array: {
        QJsonArray array;
        for (const Value &item : value.array())
            array.append(toQJsonValue(item));
        return array;
    }
    case Value::Type::Object: {
        QJsonObject object;
        const Object &fields = value.object();
        for (int i = 0; i < fields.size(); ++i) {
            if (!fields.at(i).isMissing())
                object.insert(fields.name(i), toQJsonValue(fields.at(i)));
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

void writeJson(const Value &value, QByteArray &out)
{
    switch (value.type()) {
    case Value::Type::Missing:
    case Value::Type::Null: out += "null"; break;
    case Value::Type::Bool: out += value.boolValue() ? "true" : "false"; break;
    case Value::Type::Number: out += value.number().toString().toLatin1(); break;
    case Value::Type::Text: writeString(value.text(), out); break;
    case Value::Type::Date:
    case Value::Type::DateTime: writeString(toText(value), out); break;
    case Value::Type::Error:
        out += "{\"error\":";
        writeString(value.errorMessage(), out);
        out += '}';
        break;
    case Value::Type::Array: {
        out += '[';
        bool first = true;
        for (const Value &item : value.array()) {
            if (!first)
                out += ',';
            writeJson(item, out);
            first = false;
        }
        out += ']';
        break;
    }
    case Value::Type::Object: {
        out += '{';
        const Object &object = value.object();
        bool first = true;
        for (int i = 0; i < object.size(); ++i) {
            if (object.at(i).isMissing())
                continue;
            if (!first)
                out += ',';
            writeString(object.name(i), out);
            out += ':';
            writeJson(object.at(i), out);
            first = false;
        }
        out += '}';
        break;
    }
    }
}

QByteArray toJson(const Value &value)
{
    QByteArray out;
    writeJson(value, out);
    return out;
}

} // namespace crmbridge::mapping
