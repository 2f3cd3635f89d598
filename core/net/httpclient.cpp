#include "core/net/httpclient.h"

#include "core/common/appinfo.h"
#include "core/endpoints/secretstore.h"
#include "core/common/jsontext.h"
#include "core/net/activityrecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrlQuery>

#include <memory>

namespace crmbridge {

static const QString kAuthSecret = QStringLiteral("#auth");

HttpCall::HttpCall(HttpClient *client, HttpRequest request)
    : QObject(client), m_client(client), m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this]() { m_client->enqueue(this, true); });
    m_elapsed.start();
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports the interruption
        return;
    }
    m_client->finish(this, NetErrors::make(Error::Kind::Interrupted, HttpClient::tr("The request was cancelled"),
                                           m_client->m_redactor.url(m_url), {}));
}

HttpClient::HttpClient(Endpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_nam(new QNetworkAccessManager(this)),
      m_limiter(m_endpoint.rateLimit)
{
    auto monotonic = std::make_shared<QElapsedTimer>();
    monotonic->start();
    m_now = [monotonic]() { return monotonic->elapsed(); };
    m_random = []() { return QRandomGenerator::global()->generateDouble(); };
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &HttpClient::pump);
    m_redactor.addSensitiveName(m_endpoint.auth.keyName);
    m_redactor.addSensitiveName(m_endpoint.retry.idempotencyHeader);
}

HttpClient::~HttpClient()
{
    // Take the calls and the network manager down while the members they use still exist: a
    // reply that finishes during ~QObject would otherwise reach a half-destroyed client.
    m_pumpTimer.stop();
    const QList<HttpCall *> calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    for (HttpCall *call : calls)
        call->m_finished = true;
    qDeleteAll(calls);
    delete m_nam;
    m_nam = nullptr;
}

void HttpClient::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void HttpClient::setActivityRecorder(ActivityRecorder *recorder)
{
    m_activity = recorder;
}

void HttpClient::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    m_expandValues.reset();
    const QString auth = m_secretValues.value(kAuthSecret);
    m_secretValues.clear();
    if (!auth.isEmpty())
        m_secretValues.insert(kAuthSecret, auth);
}

Result<QString> HttpClient::expand(const QString &text, const std::function<QString()> &usedIn) const
{
    if (!TemplateExpander::hasReferences(text))
        return text;
    if (!m_expandValues) {
        QHash<QString, QString> values = m_environment.plainValues();
        for (auto it = m_secretValues.cbegin(); it != m_secretValues.cend(); ++it) {
            if (it.key() != kAuthSecret)
                values.insert(it.key(), it.value());
        }
        m_expandValues = std::move(values);
        m_expanded.clear();
    }
    // The same few texts (base URL, headers) come with every request: expanded once each.
    if (const auto cached = m_expanded.constFind(text); cached != m_expanded.constEnd())
        return cached.value();
    auto expanded = TemplateExpander(*m_expandValues, m_environment.name).expand(text, QString());
    if (!expanded) {
        Error error = expanded.error();
        error.where = usedIn();
        return error;
    }
    if (m_expanded.size() > 256)
        m_expanded.clear();
    m_expanded.insert(text, expanded.value());
    return expanded;
}

Result<QUrl> HttpClient::resolveUrl(const QString &pathOrUrl, const QList<QPair<QString, QString>> &query) const
{
    auto path = expand(pathOrUrl, [&] { return tr("path %1 of endpoint \"%2\"").arg(pathOrUrl, m_endpoint.name); });
    if (!path)
        return path.error();
    QUrl url(path.value());
    if (url.isRelative() || url.scheme().isEmpty()) {
        auto base = expand(m_endpoint.baseUrl, [&] { return tr("base URL of endpoint \"%1\"").arg(m_endpoint.name); });
        if (!base)
            return base.error();
        QString joined = base.value();
        if (!path->isEmpty()) {
            while (joined.endsWith(QLatin1Char('/')))
                joined.chop(1);
            joined += (path->startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + path.value();
        }
        url = QUrl(joined);
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        return Error::config(tr("\"%1\" is not a usable http(s) URL").arg(m_redactor.url(url)),
                             tr("endpoint \"%1\"").arg(m_endpoint.name),
                             tr("Check the endpoint's base URL and the request path."));
    }
    if (!query.isEmpty()) {
        QUrlQuery q(url);
        for (const auto &item : query) {
            auto value = expand(item.second, [&] { return tr("query parameter %1 of endpoint \"%2\"").arg(item.first, m_endpoint.name); });
            if (!value)
                return value.error();
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value.value())));
        }
        url.setQuery(q);
    }
    return url;
}

