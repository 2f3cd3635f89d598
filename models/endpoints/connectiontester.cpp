#include "models/endpoints/connectiontester.h"

#include "models/common/requestcounter.h"

#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace crmbridge {

namespace {

QString credentialOf(const Endpoint &endpoint)
{
    const AuthConfig &auth = endpoint.auth;
    QString what;
    switch (auth.kind) {
    case AuthKind::None:
        return ConnectionTester::tr("The endpoint sends no credentials, but the server wants some: choose an "
                                    "authentication on the Auth tab.");
    case AuthKind::Basic:
        what = ConnectionTester::tr("the Basic password of user \"%1\"").arg(auth.username);
        break;
    case AuthKind::Bearer:
        what = ConnectionTester::tr("the Bearer token");
        break;
    case AuthKind::ApiKeyHeader:
        what = ConnectionTester::tr("the API key in header %1").arg(auth.keyName);
        break;
    case AuthKind::ApiKeyQuery:
        what = ConnectionTester::tr("the API key in query parameter %1").arg(auth.keyName);
        break;
    case AuthKind::OAuth2ClientCredentials:
        what = ConnectionTester::tr("the OAuth 2.0 client secret of client \"%1\"").arg(auth.clientId);
        break;
    }
    return what + QStringLiteral(" (") + auth.secret.describe() + QLatin1Char(')');
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void ConnectionTester::setActivityRecorder(ActivityRecorder *recorder)
{
    m_activity = recorder;
}

void ConnectionTester::setRequestCounter(RequestCounter *counter)
{
    m_requests = counter;
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_client) {
        m_client->deleteLater(); // aborts nothing by itself: its calls finish into a stale generation
        m_client = nullptr;
    }
}

QByteArray ConnectionTester::methodFor(const std::optional<Entity> &entity)
{
    if (!entity || !entity->list.isSet() || entity->list.method.isEmpty())
        return "GET";
    return entity->list.method.toUpper().toLatin1();
}

bool ConnectionTester::isWrite(const Endpoint &endpoint, const std::optional<Entity> &entity)
{
    if (entity && entity->list.isSet()) {
        // The request the test will send decides: a SOAP read operation (ListOrders) is a POST
        // marked read-only by the core's rule (SoapMessage::isReadOnly), not a write.
        auto first = PageWalker::firstPageRequest(endpoint, *entity, 1);
        if (first)
            return isWriteMethod(first->method) && !first->readOnly;
    }
    return isWriteMethod(methodFor(entity));
}

void ConnectionTester::start(const Endpoint &endpoint, const std::optional<Entity> &entity,
                             const Environment &environment, bool confirmedProductionWrite)
{
    cancel();
    const quint64 generation = m_generation;
    m_client = new HttpClient(endpoint, this);
    m_client->setEnvironment(environment);
    m_client->setSecretStore(m_secrets);
    m_client->setActivityRecorder(m_activity);
    if (m_requests)
        m_requests->track(m_client);

    HttpRequest request;
    if (entity && entity->list.isSet()) {
        // The entity's first page as a fetch would ask for it (a SOAP operation's envelope too).
        auto first = PageWalker::firstPageRequest(endpoint, *entity, qMin(SampleSize, qMax(1, entity->pagination.pageSize)));
        if (!first) {
            m_running = true;
            emit started();
            HttpResponse failed;
            failed.error = first.error();
            QMetaObject::invokeMethod(this, [this, generation, endpoint, entity, failed]() {
                if (generation != m_generation)
                    return;
                m_running = false;
                emit finished(diagnose(endpoint, entity, failed));
            }, Qt::QueuedConnection);
            return;
        }
        request = first.value();
    } else {
        request.method = methodFor(entity);
        request.headers.append({ QStringLiteral("Accept"),
                                 endpoint.protocol == Protocol::SoapXml
                                     ? QStringLiteral("text/xml, application/xml")
                                     : QStringLiteral("application/json") });
    }
    request.confirmedProductionWrite = confirmedProductionWrite;
    request.context = entity ? tr("connection test, entity %1").arg(entity->name) : tr("connection test");
    m_running = true;
    emit started();
    m_client->send(request, this, [this, generation, endpoint, entity](const HttpResponse &response) {
        if (generation != m_generation)
            return;
        m_running = false;
        emit finished(diagnose(endpoint, entity, response));
    });
}

ConnectionTestResult ConnectionTester::diagnose(const Endpoint &endpoint, const std::optional<Entity> &entity,
                                                const HttpResponse &response)
{
    using Problem = ConnectionTestResult::Problem;
    ConnectionTestResult result;
    result.url = response.displayUrl;
    result.status = response.status;
    result.reason = response.reason;
    result.latencyMs = response.durationMs;
    Redactor redactor;
    result.headers = redactor.headers(response.headers);
    if (response.error)
        result.detail = response.error->message();

    const int status = response.status;
    const QNetworkReply::NetworkError code = response.networkError;
    if (status == 0 && response.error) {
        const Error &e = *response.error;
        const QString text = e.what + QLatin1Char(' ') + e.where;
        if (code == QNetworkReply::NoError
            && (e.kind == Error::Kind::Config || e.kind == Error::Kind::Usage || e.kind == Error::Kind::Input
                || e.kind == Error::Kind::NotFound)) {
            // Never sent: the endpoint, the environment or a secret could not make the request.
            const bool secret = text.contains(QStringLiteral("secret"), Qt::CaseInsensitive)
                || e.where.contains(QStringLiteral("authentication"));
            result.problem = secret ? Problem::Secret : Problem::Configuration;
            result.diagnosis = secret
                ? tr("The secret for %1 could not be read: %2").arg(endpoint.name, e.what)
                : tr("The request could not be built: %1").arg(e.message());
        } else if (code == QNetworkReply::ConnectionRefusedError) {
            result.problem = Problem::Refused;
            result.diagnosis =
                tr("Connection refused: nothing listens at %1. Check the host and port of the base "
                   "URL, and that the server is running.")
                    .arg(response.displayUrl);
        } else if (code == QNetworkReply::HostNotFoundError) {
            result.problem = Problem::Dns;
            result.diagnosis =
                tr("The host name %1 could not be resolved (DNS). Check the spelling of the base URL "
                   "and your network or VPN.")
                    .arg(response.url.host());
        } else if (code == QNetworkReply::SslHandshakeFailedError) {
            result.problem = Problem::Tls;
            result.diagnosis =
                tr("The TLS certificate of %1 was not accepted. Set the CA file of a private CA on the "
                   "General tab; allow self-signed certificates only for a test server.")
                    .arg(response.url.host());
        } else if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
            result.problem = Problem::Timeout;
            result.diagnosis =
                tr("No answer within %1 s: the server is slow or unreachable. Try again, or raise "
                   "the timeout on the General tab.")
                    .arg(endpoint.timeoutMs / 1000.0);
        } else {
            result.problem = Problem::Network;
            result.diagnosis = tr("The connection failed: %1").arg(e.what);
        }
        return result;
    }
    if (endpoint.protocol == Protocol::SoapXml && entity && entity->list.isSet() && status >= 400) {
        // The service's fault (AUTHENTICATION_FAILED…) goes with the HTTP diagnosis as its detail.
        auto page = PageWalker::readPage(endpoint, *entity, response, response.displayUrl);
        if (!page && page.error().details.value(QStringLiteral("kind")).toString() == QLatin1String("soap-fault"))
            result.detail = page.error().message();
    }
    if (status == 401) {
        result.problem = Problem::Unauthorized;
        result.diagnosis =
            tr("401 Unauthorized: the server did not accept %1. Check the credential, or store it "
               "again on the Auth tab.")
                .arg(credentialOf(endpoint));
        return result;
    }
    if (status == 403) {
        result.problem = Problem::Forbidden;
        result.diagnosis = tr("403 Forbidden: %1 is valid but lacks the permission (scope) for this request.")
                               .arg(credentialOf(endpoint));
        return result;
    }
    if (status == 404) {
        result.problem = Problem::NotFound;
        result.diagnosis =
            tr("404 Not Found at %1: check the base path of the base URL%2.")
                .arg(response.displayUrl,
                     entity ? tr(" and the list path of entity \"%1\"").arg(entity->name) : QString());
        return result;
    }
    if (status == 429) {
        const QByteArray retryAfter = response.header("Retry-After");
        result.problem = Problem::RateLimited;
        result.diagnosis = retryAfter.isEmpty()
            ? tr("429 Too Many Requests: the rate limit is exhausted. Wait, or lower the request "
                 "budget on the Rate limits tab.")
            : tr("429 Too Many Requests: the server asks to wait %1 s. Lower the request budget on "
                 "the Rate limits tab.")
                  .arg(QString::fromLatin1(retryAfter));
        return result;
    }
    if (endpoint.protocol == Protocol::SoapXml && entity && entity->list.isSet()) {
        // A SOAP answer: a fault says more than its HTTP status; a good one must hold records.
        auto page = PageWalker::readPage(endpoint, *entity, response, response.displayUrl);
        if (!page) {
            const bool fault = page.error().details.value(QStringLiteral("kind")).toString() == QLatin1String("soap-fault");
            result.problem = fault ? Problem::HttpError : status >= 500 ? Problem::ServerError : Problem::UnexpectedBody;
            result.diagnosis = page.error().message();
            result.detail = page.error().message();
            return result;
        }
        for (qsizetype i = 0; i < page->records.size() && i < SampleSize; ++i)
            result.records.append(page->records.at(i));
        return result;
    }
    if (status >= 500) {
        result.problem = Problem::ServerError;
        result.diagnosis = tr("The server answered %1 %2: a problem on its side. Try again later.")
                               .arg(status)
                               .arg(QString::fromLatin1(response.reason));
        return result;
    }
    if (status >= 400 || response.error) {
        result.problem = Problem::HttpError;
        result.diagnosis =
            response.error ? response.error->message() : tr("The server answered %1.").arg(status);
        return result;
    }
    // A 2xx answer: is it what the entity expects?
    if (!entity || endpoint.protocol == Protocol::SoapXml)
        return result;
    if (response.header("Content-Type").toLower().contains("xml")) {
        auto page = PageWalker::readPage(endpoint, *entity, response, response.displayUrl);
        if (!page) {
            result.problem = Problem::UnexpectedBody;
            result.diagnosis = page.error().message();
            return result;
        }
        for (qsizetype i = 0; i < page->records.size() && i < SampleSize; ++i)
            result.records.append(page->records.at(i));
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problem = Problem::UnexpectedBody;
        result.diagnosis =
            tr("The answer is not JSON (%1 at byte %2; Content-Type %3). Check the list path of "
               "entity \"%4\".")
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(QString::fromLatin1(response.header("Content-Type")), entity->name);
        return result;
    }
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue records = jsonValueAt(root, entity->recordsPath);
    if (!records.isArray()) {
        QStringList keys = doc.isObject() ? doc.object().keys() : QStringList();
        result.problem = Problem::UnexpectedBody;
        result.diagnosis =
            tr("The answer has no list of records at \"%1\" (entity \"%2\"). Its top-level fields are: "
               "%3. Set \"Records at\" on the Entities tab.")
                .arg(entity->recordsPath.isEmpty() ? tr("the top level") : entity->recordsPath, entity->name,
                     keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", ")));
        return result;
    }
    const QJsonArray all = records.toArray();
    for (qsizetype i = 0; i < all.size() && i < SampleSize; ++i)
        result.records.append(all.at(i));
    return result;
}

} // namespace crmbridge
