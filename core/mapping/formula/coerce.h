#pragma once

#include "core/mapping/value/value.h"

#include <optional>

namespace crmbridge::mapping {

/// The implicit conversions every function and operator shares, so "150" from a CSV column
/// compares and adds like 150, and a function never has its own idea of what a number is.
namespace coerce {

/// Numbers as they are; text that is a plain decimal after trimming ("  12.50 "); booleans as
/// 1/0. nullopt for anything else, including absent values.
std::optional<Decimal> number(const Value &value);
/// A whole number within int range (for counts and positions).
std::optional<int> integer(const Value &value);
/// Dates as they are; ISO 8601 date text ("2024-03-10"). Datetimes do not silently become dates.
std::optional<Date> date(const Value &value);
/// Datetimes as they are; ISO 8601 datetime text with an offset or Z.
std::optional<DateTime> dateTime(const Value &value);
/// The canonical text form (see toText).
QString text(const Value &value);
/// For functions that take an array or a single value: the elements, or the value itself.
const Value *begin(const Value &value);
const Value *end(const Value &value);

/// -1, 0, 1, or nullopt when the two values have no order (different kinds, or absent).
std::optional<int> compare(const Value &left, const Value &right);
/// Equality as `=` sees it: numbers by value (also "150" = 150), absent equals absent only.
bool equal(const Value &left, const Value &right);

} // namespace coerce
} // namespace crmbridge::mapping
