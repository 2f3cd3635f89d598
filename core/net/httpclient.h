#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/environment.h"
#include "core/net/httpmessage.h"
#include "core/net/ratelimiter.h"
#include "core/net/redactor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace crmbridge {

class ActivityRecorder;
class HttpClient;
class SecretStore;

/// One request in flight through an HttpClient, retries included. Emits finished() once, then
/// deletes itself later (connect before returning to the event loop).
class HttpCall : public QObject
{
    Q_OBJECT

public:
    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const HttpResponse &response() const { return m_response; }
    /// Stops the call (and any waiting retry); finished() reports an Interrupted error.
    void abort();

signals:
    void finished(const crmbridge::HttpResponse &response);

private:
    friend class HttpClient;
    HttpCall(HttpClient *client, HttpRequest request);

    HttpClient *m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    QUrl m_url;
    HttpHeaders m_headers;
    QByteArray m_body;
    QElapsedTimer m_elapsed;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_pendingSecrets = 0;
    bool m_failedSecrets = false;
    bool m_oauthRefreshed = false;
    bool m_aborted = false;
    bool m_timedOut = false;
    bool m_truncated = false;
    bool m_finished = false;
    QStringList m_sslErrors;
    QString m_networkError;
    int m_networkErrorCode = 0;
    qint64 m_attemptStartMs = 0;
};

/// Sends the requests of one endpoint: builds URLs (base URL + path + query, {{var}} from the
/// environment), adds default headers and auth (Basic, Bearer, API key in a header or the query,
/// OAuth 2.0 client credentials with a cached token refreshed once on 401), applies the TLS
/// options, and paces everything through the endpoint's RateLimiter.
///
/// Guarantees: never blocks — every answer arrives as HttpCall::finished(); honours Retry-After
/// for the whole endpoint (no request starts before it elapses); retries 429, 502, 503, 504,
/// dropped connections and timeouts with exponential backoff and full jitter, a non-idempotent
/// request only when it carries an idempotency key; refuses a write to a production environment
/// unless the request says the user confirmed it; records every attempt (redacted) through the
/// ActivityRecorder; never puts a secret in an error, a log line or the Activity record. Owns its
/// QNetworkAccessManager, so it must be used from the thread it lives in.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(Endpoint endpoint, QObject *parent = nullptr);
    ~HttpClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    void setEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }
    void setSecretStore(SecretStore *store);
    void setActivityRecorder(ActivityRecorder *recorder);
    /// Seams for tests: a monotonic millisecond clock and a uniform [0, 1) random source.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    HttpCall *send(HttpRequest request);
    /// Cancels every call of this client (queued, waiting for a retry or in flight).
    void abortAll();
    /// Convenience: send and call `done` with the response (not called if `context` is gone).
    void send(HttpRequest request, QObject *context, std::function<void(const HttpResponse &)> done);

    /// The URL a request would go to, variables filled (secret variables as {{name}} until the
    /// first request has read them). For previews and "Copy as cURL".
    Result<QUrl> resolveUrl(const QString &pathOrUrl, const QList<QPair<QString, QString>> &query = {}) const;
    const Redactor &redactor() const { return m_redactor; }
    const RateLimiter &rateLimiter() const { return m_limiter; }
    int inFlight() const { return m_limiter.inFlight(); }
    int queued() const { return int(m_queue.size()); }

signals:
    void inFlightChanged(int count);

private:
    friend class HttpCall;
    qint64 now() const { return m_now(); }
    void prepare(HttpCall *call);
    void build(HttpCall *call);
    void authorize(HttpCall *call);
    void enqueue(HttpCall *call, bool front = false);
    void pump();
    void startAttempt(HttpCall *call);
    void onReplyFinished(HttpCall *call, QNetworkReply *reply);
    void fetchToken();
    void finishTokenWaiters(const std::optional<Error> &error);
    void finish(HttpCall *call, std::optional<Error> error);
    void record(const HttpCall *call, int retry, const QString &error, qint64 durationMs);
    Error describeFailure(const HttpCall *call) const;
    /// Fills {{var}} in `text`; `usedIn` names the place for an error (built only then).
    Result<QString> expand(const QString &text, const std::function<QString()> &usedIn) const;
    Result<QSslConfiguration> sslConfiguration();

    Endpoint m_endpoint;
    Environment m_environment;
    mutable std::optional<QHash<QString, QString>> m_expandValues; ///< plain variables + secrets read; reset when either changes
    mutable QHash<QString, QString> m_expanded;       ///< text → its expansion with m_expandValues (base URL, headers)
    mutable QHash<QString, QStringList> m_references; ///< text → the variables it names
    QPointer<SecretStore> m_secrets;
    QPointer<ActivityRecorder> m_activity;
    QNetworkAccessManager *m_nam;
    RateLimiter m_limiter;
    Redactor m_redactor;
    QHash<QString, QString> m_secretValues; ///< variable name (or "#auth") → value, this session
    QList<HttpCall *> m_queue;
    QTimer m_pumpTimer;
    std::function<qint64()> m_now;
    std::function<double()> m_random;
    QString m_token;
    qint64 m_tokenExpiresAt = 0;
    bool m_tokenFetching = false;
    QList<QPointer<HttpCall>> m_tokenWaiters;
    std::optional<QSslConfiguration> m_sslConfiguration;
};

} // namespace crmbridge
