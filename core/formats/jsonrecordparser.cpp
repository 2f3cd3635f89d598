#include "core/formats/jsonrecordparser.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crmbridge::formats {

using mapping::Value;

namespace {

constexpr int kMaxCachedShapes = 4096;

void appendUtf8(QByteArray &out, char32_t cp)
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

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonRecordParser::JsonRecordParser()
    : m_levels(std::size_t(MaxDepth + 2))
{ }

bool JsonRecordParser::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
        m_errorAt = m_p;
    }
    return false;
}

void JsonRecordParser::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
}

bool JsonRecordParser::parseRecord(const char *begin, const char *end, mapping::Object &record)
{
    m_p = begin;
    m_end = end;
    m_failed = false;
    m_error.clear();
    m_errorAt = nullptr;
    skipSpace();
    if (m_p >= m_end || *m_p != '{')
        return fail(m_p >= m_end ? tr("expected a JSON object, found nothing")
                                 : tr("expected a JSON object starting with '{'"));
    ++m_p;
    if (!parseMembers(0))
        return false;
    skipSpace();
    if (m_p != m_end)
        return fail(tr("unexpected text after the JSON object"));

    Level &level = m_levels[0];
    bool duplicates = false;
    mapping::FieldIndexPtr shape = shapeFor(level, duplicates);
    if (duplicates) {
        record = finishObject(level).object();
        return true;
    }
    // The common case: the same shape as the record that last used this Object.
    if (record.fields() != shape)
        record = mapping::Object(shape);
    for (std::size_t i = 0; i < level.values.size(); ++i)
        record.at(int(i)) = std::move(level.values[i]);
    return true;
}

bool JsonRecordParser::parseMembers(int depth)
{
    Level &level = m_levels[std::size_t(depth)];
    level.signature.resize(0);
    level.values.clear();
    // Objects of one stream mostly repeat the keys of the one before: compare each key with the
    // last signature in place, and build a signature only from the first key that differs.
    const char *expect = level.lastShape ? level.lastSignature.constData() : nullptr;
    const char *const expectEnd = expect ? expect + level.lastSignature.size() : nullptr;
    bool matching = expect != nullptr;
    level.sameAsLast = false;
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        level.sameAsLast = matching && expect == expectEnd;
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return fail(tr("expected a field name in double quotes"));
        bool simple = false;
        if (matching) {
            const char *open = m_p++;
            unsigned char high = 0;
            scanString(high);
            if (m_p < m_end && *m_p == '"') {
                simple = true;
                const qsizetype length = m_p - open - 1;
                ++m_p;
                if (expectEnd - expect > length && std::memcmp(expect, open + 1, std::size_t(length)) == 0
                    && expect[length] == '\0') {
                    expect += length + 1;
                } else {
                    matching = false;
                    level.signature.append(level.lastSignature.constData(), expect - level.lastSignature.constData());
                    level.signature.append(open + 1, length);
                    level.signature += '\0';
                }
            } else {
                m_p = open; // an escape: decode it below
                matching = false;
                level.signature.append(level.lastSignature.constData(), expect - level.lastSignature.constData());
            }
        }
        if (!simple) {
            if (!parseString(&level.signature, nullptr))
                return false;
            level.signature += '\0';
        }
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            return fail(tr("expected ':' after a field name"));
        ++m_p;
        skipSpace();
        Value value = parseValue(depth + 1);
        if (m_failed)
            return false;
        level.values.push_back(std::move(value));
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            level.sameAsLast = matching && expect == expectEnd;
            if (matching && !level.sameAsLast) // fewer keys than last time
                level.signature.append(level.lastSignature.constData(), expect - level.lastSignature.constData());
            return true;
        }
        return fail(tr("expected ',' or '}' after a field"));
    }
}

mapping::FieldIndexPtr JsonRecordParser::shapeFor(Level &level, bool &duplicates)
{
    duplicates = false;
    if (level.sameAsLast || (level.lastShape && level.signature == level.lastSignature))
        return level.lastShape;
    mapping::FieldIndexPtr shape = m_shapes.value(level.signature);
    if (!shape) {
        QStringList names;
        names.reserve(qsizetype(level.values.size()));
        const char *p = level.signature.constData();
        const char *end = p + level.signature.size();
        while (p < end) {
            const qsizetype length = qsizetype(std::strlen(p));
            names << QString::fromUtf8(p, length);
            p += length + 1;
        }
        if (names.removeDuplicates() > 0) {
            duplicates = true;
            return {};
        }
        if (m_shapes.size() >= kMaxCachedShapes)
            m_shapes.clear(); // ever-changing keys must not grow the cache without bound
        shape = std::make_shared<const mapping::FieldIndex>(names);
        m_shapes.insert(level.signature, shape);
    }
    level.lastSignature = level.signature;
    level.lastShape = shape;
    return shape;
}

Value JsonRecordParser::finishObject(Level &level)
{
    bool duplicates = false;
    mapping::FieldIndexPtr shape = shapeFor(level, duplicates);
    if (!duplicates)
        return Value(std::make_shared<const mapping::Object>(shape, std::move(level.values)));
    // A repeated key keeps its first position and its last value.
    QStringList names;
    std::vector<Value> values;
    const char *p = level.signature.constData();
    for (Value &value : level.values) {
        const qsizetype length = qsizetype(std::strlen(p));
        const QString name = QString::fromUtf8(p, length);
        p += length + 1;
        const qsizetype existing = names.indexOf(name);
        if (existing >= 0) {
            values[std::size_t(existing)] = std::move(value);
        } else {
            names << name;
            values.push_back(std::move(value));
        }
    }
    return Value(std::make_shared<const mapping::Object>(std::make_shared<const mapping::FieldIndex>(names),
                                                         std::move(values)));
}