HttpCall *HttpClient::send(HttpRequest request)
{
    auto *call = new HttpCall(this, std::move(request));
    if (m_endpoint.protocol == Protocol::File) {
        QMetaObject::invokeMethod(this, [this, call]() {
            finish(call, Error::config(tr("Endpoint \"%1\" reads files; it has no HTTP requests").arg(m_endpoint.name)));
        }, Qt::QueuedConnection);
        return call;
    }
    if (m_environment.production && isWriteMethod(call->m_request.method) && !call->m_request.readOnly
        && !call->m_request.confirmedProductionWrite) {
        QMetaObject::invokeMethod(this, [this, call]() {
            finish(call, NetErrors::make(Error::Kind::Usage,
                                         tr("%1 to production environment \"%2\" needs confirmation")
                                             .arg(QString::fromLatin1(call->m_request.method), m_environment.name),
                                         tr("endpoint \"%1\"").arg(m_endpoint.name),
                                         tr("Confirm the write in the window, or pass --yes on the command line.")));
        }, Qt::QueuedConnection);
        return call;
    }
    // Start on the next event-loop turn so the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, [this, call]() { prepare(call); }, Qt::QueuedConnection);
    return call;
}

void HttpClient::abortAll()
{
    const QList<HttpCall *> calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    for (HttpCall *call : calls)
        call->abort();
}

void HttpClient::send(HttpRequest request, QObject *context, std::function<void(const HttpResponse &)> done)
{
    HttpCall *call = send(std::move(request));
    connect(call, &HttpCall::finished, context ? context : this, [done = std::move(done)](const HttpResponse &r) { done(r); });
}

void HttpClient::prepare(HttpCall *call)
{
    if (call->m_finished)
        return;
    QList<QPair<QString, SecretRef>> needed;
    const bool authNeedsSecret = m_endpoint.auth.kind != AuthKind::None;
    if (authNeedsSecret && m_endpoint.auth.secret.isEmpty()) {
        finish(call, Error::config(tr("Endpoint \"%1\" uses %2 authentication but names no secret")
                                       .arg(m_endpoint.name, toString(m_endpoint.auth.kind)),
                                   {}, tr("Name a keychain entry or an environment variable for the secret.")));
        return;
    }
    if (authNeedsSecret && !m_secretValues.contains(kAuthSecret))
        needed.append({kAuthSecret, m_endpoint.auth.secret});

    QStringList texts{m_endpoint.baseUrl, call->m_request.path};
    for (const HeaderValue &h : std::as_const(m_endpoint.headers))
        texts.append(h.value);
    for (const auto &q : std::as_const(call->m_request.query))
        texts.append(q.second);
    for (const auto &h : std::as_const(call->m_request.headers))
        texts.append(h.second);
    if (call->m_request.expandBody)
        texts.append(QString::fromUtf8(call->m_request.body));
    if (m_endpoint.auth.kind == AuthKind::OAuth2ClientCredentials)
        texts << m_endpoint.auth.tokenUrl << m_endpoint.auth.clientId << m_endpoint.auth.scope;
    texts.append(m_endpoint.auth.username);
    for (const QString &text : std::as_const(texts)) {
        if (!TemplateExpander::hasReferences(text))
            continue;
        auto refs = m_references.constFind(text);
        if (refs == m_references.constEnd()) {
            if (m_references.size() > 256)
                m_references.clear();
            refs = m_references.insert(text, TemplateExpander::references(text));
        }
        for (const QString &name : refs.value()) {
            const EnvironmentVariable *variable = m_environment.variable(name);
            if (variable && variable->isSecret() && !m_secretValues.contains(name)) {
                bool listed = false;
                for (const auto &n : std::as_const(needed))
                    listed = listed || n.first == name;
                if (!listed)
                    needed.append({name, variable->secret});
            }
        }
    }
    if (needed.isEmpty()) {
        build(call);
        return;
    }
    if (!m_secrets) {
        finish(call, Error::internal(tr("No secret store is connected to endpoint \"%1\"").arg(m_endpoint.name)));
        return;
    }
    call->m_pendingSecrets = int(needed.size());
    for (const auto &item : std::as_const(needed)) {
        const QString id = item.first;
        m_secrets->read(item.second, call, [this, call, id](const Result<QByteArray> &value) {
            if (call->m_finished || call->m_failedSecrets)
                return;
            if (!value) {
                call->m_failedSecrets = true;
                Error error = value.error();
                error.where = (id == kAuthSecret ? tr("authentication of endpoint \"%1\"").arg(m_endpoint.name)
                                                 : tr("variable {{%1}} of environment \"%2\"").arg(id, m_environment.name))
                              + QStringLiteral(": ") + error.where;
                finish(call, error);
                return;
            }
            m_redactor.addSecret(value.value());
            m_secretValues.insert(id, QString::fromUtf8(value.value()));
            m_expandValues.reset();
            if (--call->m_pendingSecrets == 0)
                build(call);
        });
    }
}

