#pragma once

#include "core/sandbox/sandboxsystem.h"

#include <QHash>

#include <map>

namespace crmbridge {

/// Demo Helpdesk: Zendesk Support /api/v2/{tickets|users} with cursor paging (page[size],
/// page[after] → meta/links) and offset paging (page, per_page → next_page, count), {ticket:…}
/// wrappers, users/create_or_update, Zendesk's error bodies, API-token Basic auth and 429 with
/// Retry-After in seconds.
class HelpdeskSystem : public SandboxSystem
{
public:
    static constexpr const char *User = "agent@example.com/token";
    static constexpr const char *ApiToken = "zd-sandbox-token-0000";

    HelpdeskSystem(quint32 seed, int scale);

    QString name() const override;
    QString vendor() const override;
    SandboxCredentials credentials() const override;
    SandboxResponse throttledResponse(int retryAfterSeconds) const override;

protected:
    SandboxRateLimit defaultRateLimit() const override { return {true, 400, 60000}; }
    void load(const SandboxDataset &data) override;
    QJsonObject collectionCounts() const override;
    bool authorized(const SandboxRequest &request) const override;
    SandboxResponse unauthorized(const SandboxRequest &request) const override;
    SandboxResponse handle(const SandboxRequest &request) override;

private:
    using Store = std::map<qint64, QJsonObject>;
    SandboxResponse list(const QString &collection, const SandboxRequest &request) const;
    SandboxResponse writeTicket(qint64 id, const SandboxRequest &request);
    SandboxResponse writeUser(qint64 id, const SandboxRequest &request, bool createOrUpdate);
    QJsonObject present(const QString &collection, const QJsonObject &record, const QString &baseUrl) const;

    Store m_tickets, m_users;
    qint64 m_nextTicket = 1, m_nextUser = 1;
};

} // namespace crmbridge
