#include "core/mapping/formula/dateformat.h"

#include <QDate>

namespace crmbridge::mapping {

namespace {
const char *const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char *const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Reads 1..maxDigits digits (exactly `minDigits` at least).
bool readNumber(QStringView s, qsizetype &pos, int minDigits, int maxDigits, int &out)
{
    int n = 0;
    int value = 0;
    while (pos < s.size() && n < maxDigits && s.at(pos).unicode() >= '0' && s.at(pos).unicode() <= '9') {
        value = value * 10 + (s.at(pos).unicode() - '0');
        ++pos;
        ++n;
    }
    out = value;
    return n >= minDigits;
}

bool readOffset(QStringView s, qsizetype &pos, int &seconds)
{
    if (pos < s.size() && (s.at(pos) == QLatin1Char('Z') || s.at(pos) == QLatin1Char('z'))) {
        ++pos;
        seconds = 0;
        return true;
    }
    if (pos >= s.size() || (s.at(pos) != QLatin1Char('+') && s.at(pos) != QLatin1Char('-')))
        return false;
    const int sign = s.at(pos) == QLatin1Char('-') ? -1 : 1;
    ++pos;
    int hours = 0;
    int minutes = 0;
    if (!readNumber(s, pos, 2, 2, hours))
        return false;
    if (pos < s.size() && s.at(pos) == QLatin1Char(':'))
        ++pos;
    readNumber(s, pos, 0, 2, minutes);
    if (hours > 18 || minutes > 59)
        return false;
    seconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

// pad() without a temporary string (formatting runs once per record and field).
void appendPadded(QString &out, int value, int width)
{
    if (value < 0) {
        out += pad(value, width);
        return;
    }
    char16_t digits[16];
    int n = 0;
    do {
        digits[15 - n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < width && n < 16)
        digits[15 - n++] = u'0';
    out.append(reinterpret_cast<const QChar *>(digits + 16 - n), n);
}

bool validParts(const DateParts &p)
{
    return QDate::isValid(p.year, p.month, p.day) && p.hour >= 0 && p.hour < 24 && p.minute >= 0 && p.minute < 60
        && p.second >= 0 && p.second < 60 && p.msec >= 0 && p.msec < 1000;
}
} // namespace

std::optional<DateFormat> DateFormat::compile(const QString &pattern, QString *error)
{
    DateFormat f;
    f.m_pattern = pattern;
    if (pattern.compare(QLatin1String("ISO"), Qt::CaseInsensitive) == 0) {
        f.m_iso = true;
        f.m_hasTime = true;
        return f;
    }
    struct Spec
    {
        const char *text;
        Tok tok;
    };
    // Longest first, so "MMMM" is not read as "MM" twice.
    static const Spec specs[] = {
        {"yyyy", Tok::Year4},     {"MMMM", Tok::MonthLong},  {"dddd", Tok::WeekdayLong}, {"MMM", Tok::MonthShort},
        {"ddd", Tok::WeekdayShort}, {"zzz", Tok::Millis},    {"yy", Tok::Year2},         {"MM", Tok::Month2},
        {"dd", Tok::Day2},        {"HH", Tok::Hour24Two},    {"hh", Tok::Hour12Two},     {"mm", Tok::MinuteTwo},
        {"ss", Tok::SecondTwo},   {"AP", Tok::AmPmUpper},    {"ap", Tok::AmPmLower},     {"M", Tok::Month},
        {"d", Tok::Day},          {"H", Tok::Hour24},        {"h", Tok::Hour12},         {"m", Tok::Minute},
        {"s", Tok::Second},       {"A", Tok::AmPmUpper},     {"a", Tok::AmPmLower},      {"Z", Tok::Offset},
    };
    bool hasYear = false;
    for (qsizetype i = 0; i < pattern.size();) {
        if (pattern.at(i) == QLatin1Char('\'')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                if (error)
                    *error = tr("the quoted text in the date format is not closed");
                return std::nullopt;
            }
            f.m_items.push_back({Tok::Literal, close == i + 1 ? QStringLiteral("'") : pattern.mid(i + 1, close - i - 1)});
            i = close + 1;
            continue;
        }
        bool matched = false;
        for (const Spec &spec : specs) {
            const QLatin1String t(spec.text);
            if (QStringView(pattern).mid(i).startsWith(t)) {
                f.m_items.push_back({spec.tok, {}});
                hasYear = hasYear || spec.tok == Tok::Year4 || spec.tok == Tok::Year2;
                f.m_hasTime = f.m_hasTime || (spec.tok >= Tok::Hour24 && spec.tok <= Tok::Offset);
                i += t.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            if (!f.m_items.empty() && f.m_items.back().tok == Tok::Literal)
                f.m_items.back().literal += pattern.at(i);
            else
                f.m_items.push_back({Tok::Literal, QString(pattern.at(i))});
            ++i;
        }
    }
    f.m_hasYear = hasYear;
    return f;
}

std::optional<DateParts> DateFormat::parseIso(QStringView s, bool *hasTime) const
{
    DateParts p;
    qsizetype pos = 0;
    if (!readNumber(s, pos, 4, 4, p.year) || pos >= s.size() || s.at(pos++) != QLatin1Char('-')
        || !readNumber(s, pos, 2, 2, p.month) || pos >= s.size() || s.at(pos++) != QLatin1Char('-')
        || !readNumber(s, pos, 2, 2, p.day))
        return std::nullopt;
    if (hasTime)
        *hasTime = false;
    if (pos == s.size())
        return validParts(p) ? std::optional<DateParts>(p) : std::nullopt;
    if (s.at(pos) != QLatin1Char('T') && s.at(pos) != QLatin1Char(' '))
        return std::nullopt;
    ++pos;
    if (!readNumber(s, pos, 2, 2, p.hour) || pos >= s.size() || s.at(pos++) != QLatin1Char(':')
        || !readNumber(s, pos, 2, 2, p.minute))
        return std::nullopt;
    if (pos < s.size() && s.at(pos) == QLatin1Char(':')) {
        ++pos;
        if (!readNumber(s, pos, 2, 2, p.second))
            return std::nullopt;
        if (pos < s.size() && (s.at(pos) == QLatin1Char('.') || s.at(pos) == QLatin1Char(','))) {
            ++pos;
            const qsizetype start = pos;
            int fraction = 0;
            readNumber(s, pos, 1, 9, fraction);
            int digits = int(pos - start);
            if (digits == 0)
                return std::nullopt;
            while (digits > 3) {
                fraction /= 10;
                --digits;
            }
            while (digits < 3) {
                fraction *= 10;
                ++digits;
            }
            p.msec = fraction;
        }
    }
    if (pos < s.size()) {
        int offset = 0;
        if (!readOffset(s, pos, offset))
            return std::nullopt;
        p.offsetSeconds = offset;
    }
    if (pos != s.size() || !validParts(p))
        return std::nullopt;
    if (hasTime)
        *hasTime = true;
    return p;
}

std::optional<DateParts> DateFormat::parse(QStringView s, bool *hasTime) const
{
    if (m_iso)
        return parseIso(s, hasTime);
    if (hasTime)
        *hasTime = m_hasTime;
    DateParts p;
    qsizetype pos = 0;
    int pm = -1;
    bool twelveHour = false;
    for (const Item &item : m_items) {
        bool ok = true;
        switch (item.tok) {
        case Tok::Literal:
            ok = s.mid(pos).startsWith(item.literal, Qt::CaseInsensitive);
            pos += item.literal.size();
            break;
        case Tok::Year4: ok = readNumber(s, pos, 4, 4, p.year); break;
        case Tok::Year2:
            ok = readNumber(s, pos, 2, 2, p.year);
            // Two-digit years pivot at 70: 69 is 2069, 70 is 1970 (as POSIX strptime does).
            p.year += p.year < 70 ? 2000 : 1900;
            break;
        case Tok::Month:
        case Tok::Month2: ok = readNumber(s, pos, 1, 2, p.month); break;
        case Tok::MonthShort:
        case Tok::MonthLong: {
            ok = false;
            for (int m = 0; m < 12 && !ok; ++m) {
                const QString full = QLatin1String(kMonths[m]);
                const QString name = item.tok == Tok::MonthLong ? full : full.left(3);
                if (s.mid(pos).startsWith(name, Qt::CaseInsensitive)) {
                    p.month = m + 1;
                    pos += name.size();
                    ok = true;
                }
            }
            break;
        }
        case Tok::WeekdayShort:
        case Tok::WeekdayLong:
            // Only skipped: the date itself says which weekday it is.
            ok = pos < s.size() && s.at(pos).isLetter();
            while (pos < s.size() && s.at(pos).isLetter())
                ++pos;
            break;
        case Tok::Day:
        case Tok::Day2: ok = readNumber(s, pos, 1, 2, p.day); break;
        case Tok::Hour24:
        case Tok::Hour24Two: ok = readNumber(s, pos, 1, 2, p.hour); break;
        case Tok::Hour12:
        case Tok::Hour12Two:
            ok = readNumber(s, pos, 1, 2, p.hour) && p.hour >= 1 && p.hour <= 12;
            twelveHour = true;
            break;
        case Tok::Minute:
        case Tok::MinuteTwo: ok = readNumber(s, pos, 1, 2, p.minute); break;
        case Tok::Second:
        case Tok::SecondTwo: ok = readNumber(s, pos, 1, 2, p.second); break;
        case Tok::Millis: ok = readNumber(s, pos, 3, 3, p.msec); break;
        case Tok::AmPmUpper:
        case Tok::AmPmLower: {
            const QStringView rest = s.mid(pos);
            if (rest.startsWith(QLatin1String("AM"), Qt::CaseInsensitive) || rest.startsWith(QStringLiteral("上午"))) {
                pm = 0;
                pos += 2;
            } else if (rest.startsWith(QLatin1String("PM"), Qt::CaseInsensitive) || rest.startsWith(QStringLiteral("下午"))) {
                pm = 1;
                pos += 2;
            } else {
                ok = false;
            }
            break;
        }
        case Tok::Offset: {
            int offset = 0;
            ok = readOffset(s, pos, offset);
            p.offsetSeconds = offset;
            break;
        }
        }
        if (!ok || pos > s.size())
            return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    if (twelveHour || pm >= 0) {
        if (p.hour == 12)
            p.hour = 0;
        if (pm == 1)
            p.hour += 12;
    }
    if (!validParts(p))
        return std::nullopt;
    return p;
}

QString DateFormat::format(const DateParts &p) const
{
    if (m_iso) {
        QString out = pad(p.year, 4) + QLatin1Char('-') + pad(p.month, 2) + QLatin1Char('-') + pad(p.day, 2);
        if (!p.offsetSeconds && p.hour == 0 && p.minute == 0 && p.second == 0 && p.msec == 0)
            return out;
        out += QLatin1Char('T') + pad(p.hour, 2) + QLatin1Char(':') + pad(p.minute, 2) + QLatin1Char(':') + pad(p.second, 2);
        if (p.msec)
            out += QLatin1Char('.') + pad(p.msec, 3);
        if (p.offsetSeconds) {
            const int o = *p.offsetSeconds;
            out += o == 0 ? QStringLiteral("Z")
                          : (o < 0 ? QStringLiteral("-") : QStringLiteral("+")) + pad(std::abs(o) / 3600, 2) + QLatin1Char(':')
                    + pad(std::abs(o) / 60 % 60, 2);
        }
        return out;
    }
    QString out;
    out.reserve(m_pattern.size() + 16);
    const int hour12 = p.hour % 12 == 0 ? 12 : p.hour % 12;
    for (const Item &item : m_items) {
        switch (item.tok) {
        case Tok::Literal: out += item.literal; break;
        case Tok::Year4: appendPadded(out, p.year, 4); break;
        case Tok::Year2: appendPadded(out, p.year % 100, 2); break;
        case Tok::Month: appendPadded(out, p.month, 1); break;
        case Tok::Month2: appendPadded(out, p.month, 2); break;
        case Tok::MonthShort: out += QLatin1String(kMonths[p.month - 1]).left(3); break;
        case Tok::MonthLong: out += QLatin1String(kMonths[p.month - 1]); break;
        case Tok::WeekdayShort:
        case Tok::WeekdayLong: {
            const QString name = QLatin1String(kWeekdays[QDate(p.year, p.month, p.day).dayOfWeek() - 1]);
            out += item.tok == Tok::WeekdayShort ? name.left(3) : name;
            break;
        }
        case Tok::Day: appendPadded(out, p.day, 1); break;
        case Tok::Day2: appendPadded(out, p.day, 2); break;
        case Tok::Hour24: appendPadded(out, p.hour, 1); break;
        case Tok::Hour24Two: appendPadded(out, p.hour, 2); break;
        case Tok::Hour12: appendPadded(out, hour12, 1); break;
        case Tok::Hour12Two: appendPadded(out, hour12, 2); break;
        case Tok::Minute: appendPadded(out, p.minute, 1); break;
        case Tok::MinuteTwo: appendPadded(out, p.minute, 2); break;
        case Tok::Second: appendPadded(out, p.second, 1); break;
        case Tok::SecondTwo: appendPadded(out, p.second, 2); break;
        case Tok::Millis: appendPadded(out, p.msec, 3); break;
        case Tok::AmPmUpper: out += p.hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"); break;
        case Tok::AmPmLower: out += p.hour < 12 ? QStringLiteral("am") : QStringLiteral("pm"); break;
        case Tok::Offset: {
            const int o = p.offsetSeconds.value_or(0);
            out += o == 0 ? QStringLiteral("Z")
                          : (o < 0 ? QStringLiteral("-") : QStringLiteral("+")) + pad(std::abs(o) / 3600, 2) + QLatin1Char(':')
                    + pad(std::abs(o) / 60 % 60, 2);
            break;
        }
        }
    }
    return out;
}

} // namespace crmbridge::mapping
