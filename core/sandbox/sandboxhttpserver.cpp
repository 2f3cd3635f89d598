#include "core/sandbox/sandboxhttpserver.h"

#include "core/sandbox/faults.h"
#include "core/sandbox/sandboxsystem.h"

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHttpServer)

public:
    static Error portInUse(quint16 port, const QString &reason)
    {
        Error e = Error::config(tr("The sandbox cannot listen on port %1: %2").arg(port).arg(reason),
                                u"127.0.0.1:%1"_s.arg(port),
                                tr("Stop the program using that port, or choose other ports with --base-port "
                                   "(0 picks free ports)."));
        return e;
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET"_ba;
    case QHttpServerRequest::Method::Put: return "PUT"_ba;
    case QHttpServerRequest::Method::Delete: return "DELETE"_ba;
    case QHttpServerRequest::Method::Post: return "POST"_ba;
    case QHttpServerRequest::Method::Head: return "HEAD"_ba;
    case QHttpServerRequest::Method::Options: return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch: return "PATCH"_ba;
    default: return "UNKNOWN"_ba;
    }
}

QString faultName(FaultDecision::Kind kind)
{
    switch (kind) {
    case FaultDecision::Kind::None: return {};
    case FaultDecision::Kind::Error: return u"errors"_s;
    case FaultDecision::Kind::Throttle: return u"throttle"_s;
    case FaultDecision::Kind::Drop: return u"drop"_s;
    case FaultDecision::Kind::Malformed: return u"malformed"_s;
    case FaultDecision::Kind::Truncate: return u"truncate"_s;
    case FaultDecision::Kind::Slow: return u"slow"_s;
    }
    return {};
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxSystem *system, QObject *parent)
    : QAbstractHttpServer(parent), m_system(system)
{
}

SandboxHttpServer::~SandboxHttpServer() = default;

Result<quint16> SandboxHttpServer::listenOnLoopback(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = server->errorString();
        delete server;
        return Messages::portInUse(port, reason);
    }
    m_tcpServer = server;
    m_baseUrl = u"http://127.0.0.1:%1"_s.arg(server->serverPort());
    bind(server);
    return server->serverPort();
}

void SandboxHttpServer::close()
{
    if (m_tcpServer)
        m_tcpServer->close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket)
            socket->abort();
    }
    m_connections.clear();
}

bool SandboxHttpServer::admitConnection(QTcpSocket *socket, int limit)
{
    m_connections.removeIf([](const QPointer<QTcpSocket> &s) { return !s || s->state() != QAbstractSocket::ConnectedState; });
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i) == socket)
            index = i;
    }
    if (index < 0) {
        m_connections.append(socket);
        index = m_connections.size() - 1;
    }
    return limit <= 0 || index < limit;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    // Rebuilt from fully decoded pairs: QUrlQuery keeps "%5B" in keys such as page[size] encoded.
    const QString rawQuery = url.query(QUrl::FullyEncoded);
    for (const QString &pair : rawQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        auto decode = [](QString part) {
            return QUrl::fromPercentEncoding(part.replace(QLatin1Char('+'), QLatin1Char(' ')).toLatin1());
        };
        request.query.addQueryItem(decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.baseUrl = m_baseUrl;

    const bool admin = SandboxSystem::isAdminPath(request.path);
    FaultDecision decision;
    SandboxResponse response;
    const int connectionLimit = admin ? 0 : m_system->connectionLimit();
    if (!admitConnection(socket, connectionLimit)) {
        response = m_system->throttledResponse(1);
    } else {
        if (!admin)
            decision = m_system->faults().decide();
        if (decision.kind == FaultDecision::Kind::Error)
            response = m_system->serverErrorResponse(decision.errorStatus);
        else if (decision.kind == FaultDecision::Kind::Throttle)
            response = m_system->throttledResponse(decision.retryAfterSeconds);
        else
            response = m_system->respond(request);
    }
    if (!admin) {
        SandboxLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = request.method;
        entry.path = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        entry.status = response.status;
        entry.fault = faultName(decision.kind);
        entry.headers = RequestLog::withoutSecrets(request.headers);
        m_system->log().append(std::move(entry));
    }
    if (request.method == "HEAD")
        response.body.clear();
    if (decision.delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(decision.delayMs, this, [this, guarded, response, decision] {
            if (guarded)
                send(guarded, response, decision);
        });
    } else {
        send(socket, response, decision);
    }
    return true;
}

void SandboxHttpServer::send(QTcpSocket *socket, const SandboxResponse &original, const FaultDecision &decision)
{
    SandboxResponse response = original;
    switch (decision.kind) {
    case FaultDecision::Kind::Drop: {
        const QByteArray message = sandboxSerialize(response);
        socket->write(message.left(qMax<qsizetype>(1, message.size() / 2)));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    case FaultDecision::Kind::Malformed:
        response.body = response.body.left(response.body.size() / 2) + "\x01<<not json>>{\"unterminated\": ["_ba;
        break;
    case FaultDecision::Kind::Truncate:
        response.body = response.body.left(response.body.size() / 2);
        break;
    case FaultDecision::Kind::Slow: {
        const QByteArray message = sandboxSerialize(response);
        const qsizetype headerEnd = message.indexOf("\r\n\r\n") + 4;
        socket->write(message.left(headerEnd));
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(headerEnd);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, message, offset, decision] {
            socket->write(message.mid(*offset, decision.slowBytesPerTick));
            *offset += decision.slowBytesPerTick;
            if (*offset >= message.size())
                timer->deleteLater();
        });
        timer->start(decision.slowTickMs);
        return;
    }
    default:
        break;
    }
    socket->write(sandboxSerialize(response));
    // Out now, as a server sends an answer when it is ready. QTcpSocket would otherwise hold it
    // until its write notifier fires, after this thread has handled every other request that had
    // arrived: a client with several requests in flight got its answers in bursts, each waiting
    // for the others to be made (bench/run.sh sync: the batch writes took a fifth longer).
    socket->flush();
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(sandboxSerialize(SandboxResponse::empty(404)));
}

} // namespace crmbridge
