#include "core/common/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace crmbridge {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    // Append runs of plain bytes in one go; only quotes, backslashes and controls are escaped.
    const char *run = p;
    for (; p < end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static constexpr char Hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', Hex[u >> 4], Hex[u & 0xF]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; return;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            out += "null";
        else if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d))
            out += QByteArray::number(qint64(d));
        else if (value.toVariant().typeId() == QMetaType::LongLong) // an integer beyond a double's precision
            out += QByteArray::number(value.toInteger());
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::String: appendJsonString(out, value.toString().toUtf8()); return;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, item);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out += ',';
            appendJsonString(out, it.key().toUtf8());
            out += ':';
            appendJson(out, it.value());
        }
        out += '}';
        return;
    }
    }
}

} // namespace crmbridge
