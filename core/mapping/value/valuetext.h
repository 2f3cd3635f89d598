#pragma once

#include "core/mapping/value/value.h"

namespace crmbridge::mapping {

/// ISO 8601 text of a date: "2024-03-10".
QString isoDate(Date date);
/// ISO 8601 text of a datetime in its own offset: "2024-03-10T09:30:00Z",
/// "2024-03-10T17:30:00.250+08:00" (milliseconds only when nonzero).
QString isoDateTime(DateTime dateTime);
/// The canonical text of a value, used by TO_TEXT, `&` and CONCAT: numbers in plain notation
/// keeping their scale, booleans as true/false, dates in ISO 8601, absent values as "".
/// Arrays join their items with ", "; objects and errors have no text form and give "".
QString toText(const Value &value);

} // namespace crmbridge::mapping
