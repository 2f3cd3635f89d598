#include "core/mapping/formula/coerce.h"

#include "core/mapping/value/valuetext.h"

#include <QDate>
#include <QTime>

namespace crmbridge::mapping::coerce {

std::optional<Decimal> number(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Number: return value.number();
    case Value::Type::Bool: return Decimal::fromInt(value.boolValue() ? 1 : 0);
    case Value::Type::Text: {
        const QStringView t = QStringView(value.text()).trimmed();
        if (t.isEmpty())
            return std::nullopt;
        return Decimal::parse(t);
    }
    default: return std::nullopt;
    }
}

std::optional<int> integer(const Value &value)
{
    const auto d = number(value);
    if (!d || !d->isInteger())
        return std::nullopt;
    const std::int64_t v = d->toInt64();
    if (v < -1000000000 || v > 1000000000)
        return std::nullopt;
    return int(v);
}

std::optional<Date> date(const Value &value)
{
    if (value.isDate())
        return value.date();
    if (value.isText()) {
        const QString t = value.text().trimmed();
        if (t.size() == 10) {
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (d.isValid())
                return Date{d.toJulianDay()};
        }
    }
    return std::nullopt;
}

std::optional<DateTime> dateTime(const Value &value)
{
    if (value.isDateTime())
        return value.dateTime();
    if (value.isText()) {
        const QString t = value.text().trimmed();
        if (t.size() > 10 && (t.endsWith(QLatin1Char('Z')) || t.at(t.size() - 6) == QLatin1Char('+')
                              || t.at(t.size() - 6) == QLatin1Char('-'))) {
            const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
            if (dt.isValid())
                return DateTime{dt.toMSecsSinceEpoch(), dt.offsetFromUtc()};
        }
    }
    return std::nullopt;
}

QString text(const Value &value)
{
    return toText(value);
}

const Value *begin(const Value &value)
{
    return value.isArray() ? value.array().data() : &value;
}

const Value *end(const Value &value)
{
    return value.isArray() ? value.array().data() + value.array().size() : &value + 1;
}

std::optional<int> compare(const Value &left, const Value &right)
{
    if (left.isAbsent() || right.isAbsent())
        return std::nullopt;
    if (left.isNumber() || right.isNumber()) {
        const auto a = number(left);
        const auto b = number(right);
        if (a && b && !left.isBool() && !right.isBool())
            return a->compare(*b);
        return std::nullopt;
    }
    if (left.isText() && right.isText()) {
        const int c = left.text().compare(right.text());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (left.isDate() || right.isDate()) {
        const auto a = date(left);
        const auto b = date(right);
        if (a && b)
            return a->julianDay < b->julianDay ? -1 : (a->julianDay > b->julianDay ? 1 : 0);
        return std::nullopt;
    }
    if (left.isDateTime() || right.isDateTime()) {
        const auto a = dateTime(left);
        const auto b = dateTime(right);
        if (a && b)
            return a->msecsSinceEpoch < b->msecsSinceEpoch ? -1 : (a->msecsSinceEpoch > b->msecsSinceEpoch ? 1 : 0);
        return std::nullopt;
    }
    if (left.isBool() && right.isBool())
        return int(left.boolValue()) - int(right.boolValue());
    return std::nullopt;
}

bool equal(const Value &left, const Value &right)
{
    if (left.isAbsent() || right.isAbsent())
        return left.isAbsent() && right.isAbsent();
    if (left.isArray() || left.isObject() || right.isArray() || right.isObject())
        return left == right;
    if (left.isBool() != right.isBool()) {
        // TRUE = "true" reads naturally in CSV data; TRUE = 1 does not.
        const Value &b = left.isBool() ? left : right;
        const Value &other = left.isBool() ? right : left;
        return other.isText() && other.text().compare(b.boolValue() ? QLatin1String("true") : QLatin1String("false"),
                                                      Qt::CaseInsensitive) == 0;
    }
    const auto c = compare(left, right);
    return c && *c == 0;
}

} // namespace crmbridge::mapping::coerce
