// Text functions. Positions and lengths count Unicode code points, so LEFT("张伟明", 1) is "张"
// and an emoji is one character, never half a surrogate pair.

#include "core/mapping/formula/functionhelpers.h"

#include <QRegularExpression>

namespace crmbridge::mapping {

using namespace fn;

namespace {

Value textOrNull(const CallArgs &args, QString (*op)(const QString &))
{
    if (absent(args, 0))
        return Value::null();
    return Value(op(text(args, 0)));
}

// Whether simplified() would leave `s` as it is: no whitespace at either end, none but single
// spaces inside. Most values pass, and then TRIM neither allocates nor copies.
bool isSimplified(QStringView s)
{
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return false;
    bool previousSpace = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (previousSpace)
                return false;
            previousSpace = true;
            continue;
        }
        if (u < 0x80 ? (u >= 0x09 && u <= 0x0D) : c.isSpace())
            return false; // a tab, line break or non-ASCII space becomes a plain space
        previousSpace = false;
    }
    return true;
}

// TRIM, UPPER and LOWER take their argument's text (the call's own copy): unchanged text is
// returned as it is, and a text nothing else shares is changed in place.
Value trimFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    QString s = a.takeText(0);
    if (isSimplified(s))
        return Value(std::move(s));
    return Value(std::move(s).simplified());
}
// Upper- or lower-cases `s`. ASCII text (e-mail addresses, codes, most names) is changed without
// Unicode tables; anything else goes to QString::toUpper()/toLower() (ß becomes SS, Ä ä).
QString changeCase(QString s, bool upper)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    const char16_t from = upper ? u'a' : u'A';
    qsizetype first = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u >= 0x80)
            return upper ? std::move(s).toUpper() : std::move(s).toLower();
        if (first < 0 && u >= from && u <= from + 25)
            first = i;
    }
    if (first < 0)
        return s;
    char16_t *d = reinterpret_cast<char16_t *>(s.data()); // copies only when shared
    for (qsizetype i = first; i < n; ++i) {
        if (d[i] >= from && d[i] <= from + 25)
            d[i] = char16_t(d[i] ^ 0x20);
    }
    return s;
}

Value upperFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    return Value(changeCase(a.takeText(0), true));
}
Value lowerFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    return Value(changeCase(a.takeText(0), false));
}

Value properFn(const CallArgs &a)
{
    return textOrNull(a, [](const QString &s) {
        QString out = s;
        bool startOfWord = true;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QChar c = out.at(i);
            if (c.isLetter()) {
                out[i] = startOfWord ? c.toTitleCase() : c.toLower();
                startOfWord = false;
            } else if (!c.isMark() && c != QLatin1Char('\'') && c != QChar(0x2019)) {
                // O'Brien keeps its apostrophe inside the word; spaces and hyphens start new ones.
                startOfWord = true;
            }
        }
        return out;
    });
}

Value lenFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::fromInt(0);
    return Value::fromInt(codePointCount(text(a, 0)));
}

Value leftRight(const CallArgs &a, bool left)
{
    if (absent(a, 0))
        return Value::null();
    int count = 1;
    if (a.size() > 1) {
        const auto n = coerce::integer(a[1]);
        if (!n || *n < 0)
            return notANumber(a, 1, Tr::tr("count"));
        count = *n;
    }
    const QString s = text(a, 0);
    const qsizetype total = codePointCount(s);
    return Value(left ? codePointMid(s, 0, count) : codePointMid(s, std::max<qsizetype>(0, total - count), count));
}
Value leftFn(const CallArgs &a) { return leftRight(a, true); }
Value rightFn(const CallArgs &a) { return leftRight(a, false); }

Value midFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    const auto start = coerce::integer(a[1]);
    if (!start || *start < 1)
        return a.error(Tr::tr("start must be a position from 1, got '%1'").arg(coerce::text(a[1])));
    const auto count = coerce::integer(a[2]);
    if (!count || *count < 0)
        return notANumber(a, 2, Tr::tr("count"));
    return Value(codePointMid(text(a, 0), *start - 1, *count));
}

Value replaceFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    const auto start = coerce::integer(a[1]);
    const auto count = coerce::integer(a[2]);
    if (!start || *start < 1)
        return a.error(Tr::tr("start must be a position from 1, got '%1'").arg(coerce::text(a[1])));
    if (!count || *count < 0)
        return notANumber(a, 2, Tr::tr("count"));
    const QString s = text(a, 0);
    const qsizetype from = unitOffset(s, *start - 1);
    const qsizetype to = from + unitOffset(QStringView(s).mid(from), *count);
    return Value(s.left(from) + text(a, 3) + s.mid(to));
}

