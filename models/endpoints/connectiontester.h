#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"
#include "core/net/httpmessage.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <optional>

namespace crmbridge {

class ActivityRecorder;
class HttpCall;
class HttpClient;
class RequestCounter;
class SecretStore;

/// What "Test connection" found: the answer (status, latency, headers, a sample) or a diagnosis
/// a person can act on.
struct ConnectionTestResult
{
    enum class Problem
    {
        None,
        Configuration, ///< the endpoint or environment cannot even build the request
        Secret, ///< a secret could not be read
        Dns, ///< the host name does not resolve
        Refused, ///< nothing listens on that port
        Tls, ///< the certificate was not accepted
        Timeout, ///< no data for the endpoint's timeout
        Network, ///< another network failure (dropped connection…)
        Unauthorized, ///< 401
        Forbidden, ///< 403
        NotFound, ///< 404: the base path or the entity path is wrong
        RateLimited, ///< 429
        ServerError, ///< 5xx
        HttpError, ///< another 4xx
        UnexpectedBody, ///< 2xx, but the body is not what the entity expects
    };

    bool ok() const { return problem == Problem::None; }

    Problem problem = Problem::None;
    QString url; ///< redacted
    int status = 0;
    QByteArray reason;
    qint64 latencyMs = 0;
    HttpHeaders headers; ///< redacted
    QJsonArray records; ///< the sample (first page)
    QString diagnosis; ///< one translated sentence: what is wrong and what to do
    QString detail; ///< the engine's full message
};

/// Runs "Test connection" for an endpoint (and optionally one of its entities) in an environment:
/// resolves the environment, authenticates, fetches one page of the entity's list operation (or
/// the base URL), and reports through finished(). Asynchronous; a new start() cancels the
/// previous test, whose answer is then dropped (generation token).
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    static constexpr int SampleSize = 20;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setSecretStore(SecretStore *store);
    void setActivityRecorder(ActivityRecorder *recorder);
    /// Counts this tester's requests in the status bar (may be nullptr).
    void setRequestCounter(RequestCounter *counter);

    /// `confirmedProductionWrite`: the user confirmed a write (see isWrite(): an entity listed
    /// with POST that is no SOAP read) to a production environment; without it HttpClient
    /// refuses such a request.
    void start(const Endpoint &endpoint, const std::optional<Entity> &entity, const Environment &environment,
               bool confirmedProductionWrite = false);
    /// The method the test would send for `entity` ("GET" for the base URL).
    static QByteArray methodFor(const std::optional<Entity> &entity);
    /// Whether the test's request writes (and so needs confirmation on a production
    /// environment): a write method that is not read-only — a SOAP read operation such as
    /// ListOrders is POSTed but marked read-only (HttpRequest::readOnly), so it is no write.
    static bool isWrite(const Endpoint &endpoint, const std::optional<Entity> &entity);
    void cancel();
    bool isRunning() const { return m_running; }

    /// Classifies a finished response (exposed for tests of the wording).
    static ConnectionTestResult diagnose(const Endpoint &endpoint, const std::optional<Entity> &entity,
                                         const HttpResponse &response);

signals:
    void started();
    void finished(const crmbridge::ConnectionTestResult &result);

private:
    QPointer<SecretStore> m_secrets;
    QPointer<ActivityRecorder> m_activity;
    QPointer<RequestCounter> m_requests;
    HttpClient *m_client = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::ConnectionTestResult)
