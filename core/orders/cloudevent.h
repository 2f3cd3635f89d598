#pragma once

#include "core/orders/order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace crmbridge::orders {

/// Order events as CloudEvents 1.0 in structured JSON mode (`Content-Type:
/// application/cloudevents+json`), and their signature.
///
/// An event: {specversion "1.0", id (a UUID, also the delivery's Idempotency-Key), source
/// "crmbridge://workspace/<name>/orders", type "com.crmbridge.order.<transition>", subject
/// "orders/<id>", time (UTC, ISO 8601), datacontenttype "application/json", data {order, transition,
/// from, to, actor}}. The body is fixed when the event is queued, so every retry sends the same
/// bytes with the same signature.
class CloudEvent
{
public:
    static constexpr const char *SignatureHeader = "X-CRMBridge-Signature";
    static constexpr const char *ContentType = "application/cloudevents+json";

    static QJsonObject make(const QString &workspaceName, const Order &order, const QString &transition,
                            const QString &from, const QString &to, const QString &actor);
    /// Compact JSON with the keys in a stable order.
    static QByteArray body(const QJsonObject &event);
    /// "sha256=" + lower-case hex HMAC-SHA256 of `body` under `secret`.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);
    /// Constant-time comparison of a received header value with the signature of `body`.
    static bool verify(const QByteArray &body, const QByteArray &secret, const QByteArray &header);
};

} // namespace crmbridge::orders
