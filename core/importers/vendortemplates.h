#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crmbridge {

/// A ready-made endpoint for a well-known vendor API: base URL, auth kind, headers, rate-limit
/// preset and its main entities (paths, records path, pagination, id field) filled in. Holds no
/// credentials: auth.secret names the keychain entry the user fills, and the environment lists
/// the account-specific variables ({{zendesk_subdomain}}) she must set.
struct VendorTemplate
{
    QString id;          ///< stable: "hubspot", "zendesk", "klaviyo", "intercom", "mailchimp", "salesforce", "dynamics365"
    QString displayName; ///< translated
    QString description; ///< translated: what it connects and what the user must provide
    Endpoint endpoint;
    QList<Entity> entities;
    Environment environment; ///< variables the base URL, auth or paths use, values empty or defaults
};

/// The table of vendor templates, as data. Every template round-trips through EndpointJson and
/// EntityJson unchanged and uses a preset from RateLimitPresets.
class VendorTemplates
{
    Q_DECLARE_TR_FUNCTIONS(VendorTemplates)

public:
    static QList<VendorTemplate> all();
    /// The template with this id, or an error listing the known ids.
    static Result<VendorTemplate> find(const QString &id);
};

} // namespace crmbridge