Value substituteFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    QString s = text(a, 0);
    const QString from = text(a, 1);
    const QString to = text(a, 2);
    if (from.isEmpty())
        return Value(s);
    if (a.size() < 4)
        return Value(s.replace(from, to));
    const auto instance = coerce::integer(a[3]);
    if (!instance || *instance < 1)
        return notANumber(a, 3, Tr::tr("instance"));
    qsizetype pos = -1;
    for (int i = 0; i < *instance; ++i) {
        pos = s.indexOf(from, pos + 1);
        if (pos < 0)
            return Value(s);
    }
    return Value(s.replace(pos, from.size(), to));
}

Value splitFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    const QString s = text(a, 0);
    const QString sep = a.size() > 1 ? text(a, 1) : QStringLiteral(",");
    ValueList out;
    if (!s.isEmpty()) {
        const QStringList parts = sep.isEmpty() ? QStringList{s} : s.split(sep);
        for (const QString &part : parts)
            out.push_back(Value(part.trimmed()));
    }
    return Value::array(std::move(out));
}

Value joinFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    const QString sep = a.size() > 1 ? text(a, 1) : QStringLiteral(", ");
    QString out;
    bool first = true;
    for (const Value *v = coerce::begin(a[0]); v != coerce::end(a[0]); ++v) {
        if (v->isAbsent())
            continue;
        if (!first)
            out += sep;
        out += coerce::text(*v);
        first = false;
    }
    return Value(out);
}

Value concatFn(const CallArgs &a)
{
    QString out;
    for (int i = 0; i < a.size(); ++i) {
        for (const Value *v = coerce::begin(a[i]); v != coerce::end(a[i]); ++v)
            out += coerce::text(*v);
    }
    return Value(out);
}

Value padFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    const auto length = coerce::integer(a[1]);
    if (!length || *length < 0 || *length > 10000)
        return notANumber(a, 1, Tr::tr("length"));
    const QString fill = a.size() > 2 && !text(a, 2).isEmpty() ? text(a, 2) : QStringLiteral(" ");
    const QString side = a.size() > 3 ? text(a, 3).toUpper() : QStringLiteral("LEFT");
    if (side != QLatin1String("LEFT") && side != QLatin1String("RIGHT"))
        return a.error(Tr::tr("side must be \"LEFT\" or \"RIGHT\", got '%1'").arg(side));
    QString s = text(a, 0);
    const qsizetype missing = *length - codePointCount(s);
    if (missing <= 0)
        return Value(s);
    QString padding;
    if (fill.size() == 1) {
        padding = QString(missing, fill.front());
    } else {
        const qsizetype fillLength = std::max<qsizetype>(1, codePointCount(fill));
        padding = fill.repeated((missing + fillLength - 1) / fillLength);
        padding = codePointMid(padding, 0, missing);
    }
    return Value(side == QLatin1String("LEFT") ? padding + s : s + padding);
}

Value containsFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value(false);
    return Value(text(a, 0).contains(text(a, 1)));
}
Value startsWithFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value(false);
    return Value(text(a, 0).startsWith(text(a, 1)));
}
Value endsWithFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value(false);
    return Value(text(a, 0).endsWith(text(a, 1)));
}

// Regular expressions: Perl syntax (PCRE2), Unicode-aware (\w matches 张, \d matches only 0-9
// when written [0-9]). A constant pattern is compiled and JIT-optimized once at compile time.
struct BoundRegex : BoundData
{
    QRegularExpression regex;
};

QRegularExpression makeRegex(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

PrepareResult prepareRegex(const PrepareArgs &p)
{
    PrepareResult r;
    if (const Value *pattern = p.constant(1)) {
        auto bound = std::make_shared<BoundRegex>();
        bound->regex = makeRegex(coerce::text(*pattern));
        if (!bound->regex.isValid()) {
            r.error = Tr::tr("invalid regular expression: %1").arg(bound->regex.errorString());
            r.hint = Tr::tr("Check the pattern near position %1.").arg(bound->regex.patternErrorOffset() + 1);
            r.errorArgument = 1;
            return r;
        }
        bound->regex.optimize();
        r.bound = std::move(bound);
    }
    return r;
}

// The pattern to use: the precompiled one, or one compiled now from a pattern held in a field.
const QRegularExpression *regexFor(const CallArgs &a, QRegularExpression &local, Value *error)
{
    if (a.bound)
        return &static_cast<const BoundRegex *>(a.bound)->regex;
    local = makeRegex(text(a, 1));
    if (!local.isValid()) {
        *error = a.error(Tr::tr("invalid regular expression: %1").arg(local.errorString()));
        return nullptr;
    }
    return &local;
}

Value regexMatchFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value(false);
    QRegularExpression local;
    Value error;
    const QRegularExpression *re = regexFor(a, local, &error);
    if (!re)
        return error;
    return Value(re->match(text(a, 0)).hasMatch());
}

