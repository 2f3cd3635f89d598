#pragma once

#include "core/common/result.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace crmbridge {

class SandboxSystem;
struct FaultDecision;
struct SandboxResponse;

/// Puts one SandboxSystem on a loopback port. Lives in (and is used only from) its worker
/// thread. Writes answers on the socket itself so that faults can delay, corrupt, trickle or
/// cut them, which QHttpServerResponder cannot.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(SandboxSystem *system, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    /// Listens on 127.0.0.1:port (0: ephemeral). Returns the port.
    Result<quint16> listenOnLoopback(quint16 port);
    void close();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(QTcpSocket *socket, const SandboxResponse &response, const FaultDecision &decision);
    bool admitConnection(QTcpSocket *socket, int limit);

    SandboxSystem *m_system;
    QTcpServer *m_tcpServer = nullptr;
    QString m_baseUrl;
    QList<QPointer<QTcpSocket>> m_connections;
};

} // namespace crmbridge
