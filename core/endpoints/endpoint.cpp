#include "core/endpoints/endpoint.h"

#include "core/endpoints/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace crmbridge {

namespace {

template<typename E>
struct Names
{
    E value;
    const char *name;
};

constexpr Names<EndpointKind> kKinds[] = {
    {EndpointKind::Crm, "crm"},           {EndpointKind::Erp, "erp"},
    {EndpointKind::Helpdesk, "helpdesk"}, {EndpointKind::Marketing, "marketing"},
    {EndpointKind::File, "file"},
};
constexpr Names<Protocol> kProtocols[] = {
    {Protocol::RestJson, "rest-json"},
    {Protocol::SoapXml, "soap-xml"},
    {Protocol::File, "file"},
};
constexpr Names<AuthKind> kAuthKinds[] = {
    {AuthKind::None, "none"},
    {AuthKind::Basic, "basic"},
    {AuthKind::Bearer, "bearer"},
    {AuthKind::ApiKeyHeader, "api-key-header"},
    {AuthKind::ApiKeyQuery, "api-key-query"},
    {AuthKind::OAuth2ClientCredentials, "oauth2-client-credentials"},
};

template<typename E, size_t N>
QString nameOf(const Names<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename E, size_t N>
Result<E> valueOf(const Names<E> (&table)[N], const QString &text, const QString &what)
{
    QStringList known;
    for (const auto &entry : table) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
        known.append(QString::fromLatin1(entry.name));
    }
    return Error::input(EndpointJson::tr("Unknown %1 \"%2\"").arg(what, text), {},
                        EndpointJson::tr("Use one of: %1.").arg(known.join(QStringLiteral(", "))));
}

} // namespace

QString toString(EnumArg<EndpointKind> kind) { return nameOf(kKinds, kind.value); }
QString toString(EnumArg<Protocol> protocol) { return nameOf(kProtocols, protocol.value); }
QString toString(EnumArg<AuthKind> kind) { return nameOf(kAuthKinds, kind.value); }

Result<EndpointKind> endpointKindFromString(const QString &text)
{
    return valueOf(kKinds, text, EndpointJson::tr("endpoint kind"));
}

Result<Protocol> protocolFromString(const QString &text)
{
    return valueOf(kProtocols, text, EndpointJson::tr("protocol"));
}

Result<AuthKind> authKindFromString(const QString &text)
{
    return valueOf(kAuthKinds, text, EndpointJson::tr("authentication kind"));
}

QString SecretRef::describe() const
{
    QStringList parts;
    if (!key.isEmpty())
        parts.append(EndpointJson::tr("keychain entry \"%1\"").arg(key));
    if (!envVar.isEmpty())
        parts.append(EndpointJson::tr("environment variable %1").arg(envVar));
    return parts.join(QStringLiteral(" / "));
}

qint64 RetryPolicy::backoffMs(int retryNumber, double unitRandom) const
{
    // Full jitter (AWS architecture blog): spreads the retries of many clients evenly instead of
    // letting them all come back at the same instant after an outage.
    const int exponent = std::clamp(retryNumber - 1, 0, 30);
    const double ceiling = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    return qint64(std::floor(std::clamp(unitRandom, 0.0, 1.0) * ceiling));
}

QString Endpoint::secretKey(const QString &endpointName, const QString &field)
{
    return QStringLiteral("endpoint/") + endpointName + QLatin1Char('/') + field;
}

static QJsonObject secretToJson(const SecretRef &ref)
{
    return QJsonObject{{QStringLiteral("envVar"), ref.envVar}, {QStringLiteral("key"), ref.key}};
}

QJsonObject EndpointJson::toJson(const RateLimitPolicy &policy)
{
    QJsonArray windows;
    for (const RateWindow &w : policy.windows)
        windows.append(QJsonObject{{QStringLiteral("requests"), w.requests},
                                   {QStringLiteral("windowMs"), double(w.windowMs)}});
    return QJsonObject{
        {QStringLiteral("intervalHeader"), policy.intervalHeader},
        {QStringLiteral("maxInFlight"), policy.maxInFlight},
        {QStringLiteral("preset"), policy.preset},
        {QStringLiteral("remainingHeader"), policy.remainingHeader},
        {QStringLiteral("resetHeader"), policy.resetHeader},
        {QStringLiteral("slowDownBelow"), policy.slowDownBelow},
        {QStringLiteral("windows"), windows},
    };
}

