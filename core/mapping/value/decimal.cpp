#include "core/mapping/value/decimal.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace crmbridge::mapping {

namespace {

// GCC and Clang provide a 128-bit integer; intermediate products and scaled dividends need it.
__extension__ typedef __int128 Wide;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Wide pow10(int n)
{
    Wide r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

bool fits(Wide v) { return v <= Wide(kMax) && v >= Wide(kMin); }

// Divides `value` by 10^digits, rounding the dropped digits by `mode`.
Wide dropDigits(Wide value, int digits, Decimal::Rounding mode)
{
    if (digits <= 0)
        return value;
    if (digits > 38)
        return 0;
    const Wide divisor = pow10(digits);
    Wide quotient = value / divisor;
    const Wide remainder = value % divisor;
    if (remainder == 0)
        return quotient;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    const int sign = value < 0 ? -1 : 1;
    bool awayFromZero = false;
    switch (mode) {
    case Decimal::Rounding::HalfAwayFromZero: awayFromZero = twice >= divisor; break;
    case Decimal::Rounding::HalfEven:
        awayFromZero = twice > divisor || (twice == divisor && (quotient % 2) != 0);
        break;
    case Decimal::Rounding::Down: awayFromZero = false; break;
    case Decimal::Rounding::Up: awayFromZero = true; break;
    }
    if (awayFromZero)
        quotient += sign;
    return quotient;
}

// Brings a wide result with `scale` into range: drops digits (rounding) while the scale is above
// MaxScale or the units do not fit, but never below `minScale`.
std::optional<Decimal> narrow(Wide units, int scale, int minScale)
{
    while (scale > Decimal::MaxScale || (!fits(units) && scale > minScale)) {
        units = dropDigits(units, 1, Decimal::Rounding::HalfAwayFromZero);
        --scale;
    }
    if (!fits(units))
        return std::nullopt;
    return Decimal(std::int64_t(units), scale);
}

template<typename Char>
std::optional<Decimal> parseChars(const Char *p, qsizetype size)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (p[i] == '-' || p[i] == '+')) {
        negative = p[i] == '-';
        ++i;
    }
    Wide units = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    bool overflow = false;
    for (; i < size; ++i) {
        const auto c = p[i];
        if (c >= '0' && c <= '9') {
            ++digits;
            if (units > Wide(kMax) * 10) {
                // Past any representable value: keep counting digits so the exponent stays
                // right, then report overflow below unless only fraction digits were dropped.
                if (!seenPoint)
                    overflow = true;
                continue;
            }
            units = units * 10 + (c - '0');
            if (seenPoint)
                ++scale;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits == 0 || overflow)
        return std::nullopt;
    if (i < size && (p[i] == 'e' || p[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < size && (p[i] == '-' || p[i] == '+')) {
            expNegative = p[i] == '-';
            ++i;
        }
        int exponent = 0;
        int expDigits = 0;
        for (; i < size && p[i] >= '0' && p[i] <= '9'; ++i) {
            exponent = std::min(exponent * 10 + (p[i] - '0'), 1000);
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
        scale += expNegative ? exponent : -exponent;
    }
    if (i != size)
        return std::nullopt;
    if (scale < 0) {
        if (-scale > 36)
            return units == 0 ? std::optional<Decimal>(Decimal()) : std::nullopt;
        units *= pow10(-scale);
        scale = 0;
    }
    if (negative)
        units = -units;
    return narrow(units, scale, 0);
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    return parseChars(text.utf16(), text.size());
}

std::optional<Decimal> Decimal::parse(const char *utf8, qsizetype size)
{
    return parseChars(utf8, size);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return parse(text.constData(), text.size());
}

bool Decimal::isInteger() const
{
    return m_scale <= 0 || Wide(m_units) % pow10(m_scale) == 0;
}

double Decimal::toDouble() const
{
    // Through text, so 0.1 becomes the double nearest 0.1 rather than 1 * 10^-1 in two steps.
    const QByteArray text = toString().toLatin1();
    return text.toDouble();
}

std::int64_t Decimal::toInt64() const
{
    return std::int64_t(Wide(m_units) / pow10(m_scale));
}

QString Decimal::toString() const
{
    Wide magnitude = m_units;
    const bool negative = magnitude < 0;
    if (negative)
        magnitude = -magnitude;
    char buffer[48];
    int pos = 48;
    int written = 0;
    do {
        buffer[--pos] = char('0' + int(magnitude % 10));
        magnitude /= 10;
        ++written;
        if (written == m_scale)
            buffer[--pos] = '.';
    } while (magnitude != 0 || written < m_scale);
    if (buffer[pos] == '.')
        buffer[--pos] = '0';
    if (negative)
        buffer[--pos] = '-';
    return QString::fromLatin1(buffer + pos, 48 - pos);
}

std::optional<Decimal> Decimal::add(Decimal other) const
{
    const int scale = std::max<int>(m_scale, other.m_scale);
    const Wide a = Wide(m_units) * pow10(scale - m_scale);
    const Wide b = Wide(other.m_units) * pow10(scale - other.m_scale);
    const Wide sum = a + b;
    if (!fits(sum))
        return std::nullopt;
    return Decimal(std::int64_t(sum), scale);
}

std::optional<Decimal> Decimal::subtract(Decimal other) const
{
    return add(other.negated());
}

std::optional<Decimal> Decimal::multiply(Decimal other) const
{
    const Wide product = Wide(m_units) * Wide(other.m_units);
    return narrow(product, m_scale + other.m_scale, std::max<int>(m_scale, other.m_scale));
}

std::optional<Decimal> Decimal::divide(Decimal other) const
{
    if (other.m_units == 0)
        return std::nullopt;
    const int keep = std::max<int>(m_scale, other.m_scale);
    const int scale = std::min(keep + DivisionExtraScale, int(MaxScale));
    // units / other.units * 10^(other.scale - scale_a), wanted with `scale` digits plus one
    // guard digit for rounding; built digit by digit so the dividend never overflows.
    Wide numerator = m_units;
    Wide denominator = other.m_units;
    const bool negative = (numerator < 0) != (denominator < 0);
    if (numerator < 0)
        numerator = -numerator;
    if (denominator < 0)
        denominator = -denominator;
    const int shift = scale - m_scale + other.m_scale + 1; // >= 1 because scale >= m_scale
    Wide quotient = numerator / denominator;
    Wide remainder = numerator % denominator;
    const Wide limit = Wide(kMax) * 100;
    for (int i = 0; i < shift; ++i) {
        remainder *= 10;
        quotient = quotient * 10 + remainder / denominator;
        remainder %= denominator;
        if (quotient > limit)
            return std::nullopt;
    }
    // The guard digit decides; an exact half with a nonzero remainder rounds up as well.
    Wide units = quotient / 10;
    const int guard = int(quotient % 10);
    if (guard >= 5)
        units += 1;
    if (negative)
        units = -units;
    auto result = narrow(units, scale, keep);
    if (!result)
        return std::nullopt;
    Decimal value = *result;
    while (value.m_scale > keep && value.m_units % 10 == 0) {
        value.m_units /= 10;
        --value.m_scale;
    }
    return value;
}

std::optional<Decimal> Decimal::rounded(int digits, Rounding mode) const
{
    digits = std::clamp(digits, -18, int(MaxScale));
    if (digits >= m_scale)
        return withMinimumScale(digits);
    Wide units = dropDigits(m_units, m_scale - digits, mode);
    if (digits < 0) {
        units *= pow10(-digits);
        digits = 0;
    }
    if (!fits(units))
        return std::nullopt;
    return Decimal(std::int64_t(units), digits);
}

std::optional<Decimal> Decimal::withMinimumScale(int scale) const
{
    if (scale <= m_scale)
        return *this;
    scale = std::min(scale, int(MaxScale));
    const Wide units = Wide(m_units) * pow10(scale - m_scale);
    if (!fits(units))
        return std::nullopt;
    return Decimal(std::int64_t(units), scale);
}

Decimal Decimal::trimmed() const
{
    Decimal value = *this;
    while (value.m_scale > 0 && value.m_units % 10 == 0) {
        value.m_units /= 10;
        --value.m_scale;
    }
    return value;
}

int Decimal::compare(Decimal other) const
{
    const int scale = std::max<int>(m_scale, other.m_scale);
    const Wide a = Wide(m_units) * pow10(scale - m_scale);
    const Wide b = Wide(other.m_units) * pow10(scale - other.m_scale);
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace crmbridge::mapping
