#pragma once

#include "core/sandbox/sandboxsystem.h"

#include <QHash>
#include <QStringList>

#include <map>

namespace crmbridge {

/// Demo CRM: HubSpot CRM v3 objects (contacts, companies, deals, products) with list, get,
/// create, update, archive, batch read/create/update/upsert and search; Bearer auth, HubSpot's
/// error bodies, Idempotency-Key on POST and the X-HubSpot-RateLimit-* budget.
class CrmSystem : public SandboxSystem
{
public:
    static constexpr const char *Token = "pat-na1-sandbox-crm-0000";

    CrmSystem(quint32 seed, int scale);

    QString name() const override;
    QString vendor() const override;
    SandboxCredentials credentials() const override;
    SandboxResponse throttledResponse(int retryAfterSeconds) const override;
    SandboxResponse serverErrorResponse(int status) const override;

protected:
    SandboxRateLimit defaultRateLimit() const override { return {true, 190, 10000}; }
    void load(const SandboxDataset &data) override;
    QJsonObject collectionCounts() const override;
    bool authorized(const SandboxRequest &request) const override;
    SandboxResponse unauthorized(const SandboxRequest &request) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    void addRateLimitHeaders(SandboxResponse &response, const RateLimiter::Verdict &verdict) const override;

private:
    struct ObjectType
    {
        std::map<qint64, QJsonObject> records;
        QStringList defaults;
        QString modifiedProperty;
    };

    SandboxResponse list(const QString &type, const SandboxRequest &request);
    SandboxResponse getOne(const QString &type, const QString &id, const SandboxRequest &request);
    SandboxResponse create(const QString &type, const QJsonObject &properties, QJsonObject *created);
    /// `at`: the modification time to stamp (now when empty).
    SandboxResponse update(const QString &type, qint64 id, const QJsonObject &properties, QJsonObject *updated,
                           const QString &at = {});
    SandboxResponse archive(const QString &type, const QString &id);
    SandboxResponse batch(const QString &type, const QString &verb, const SandboxRequest &request);
    SandboxResponse search(const QString &type, const SandboxRequest &request);

    qint64 findId(const QString &type, const QString &value, const QString &idProperty) const;
    QJsonObject present(const QString &type, const QJsonObject &record, const QStringList &properties) const;
    /// present() with every property the record has (the answer to a write).
    QJsonObject presentAll(const QString &type, const QJsonObject &record) const;
    static QJsonObject wrap(const QJsonObject &record, const QJsonObject &properties);
    QStringList requestedProperties(const SandboxRequest &request) const;

    // std::map, not QHash: QHash's const operator[] returns a copy (of every record), and its
    // non-const one may detach; both turned each list request into a copy of the whole store.
    std::map<QString, ObjectType> m_types;
    QHash<QString, qint64> m_emails; ///< lower-case contact e-mail → id
    qint64 m_nextId = 100000;
};

/// HubSpot's error body: {status:"error", message, correlationId, category}.
SandboxResponse hubspotError(int status, const QString &category, const QString &message);

} // namespace crmbridge
