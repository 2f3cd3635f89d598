// Date functions. A Date is a calendar day and never passes through a time zone; only a
// DateTime (an instant) is converted. Formats are explicit (see DateFormat); the zone defaults
// to the evaluation context's zone (UTC unless the mapping says otherwise), never to the
// machine's TZ, so a mapping gives the same answer in Los Angeles and in Shanghai.

#include "core/mapping/formula/dateformat.h"
#include "core/mapping/formula/functionhelpers.h"

#include <QDate>
#include <QTimeZone>

namespace crmbridge::mapping {

using namespace fn;

namespace {

constexpr qint64 kMsPerDay = 86400000;
const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::optional<QTimeZone> resolveZone(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || n == QLatin1String("Z"))
        return QTimeZone::utc();
    if ((n.startsWith(QLatin1Char('+')) || n.startsWith(QLatin1Char('-'))) && n.size() >= 3) {
        bool okH = false;
        bool okM = true;
        const int hours = n.mid(1, 2).toInt(&okH);
        const QString rest = n.mid(3).remove(QLatin1Char(':'));
        const int minutes = rest.isEmpty() ? 0 : rest.toInt(&okM);
        if (okH && okM && hours <= 18 && minutes < 60)
            return QTimeZone((n.startsWith(QLatin1Char('-')) ? -1 : 1) * (hours * 3600 + minutes * 60));
        return std::nullopt;
    }
    QTimeZone zone(n.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

int offsetAt(const QTimeZone &zone, qint64 msecs)
{
    if (zone == QTimeZone::utc())
        return 0;
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
}

DateParts partsOf(Date d)
{
    const QDate date = QDate::fromJulianDay(d.julianDay);
    DateParts p;
    p.year = date.year();
    p.month = date.month();
    p.day = date.day();
    return p;
}

DateParts partsOf(DateTime dt)
{
    const qint64 local = dt.msecsSinceEpoch + qint64(dt.offsetSeconds) * 1000;
    const qint64 days = floorDiv(local, kMsPerDay);
    const qint64 ms = local - days * kMsPerDay;
    DateParts p = partsOf(Date{kEpochJulianDay + days});
    p.hour = int(ms / 3600000);
    p.minute = int(ms / 60000 % 60);
    p.second = int(ms / 1000 % 60);
    p.msec = int(ms % 1000);
    p.offsetSeconds = dt.offsetSeconds;
    return p;
}

Date dateOf(const DateParts &p)
{
    return Date{QDate(p.year, p.month, p.day).toJulianDay()};
}

// The instant of a wall-clock time: by the offset the text carried, else by the zone's rules
// (a time in a DST gap moves forward, as Qt and the zone database define it).
DateTime instantOf(const DateParts &p, const QTimeZone &zone)
{
    const qint64 localMs = (QDate(p.year, p.month, p.day).toJulianDay() - kEpochJulianDay) * kMsPerDay
        + qint64(p.hour) * 3600000 + qint64(p.minute) * 60000 + qint64(p.second) * 1000 + p.msec;
    if (p.offsetSeconds)
        return DateTime{localMs - qint64(*p.offsetSeconds) * 1000, *p.offsetSeconds};
    if (zone == QTimeZone::utc())
        return DateTime{localMs, 0};
    const QDateTime dt(QDate(p.year, p.month, p.day), QTime(p.hour, p.minute, p.second, p.msec), zone);
    const qint64 ms = dt.toMSecsSinceEpoch();
    return DateTime{ms, offsetAt(zone, ms)};
}

struct BoundDate : BoundData
{
    std::optional<DateFormat> format;
    std::optional<QTimeZone> zone;
};

QString cannotParse(const DateFormat &format)
{
    return Tr::tr("the date format '%1' has no year (yyyy) or time (HH:mm) to read").arg(format.pattern());
}

// Prepares a constant format at argument `formatArg` (one DATE_PARSE can read with, if
// `parsing`) and a constant zone at `zoneArg` (-1: none).
template<int formatArg, int zoneArg, bool parsing = false>
PrepareResult prepareDate(const PrepareArgs &p)
{
    PrepareResult r;
    auto bound = std::make_shared<BoundDate>();
    if (formatArg >= 0) {
        if (const Value *f = p.constant(formatArg)) {
            QString error;
            bound->format = DateFormat::compile(coerce::text(*f), &error);
            if (bound->format && parsing && !bound->format->canParse()) {
                error = cannotParse(*bound->format);
                bound->format.reset();
            }
            if (!bound->format) {
                r.error = error;
                r.hint = Tr::tr("Use tokens such as yyyy-MM-dd HH:mm:ss, or \"ISO\".");
                r.errorArgument = formatArg;
                return r;
            }
        }
    }
    if (zoneArg >= 0) {
        if (const Value *z = p.constant(zoneArg)) {
            bound->zone = resolveZone(coerce::text(*z));
            if (!bound->zone) {
                r.error = Tr::tr("unknown time zone '%1'").arg(coerce::text(*z));
                r.hint = Tr::tr("Use an IANA name such as \"Asia/Shanghai\" or \"America/Los_Angeles\", \"UTC\", or an offset such as \"+08:00\".");
                r.errorArgument = zoneArg;
                return r;
            }
        }
    }
    if (bound->format || bound->zone)
        r.bound = std::move(bound);
    return r;
}

const BoundDate *boundOf(const CallArgs &a)
{
    return static_cast<const BoundDate *>(a.bound);
}

// The format to use at `i`: the precompiled one, or compiled now from a non-constant argument.
bool formatFor(const CallArgs &a, int i, std::optional<DateFormat> &local, const DateFormat *&out, Value &error)
{
    if (boundOf(a) && boundOf(a)->format) {
        out = &*boundOf(a)->format;
        return true;
    }
    QString message;
    local = DateFormat::compile(text(a, i), &message);
    if (!local) {
        error = a.error(message);
        return false;
    }
    out = &*local;
    return true;
}

// The zone at `i` if given, else the context's zone.
bool zoneFor(const CallArgs &a, int i, QTimeZone &out, Value &error)
{
    if (boundOf(a) && boundOf(a)->zone) {
        out = *boundOf(a)->zone;
        return true;
    }
    if (i >= a.size() || a[i].isBlank()) {
        out = a.context.zone();
        return true;
    }
    const auto zone = resolveZone(text(a, i));
    if (!zone) {
        error = a.error(Tr::tr("unknown time zone '%1'").arg(text(a, i)));
        return false;
    }
    out = *zone;
    return true;
}

const DateFormat &isoFormat()
{
    static const DateFormat iso = *DateFormat::compile(QStringLiteral("ISO"), nullptr);
    return iso;
}

// Any date-like input: Date, DateTime, or ISO 8601 text (a datetime without offset is read in
// `zone`).
std::optional<Value> asDateValue(const Value &v, const QTimeZone &zone)
{
    if (v.isDate() || v.isDateTime())
        return v;
    if (!v.isText())
        return std::nullopt;
    bool hasTime = false;
    const auto parts = isoFormat().parse(QStringView(v.text()).trimmed(), &hasTime);
    if (!parts)
        return std::nullopt;
    return hasTime ? Value(instantOf(*parts, zone)) : Value(dateOf(*parts));
}

Value dateParseFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    if (a[0].isDate() || a[0].isDateTime())
        return a[0];
    std::optional<DateFormat> local;
    const DateFormat *format = nullptr;
    Value error;
    QTimeZone zone;
    if (!formatFor(a, 1, local, format, error) || !zoneFor(a, 2, zone, error))
        return error;
    if (!format->canParse())
        return a.error(cannotParse(*format));
    const QString s = text(a, 0).trimmed();
    bool hasTime = false;
    const auto parts = format->parse(s, &hasTime);
    if (!parts)
        return a.error(Tr::tr("'%1' does not match the date format %2").arg(s, format->pattern()));
    return hasTime ? Value(instantOf(*parts, zone)) : Value(dateOf(*parts));
}

Value dateFormatFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    std::optional<DateFormat> local;
    const DateFormat *format = nullptr;
    Value error;
    QTimeZone zone;
    if (!formatFor(a, 1, local, format, error))
        return error;
    const bool explicitZone = a.size() > 2 && !a[2].isBlank();
    if (a[0].isText() && !explicitZone) {
        // The usual case, ISO text in a record: its fields are already the wall-clock time the
        // general path below computes (via the instant and back) when the text carries an
        // offset, has no time, or is read in UTC; format them directly.
        bool hasTime = false;
        auto parts = isoFormat().parse(QStringView(a[0].text()).trimmed(), &hasTime);
        if (parts && (!hasTime || parts->offsetSeconds || a.context.zoneIsUtc())) {
            if (hasTime && !parts->offsetSeconds)
                parts->offsetSeconds = 0;
            return Value(format->format(*parts));
        }
    }
    if (!zoneFor(a, 2, zone, error))
        return error;
    const auto v = asDateValue(a[0], zone);
    if (!v)
        return a.error(Tr::tr("'%1' is not a date; read it with DATE_PARSE first").arg(coerce::text(a[0])));
    if (v->isDate())
        return Value(format->format(partsOf(v->date())));
    DateTime dt = v->dateTime();
    // An explicit zone converts; without one the value keeps the offset it was read in.
    if (a.size() > 2 && !a[2].isBlank())
        dt.offsetSeconds = offsetAt(zone, dt.msecsSinceEpoch);
    return Value(format->format(partsOf(dt)));
}

Value tzConvertFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    Value error;
    QTimeZone zone;
    if (!zoneFor(a, 1, zone, error))
        return error;
    const auto v = asDateValue(a[0], a.context.zone());
    if (!v)
        return a.error(Tr::tr("'%1' is not a date or datetime").arg(coerce::text(a[0])));
    if (v->isDate())
        return *v; // a calendar day has no time to convert
    DateTime dt = v->dateTime();
    dt.offsetSeconds = offsetAt(zone, dt.msecsSinceEpoch);
    return Value(dt);
}

