#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace crmbridge {

/// Appends `utf8` (valid UTF-8) to `out` as a JSON string: quoted, with quotes, backslashes and
/// control characters escaped, everything else as it is. For JSON written as text directly,
/// where building a QJsonObject only to serialise it would cost more than the data.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace crmbridge
