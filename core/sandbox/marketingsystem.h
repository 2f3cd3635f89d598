#pragma once

#include "core/sandbox/sandboxsystem.h"

#include <QHash>

#include <map>

namespace crmbridge {

/// Demo Marketing: Mailchimp Marketing API 3.0 lists and members (count/offset → total_items,
/// member id = MD5 of the lower-cased e-mail, PUT upsert, statuses, FNAME/LNAME/PHONE merge
/// fields), problem+json errors, Basic anystring:APIKEY and at most 10 simultaneous connections.
class MarketingSystem : public SandboxSystem
{
public:
    static constexpr const char *ApiKey = "0123456789abcdef0123456789abcdef-us1";

    MarketingSystem(quint32 seed, int scale);

    QString name() const override;
    QString vendor() const override;
    SandboxCredentials credentials() const override;
    SandboxResponse throttledResponse(int retryAfterSeconds) const override;
    SandboxResponse serverErrorResponse(int status) const override;
    int connectionLimit() const override;

protected:
    SandboxRateLimit defaultRateLimit() const override { return {true, 10, 0}; }
    void load(const SandboxDataset &data) override;
    QJsonObject collectionCounts() const override;
    bool authorized(const SandboxRequest &request) const override;
    SandboxResponse unauthorized(const SandboxRequest &request) const override;
    SandboxResponse handle(const SandboxRequest &request) override;

private:
    struct List
    {
        QJsonObject info;
        std::map<QString, QJsonObject> members; ///< by subscriber hash
        QList<QString> order;                   ///< hashes in insertion order, for stable paging
    };
    SandboxResponse members(List &list, const SandboxRequest &request, const QStringList &s);
    SandboxResponse writeMember(List &list, const QString &hash, const SandboxRequest &request);
    QJsonObject presentList(const List &list) const;

    std::map<QString, List> m_lists;
    QList<QString> m_listOrder;
};

/// Mailchimp's problem+json error body.
SandboxResponse mailchimpProblem(int status, const QString &title, const QString &detail);

} // namespace crmbridge
