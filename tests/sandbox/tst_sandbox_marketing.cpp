// Demo Marketing (Mailchimp Marketing API 3.0 shapes) over real loopback HTTP: lists, members
// paging with count/offset, MD5 member ids, PUT upsert, problem+json errors, the API-key auth
// and the limit of 10 simultaneous connections.
#include "sandboxtestclient.h"

#include "core/sandbox/sandboxdata.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTcpSocket>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxMarketing : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_mc;
    QString m_listId;

    static QString md5(const QString &email)
    {
        return QString::fromLatin1(QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_server));
        m_mc = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Marketing));
        const QJsonObject lists = m_mc->get(u"/3.0/lists"_s).object();
        QCOMPARE(lists.value(u"total_items"_s).toInt(), 3);
        m_listId = lists.value(u"lists"_s).toArray().first().toObject().value(u"id"_s).toString();
        QVERIFY(!m_listId.isEmpty());
    }

    void membersWalkWithMd5Ids()
    {
        QSet<QString> ids;
        int total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 100) {
            const HttpReply r = m_mc->get(u"/3.0/lists/%1/members?count=100&offset=%2"_s.arg(m_listId).arg(offset));
            QCOMPARE(r.status, 200);
            total = r.object().value(u"total_items"_s).toInt();
            for (const QJsonValue &v : r.object().value(u"members"_s).toArray()) {
                const QJsonObject m = v.toObject();
                QCOMPARE(m.value(u"id"_s).toString(), md5(m.value(u"email_address"_s).toString()));
                QVERIFY(QStringList({u"subscribed"_s, u"unsubscribed"_s, u"cleaned"_s, u"pending"_s}).contains(m.value(u"status"_s).toString()));
                QVERIFY(m.value(u"merge_fields"_s).toObject().contains(u"FNAME"_s));
                QVERIFY(!ids.contains(m.value(u"id"_s).toString()));
                ids.insert(m.value(u"id"_s).toString());
            }
        }
        QCOMPARE(ids.size(), total);
        QVERIFY(total > 100);
    }

    void putUpsertsByHash()
    {
        const QString email = u"Upsert.Me@Example.org"_s;
        const QString path = u"/3.0/lists/%1/members/%2"_s.arg(m_listId, md5(email));
        QCOMPARE(m_mc->get(path).status, 404);
        const QByteArray body = R"({"email_address":"Upsert.Me@Example.org","status_if_new":"subscribed","merge_fields":{"FNAME":"Up","LNAME":"Sert"}})";
        const HttpReply created = m_mc->send("PUT", path, body);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(u"id"_s).toString(), SandboxData::subscriberHash(email));
        QCOMPARE(m_mc->send("PUT", path, R"({"email_address":"upsert.me@example.org","status":"unsubscribed"})").status, 200);
        const QJsonObject read = m_mc->get(path).object();
        QCOMPARE(read.value(u"status"_s).toString(), u"unsubscribed"_s);
        QCOMPARE(read.value(u"merge_fields"_s).toObject().value(u"FNAME"_s).toString(), u"Up"_s);

        const HttpReply exists = m_mc->send("POST", u"/3.0/lists/%1/members"_s.arg(m_listId), body);
        QCOMPARE(exists.status, 400);
        QVERIFY(exists.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(exists.object().value(u"title"_s).toString(), u"Member Exists"_s);
        QCOMPARE(m_mc->send("DELETE", path).status, 204);
        QCOMPARE(m_mc->get(path).object().value(u"status"_s).toInt(), 404);
    }

    void apiKeyAuth()
    {
        const HttpReply none = m_mc->send("GET", u"/3.0/lists"_s, {}, {}, false);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object().value(u"title"_s).toString(), u"API Key Invalid"_s);
        const QByteArray other = "Basic " + QByteArray("whoever:0123456789abcdef0123456789abcdef-us1").toBase64();
        QCOMPARE(m_mc->send("GET", u"/3.0/lists"_s, {}, {{"Authorization", other}}, false).status, 200); // any user name
    }

    void atMostTenSimultaneousConnections()
    {
        // A fresh sandbox, so that no keep-alive connection of the other tests counts.
        SandboxServer fresh;
        QVERIFY(startSandbox(fresh));
        const SandboxSystemInfo info = fresh.system(SandboxSystemId::Marketing);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QList<QByteArray> statusLines;
        const QByteArray request = "GET /3.0/lists HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            + info.credentials.authorizationHeader() + "\r\n\r\n";
        for (int i = 0; i < 11; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, info.port);
            QVERIFY(socket->waitForConnected(10000));
            socket->write(request);
            QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0 && socket->peek(4096).contains("\r\n\r\n"), 10000);
            statusLines.append(socket->peek(64).split('\r').first());
            sockets.push_back(std::move(socket)); // kept open: they count as simultaneous
        }
        for (int i = 0; i < 10; ++i)
            QCOMPARE(statusLines.at(i), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(statusLines.at(10), QByteArray("HTTP/1.1 429 Too Many Requests"));
        sockets.clear();
        SandboxClient client(info);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/3.0/lists"_s).status, 200, 10000);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxMarketing)
#include "tst_sandbox_marketing.moc"
