#include "core/formats/valueencoding.h"

#include "core/mapping/value/valuetext.h"

#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crmbridge::formats {

using mapping::Value;

namespace {

// Makes room for `extra` more bytes and returns where they go; finish with out.resize(end).
char *grow(QByteArray &out, qsizetype extra)
{
    const qsizetype size = out.size();
    if (out.capacity() < size + extra)
        out.reserve(qMax(out.capacity() * 2, size + extra));
    out.resize(size + extra);
    return out.data() + size;
}

// Encodes one UTF-16 unit (or a surrogate pair) starting at `p`; returns past what it read.
inline const char16_t *encodeOne(char *&dst, const char16_t *p, const char16_t *end, bool jsonEscape)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t u = *p++;
    if (u < 0x80) {
        if (jsonEscape) {
            if (u == '"' || u == '\\') {
                *dst++ = '\\';
                *dst++ = char(u);
                return p;
            }
            if (u < 0x20) {
                *dst++ = '\\';
                switch (u) {
                case '\n':
                    *dst++ = 'n';
                    break;
                case '\r':
                    *dst++ = 'r';
                    break;
                case '\t':
                    *dst++ = 't';
                    break;
                default:
                    std::memcpy(dst, "u00", 3);
                    dst += 3;
                    *dst++ = hex[u >> 4];
                    *dst++ = hex[u & 0xF];
                }
                return p;
            }
        }
        *dst++ = char(u);
    } else if (u < 0x800) {
        *dst++ = char(0xC0 | (u >> 6));
        *dst++ = char(0x80 | (u & 0x3F));
    } else if (u >= 0xD800 && u < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000) {
        const char32_t cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
        *dst++ = char(0xF0 | (cp >> 18));
        *dst++ = char(0x80 | ((cp >> 12) & 0x3F));
        *dst++ = char(0x80 | ((cp >> 6) & 0x3F));
        *dst++ = char(0x80 | (cp & 0x3F));
    } else {
        const char16_t c = (u >= 0xD800 && u < 0xE000) ? char16_t(0xFFFD) : u;
        *dst++ = char(0xE0 | (c >> 12));
        *dst++ = char(0x80 | ((c >> 6) & 0x3F));
        *dst++ = char(0x80 | (c & 0x3F));
    }
    return p;
}

// UTF-16 to UTF-8 (JSON-escaped when asked). Runs of printable ASCII, most of what a CRM export
// holds, go eight characters at a time; everything else one unit (or surrogate pair) at a time.
char *encodeUtf8(char *dst, const char16_t *p, const char16_t *end, bool jsonEscape)
{
    while (p < end) {
#if defined(__SSE2__)
        const __m128i space = _mm_set1_epi16(0x20);
        const __m128i del = _mm_set1_epi16(0x7F);
        const __m128i quote = _mm_set1_epi16(jsonEscape ? '"' : 0x20);
        const __m128i backslash = _mm_set1_epi16(jsonEscape ? '\\' : 0x20);
        while (end - p >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            // Signed compares: units from 0x8000 are negative, so "< 0x20" catches them too.
            __m128i bad = _mm_or_si128(_mm_cmplt_epi16(v, space), _mm_cmpgt_epi16(v, del));
            if (jsonEscape)
                bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
            if (_mm_movemask_epi8(bad) != 0)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(dst), _mm_packus_epi16(v, v));
            dst += 8;
            p += 8;
        }
        if (p == end)
            break;
#endif
        p = encodeOne(dst, p, end, jsonEscape);
    }
    return dst;
}

char *writeDecimal(char *dst, mapping::Decimal number)
{
    const std::int64_t units = number.units();
    const int scale = number.scale();
    std::uint64_t magnitude = units < 0 ? 0 - std::uint64_t(units) : std::uint64_t(units);
    char buffer[48];
    int pos = 48;
    int written = 0;
    do {
        buffer[--pos] = char('0' + int(magnitude % 10));
        magnitude /= 10;
        ++written;
        if (written == scale)
            buffer[--pos] = '.';
    } while (magnitude != 0 || written < scale);
    if (buffer[pos] == '.')
        buffer[--pos] = '0';
    if (units < 0)
        buffer[--pos] = '-';
    std::memcpy(dst, buffer + pos, std::size_t(48 - pos));
    return dst + (48 - pos);
}