Value regexExtractFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    QRegularExpression local;
    Value error;
    const QRegularExpression *re = regexFor(a, local, &error);
    if (!re)
        return error;
    int group = re->captureCount() > 0 ? 1 : 0;
    if (a.size() > 2) {
        const auto g = coerce::integer(a[2]);
        if (!g || *g < 0 || *g > re->captureCount())
            return a.error(Tr::tr("group must be between 0 and %1").arg(re->captureCount()));
        group = *g;
    }
    const QRegularExpressionMatch m = re->match(text(a, 0));
    if (!m.hasMatch())
        return Value::null();
    return Value(m.captured(group));
}

Value regexReplaceFn(const CallArgs &a)
{
    if (absent(a, 0))
        return Value::null();
    QRegularExpression local;
    Value error;
    const QRegularExpression *re = regexFor(a, local, &error);
    if (!re)
        return error;
    // Both \\1 (Qt, sed) and $1 / ${1} (JavaScript, .NET, Java) name a group in the replacement.
    const QString given = text(a, 2);
    QString replacement;
    replacement.reserve(given.size());
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QChar c = given.at(i);
        if (c == QLatin1Char('$') && i + 1 < given.size()) {
            const bool braced = given.at(i + 1) == QLatin1Char('{');
            qsizetype j = i + (braced ? 2 : 1);
            const qsizetype digitsStart = j;
            while (j < given.size() && j - digitsStart < 2 && given.at(j).isDigit())
                ++j;
            if (j > digitsStart && (!braced || (j < given.size() && given.at(j) == QLatin1Char('}')))) {
                replacement += QLatin1Char('\\') + given.mid(digitsStart, j - digitsStart);
                i = braced ? j : j - 1;
                continue;
            }
        }
        replacement += c;
    }
    QString s = text(a, 0);
    return Value(s.replace(*re, replacement));
}

const FunctionSpec kText[] = {
    {"TRIM", 1, 1, trimFn, "TRIM(text)"},
    {"UPPER", 1, 1, upperFn, "UPPER(text)"},
    {"LOWER", 1, 1, lowerFn, "LOWER(text)"},
    {"PROPER", 1, 1, properFn, "PROPER(text)"},
    {"LEN", 1, 1, lenFn, "LEN(text)"},
    {"LEFT", 1, 2, leftFn, "LEFT(text, [count])"},
    {"RIGHT", 1, 2, rightFn, "RIGHT(text, [count])"},
    {"MID", 3, 3, midFn, "MID(text, start, count)"},
    {"REPLACE", 4, 4, replaceFn, "REPLACE(text, start, count, new_text)"},
    {"SUBSTITUTE", 3, 4, substituteFn, "SUBSTITUTE(text, old, new, [instance])"},
    {"SPLIT", 1, 2, splitFn, "SPLIT(text, [separator])"},
    {"JOIN", 1, 2, joinFn, "JOIN(array, [separator])", nullptr, true, false},
    {"CONCAT", 1, -1, concatFn, "CONCAT(value1, value2, ...)", nullptr, true, false},
    {"PAD", 2, 4, padFn, "PAD(text, length, [fill], [\"LEFT\"|\"RIGHT\"])"},
    {"CONTAINS", 2, 2, containsFn, "CONTAINS(text, part)"},
    {"STARTS_WITH", 2, 2, startsWithFn, "STARTS_WITH(text, prefix)"},
    {"ENDS_WITH", 2, 2, endsWithFn, "ENDS_WITH(text, suffix)"},
    {"REGEX_MATCH", 2, 2, regexMatchFn, "REGEX_MATCH(text, pattern)", prepareRegex},
    {"REGEX_EXTRACT", 2, 3, regexExtractFn, "REGEX_EXTRACT(text, pattern, [group])", prepareRegex},
    {"REGEX_REPLACE", 3, 3, regexReplaceFn, "REGEX_REPLACE(text, pattern, replacement)", prepareRegex},
};

} // namespace

std::span<const FunctionSpec> FunctionLibrary::textFunctions()
{
    return kText;
}

} // namespace crmbridge::mapping