QJsonObject EndpointJson::toJson(const Endpoint &e)
{
    QJsonArray headers;
    for (const HeaderValue &h : e.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    const QJsonObject auth{
        {QStringLiteral("clientId"), e.auth.clientId},
        {QStringLiteral("keyName"), e.auth.keyName},
        {QStringLiteral("kind"), toString(e.auth.kind)},
        {QStringLiteral("scope"), e.auth.scope},
        {QStringLiteral("secret"), secretToJson(e.auth.secret)},
        {QStringLiteral("tokenUrl"), e.auth.tokenUrl},
        {QStringLiteral("username"), e.auth.username},
    };
    const QJsonObject retry{
        {QStringLiteral("baseDelayMs"), e.retry.baseDelayMs},
        {QStringLiteral("idempotencyHeader"), e.retry.idempotencyHeader},
        {QStringLiteral("maxAttempts"), e.retry.maxAttempts},
        {QStringLiteral("maxDelayMs"), e.retry.maxDelayMs},
        {QStringLiteral("maxRetryAfterMs"), e.retry.maxRetryAfterMs},
    };
    const QJsonObject tls{
        {QStringLiteral("allowSelfSigned"), e.tls.allowSelfSigned},
        {QStringLiteral("caFile"), e.tls.caFile},
    };
    QJsonObject json{
        {QStringLiteral("auth"), auth},
        {QStringLiteral("baseUrl"), e.baseUrl},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("kind"), toString(e.kind)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("protocol"), toString(e.protocol)},
        {QStringLiteral("rateLimit"), toJson(e.rateLimit)},
        {QStringLiteral("retry"), retry},
        {QStringLiteral("timeoutMs"), e.timeoutMs},
        {QStringLiteral("tls"), tls},
    };
    if (!e.soapService.isEmpty()) // SOAP endpoints only, so REST endpoint files stay as they were
        json.insert(QStringLiteral("soapService"), e.soapService);
    return json;
}

static SecretRef secretFromJson(JsonReader &reader)
{
    SecretRef ref;
    ref.key = reader.string(QStringLiteral("key"));
    ref.envVar = reader.string(QStringLiteral("envVar"));
    return ref;
}

Result<RateLimitPolicy> EndpointJson::rateLimitFromJson(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where, QStringLiteral("rateLimit"));
    RateLimitPolicy p;
    p.preset = r.string(QStringLiteral("preset"));
    p.maxInFlight = int(r.integer(QStringLiteral("maxInFlight"), p.maxInFlight, 1));
    p.remainingHeader = r.string(QStringLiteral("remainingHeader"));
    p.intervalHeader = r.string(QStringLiteral("intervalHeader"));
    p.resetHeader = r.string(QStringLiteral("resetHeader"));
    p.slowDownBelow = int(r.integer(QStringLiteral("slowDownBelow"), 0));
    const QJsonArray windows = r.array(QStringLiteral("windows"));
    for (qsizetype i = 0; i < windows.size(); ++i) {
        JsonReader w(windows.at(i).toObject(), where, r.pathOf(QStringLiteral("windows[%1]").arg(i)));
        RateWindow window;
        window.requests = int(w.integer(QStringLiteral("requests"), 0, 1));
        window.windowMs = w.integer(QStringLiteral("windowMs"), 0, 1);
        if (window.requests == 0 || window.windowMs == 0)
            w.fail(QStringLiteral("requests"), tr("A rate window needs both requests and windowMs"));
        r.absorb(w);
        p.windows.append(window);
    }
    if (!r.ok())
        return r.error();
    return p;
}

