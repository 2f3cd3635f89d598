#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace crmbridge {

/// What kind of system an endpoint is; drives icons, presets and the sandbox pairing.
enum class EndpointKind { Crm, Erp, Helpdesk, Marketing, File };
/// How the endpoint is spoken to.
enum class Protocol { RestJson, SoapXml, File };
/// How requests authenticate.
enum class AuthKind { None, Basic, Bearer, ApiKeyHeader, ApiKeyQuery, OAuth2ClientCredentials };

/// The parameter type of the toString() functions for this project's enums. The implicit
/// conversion keeps `toString(kind)` working, yet makes these functions a worse match than
/// QTest's own toString() template — an exact-match overload found by argument-dependent lookup
/// would hijack QCOMPARE on these enums and break its compilation.
template<typename E>
struct EnumArg
{
    EnumArg(E v) : value(v) { } // NOLINT(google-explicit-constructor): implicit on purpose
    E value;
};

QString toString(EnumArg<EndpointKind> kind);
QString toString(EnumArg<Protocol> protocol);
QString toString(EnumArg<AuthKind> kind);
Result<EndpointKind> endpointKindFromString(const QString &text);
Result<Protocol> protocolFromString(const QString &text);
Result<AuthKind> authKindFromString(const QString &text);

/// Where a secret can be found — never the secret itself. The workspace, exports, logs and the
/// Activity record only ever hold this reference.
struct SecretRef
{
    QString key;    ///< keychain entry (and session-memory key), e.g. "endpoint/Demo CRM/token"
    QString envVar; ///< environment variable that holds the secret where no keychain works

    bool isEmpty() const { return key.isEmpty() && envVar.isEmpty(); }
    QString describe() const; ///< "keychain entry X / environment variable Y", for messages
    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

/// How an endpoint authenticates. Which fields matter depends on kind:
/// Basic: username + secret (password); Bearer: secret (token); ApiKeyHeader/ApiKeyQuery:
/// keyName + secret; OAuth2ClientCredentials: tokenUrl + clientId + secret (client secret) + scope.
struct AuthConfig
{
    AuthKind kind = AuthKind::None;
    QString username;
    QString keyName;  ///< header or query parameter carrying an API key
    QString tokenUrl; ///< OAuth 2.0 token endpoint (absolute, or relative to the base URL)
    QString clientId;
    QString scope;
    SecretRef secret;
    friend bool operator==(const AuthConfig &, const AuthConfig &) = default;
};

/// TLS settings. Verification is on unless allowSelfSigned is set explicitly — the UI shows that
/// flag as a warning on the endpoint.
struct TlsOptions
{
    QString caFile;               ///< PEM file of extra trusted CAs (added to the system ones)
    bool allowSelfSigned = false; ///< accept a self-signed or otherwise unverifiable certificate
    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

/// When and how often a failed request is repeated: exponential backoff with full jitter for
/// 429, 502, 503, 504, dropped connections and timeouts; a Retry-After header overrides the
/// backoff. Non-idempotent requests are repeated only when they carry an idempotency key.
struct RetryPolicy
{
    int maxAttempts = 4;        ///< including the first; 1 = never retry
    int baseDelayMs = 500;      ///< the backoff ceiling for the first retry
    int maxDelayMs = 30000;     ///< no single wait (backoff) is longer than this
    int maxRetryAfterMs = 300000; ///< a Retry-After longer than this fails instead of waiting
    QString idempotencyHeader = QStringLiteral("Idempotency-Key");
    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;

    /// The full-jitter delay before retry number `retry` (1-based): uniform in
    /// [0, min(maxDelayMs, baseDelayMs * 2^(retry-1))]; `unitRandom` is in [0, 1).
    qint64 backoffMs(int retry, double unitRandom) const;
};

/// One request budget: at most `requests` in any span of `windowMs` (a sliding window; see
/// RateLimiter for why not a token bucket that refills evenly).
struct RateWindow
{
    int requests = 0;
    qint64 windowMs = 0;
    friend bool operator==(const RateWindow &, const RateWindow &) = default;
};

/// The request budget of an endpoint: request windows (a vendor may have a burst and a steady
/// limit), a cap on requests in flight, and the vendor's remaining-budget headers, which make the
/// client slow down before the server answers 429.
struct RateLimitPolicy
{
    QString preset;           ///< vendor preset id this came from ("" = custom)
    QList<RateWindow> windows;
    int maxInFlight = 6;      ///< QNetworkAccessManager opens at most 6 connections per host
    QString remainingHeader;  ///< e.g. X-HubSpot-RateLimit-Remaining
    QString intervalHeader;   ///< window length in ms (X-HubSpot-RateLimit-Interval-Milliseconds)
    QString resetHeader;      ///< seconds until the window resets (RateLimit-Reset, X-Rate-Limit-Reset)
    int slowDownBelow = 0;    ///< when remaining drops to this, spread what is left over the window
    friend bool operator==(const RateLimitPolicy &, const RateLimitPolicy &) = default;
};

/// A header sent with every request of an endpoint; the value may hold {{var}} references.
struct HeaderValue
{
    QString name;
    QString value;
    friend bool operator==(const HeaderValue &, const HeaderValue &) = default;
};

/// One external system: where it is, how to talk to it and how gently. Holds no secret values.
struct Endpoint
{
    qint64 id = 0; ///< workspace row id (0 = not saved yet); not part of the export format
    QString name;
    EndpointKind kind = EndpointKind::Crm;
    Protocol protocol = Protocol::RestJson;
    QString baseUrl; ///< may hold {{var}} references
    QString description;
    QList<HeaderValue> headers;
    int timeoutMs = 30000; ///< no bytes moving for this long = timeout (transfer timeout)
    TlsOptions tls;
    AuthConfig auth;
    RetryPolicy retry;
    RateLimitPolicy rateLimit;
    /// SOAP/XML only: the WSDL's service description (operations, SOAPAction, element names and
    /// types) as SoapService::toJson() writes it; owned by the WSDL importer, kept as is here.
    QJsonObject soapService;
    friend bool operator==(const Endpoint &, const Endpoint &) = default;

    /// The default keychain key for one of this endpoint's secrets ("endpoint/NAME/FIELD").
    static QString secretKey(const QString &endpointName, const QString &field);
};

/// Stable JSON for endpoints: keys in a fixed (alphabetical) order, every field written, so an
/// exported file diffs cleanly. Reading reports the first bad field with its path.
class EndpointJson
{
    Q_DECLARE_TR_FUNCTIONS(EndpointJson)

public:
    static QJsonObject toJson(const Endpoint &endpoint);
    static Result<Endpoint> fromJson(const QJsonObject &json, const QString &where = {});
    static QByteArray toBytes(const Endpoint &endpoint);
    static Result<Endpoint> fromBytes(const QByteArray &bytes, const QString &where = {});

    static QJsonObject toJson(const RateLimitPolicy &policy);
    static Result<RateLimitPolicy> rateLimitFromJson(const QJsonObject &json, const QString &where);
};

} // namespace crmbridge
