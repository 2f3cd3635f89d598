#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace crmbridge::mapping {

/// An exact decimal number for money and quantities: a 64-bit count of units of 10^-scale.
/// Guarantees: no binary-float drift (0.1 + 0.2 == 0.3); amounts keep their scale through + and -
/// (10.50 + 1 is 11.50) and multiplication adds scales; every operation that cannot be exact
/// within 18 digits reports overflow instead of returning a wrong number. Trivially copyable, so
/// the evaluator moves it around without allocating.
class Decimal
{
public:
    static constexpr int MaxScale = 18;
    /// Digits kept after the point by division beyond the operands' own scale.
    static constexpr int DivisionExtraScale = 10;

    enum class Rounding { HalfAwayFromZero, HalfEven, Down, Up };

    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t units, int scale) : m_units(units), m_scale(std::int8_t(scale)) { }
    static constexpr Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }

    /// Parses "-12.340", "+3", ".5", "1e3", "1.5E-2"; no thousands separators, no spaces.
    static std::optional<Decimal> parse(QStringView text);
    static std::optional<Decimal> parse(const char *utf8, qsizetype size);
    /// The shortest decimal that reads back as `value` (so 0.1 stays 0.1).
    static std::optional<Decimal> fromDouble(double value);

    std::int64_t units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    bool isInteger() const;
    double toDouble() const;
    /// The integer part, if it fits (truncates toward zero).
    std::int64_t toInt64() const;
    /// Plain notation, never exponent: "-0.50", "1200".
    QString toString() const;

    std::optional<Decimal> add(Decimal other) const;
    std::optional<Decimal> subtract(Decimal other) const;
    std::optional<Decimal> multiply(Decimal other) const;
    /// Result scale: max(operand scales) + DivisionExtraScale, trailing zeros trimmed down to
    /// max(operand scales); nullopt on division by zero or overflow.
    std::optional<Decimal> divide(Decimal other) const;
    Decimal negated() const { return Decimal(-m_units, m_scale); }
    Decimal abs() const { return m_units < 0 ? negated() : *this; }

    /// Rounds to `digits` after the point (negative digits round to tens, hundreds, ...). The
    /// result has exactly max(digits, 0) scale, so ROUND(2.5, 2) is 2.50.
    std::optional<Decimal> rounded(int digits, Rounding mode = Rounding::HalfAwayFromZero) const;
    /// Same value with at least `scale` digits after the point (never loses digits).
    std::optional<Decimal> withMinimumScale(int scale) const;
    /// Trailing zeros after the point removed: 1.500 -> 1.5.
    Decimal trimmed() const;

    /// Numeric order, independent of scale: 1.0 == 1.
    int compare(Decimal other) const;
    friend bool operator==(Decimal a, Decimal b) { return a.compare(b) == 0; }
    friend bool operator<(Decimal a, Decimal b) { return a.compare(b) < 0; }
    /// Same digits and same scale, as a file diff would see them.
    bool identical(Decimal other) const { return m_units == other.m_units && m_scale == other.m_scale; }

private:
    std::int64_t m_units = 0;
    std::int8_t m_scale = 0;
};

} // namespace crmbridge::mapping
