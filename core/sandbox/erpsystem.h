#pragma once

#include "core/sandbox/sandboxsystem.h"

#include <QHash>

#include <map>

namespace crmbridge {

/// Demo ERP: REST /api/v1/{customers|orders|products} with page/per_page, X-Total-Count and
/// Link headers, orders with lines, ERP status codes, a version and a strong ETag (If-Match
/// required to change one), 422 field errors, Idempotency-Key, Basic auth; and a SOAP 1.1
/// OrderService (erpsoap.cpp) over the same store.
class ErpSystem : public SandboxSystem
{
public:
    static constexpr const char *User = "sandbox";
    static constexpr const char *Password = "erp-sandbox-pass";

    ErpSystem(quint32 seed, int scale);

    QString name() const override;
    QString vendor() const override;
    SandboxCredentials credentials() const override;

    /// NEW → PROC/HOLD/CANC, PROC → SHIP/HOLD/CANC, HOLD → PROC/CANC, SHIP → CLSD.
    static bool transitionAllowed(const QString &from, const QString &to);
    static bool isStatusCode(const QString &status);
    /// The OrderService's WSDL 1.1 with `address` as its soap:address (the demo workspace's SOAP
    /// endpoint is built from it).
    static QByteArray wsdl(const QString &address);

protected:
    SandboxRateLimit defaultRateLimit() const override { return {true, 600, 60000}; }
    void load(const SandboxDataset &data) override;
    QJsonObject collectionCounts() const override;
    bool authorized(const SandboxRequest &request) const override;
    SandboxResponse unauthorized(const SandboxRequest &request) const override;
    SandboxResponse handle(const SandboxRequest &request) override;

private:
    struct FieldError
    {
        QString field, code, message;
    };
    using Store = std::map<qint64, QJsonObject>;

    bool credentialsValid(const SandboxRequest &request) const;
    SandboxResponse list(const QString &collection, const SandboxRequest &request);
    SandboxResponse write(const QString &collection, qint64 id, const SandboxRequest &request);
    QList<FieldError> validate(const QString &collection, const QJsonObject &record, const QString &previousStatus) const;
    /// Normalises an order's lines and recomputes its total.
    void computeTotal(QJsonObject &order) const;
    static QByteArray etag(const QJsonObject &order);
    static SandboxResponse error(int status, const QString &code, const QString &message);
    static SandboxResponse invalid(const QString &message, const QList<FieldError> &errors);
    SandboxResponse withEtag(SandboxResponse response, const QString &collection, const QJsonObject &record) const;

    // SOAP OrderService (erpsoap.cpp)
    SandboxResponse soap(const SandboxRequest &request);
    SandboxResponse soapFault(const QString &code, const QString &message, const QString &detailCode,
                              const QList<QPair<QString, QString>> &detail = {}) const;
    QByteArray soapOrder(const QJsonObject &order) const;

    QHash<QString, Store> m_stores;
    /// Where the last page of each collection ended, so that reading page after page walks the
    /// store once (a database with an index does not count its way to page 190 either). Valid
    /// while m_storesGeneration is unchanged: every insert or erase changes it.
    struct PageCursor
    {
        quint64 generation = 0;
        qint64 index = 0;
        Store::const_iterator it;
    };
    QHash<QString, PageCursor> m_pageCursors;
    quint64 m_storesGeneration = 1;
    QHash<QString, qint64> m_nextIds;
    QHash<QString, qint64> m_skus; ///< sku → product id
};

} // namespace crmbridge