Value todayFn(const CallArgs &a)
{
    Value error;
    QTimeZone zone;
    if (!zoneFor(a, 0, zone, error))
        return error;
    const qint64 now = a.context.clock().nowMsecsSinceEpoch();
    return Value(dateOf(partsOf(DateTime{now, offsetAt(zone, now)})));
}

Value nowFn(const CallArgs &a)
{
    Value error;
    QTimeZone zone;
    if (!zoneFor(a, 0, zone, error))
        return error;
    const qint64 now = a.context.clock().nowMsecsSinceEpoch();
    return Value(DateTime{now, offsetAt(zone, now)});
}

Value dateFn(const CallArgs &a)
{
    const auto y = coerce::integer(a[0]);
    const auto m = coerce::integer(a[1]);
    const auto d = coerce::integer(a[2]);
    if (!y || !m || !d || !QDate::isValid(*y, *m, *d))
        return a.error(Tr::tr("%1-%2-%3 is not a calendar date").arg(text(a, 0), text(a, 1), text(a, 2)));
    return Value(Date{QDate(*y, *m, *d).toJulianDay()});
}

Value datePart(const CallArgs &a, int which)
{
    if (a[0].isBlank())
        return Value::null();
    const auto v = asDateValue(a[0], a.context.zone());
    if (!v)
        return a.error(Tr::tr("'%1' is not a date").arg(coerce::text(a[0])));
    const DateParts p = v->isDate() ? partsOf(v->date()) : partsOf(v->dateTime());
    return Value::fromInt(which == 0 ? p.year : (which == 1 ? p.month : p.day));
}
Value yearFn(const CallArgs &a) { return datePart(a, 0); }
Value monthFn(const CallArgs &a) { return datePart(a, 1); }
Value dayFn(const CallArgs &a) { return datePart(a, 2); }

