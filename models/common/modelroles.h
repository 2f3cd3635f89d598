#pragma once

#include <Qt>

namespace crmbridge {

/// Roles every table model of the project answers besides the Qt ones.
enum ModelRole : int {
    RawValueRole = Qt::UserRole + 1, ///< the unformatted value, for sorting and filtering
    ObjectIdRole,                    ///< the id of the core object behind the row
};

} // namespace crmbridge
