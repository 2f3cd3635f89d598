// Demo CRM (HubSpot CRM v3 shapes) over real loopback HTTP: shapes checked against the real
// OpenAPI document, a full paging walk, auth, CRUD, duplicates, batch, search, idempotency, rate limits.
#include "sandboxtestclient.h"

#include <QSet>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxCrm : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_crm;

    static void verifyRequired(const QJsonObject &object, const QStringList &required)
    {
        for (const QString &field : required)
            QVERIFY2(object.contains(field), qPrintable(u"missing required field "_s + field));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_server));
        m_crm = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Crm));
    }

    void listShapeMatchesHubSpotSchema()
    {
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=5"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        verifyRequired(page, openApiRequired(u"hubspot-crm-contacts-v3.json"_s,
                                             u"CollectionResponseSimplePublicObjectWithAssociationsForwardPaging"_s));
        const QJsonArray results = page.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 5);
        const QStringList required = openApiRequired(u"hubspot-crm-contacts-v3.json"_s, u"SimplePublicObject"_s);
        QVERIFY(required.contains(u"properties"_s));
        for (const QJsonValue &v : results) {
            verifyRequired(v.toObject(), required);
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            for (auto it = props.begin(); it != props.end(); ++it)
                QVERIFY2(it.value().isString() || it.value().isNull(), qPrintable(it.key()));
            QVERIFY(props.contains(u"email"_s));
        }
        const QJsonObject next = page.value(u"paging"_s).toObject().value(u"next"_s).toObject();
        verifyRequired(next, openApiRequired(u"hubspot-crm-contacts-v3.json"_s, u"NextPage"_s));
        QVERIFY(next.value(u"link"_s).toString().contains(u"after="_s));
        QCOMPARE(r.header("X-HubSpot-RateLimit-Max"), QByteArray("190"));
        QVERIFY(!r.header("X-HubSpot-RateLimit-Remaining").isEmpty());
        QCOMPARE(r.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
    }

    void pagingWalkCountsEveryRecordOnce_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("contacts") << u"contacts"_s;
        QTest::newRow("companies") << u"companies"_s;
        QTest::newRow("deals") << u"deals"_s;
        QTest::newRow("products") << u"products"_s;
    }

    void pagingWalkCountsEveryRecordOnce()
    {
        QFETCH(QString, type);
        QSet<QString> ids;
        QString after;
        int pages = 0;
        do {
            const HttpReply r = m_crm->get(u"/crm/v3/objects/%1?limit=100%2"_s.arg(type, after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.object().value(u"results"_s).toArray()) {
                const QString id = v.toObject().value(u"id"_s).toString();
                QVERIFY2(!ids.contains(id), qPrintable(id));
                ids.insert(id);
            }
            after = r.object().value(u"paging"_s).toObject().value(u"next"_s).toObject().value(u"after"_s).toString();
            QVERIFY(++pages < 100);
        } while (!after.isEmpty());
        QCOMPARE(ids.size(), m_server.recordCounts(SandboxSystemId::Crm).value(type).toInt());
        QVERIFY(ids.size() > 50);
    }

    void limitAbove100IsRejected()
    {
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=101"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
    }

    void authFailures()
    {
        const HttpReply none = m_crm->send("GET", u"/crm/v3/objects/contacts"_s, {}, {}, false);
        QCOMPARE(none.status, 401);
        verifyRequired(none.object(), openApiRequired(u"hubspot-crm-contacts-v3.json"_s, u"Error"_s));
        QCOMPARE(none.object().value(u"category"_s).toString(), u"INVALID_AUTHENTICATION"_s);
        const HttpReply wrong = m_crm->send("GET", u"/crm/v3/objects/contacts"_s, {}, {{"Authorization", "Bearer nope"}}, false);
        QCOMPARE(wrong.status, 401);
    }

    void createReadUpdateArchive()
    {
        const HttpReply created = m_crm->post(u"/crm/v3/objects/contacts"_s,
                                              {{u"properties"_s, QJsonObject{{u"email"_s, u"new.person@example.org"_s},
                                                                             {u"firstname"_s, u"New"_s},
                                                                             {u"lastname"_s, u"Person"_s}}}});
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts/"_s + id).object().value(u"properties"_s).toObject().value(u"email"_s).toString(),
                 u"new.person@example.org"_s);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts/new.person@example.org?idProperty=email"_s).object().value(u"id"_s).toString(), id);

        const HttpReply duplicate = m_crm->post(u"/crm/v3/objects/contacts"_s,
                                                {{u"properties"_s, QJsonObject{{u"email"_s, u"NEW.person@example.org"_s}}}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.object().value(u"category"_s).toString(), u"CONFLICT"_s);
        QVERIFY(duplicate.object().value(u"message"_s).toString().contains(id));

        const HttpReply patched = m_crm->send("PATCH", u"/crm/v3/objects/contacts/"_s + id,
                                              R"({"properties":{"phone":"+49 30 1234567","lastname":"Persson"}})");
        QCOMPARE(patched.status, 200);
        const QJsonObject read = m_crm->get(u"/crm/v3/objects/contacts/%1?properties=phone,lastname"_s.arg(id)).object();
        QCOMPARE(read.value(u"properties"_s).toObject().value(u"lastname"_s).toString(), u"Persson"_s);
        QCOMPARE(read.value(u"properties"_s).toObject().value(u"phone"_s).toString(), u"+49 30 1234567"_s);

        QCOMPARE(m_crm->send("DELETE", u"/crm/v3/objects/contacts/"_s + id).status, 204);
        const HttpReply gone = m_crm->get(u"/crm/v3/objects/contacts/"_s + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object().value(u"category"_s).toString(), u"OBJECT_NOT_FOUND"_s);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts/%1?archived=true"_s.arg(id)).object().value(u"archived"_s).toBool(), true);
    }

    void batchReadUpsertAndLimit()
    {
        const QJsonArray firstPage = m_crm->get(u"/crm/v3/objects/contacts?limit=3"_s).object().value(u"results"_s).toArray();
        QJsonArray inputs;
        for (const QJsonValue &v : firstPage)
            inputs.append(QJsonObject{{u"id"_s, v.toObject().value(u"id"_s)}});
        const HttpReply read = m_crm->post(u"/crm/v3/objects/contacts/batch/read"_s,
                                           {{u"inputs"_s, inputs}, {u"properties"_s, QJsonArray{u"email"_s}}});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(u"results"_s).toArray().size(), 3);
        QCOMPARE(read.object().value(u"status"_s).toString(), u"COMPLETE"_s);

        const QString existing = firstPage.at(0).toObject().value(u"properties"_s).toObject().value(u"email"_s).toString();
        const HttpReply upsert = m_crm->post(
            u"/crm/v3/objects/contacts/batch/upsert"_s,
            {{u"inputs"_s, QJsonArray{QJsonObject{{u"id"_s, existing}, {u"idProperty"_s, u"email"_s},
                                                  {u"properties"_s, QJsonObject{{u"jobtitle"_s, u"Buyer"_s}}}},
                                      QJsonObject{{u"id"_s, u"upserted@example.org"_s}, {u"idProperty"_s, u"email"_s},
                                                  {u"properties"_s, QJsonObject{{u"firstname"_s, u"Up"_s}}}}}}});
        QCOMPARE(upsert.status, 200);
        const QJsonArray results = upsert.object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(u"new"_s).toBool(), false);
        QCOMPARE(results.at(1).toObject().value(u"new"_s).toBool(), true);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts/upserted@example.org?idProperty=email&properties=firstname"_s)
                     .object().value(u"properties"_s).toObject().value(u"firstname"_s).toString(),
                 u"Up"_s);

        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(QJsonObject{{u"properties"_s, QJsonObject{{u"name"_s, u"P%1"_s.arg(i)}}}});
        QCOMPARE(m_crm->post(u"/crm/v3/objects/products/batch/create"_s, {{u"inputs"_s, tooMany}}).status, 400);
    }

    void searchForIncrementalReads()
    {
        const QJsonObject contact = m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).object().value(u"results"_s).toArray().at(0).toObject();
        const QString email = contact.value(u"properties"_s).toObject().value(u"email"_s).toString();
        auto search = [&](const QJsonArray &filters) {
            return m_crm->post(u"/crm/v3/objects/contacts/search"_s,
                               {{u"filterGroups"_s, QJsonArray{QJsonObject{{u"filters"_s, filters}}}},
                                {u"sorts"_s, QJsonArray{QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"direction"_s, u"ASCENDING"_s}}}},
                                {u"limit"_s, 100}});
        };
        const HttpReply byEmail = search({QJsonObject{{u"propertyName"_s, u"email"_s}, {u"operator"_s, u"EQ"_s}, {u"value"_s, email.toUpper()}}});
        QCOMPARE(byEmail.status, 200);
        QCOMPARE(byEmail.object().value(u"total"_s).toInt(), 1);

        const QString since = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        QCOMPARE(m_crm->send("PATCH", u"/crm/v3/objects/contacts/"_s + contact.value(u"id"_s).toString(),
                             R"({"properties":{"city":"Leipzig"}})").status, 200);
        const HttpReply changed = search({QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"operator"_s, u"GTE"_s}, {u"value"_s, since}}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.object().value(u"total"_s).toInt() >= 1);
        bool found = false;
        for (const QJsonValue &v : changed.object().value(u"results"_s).toArray())
            found = found || v.toObject().value(u"id"_s) == contact.value(u"id"_s);
        QVERIFY(found);
        const HttpReply old = search({QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"operator"_s, u"LT"_s}, {u"value"_s, u"2021-06-01T00:00:00Z"_s}}});
        for (const QJsonValue &v : old.object().value(u"results"_s).toArray())
            QVERIFY(v.toObject().value(u"properties"_s).toObject().value(u"lastmodifieddate"_s).toString() < u"2021-06-01"_s);
    }

    void idempotencyKeyIsHonoured()
    {
        const QJsonObject body{{u"properties"_s, QJsonObject{{u"name"_s, u"Idempotent Widget"_s}}}};
        const int before = m_server.recordCounts(SandboxSystemId::Crm).value(u"products"_s).toInt();
        const HttpReply a = m_crm->post(u"/crm/v3/objects/products"_s, body, {{"Idempotency-Key", "key-1"}});
        const HttpReply b = m_crm->post(u"/crm/v3/objects/products"_s, body, {{"Idempotency-Key", "key-1"}});
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        QCOMPARE(a.object().value(u"id"_s), b.object().value(u"id"_s));
        QCOMPARE(m_server.recordCounts(SandboxSystemId::Crm).value(u"products"_s).toInt(), before + 1);
    }

    void rateLimitAnswers429()
    {
        m_server.setRateLimit(SandboxSystemId::Crm, {true, 3, 60000});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_crm->get(u"/crm/v3/objects/deals?limit=1"_s).status, 200);
        const HttpReply limited = m_crm->get(u"/crm/v3/objects/deals?limit=1"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(u"errorType"_s).toString(), u"RATE_LIMIT"_s);
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        m_server.setRateLimit(SandboxSystemId::Crm, {true, 190, 10000});
        QCOMPARE(m_crm->get(u"/crm/v3/objects/deals?limit=1"_s).status, 200);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxCrm)
#include "tst_sandbox_crm.moc"