Value dateAddFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    const auto v = asDateValue(a[0], a.context.zone());
    if (!v)
        return a.error(Tr::tr("'%1' is not a date").arg(coerce::text(a[0])));
    const auto n = coerce::integer(a[1]);
    if (!n)
        return notANumber(a, 1, Tr::tr("amount"));
    const QString unit = a.size() > 2 ? text(a, 2).toLower() : QStringLiteral("days");
    if (v->isDate()) {
        QDate d = QDate::fromJulianDay(v->date().julianDay);
        if (unit == QLatin1String("days"))
            d = d.addDays(*n);
        else if (unit == QLatin1String("months"))
            d = d.addMonths(*n);
        else if (unit == QLatin1String("years"))
            d = d.addYears(*n);
        else
            return a.error(Tr::tr("a date moves by days, months or years, not '%1'").arg(unit));
        return Value(Date{d.toJulianDay()});
    }
    DateTime dt = v->dateTime();
    qint64 step = 0;
    if (unit == QLatin1String("days"))
        step = kMsPerDay;
    else if (unit == QLatin1String("hours"))
        step = 3600000;
    else if (unit == QLatin1String("minutes"))
        step = 60000;
    else if (unit == QLatin1String("seconds"))
        step = 1000;
    else
        return a.error(Tr::tr("a datetime moves by days, hours, minutes or seconds, not '%1'").arg(unit));
    dt.msecsSinceEpoch += step * *n;
    return Value(dt);
}

const FunctionSpec kDate[] = {
    // Not folded at compile time: without a zone argument they use the context's zone.
    {"DATE_PARSE", 2, 3, dateParseFn, "DATE_PARSE(text, format, [zone])", prepareDate<1, 2, true>, false},
    {"DATE_FORMAT", 2, 3, dateFormatFn, "DATE_FORMAT(date, format, [zone])", prepareDate<1, 2>, false},
    {"TZ_CONVERT", 2, 2, tzConvertFn, "TZ_CONVERT(datetime, zone)", prepareDate<-1, 1>, false},
    {"TODAY", 0, 1, todayFn, "TODAY([zone])", prepareDate<-1, 0>, false},
    {"NOW", 0, 1, nowFn, "NOW([zone])", prepareDate<-1, 0>, false},
    {"DATE", 3, 3, dateFn, "DATE(year, month, day)"},
    {"YEAR", 1, 1, yearFn, "YEAR(date)", nullptr, false},
    {"MONTH", 1, 1, monthFn, "MONTH(date)", nullptr, false},
    {"DAY", 1, 1, dayFn, "DAY(date)", nullptr, false},
    {"DATE_ADD", 2, 3, dateAddFn, "DATE_ADD(date, amount, [\"days\"|\"months\"|\"years\"|\"hours\"|\"minutes\"|\"seconds\"])", nullptr, false},
};

} // namespace

std::span<const FunctionSpec> FunctionLibrary::dateFunctions()
{
    return kDate;
}

} // namespace crmbridge::mapping