void HttpClient::build(HttpCall *call)
{
    const HttpRequest &request = call->m_request;
    auto url = resolveUrl(request.path, request.query);
    if (!url) {
        finish(call, url.error());
        return;
    }
    call->m_url = url.value();
    call->m_headers.clear();
    call->m_headers.append({"User-Agent", QByteArray("CRM Bridge/") + QByteArray(CRMBRIDGE_VERSION)});
    const auto addHeaders = [&](const QString &name, const QString &value) -> bool {
        auto expanded = expand(value, [&] { return tr("header %1 of endpoint \"%2\"").arg(name, m_endpoint.name); });
        if (!expanded) {
            finish(call, expanded.error());
            return false;
        }
        call->m_headers.append({name.toLatin1(), expanded->toUtf8()});
        return true;
    };
    for (const HeaderValue &h : std::as_const(m_endpoint.headers)) {
        if (!addHeaders(h.name, h.value))
            return;
    }
    for (const auto &h : request.headers) {
        if (!addHeaders(h.first, h.second))
            return;
    }
    if (!request.contentType.isEmpty())
        call->m_headers.append({"Content-Type", request.contentType.toLatin1()});
    if (!request.idempotencyKey.isEmpty())
        call->m_headers.append({m_endpoint.retry.idempotencyHeader.toLatin1(), request.idempotencyKey.toUtf8()});
    call->m_body = request.body;
    if (request.expandBody && TemplateExpander::hasReferences(QString::fromUtf8(request.body))) {
        auto body = expand(QString::fromUtf8(request.body), [&] { return tr("request body for endpoint \"%1\"").arg(m_endpoint.name); });
        if (!body) {
            finish(call, body.error());
            return;
        }
        call->m_body = body->toUtf8();
    }
    authorize(call);
}

void HttpClient::enqueue(HttpCall *call, bool front)
{
    if (call->m_finished)
        return;
    if (front)
        m_queue.prepend(call);
    else
        m_queue.append(call);
    pump();
}

void HttpClient::pump()
{
    while (!m_queue.isEmpty() && m_limiter.hasSlot()) {
        const qint64 wait = m_limiter.waitMs(now());
        if (wait > 0) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                m_pumpTimer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
            return;
        }
        HttpCall *call = m_queue.takeFirst();
        m_limiter.acquire(now());
        startAttempt(call);
    }
}

Result<QSslConfiguration> HttpClient::sslConfiguration()
{
    if (m_sslConfiguration)
        return *m_sslConfiguration;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.tls.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_endpoint.tls.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            return Error::config(tr("The CA file holds no PEM certificate, or cannot be read"), m_endpoint.tls.caFile,
                                 tr("Choose the PEM file of the CA that signed the server's certificate."));
        }
        config.addCaCertificates(certificates);
    }
    m_sslConfiguration = config;
    return config;
}

