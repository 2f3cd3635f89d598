#pragma once

#include "core/endpoints/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crmbridge {

/// One vendor's published rate limit, ready to apply to an endpoint.
struct RateLimitPreset
{
    QString id;     ///< stable id stored in RateLimitPolicy::preset ("hubspot-190-10s")
    QString label;  ///< translated, for the endpoint editor
    QString source; ///< where the numbers come from (vendor document)
    RateLimitPolicy policy;
};

/// The table of vendor presets (HubSpot, Zendesk, Mailchimp, Salesforce, Dynamics 365, Klaviyo,
/// Intercom, the built-in sandbox). Numbers are the vendors' published defaults; accounts with
/// add-ons get more and edit the policy after applying a preset.
class RateLimitPresets
{
    Q_DECLARE_TR_FUNCTIONS(RateLimitPresets)

public:
    static QList<RateLimitPreset> all();
    /// The preset with this id, or an error that lists the known ids.
    static Result<RateLimitPreset> find(const QString &id);
};

} // namespace crmbridge
