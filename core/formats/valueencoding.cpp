#include "core/formats/valueencoding.h"

#include "core/mapping/value/valuetext.h"

#include <cstring>

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

char *encodeUtf8(char *dst, const char16_t *p, const char16_t *end, bool jsonEscape)
{
    static const char hex[] = "0123456789abcdef";
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (jsonEscape) {
                if (u == '"' || u == '\\') {
                    *dst++ = '\\';
                    *dst++ = char(u);
                    continue;
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
                    continue;
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
    }
    return dst;
}

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
    out.append(buffer + pos, 48 - pos);
}

void appendJsonObject(QByteArray &out, const mapping::Object &object)
{
    out += '{';
    bool first = true;
    for (int i = 0; i < object.size(); ++i) {
        const Value &value = object.at(i);
        if (value.isMissing())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, object.name(i));
        out += ':';
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