void HttpClient::startAttempt(HttpCall *call)
{
    QNetworkRequest request(call->m_url);
    for (const auto &h : std::as_const(call->m_headers))
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (call->m_url.scheme() == QLatin1String("https")) {
        auto config = sslConfiguration();
        if (!config) {
            m_limiter.release();
            finish(call, config.error());
            return;
        }
        request.setSslConfiguration(config.value());
    }
    call->m_attemptStartMs = now();
    call->m_timedOut = false;
    call->m_truncated = false;
    call->m_sslErrors.clear();
    call->m_networkError.clear();
    call->m_networkErrorCode = 0;
    ++call->m_response.attempts;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, call->m_request.method, call->m_body);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, call, [this, call, reply](const QList<QSslError> &errors) {
        QList<QSslError> ignorable;
        for (const QSslError &e : errors) {
            call->m_sslErrors.append(e.errorString());
            const bool selfSigned = e.error() == QSslError::SelfSignedCertificate
                                    || e.error() == QSslError::SelfSignedCertificateInChain
                                    || e.error() == QSslError::UnableToGetLocalIssuerCertificate
                                    || e.error() == QSslError::UnableToVerifyFirstCertificate
                                    || e.error() == QSslError::CertificateUntrusted;
            if (m_endpoint.tls.allowSelfSigned && selfSigned)
                ignorable.append(e);
        }
        if (!ignorable.isEmpty())
            reply->ignoreSslErrors(ignorable);
    });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply]() { onReplyFinished(call, reply); });
    emit inFlightChanged(m_limiter.inFlight());
}

void HttpClient::onReplyFinished(HttpCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply = nullptr;
    m_limiter.release();
    emit inFlightChanged(m_limiter.inFlight());

    HttpResponse &response = call->m_response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after abort()
    const QNetworkReply::NetworkError netError = reply->error();
    response.networkError = response.status == 0 ? netError : QNetworkReply::NoError;
    if (response.status == 0 && netError != QNetworkReply::NoError) {
        call->m_networkErrorCode = int(netError);
        call->m_networkError = m_redactor.text(reply->errorString());
    }
    // Qt may report a connection that closed mid-body as a complete answer: compare with the
    // announced length (only meaningful when Qt did not decompress the body).
    bool lengthOk = false;
    const qint64 announced = response.header("Content-Length").trimmed().toLongLong(&lengthOk);
    if (response.status > 0 && lengthOk && response.header("Content-Encoding").isEmpty()
        && call->m_request.method.toUpper() != "HEAD" && response.body.size() < announced) {
        call->m_truncated = true;
        call->m_networkError = tr("the connection closed after %1 of %2 bytes").arg(response.body.size()).arg(announced);
    }
    m_limiter.observe(response.headers, now());
    const qint64 attemptMs = now() - call->m_attemptStartMs;
    const int retryNumber = response.attempts - 1;

    if (call->m_aborted) {
        record(call, retryNumber, tr("cancelled"), attemptMs);
        finish(call, NetErrors::make(Error::Kind::Interrupted, tr("The request was cancelled"),
                                     m_redactor.url(call->m_url), {}));
        pump();
        return;
    }
    const bool noAnswer = response.status == 0;
    call->m_timedOut = noAnswer && (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError);
    const bool tlsFailure = netError == QNetworkReply::SslHandshakeFailedError;
    const bool dropped = noAnswer && !call->m_timedOut && !tlsFailure && netError != QNetworkReply::HostNotFoundError
                         && netError != QNetworkReply::ConnectionRefusedError
                         && netError != QNetworkReply::ProtocolUnknownError && netError != QNetworkReply::NoError;
    QString attemptError;
    if (call->m_truncated)
        attemptError = call->m_networkError;
    else if (noAnswer)
        attemptError = call->m_timedOut ? tr("timed out") : call->m_networkError;
    else if (response.status >= 400)
        attemptError = QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    record(call, retryNumber, attemptError, attemptMs);

    if (response.status == 401 && m_endpoint.auth.kind == AuthKind::OAuth2ClientCredentials && !call->m_oauthRefreshed) {
        // The token may have been revoked or expired early: fetch a new one, once per request.
        call->m_oauthRefreshed = true;
        const QByteArray used = headerValue(call->m_headers, "Authorization");
        if (used == "Bearer " + m_token.toUtf8())
            m_token.clear();
        authorize(call);
        return;
    }

    const int status = response.status;
    // 500 too: for a request that is safe to repeat, a server's internal error is as often passing
    // as a 502/503 (one failed page must not stop a sync of 20,000 records).
    const bool retryable = status == 429 || status == 500 || status == 502 || status == 503 || status == 504
                           || call->m_timedOut || dropped || call->m_truncated;
    const bool safe = isIdempotentMethod(call->m_request.method) || call->m_request.readOnly
                      || !call->m_request.idempotencyKey.isEmpty();
    const int counted = response.attempts - (call->m_oauthRefreshed ? 1 : 0);
    if (retryable && safe && counted < m_endpoint.retry.maxAttempts) {
        qint64 delay = 0;
        const auto retryAfter = parseRetryAfter(response.header("Retry-After"), currentEpochMs());
        if (retryAfter) {
            if (*retryAfter > m_endpoint.retry.maxRetryAfterMs) {
                Error error = describeFailure(call);
                error.hint = tr("The server asked to wait %1 s, longer than the %2 s this endpoint allows; try again "
                                "later or raise the endpoint's Retry-After limit.")
                                 .arg(*retryAfter / 1000)
                                 .arg(m_endpoint.retry.maxRetryAfterMs / 1000);
                finish(call, error);
                pump();
                return;
            }
            delay = *retryAfter;
            // The whole endpoint waits, not just this request: that is what stops a 429 storm.
            m_limiter.blockUntil(now() + delay);
        } else {
            delay = m_endpoint.retry.backoffMs(counted, m_random());
            if (status == 429)
                m_limiter.blockUntil(now() + delay);
        }
        call->m_retryTimer.start(int(delay));
        pump();
        return;
    }
    const bool failed = noAnswer || status >= 400 || call->m_truncated;
    finish(call, failed ? std::optional<Error>(describeFailure(call)) : std::nullopt);
    pump();
}