/// The field names of one shape encoded once as JSON ("name":), per thread: a writer sees the
/// same few shapes record after record.
class KeyCache
{
public:
    const std::vector<QByteArray> &keysFor(const mapping::FieldIndex &fields)
    {
        for (Entry &e : m_entries) {
            if (e.id == fields.id())
                return e.keys;
        }
        Entry &e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        e.id = fields.id();
        e.keys.clear();
        for (const QString &name : fields.names()) {
            QByteArray key;
            appendJsonString(key, name);
            key += ':';
            e.keys.push_back(std::move(key));
        }
        return e.keys;
    }

private:
    struct Entry
    {
        std::uint64_t id = 0;
        std::vector<QByteArray> keys;
    };
    std::array<Entry, 8> m_entries;
    std::size_t m_next = 0;
};

} // namespace

void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    char *dst = grow(out, text.size() * 3);
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    char *end = encodeUtf8(dst, p, p + text.size(), false);
    out.resize(start + (end - dst));
}

void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    char *dst = grow(out, text.size() * 6 + 2);
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    char *q = dst;
    *q++ = '"';
    q = encodeUtf8(q, p, p + text.size(), true);
    *q++ = '"';
    out.resize(start + (q - dst));
}

void appendDecimal(QByteArray &out, mapping::Decimal number)
{
    char buffer[48];
    out.append(buffer, writeDecimal(buffer, number) - buffer);
}

void appendJsonObject(QByteArray &out, const mapping::Object &object)
{
    if (!object.fields() || object.size() == 0) {
        out.append("{}", 2);
        return;
    }
    thread_local KeyCache cache;
    const std::vector<QByteArray> &keys = cache.keysFor(*object.fields());

    // Flat records (texts, numbers, booleans, nulls), the usual case: one size check, then
    // straight writes with no per-value buffer bookkeeping.
    qsizetype bound = 2;
    bool flat = true;
    for (int i = 0; i < object.size() && flat; ++i) {
        const Value &value = object.at(i);
        switch (value.type()) {
        case Value::Type::Missing: continue;
        case Value::Type::Null:
        case Value::Type::Bool: bound += 6; break;
        case Value::Type::Number: bound += 48; break;
        case Value::Type::Text: bound += value.text().size() * 6 + 2; break;
        default: flat = false; continue;
        }
        bound += keys[std::size_t(i)].size() + 1;
    }
    if (flat) {
        const qsizetype start = out.size();
        char *const dst = grow(out, bound);
        char *q = dst;
        *q++ = '{';
        bool first = true;
        for (int i = 0; i < object.size(); ++i) {
            const Value &value = object.at(i);
            if (value.isMissing())
                continue;
            if (!first)
                *q++ = ',';
            first = false;
            const QByteArray &key = keys[std::size_t(i)];
            std::memcpy(q, key.constData(), std::size_t(key.size()));
            q += key.size();
            switch (value.type()) {
            case Value::Type::Null:
                std::memcpy(q, "null", 4);
                q += 4;
                break;
            case Value::Type::Bool:
                if (value.boolValue()) {
                    std::memcpy(q, "true", 4);
                    q += 4;
                } else {
                    std::memcpy(q, "false", 5);
                    q += 5;
                }
                break;
            case Value::Type::Number: q = writeDecimal(q, value.number()); break;
            default: {
                const QString &text = value.text();
                const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
                *q++ = '"';
                q = encodeUtf8(q, p, p + text.size(), true);
                *q++ = '"';
            }
            }
        }
        *q++ = '}';
        out.resize(start + (q - dst));
        return;
    }

    // Nested values may bring other shapes into the cache and evict this one: hold a copy.
    const std::vector<QByteArray> ownKeys = keys;
    out += '{';
    bool first = true;
    for (int i = 0; i < object.size(); ++i) {
        const Value &value = object.at(i);
        if (value.isMissing())
            continue;
        if (!first)
            out += ',';
        first = false;
        out += ownKeys[std::size_t(i)];
        appendJson(out, value);
    }
    out += '}';
}

void appendJson(QByteArray &out, const Value &value)
{
    switch (value.type()) {
    case Value::Type::Missing:
    case Value::Type::Null:
        out.append("null", 4);
        break;
    case Value::Type::Bool:
        if (value.boolValue())
            out.append("true", 4);
        else
            out.append("false", 5);
        break;
    case Value::Type::Number:
        appendDecimal(out, value.number());
        break;
    case Value::Type::Text:
        appendJsonString(out, value.text());
        break;
    case Value::Type::Date:
    case Value::Type::DateTime:
        appendJsonString(out, mapping::toText(value));
        break;
    case Value::Type::Error:
        out.append("{\"error\":", 9);
        appendJsonString(out, value.errorMessage());
        out += '}';
        break;
    case Value::Type::Array: {
        out += '[';
        bool first = true;
        for (const Value &item : value.array()) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, item);
        }
        out += ']';
        break;
    }
    case Value::Type::Object:
        appendJsonObject(out, value.object());
        break;
    }
}

} // namespace crmbridge::formats