Value JsonRecordParser::parseValue(int depth)
{
    if (depth > MaxDepth) {
        fail(tr("nested more than %1 levels deep").arg(MaxDepth));
        return {};
    }
    if (m_p >= m_end) {
        fail(tr("unexpected end of the JSON text"));
        return {};
    }
    switch (*m_p) {
    case '{': {
        ++m_p;
        if (!parseMembers(depth))
            return {};
        return finishObject(m_levels[std::size_t(depth)]);
    }
    case '[':
        return parseArray(depth);
    case '"': {
        Value value;
        parseString(nullptr, &value);
        return value;
    }
    case 't':
        if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
            m_p += 4;
            return Value(true);
        }
        break;
    case 'f':
        if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
            m_p += 5;
            return Value(false);
        }
        break;
    case 'n':
        if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            return Value::null();
        }
        break;
    default:
        if (*m_p == '-' || isDigit(*m_p))
            return parseNumber();
    }
    fail(tr("unexpected character '%1'").arg(QString::fromUtf8(m_p, 1)));
    return {};
}

Value JsonRecordParser::parseArray(int depth)
{
    ++m_p; // [
    mapping::ValueList items;
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return Value::array(std::move(items));
    }
    for (;;) {
        skipSpace();
        items.push_back(parseValue(depth + 1));
        if (m_failed)
            return {};
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return Value::array(std::move(items));
        }
        fail(tr("expected ',' or ']' in an array"));
        return {};
    }
}

void JsonRecordParser::scanString(unsigned char &high)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (m_end - m_p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
        const int stop = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        const int nonAscii = _mm_movemask_epi8(v);
        if (stop != 0) {
            const int n = std::countr_zero(unsigned(stop));
            if (nonAscii & ((1 << n) - 1))
                high |= 0x80;
            m_p += n;
            return;
        }
        if (nonAscii != 0)
            high |= 0x80;
        m_p += 16;
    }
#endif
    while (m_p < m_end && *m_p != '"' && *m_p != '\\')
        high |= static_cast<unsigned char>(*m_p++);
}

bool JsonRecordParser::parseString(QByteArray *raw, Value *value)
{
    const char *open = m_p++;
    const char *start = m_p;
    unsigned char high = 0;
    scanString(high);
    if (m_p < m_end && *m_p == '"') {
        if (raw)
            raw->append(start, m_p - start);
        else if (high < 0x80) // plain ASCII, the common case: no UTF-8 decoding needed
            *value = Value(QString::fromLatin1(start, m_p - start));
        else
            *value = Value(QString::fromUtf8(start, m_p - start));
        ++m_p;
        return true;
    }
    m_scratch.clear();
    m_scratch.append(start, m_p - start);
    while (m_p < m_end && *m_p != '"') {
        if (*m_p != '\\') {
            m_scratch += *m_p++;
            continue;
        }
        const char *escape = m_p;
        if (++m_p >= m_end)
            break;
        switch (*m_p++) {
        case '"':
            m_scratch += '"';
            break;
        case '\\':
            m_scratch += '\\';
            break;
        case '/':
            m_scratch += '/';
            break;
        case 'b':
            m_scratch += '\b';
            break;
        case 'f':
            m_scratch += '\f';
            break;
        case 'n':
            m_scratch += '\n';
            break;
        case 'r':
            m_scratch += '\r';
            break;
        case 't':
            m_scratch += '\t';
            break;
        case 'u': {
            auto hex4 = [&](char32_t &out) {
                if (m_end - m_p < 4)
                    return false;
                out = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_p[i]);
                    if (digit < 0)
                        return false;
                    out = out * 16 + char32_t(digit);
                }
                m_p += 4;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(cp)) {
                m_p = escape;
                return fail(tr("a \\u escape needs four hex digits"));
            }
            if (cp >= 0xD800 && cp < 0xDC00) {
                char32_t low = 0;
                if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || (m_p += 2, !hex4(low))
                    || low < 0xDC00 || low > 0xDFFF) {
                    m_p = escape;
                    return fail(tr("a \\u escape starts a surrogate pair that is not completed"));
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(m_scratch, cp);
            break;
        }
        default:
            m_p = escape;
            return fail(tr("unknown escape '\\%1'").arg(QString::fromUtf8(escape + 1, 1)));
        }
    }
    if (m_p >= m_end) {
        m_p = open;
        return fail(tr("a string is never closed"));
    }
    ++m_p;
    if (raw)
        raw->append(m_scratch);
    else
        *value = Value(QString::fromUtf8(m_scratch));
    return true;
}

Value JsonRecordParser::parseNumber()
{
    const char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    auto digits = [&] {
        const char *from = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p > from;
    };
    bool ok = digits();
    if (ok && m_p < m_end && *m_p == '.') {
        ++m_p;
        ok = digits();
    }
    if (ok && m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        ok = digits();
    }
    if (!ok) {
        fail(tr("a number is malformed"));
        return {};
    }
    if (const auto decimal = mapping::Decimal::parse(start, m_p - start))
        return Value(*decimal);
    // Too many digits for a Decimal: keep them exactly, as text, rather than rounding an id.
    return Value(QString::fromLatin1(start, m_p - start));
}

} // namespace crmbridge::formats
