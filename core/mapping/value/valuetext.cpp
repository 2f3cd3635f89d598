#include "core/mapping/value/valuetext.h"

#include <QDate>

namespace crmbridge::mapping {

namespace {
void appendPadded(QString &out, qint64 value, int width)
{
    out += QString::number(value).rightJustified(width, QLatin1Char('0'));
}

// Floor division so that instants before 1970 land on the right day.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

QString isoDate(Date date)
{
    const QDate d = QDate::fromJulianDay(date.julianDay);
    QString out;
    out.reserve(10);
    appendPadded(out, d.year(), 4);
    out += QLatin1Char('-');
    appendPadded(out, d.month(), 2);
    out += QLatin1Char('-');
    appendPadded(out, d.day(), 2);
    return out;
}

QString isoDateTime(DateTime dt)
{
    const qint64 local = dt.msecsSinceEpoch + qint64(dt.offsetSeconds) * 1000;
    const qint64 days = floorDiv(local, 86400000);
    const qint64 msOfDay = local - days * 86400000;
    QString out = isoDate(Date{QDate(1970, 1, 1).toJulianDay() + days});
    out += QLatin1Char('T');
    appendPadded(out, msOfDay / 3600000, 2);
    out += QLatin1Char(':');
    appendPadded(out, (msOfDay / 60000) % 60, 2);
    out += QLatin1Char(':');
    appendPadded(out, (msOfDay / 1000) % 60, 2);
    if (msOfDay % 1000 != 0) {
        out += QLatin1Char('.');
        appendPadded(out, msOfDay % 1000, 3);
    }
    if (dt.offsetSeconds == 0) {
        out += QLatin1Char('Z');
    } else {
        const int magnitude = dt.offsetSeconds < 0 ? -dt.offsetSeconds : dt.offsetSeconds;
        out += dt.offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
        appendPadded(out, magnitude / 3600, 2);
        out += QLatin1Char(':');
        appendPadded(out, (magnitude / 60) % 60, 2);
    }
    return out;
}

QString toText(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Text: return value.text();
    case Value::Type::Number: return value.number().toString();
    case Value::Type::Bool: return value.boolValue() ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Type::Date: return isoDate(value.date());
    case Value::Type::DateTime: return isoDateTime(value.dateTime());
    case Value::Type::Array: {
        QString out;
        bool first = true;
        for (const Value &item : value.array()) {
            if (!first)
                out += QStringLiteral(", ");
            out += toText(item);
            first = false;
        }
        return out;
    }
    default: return {};
    }
}

} // namespace crmbridge::mapping
