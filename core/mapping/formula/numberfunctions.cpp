// Number functions. Everything is Decimal: SUM of 0.1 and 0.2 is 0.3, and totals keep the
// scale of their amounts.

#include "core/mapping/formula/functionhelpers.h"

namespace crmbridge::mapping {

using namespace fn;

namespace {

Value valueFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    if (a[0].isNumber())
        return a[0];
    // Lenient on purpose: VALUE is how analysts read "$1,234.50" or "¥ 1 200" out of exports.
    QString s = coerce::text(a[0]);
    QString cleaned;
    cleaned.reserve(s.size());
    bool parenthesized = false;
    for (const QChar c : s) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('e')
            || c == QLatin1Char('E'))
            cleaned += c;
        else if (c == QLatin1Char('('))
            parenthesized = true;
        else if (c == QLatin1Char(',') || c.isSpace() || c == QLatin1Char(')') || c.category() == QChar::Symbol_Currency)
            continue;
        else
            return a.error(Tr::tr("'%1' is not a number").arg(s));
    }
    auto d = Decimal::parse(cleaned);
    if (!d)
        return a.error(Tr::tr("'%1' is not a number").arg(s));
    return Value(parenthesized ? d->negated() : *d);
}

Value toNumberFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    const auto d = coerce::number(a[0]);
    if (!d)
        return a.error(Tr::tr("'%1' is not a number").arg(coerce::text(a[0])));
    return Value(*d);
}

Value roundFn(const CallArgs &a)
{
    if (a[0].isAbsent())
        return Value::null();
    const auto d = coerce::number(a[0]);
    if (!d)
        return notANumber(a, 0, Tr::tr("value"));
    int digits = 0;
    if (a.size() > 1) {
        const auto n = coerce::integer(a[1]);
        if (!n || *n < -18 || *n > Decimal::MaxScale)
            return notANumber(a, 1, Tr::tr("digits"));
        digits = *n;
    }
    Decimal::Rounding mode = Decimal::Rounding::HalfAwayFromZero;
    if (a.size() > 2) {
        const QString m = coerce::text(a[2]).toUpper();
        if (m == QLatin1String("HALF_EVEN"))
            mode = Decimal::Rounding::HalfEven;
        else if (m == QLatin1String("DOWN"))
            mode = Decimal::Rounding::Down;
        else if (m == QLatin1String("UP"))
            mode = Decimal::Rounding::Up;
        else if (m != QLatin1String("HALF_UP"))
            return a.error(Tr::tr("mode must be HALF_UP, HALF_EVEN, UP or DOWN, got '%1'").arg(m));
    }
    const auto r = d->rounded(digits, mode);
    if (!r)
        return a.error(Tr::tr("the result has more than 18 digits"));
    return Value(*r);
}

Value absFn(const CallArgs &a)
{
    if (a[0].isAbsent())
        return Value::null();
    const auto d = coerce::number(a[0]);
    if (!d)
        return notANumber(a, 0, Tr::tr("value"));
    return Value(d->abs());
}

// Visits every non-absent element of every argument (arrays are flattened one level).
template<typename F>
Value forEachNumber(const CallArgs &a, F &&visit)
{
    for (int i = 0; i < a.size(); ++i) {
        for (const Value *v = coerce::begin(a[i]); v != coerce::end(a[i]); ++v) {
            if (v->isError())
                return *v;
            if (v->isBlank())
                continue;
            const auto d = coerce::number(*v);
            if (!d)
                return a.error(Tr::tr("'%1' is not a number").arg(coerce::text(*v)));
            if (!visit(*d))
                return a.error(Tr::tr("the result has more than 18 digits"));
        }
    }
    return {};
}

Value sumFn(const CallArgs &a)
{
    Decimal total;
    Value error = forEachNumber(a, [&](Decimal d) {
        const auto next = total.add(d);
        if (next)
            total = *next;
        return bool(next);
    });
    return error.isError() ? error : Value(total);
}

Value countFn(const CallArgs &a)
{
    std::int64_t n = 0;
    for (int i = 0; i < a.size(); ++i) {
        for (const Value *v = coerce::begin(a[i]); v != coerce::end(a[i]); ++v)
            n += v->isAbsent() ? 0 : 1;
    }
    return Value::fromInt(n);
}

Value minMax(const CallArgs &a, bool wantMax)
{
    std::optional<Decimal> best;
    Value error = forEachNumber(a, [&](Decimal d) {
        if (!best || (wantMax ? *best < d : d < *best))
            best = d;
        return true;
    });
    if (error.isError())
        return error;
    return best ? Value(*best) : Value::null();
}
Value minFn(const CallArgs &a) { return minMax(a, false); }
Value maxFn(const CallArgs &a) { return minMax(a, true); }

Value averageFn(const CallArgs &a)
{
    Decimal total;
    std::int64_t n = 0;
    Value error = forEachNumber(a, [&](Decimal d) {
        ++n;
        const auto next = total.add(d);
        if (next)
            total = *next;
        return bool(next);
    });
    if (error.isError())
        return error;
    if (n == 0)
        return Value::null();
    const auto r = total.divide(Decimal::fromInt(n));
    return r ? Value(*r) : a.error(Tr::tr("the result has more than 18 digits"));
}

const FunctionSpec kNumber[] = {
    {"VALUE", 1, 1, valueFn, "VALUE(text)"},
    {"TO_NUMBER", 1, 1, toNumberFn, "TO_NUMBER(value)"},
    {"ROUND", 1, 3, roundFn, "ROUND(number, [digits], [\"HALF_UP\"|\"HALF_EVEN\"|\"UP\"|\"DOWN\"])"},
    {"ABS", 1, 1, absFn, "ABS(number)"},
    {"SUM", 1, -1, sumFn, "SUM(values...)", nullptr, true, false},
    {"COUNT", 1, -1, countFn, "COUNT(values...)", nullptr, true, false},
    {"MIN", 1, -1, minFn, "MIN(values...)", nullptr, true, false},
    {"MAX", 1, -1, maxFn, "MAX(values...)", nullptr, true, false},
    {"AVERAGE", 1, -1, averageFn, "AVERAGE(values...)", nullptr, true, false},
};

} // namespace

std::span<const FunctionSpec> FunctionLibrary::numberFunctions()
{
    return kNumber;
}

} // namespace crmbridge::mapping
