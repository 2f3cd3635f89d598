// Demo Helpdesk (Zendesk Support shapes) over real loopback HTTP: cursor and offset paging walks,
// {ticket:…} wrappers, create_or_update, Zendesk errors, API-token auth, 429 with Retry-After.
#include "sandboxtestclient.h"

#include <QSet>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxHelpdesk : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_desk;

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_server));
        m_desk = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Helpdesk));
    }

    void cursorWalk_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("tickets") << u"tickets"_s;
        QTest::newRow("users") << u"users"_s;
    }

    void cursorWalk()
    {
        QFETCH(QString, collection);
        QSet<qint64> ids;
        QUrl next = m_desk->url(u"/api/v2/%1.json?page%5Bsize%5D=100"_s.arg(collection));
        bool more = true;
        while (more) {
            const HttpReply r = m_desk->sendTo("GET", next);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.object();
            for (const QJsonValue &v : page.value(collection).toArray()) {
                QVERIFY(!ids.contains(v.toObject().value(u"id"_s).toInteger()));
                ids.insert(v.toObject().value(u"id"_s).toInteger());
            }
            more = page.value(u"meta"_s).toObject().value(u"has_more"_s).toBool();
            QVERIFY(page.value(u"meta"_s).toObject().contains(u"after_cursor"_s));
            if (more)
                next = QUrl(page.value(u"links"_s).toObject().value(u"next"_s).toString());
        }
        QCOMPARE(ids.size(), m_server.recordCounts(SandboxSystemId::Helpdesk).value(collection).toInt());
    }

    void offsetWalk()
    {
        QSet<qint64> ids;
        QString next = m_desk->url(u"/api/v2/tickets.json?per_page=70"_s).toString();
        int count = -1;
        while (!next.isEmpty()) {
            const QJsonObject page = m_desk->sendTo("GET", QUrl(next)).object();
            count = page.value(u"count"_s).toInt();
            for (const QJsonValue &v : page.value(u"tickets"_s).toArray())
                ids.insert(v.toObject().value(u"id"_s).toInteger());
            next = page.value(u"next_page"_s).toString();
        }
        QCOMPARE(ids.size(), count);
        QCOMPARE(count, 300);
    }

    void ticketShapeAndWrappers()
    {
        const QJsonObject ticket = m_desk->get(u"/api/v2/tickets/1.json"_s).object().value(u"ticket"_s).toObject();
        // TicketObject in zendesk-support-openapi.yaml requires requester_id.
        QVERIFY(ticket.value(u"requester_id"_s).isDouble());
        for (const QString &field : {u"id"_s, u"url"_s, u"subject"_s, u"status"_s, u"created_at"_s, u"updated_at"_s, u"tags"_s})
            QVERIFY2(ticket.contains(field), qPrintable(field));

        const QJsonObject create{{u"ticket"_s, QJsonObject{{u"subject"_s, u"Printer on fire"_s},
                                                          {u"comment"_s, QJsonObject{{u"body"_s, u"Please help."_s}}},
                                                          {u"requester_id"_s, ticket.value(u"requester_id"_s)},
                                                          {u"priority"_s, u"urgent"_s}}}};
        const HttpReply created = m_desk->post(u"/api/v2/tickets.json"_s, create);
        QCOMPARE(created.status, 201);
        const QJsonObject made = created.object().value(u"ticket"_s).toObject();
        QCOMPARE(made.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(made.value(u"description"_s).toString(), u"Please help."_s);
        const QString path = u"/api/v2/tickets/%1.json"_s.arg(made.value(u"id"_s).toInteger());
        const HttpReply updated = m_desk->send("PUT", path, R"({"ticket":{"status":"solved"}})");
        QCOMPARE(updated.status, 200);
        QCOMPARE(m_desk->get(path).object().value(u"ticket"_s).toObject().value(u"status"_s).toString(), u"solved"_s);

        const HttpReply invalid = m_desk->post(u"/api/v2/tickets.json"_s, {{u"ticket"_s, QJsonObject{{u"subject"_s, u"x"_s}}}});
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.object().value(u"error"_s).toString(), u"RecordInvalid"_s);
        QVERIFY(invalid.object().value(u"details"_s).toObject().contains(u"requester"_s));
        const HttpReply missing = m_desk->get(u"/api/v2/tickets/99999999.json"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(u"error"_s).toString(), u"RecordNotFound"_s);
    }

    void createOrUpdateUser()
    {
        const QJsonObject user{{u"user"_s, QJsonObject{{u"name"_s, u"周杰"_s}, {u"email"_s, u"zhou.jie@example.cn"_s}}}};
        const HttpReply first = m_desk->post(u"/api/v2/users/create_or_update.json"_s, user);
        QCOMPARE(first.status, 201);
        const HttpReply second = m_desk->post(u"/api/v2/users/create_or_update.json"_s,
                                              {{u"user"_s, QJsonObject{{u"email"_s, u"ZHOU.jie@example.cn"_s}, {u"phone"_s, u"+8610123"_s}}}});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object().value(u"user"_s).toObject().value(u"id"_s), first.object().value(u"user"_s).toObject().value(u"id"_s));
        QCOMPARE(second.object().value(u"user"_s).toObject().value(u"name"_s).toString(), u"周杰"_s);
    }

    void apiTokenAuth()
    {
        const HttpReply none = m_desk->send("GET", u"/api/v2/tickets.json"_s, {}, {}, false);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object().value(u"error"_s).toString(), u"Couldn't authenticate you"_s);
        const QByteArray wrong = "Basic " + QByteArray("agent@example.com/token:wrong").toBase64();
        QCOMPARE(m_desk->send("GET", u"/api/v2/tickets.json"_s, {}, {{"Authorization", wrong}}, false).status, 401);
    }

    void rateLimitHasRetryAfterSeconds()
    {
        m_server.setRateLimit(SandboxSystemId::Helpdesk, {true, 2, 60000});
        m_desk->get(u"/api/v2/users.json?per_page=1"_s);
        m_desk->get(u"/api/v2/users.json?per_page=1"_s);
        const HttpReply limited = m_desk->get(u"/api/v2/users.json?per_page=1"_s);
        QCOMPARE(limited.status, 429);
        const int retry = limited.header("Retry-After").toInt();
        QVERIFY(retry >= 1 && retry <= 60);
        QCOMPARE(limited.object().value(u"error"_s).toString(), u"APIRateLimitExceeded"_s);
        m_server.setRateLimit(SandboxSystemId::Helpdesk, {true, 400, 60000});
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxHelpdesk)
#include "tst_sandbox_helpdesk.moc"
