#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace crmbridge {

/// Everything the sandbox systems serve after a start or a reset, in each vendor's shape.
/// The same people appear across systems with the differences real ones have; every
/// deliberate difference is listed in `discrepancies` as ground truth for tests.
struct SandboxDataset
{
    quint32 seed = 0;
    int scale = 1;
    // Demo CRM: HubSpot records {id, properties{...strings}, createdAt, updatedAt, archived}
    QList<QJsonObject> crmContacts, crmCompanies, crmDeals, crmProducts;
    // Demo ERP
    QList<QJsonObject> erpCustomers, erpOrders, erpProducts;
    // Demo Helpdesk
    QList<QJsonObject> helpdeskUsers, helpdeskTickets;
    // Demo Marketing: lists, and the members of each list (same order as lists)
    QList<QJsonObject> marketingLists;
    QList<QList<QJsonObject>> marketingMembers;
    /// {id, kind, entity, key, systems[], field, values{system: value}, note}
    QJsonArray discrepancies;
};

/// Generates the seeded data. Deterministic: the same (seed, scale) gives byte-identical data.
/// Counts at scale 1: ~500 customers, 1,500 orders, 120 products, 300 tickets, 3 lists.
class SandboxData
{
public:
    static SandboxDataset generate(quint32 seed, int scale);
    /// Mailchimp's member id: MD5 of the lower-cased email, hex.
    static QString subscriberHash(const QString &email);
    /// The id of Demo Marketing's list number `index` (0: "Newsletter") under `seed`.
    static QString marketingListId(int index, quint32 seed);
};

} // namespace crmbridge