Error HttpClient::describeFailure(const HttpCall *call) const
{
    const HttpResponse &r = call->m_response;
    QString where = QString::fromLatin1(call->m_request.method) + QLatin1Char(' ') + m_redactor.url(call->m_url);
    if (!call->m_request.context.isEmpty())
        where += QStringLiteral(", ") + call->m_request.context;
    const QString attempts = r.attempts > 1 ? tr(" after %1 attempts").arg(r.attempts) : QString();
    if (call->m_truncated) {
        return NetErrors::make(Error::Kind::Network,
                               tr("The answer from %1 was cut short: %2%3").arg(m_endpoint.name, call->m_networkError, attempts),
                               where, tr("The connection dropped; try again later."));
    }
    if (r.status >= 400) {
        QString excerpt = m_redactor.text(QString::fromUtf8(r.body.left(300))).simplified();
        QString what = tr("%1 answered HTTP %2 %3%4").arg(m_endpoint.name).arg(r.status).arg(QString::fromLatin1(r.reason), attempts);
        if (!excerpt.isEmpty())
            what += QStringLiteral(": ") + excerpt;
        QString hint;
        if (r.status == 401 || r.status == 403)
            hint = tr("Check the endpoint's credentials and their permissions.");
        else if (r.status == 404)
            hint = tr("Check the base URL, the path and the record id.");
        else if (r.status == 429)
            hint = tr("The rate limit is exhausted; lower the endpoint's request budget or try again later.");
        else if (r.status >= 500)
            hint = tr("The server has a problem; try again later.");
        else
            hint = tr("Check the request against the API's documentation; the Activity page shows the exchange.");
        return NetErrors::make(Error::Kind::Server, what, where, hint);
    }
    if (call->m_timedOut) {
        return NetErrors::make(Error::Kind::Network,
                               tr("No data from %1 for %2 s%3").arg(m_endpoint.name).arg(m_endpoint.timeoutMs / 1000.0).arg(attempts),
                               where, tr("The server is slow or unreachable: try again later or raise the endpoint's timeout."));
    }
    if (call->m_networkErrorCode == int(QNetworkReply::SslHandshakeFailedError) || !call->m_sslErrors.isEmpty()) {
        return NetErrors::make(Error::Kind::Network,
                               tr("The TLS certificate of %1 was not accepted: %2")
                                   .arg(call->m_url.host(), call->m_sslErrors.isEmpty() ? call->m_networkError
                                                                                        : call->m_sslErrors.join(QStringLiteral("; "))),
                               where,
                               tr("If the server uses a private CA, set the endpoint's CA file. Only for a test server: "
                                  "allow self-signed certificates on the endpoint."));
    }
    return NetErrors::make(Error::Kind::Network, tr("%1 could not be reached: %2%3").arg(m_endpoint.name, call->m_networkError, attempts),
                           where, tr("Check the base URL, the network and that the server is running."));
}

