#include "core/common/jsontext.h"

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

} // namespace crmbridge
