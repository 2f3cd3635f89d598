#include "core/endpoints/ratelimitpresets.h"

namespace crmbridge {

static constexpr qint64 kSecond = 1000;
static constexpr qint64 kMinute = 60 * kSecond;
static constexpr qint64 kDay = 24 * 60 * kMinute;

static RateLimitPreset preset(const char *id, QString label, const char *source,
                              QList<RateWindow> windows, int maxInFlight, const char *remaining = "",
                              const char *interval = "", const char *reset = "", int slowDownBelow = 0)
{
    RateLimitPreset p;
    p.id = QString::fromLatin1(id);
    p.label = std::move(label);
    p.source = QString::fromLatin1(source);
    p.policy.preset = p.id;
    p.policy.windows = std::move(windows);
    p.policy.maxInFlight = maxInFlight;
    p.policy.remainingHeader = QString::fromLatin1(remaining);
    p.policy.intervalHeader = QString::fromLatin1(interval);
    p.policy.resetHeader = QString::fromLatin1(reset);
    p.policy.slowDownBelow = slowDownBelow;
    return p;
}

QList<RateLimitPreset> RateLimitPresets::all()
{
    static const char *hubspotDoc = "developers.hubspot.com/docs/api/usage-details (burst limit per app per 10 s)";
    static const char *zendeskDoc = "developer.zendesk.com/api-reference/introduction/rate-limits (per minute by plan)";
    static const char *klaviyoDoc = "klaviyo openapi lists.json: 'Rate limits: Burst / Steady' per operation";
    return {
        preset("none", tr("No limit"), "", {}, 6),
        preset("hubspot-100-10s", tr("HubSpot (Free/Starter): 100 requests per 10 s"), hubspotDoc,
               {{100, 10 * kSecond}}, 6, "X-HubSpot-RateLimit-Remaining",
               "X-HubSpot-RateLimit-Interval-Milliseconds", "", 10),
        preset("hubspot-190-10s", tr("HubSpot (Professional/Enterprise): 190 requests per 10 s"), hubspotDoc,
               {{190, 10 * kSecond}}, 6, "X-HubSpot-RateLimit-Remaining",
               "X-HubSpot-RateLimit-Interval-Milliseconds", "", 19),
        preset("zendesk-team", tr("Zendesk Team: 200 requests per minute"), zendeskDoc, {{200, kMinute}}, 6,
               "X-Rate-Limit-Remaining", "", "ratelimit-reset", 10),
        preset("zendesk-professional", tr("Zendesk Growth/Professional: 400 requests per minute"), zendeskDoc,
               {{400, kMinute}}, 6, "X-Rate-Limit-Remaining", "", "ratelimit-reset", 20),
        preset("zendesk-enterprise", tr("Zendesk Enterprise: 700 requests per minute"), zendeskDoc,
               {{700, kMinute}}, 6, "X-Rate-Limit-Remaining", "", "ratelimit-reset", 35),
        preset("zendesk-high-volume", tr("Zendesk High Volume add-on: 2,500 requests per minute"), zendeskDoc,
               {{2500, kMinute}}, 6, "X-Rate-Limit-Remaining", "", "ratelimit-reset", 100),
        preset("mailchimp", tr("Mailchimp Marketing: 10 connections at once"),
               "mailchimp.com/developer/marketing/docs/fundamentals (10 simultaneous connections)", {}, 10),
        preset("salesforce-enterprise", tr("Salesforce Enterprise: 100,000 requests per day, 25 long requests at once"),
               "developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet (API request limits)",
               {{100000, kDay}}, 25),
        preset("dynamics365", tr("Dynamics 365 / Dataverse: 6,000 requests per 5 minutes, 52 at once"),
               "learn.microsoft.com/power-apps/developer/data-platform/api-limits (service protection limits)",
               {{6000, 5 * kMinute}}, 52, "x-ms-ratelimit-burst-remaining-xrm-requests", "", "", 60),
        preset("klaviyo-s", tr("Klaviyo tier S: 3 per second, 60 per minute"), klaviyoDoc,
               {{3, kSecond}, {60, kMinute}}, 3, "RateLimit-Remaining", "", "RateLimit-Reset", 2),
        preset("klaviyo-m", tr("Klaviyo tier M: 10 per second, 150 per minute"), klaviyoDoc,
               {{10, kSecond}, {150, kMinute}}, 6, "RateLimit-Remaining", "", "RateLimit-Reset", 5),
        preset("klaviyo-l", tr("Klaviyo tier L: 75 per second, 700 per minute"), klaviyoDoc,
               {{75, kSecond}, {700, kMinute}}, 6, "RateLimit-Remaining", "", "RateLimit-Reset", 20),
        preset("intercom", tr("Intercom: 10,000 per minute per app, spread over 10 s windows"),
               "developers.intercom.com/docs/references/rest-api/errors/rate-limiting (1,666 per 10 s window)",
               {{1666, 10 * kSecond}}, 6, "X-RateLimit-Remaining", "", "X-RateLimit-Reset", 50),
        preset("sandbox", tr("Built-in sandbox: 100 requests per 10 s"), "core/sandbox",
               {{100, 10 * kSecond}}, 6, "X-HubSpot-RateLimit-Remaining",
               "X-HubSpot-RateLimit-Interval-Milliseconds", "", 10),
    };
}

Result<RateLimitPreset> RateLimitPresets::find(const QString &id)
{
    QStringList ids;
    const QList<RateLimitPreset> presets = all();
    for (const RateLimitPreset &p : presets) {
        if (p.id == id)
            return p;
        ids.append(p.id);
    }
    return Error::notFound(tr("No rate-limit preset named \"%1\"").arg(id), {},
                           tr("Use one of: %1.").arg(ids.join(QStringLiteral(", "))));
}

} // namespace crmbridge