Result<Endpoint> EndpointJson::fromJson(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where);
    Endpoint e;
    if (r.integer(QStringLiteral("formatVersion"), 1, 1) > 1)
        r.fail(QStringLiteral("formatVersion"), tr("This endpoint was written by a newer CRM Bridge"));
    e.name = r.string(QStringLiteral("name")).trimmed();
    if (e.name.isEmpty())
        r.fail(QStringLiteral("name"), tr("An endpoint needs a name"));
    if (auto kind = endpointKindFromString(r.string(QStringLiteral("kind"), toString(e.kind))))
        e.kind = kind.value();
    else
        r.fail(QStringLiteral("kind"), kind.error().what);
    if (auto protocol = protocolFromString(r.string(QStringLiteral("protocol"), toString(e.protocol))))
        e.protocol = protocol.value();
    else
        r.fail(QStringLiteral("protocol"), protocol.error().what);
    e.baseUrl = r.string(QStringLiteral("baseUrl"));
    e.description = r.string(QStringLiteral("description"));
    e.timeoutMs = int(r.integer(QStringLiteral("timeoutMs"), e.timeoutMs, 0));

    const QJsonArray headers = r.array(QStringLiteral("headers"));
    for (qsizetype i = 0; i < headers.size(); ++i) {
        JsonReader h(headers.at(i).toObject(), where, QStringLiteral("headers[%1]").arg(i));
        HeaderValue header{h.string(QStringLiteral("name")), h.string(QStringLiteral("value"))};
        if (header.name.isEmpty())
            h.fail(QStringLiteral("name"), tr("A header needs a name"));
        r.absorb(h);
        e.headers.append(header);
    }

    JsonReader auth = r.child(QStringLiteral("auth"));
    if (auto kind = authKindFromString(auth.string(QStringLiteral("kind"), toString(AuthKind::None))))
        e.auth.kind = kind.value();
    else
        auth.fail(QStringLiteral("kind"), kind.error().what + QStringLiteral(". ") + kind.error().hint);
    e.auth.username = auth.string(QStringLiteral("username"));
    e.auth.keyName = auth.string(QStringLiteral("keyName"));
    e.auth.tokenUrl = auth.string(QStringLiteral("tokenUrl"));
    e.auth.clientId = auth.string(QStringLiteral("clientId"));
    e.auth.scope = auth.string(QStringLiteral("scope"));
    JsonReader secret = auth.child(QStringLiteral("secret"));
    e.auth.secret = secretFromJson(secret);
    // A value where a reference belongs would be a secret in clear text: refuse it outright.
    if (auth.object(QStringLiteral("secret")).contains(QStringLiteral("value")))
        secret.fail(QStringLiteral("value"), tr("Secrets are never stored in endpoint files"));
    auth.absorb(secret);
    r.absorb(auth);

    JsonReader tls = r.child(QStringLiteral("tls"));
    e.tls.caFile = tls.string(QStringLiteral("caFile"));
    e.tls.allowSelfSigned = tls.boolean(QStringLiteral("allowSelfSigned"), false);
    r.absorb(tls);

    JsonReader retry = r.child(QStringLiteral("retry"));
    e.retry.maxAttempts = int(retry.integer(QStringLiteral("maxAttempts"), e.retry.maxAttempts, 1));
    e.retry.baseDelayMs = int(retry.integer(QStringLiteral("baseDelayMs"), e.retry.baseDelayMs));
    e.retry.maxDelayMs = int(retry.integer(QStringLiteral("maxDelayMs"), e.retry.maxDelayMs));
    e.retry.maxRetryAfterMs = int(retry.integer(QStringLiteral("maxRetryAfterMs"), e.retry.maxRetryAfterMs));
    e.retry.idempotencyHeader = retry.string(QStringLiteral("idempotencyHeader"), e.retry.idempotencyHeader);
    r.absorb(retry);

    e.soapService = json.value(QStringLiteral("soapService")).toObject();
    if (json.contains(QStringLiteral("rateLimit"))) {
        auto rate = rateLimitFromJson(r.object(QStringLiteral("rateLimit")), where);
        if (rate)
            e.rateLimit = rate.value();
        else
            r.absorb(rate.error());
    }
    if (!r.ok())
        return r.error();
    return e;
}

QByteArray EndpointJson::toBytes(const Endpoint &endpoint)
{
    return QJsonDocument(toJson(endpoint)).toJson(QJsonDocument::Indented);
}

Result<Endpoint> EndpointJson::fromBytes(const QByteArray &bytes, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::input(tr("Not a valid endpoint file: %1").arg(parseError.errorString()),
                            where + QStringLiteral(" @ offset %1").arg(parseError.offset),
                            tr("Fix the JSON and load it again."));
    }
    return fromJson(doc.object(), where);
}

} // namespace crmbridge
