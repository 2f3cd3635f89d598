#pragma once

#include "core/sandbox/sandboxsystem.h"

namespace crmbridge {

/// Records every webhook delivery it receives (any POST/PUT path) so that tests and the
/// order-events feature can see what was sent. GET /_sandbox/received lists them (oldest
/// first), DELETE /_sandbox/received forgets them. No auth: a delivery carries its own signature.
class WebhookReceiver : public SandboxSystem
{
public:
    WebhookReceiver(quint32 seed, int scale);

    QString name() const override;
    QString vendor() const override;
    SandboxCredentials credentials() const override { return {}; }

protected:
    void load(const SandboxDataset &data) override;
    QJsonObject collectionCounts() const override;
    bool authorized(const SandboxRequest &) const override { return true; }
    SandboxResponse unauthorized(const SandboxRequest &) const override { return SandboxResponse::empty(401); }
    SandboxResponse handle(const SandboxRequest &request) override;
    bool handleAdmin(const SandboxRequest &request, SandboxResponse *response) override;

private:
    QJsonArray m_received;
    qint64 m_nextId = 1;
};

} // namespace crmbridge
