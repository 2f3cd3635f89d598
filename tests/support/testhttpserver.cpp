#include "testhttpserver.h"

#include <QFile>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace crmbridge::test {

QByteArray TestHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString TestHttpRequest::queryValue(const QString &name) const
{
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

TestHttpResponse TestHttpResponse::json(const QJsonDocument &doc, int status)
{
    return json(doc.toJson(QJsonDocument::Compact), status);
}

TestHttpResponse TestHttpResponse::json(const QByteArray &body, int status)
{
    TestHttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return r;
}

TestHttpResponse TestHttpResponse::drop()
{
    TestHttpResponse r;
    r.action = Action::Drop;
    return r;
}

TestHttpResponse TestHttpResponse::stall()
{
    TestHttpResponse r;
    r.action = Action::Stall;
    return r;
}

TestHttpResponse &TestHttpResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

TestHttpServer::TestHttpServer(QObject *parent) : QTcpServer(parent)
{
    m_clock.start();
    m_handler = [](const TestHttpRequest &) { return TestHttpResponse::json(QByteArray("{}")); };
}

bool TestHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::startTls(const QString &certificateFile, const QString &keyFile)
{
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    m_tls = true;
    return start();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(serverPort())
                    .arg(pathAndQuery));
}

void TestHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { serve(socket); });
}

void TestHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("served").toBool())
        return;
    TestHttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() - headerEnd - 4 < contentLength)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, contentLength);
    const QUrl url(QStringLiteral("http://x") + QString::fromLatin1(request.target));
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.receivedMs = m_clock.elapsed();
    socket->setProperty("served", true);
    m_requests.append(request);

    const TestHttpResponse response = m_handler(request);
    emit requestReceived();
    if (response.action == TestHttpResponse::Action::Stall)
        return;
    QPointer<QTcpSocket> guard(socket);
    const auto answer = [guard, response]() {
        if (!guard)
            return;
        if (response.action == TestHttpResponse::Action::Drop) {
            guard->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        for (const auto &h : response.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += response.body;
        guard->write(out);
        guard->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, answer);
    else
        answer();
}

} // namespace crmbridge::test
