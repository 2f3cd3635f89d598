#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace crmbridge::test {

/// One request as the test server saw it, with the instant it arrived (ms since the server
/// started), so tests check pacing from the server's side instead of timing themselves.
struct TestHttpRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedMs = 0;

    QByteArray header(const QByteArray &name) const;
    /// The decoded value of a query parameter, whichever way its name was encoded.
    QString queryValue(const QString &name) const;
};

/// A scripted answer: reply (optionally after a delay), drop the connection, or never answer.
struct TestHttpResponse
{
    enum class Action { Reply, Drop, Stall };
    Action action = Action::Reply;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static TestHttpResponse json(const QJsonDocument &doc, int status = 200);
    static TestHttpResponse json(const QByteArray &body, int status = 200);
    static TestHttpResponse drop();
    static TestHttpResponse stall();
    TestHttpResponse &header(const QByteArray &name, const QByteArray &value);
};

/// A small HTTP/1.1 server on loopback for the network tests: every request goes to a handler
/// that scripts the answer (pagination, 429 with Retry-After, 503, dropped connections, slow
/// answers), optionally over TLS with a given certificate. One request per connection
/// (Connection: close), which keeps the parser trivial; it stands in for a real vendor API
/// only where the sandbox cannot script the fault a test needs.
class TestHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);

    bool start();
    bool startTls(const QString &certificateFile, const QString &keyFile);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QUrl url(const QString &pathAndQuery = {}) const;
    QString baseUrl() const { return url().toString(); }
    const QList<TestHttpRequest> &requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QList<TestHttpRequest> m_requests;
    QElapsedTimer m_clock;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace crmbridge::test