namespace {

/// Appends text that should be UTF-8 as a JSON string. Text that is not valid UTF-8 goes in as
/// QString::fromUtf8 reads it (bad bytes become U+FFFD), so the stored JSON always parses.
void appendJsonText(QByteArray &out, QByteArrayView utf8)
{
    if (utf8.isValidUtf8())
        appendJsonString(out, utf8);
    else
        appendJsonString(out, QString::fromUtf8(utf8).toUtf8());
}

void appendJsonHeaders(QByteArray &out, const HttpHeaders &headers)
{
    out += '[';
    for (qsizetype i = 0; i < headers.size(); ++i) {
        out += i ? ",[" : "[";
        appendJsonText(out, headers.at(i).first);
        out += ',';
        appendJsonText(out, headers.at(i).second);
        out += ']';
    }
    out += ']';
}

/// The first `bytes` bytes of UTF-8 text, not cutting a character in two.
QByteArrayView excerpt(const QByteArray &text, qsizetype bytes)
{
    if (text.size() <= bytes)
        return text;
    qsizetype cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text.at(cut)) & 0xc0) == 0x80)
        --cut;
    return QByteArrayView(text).first(cut);
}

} // namespace

void HttpClient::record(const HttpCall *call, int retry, const QString &error, qint64 durationMs)
{
    if (!m_activity)
        return;
    const HttpResponse &r = call->m_response;
    ActivityEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.endpoint = m_endpoint.name;
    entry.method = QString::fromLatin1(call->m_request.method);
    entry.status = r.status;
    entry.durationMs = durationMs;
    entry.bytes = r.body.size();
    entry.retry = retry;
    // The redaction and the details are made where the entry is written (a copy of the
    // redactor; the headers and bodies are shared, not copied), as JSON text directly.
    entry.complete = [redactor = m_redactor, url = call->m_url, error, method = call->m_request.method,
                      context = call->m_request.context, requestHeaders = call->m_headers, requestBody = call->m_body,
                      responseHeaders = r.headers, responseBody = r.body](ActivityEntry &e) {
        e.url = redactor.url(url);
        e.error = redactor.text(error);
        // Redact first, then cut: a cut through a secret would leave a piece nobody recognises.
        const QByteArray redactedBody = redactor.text(requestBody);
        QByteArray &json = e.detailsJson;
        json.reserve(512 + std::min<qsizetype>(redactedBody.size(), ActivityRecorder::DetailBytes)
                     + std::min<qsizetype>(responseBody.size(), ActivityRecorder::DetailBytes));
        json += "{\"context\":";
        appendJsonText(json, context.toUtf8());
        json += ",\"request\":{\"headers\":";
        appendJsonHeaders(json, redactor.headers(requestHeaders));
        json += ",\"body\":";
        appendJsonText(json, excerpt(redactedBody, ActivityRecorder::DetailBytes));
        json += ",\"bytes\":" + QByteArray::number(requestBody.size());
        json += "},\"response\":{\"headers\":";
        appendJsonHeaders(json, redactor.headers(responseHeaders));
        json += ",\"body\":";
        appendJsonText(json, excerpt(redactor.text(responseBody), ActivityRecorder::DetailBytes));
        json += '}';
        if (redactedBody.size() > ActivityRecorder::DetailBytes) {
            // The excerpt is cut: keep the whole command. Otherwise the Activity page rebuilds it
            // from the recorded parts (Redactor::curlFrom), which saves a copy of every body.
            json += ",\"curl\":";
            appendJsonText(json, redactor.curlCommand(method, url, requestHeaders, requestBody).toUtf8());
        }
        json += '}';
    };
    m_activity->record(std::move(entry));
}

void HttpClient::finish(HttpCall *call, std::optional<Error> error)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    call->m_retryTimer.stop();
    m_queue.removeAll(call);
    HttpResponse &r = call->m_response;
    r.method = call->m_request.method;
    r.url = call->m_url;
    r.displayUrl = m_redactor.url(call->m_url);
    r.durationMs = call->m_elapsed.elapsed();
    r.error = std::move(error);
    emit call->finished(r);
    call->deleteLater();
}

} // namespace crmbridge
