#pragma once

#include "core/mapping/value/value.h"

#include <QByteArray>
#include <QStringView>

namespace crmbridge::formats {

// Fast, allocation-free encoders for the writers: they append straight into a reusable buffer.
// The JSON produced is byte for byte what mapping::writeJson() produces (compact, missing fields
// left out, numbers with their exact digits and scale, dates as ISO 8601 text), only faster.

/// Appends `text` as UTF-8 (an unpaired surrogate becomes U+FFFD).
void appendUtf8(QByteArray &out, QStringView text);
/// Appends a Decimal in plain notation with its scale: "-0.50", "1200".
void appendDecimal(QByteArray &out, mapping::Decimal number);
/// Appends `text` as a quoted JSON string.
void appendJsonString(QByteArray &out, QStringView text);
/// Appends a value as compact JSON.
void appendJson(QByteArray &out, const mapping::Value &value);
/// Appends an object as compact JSON (missing fields left out).
void appendJsonObject(QByteArray &out, const mapping::Object &object);

} // namespace crmbridge::formats
