#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

namespace crmbridge {

/// Appends `utf8` (valid UTF-8) to `out` as a JSON string: quoted, with quotes, backslashes and
/// control characters escaped, everything else as it is. For JSON written as text directly,
/// where building a QJsonObject only to serialise it would cost more than the data.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

/// Appends `value` as compact JSON text: what QJsonDocument::toJson(Compact) writes (members in
/// the same order, numbers alike), in a single pass over the value without Qt's intermediate
/// forms. For answers of thousands of records (the sandbox), where toJson was a third of the work.
void appendJson(QByteArray &out, const QJsonValue &value);

} // namespace crmbridge
