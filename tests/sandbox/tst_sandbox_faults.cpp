// Every fault kind, switched at run time through the API and the admin endpoint, over real
// loopback HTTP; the decisions repeat under a seed; the admin API's log, discrepancies and reset.
#include "sandboxtestclient.h"

#include "core/sandbox/faults.h"

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_crm;

    void only(const SandboxFaults &faults) { m_server.setFaults(SandboxSystemId::Crm, faults); }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.rateLimits = false;
        QVERIFY(startSandbox(m_server, options));
        m_crm = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Crm));
    }

    void cleanup() { m_server.clearFaults(); }

    void serverErrors()
    {
        SandboxFaults f;
        f.errorRate = 1;
        only(f);
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s);
        QVERIFY2(r.status >= 500 && r.status <= 503, qPrintable(QString::number(r.status)));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"error"_s);
    }

    void throttleWithRetryAfter()
    {
        SandboxFaults f;
        f.throttleRate = 1;
        f.retryAfterSeconds = 7;
        only(f);
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    }

    void droppedConnection()
    {
        SandboxFaults f;
        f.dropRate = 1;
        only(f);
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=50"_s);
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
    }

    void malformedAndTruncatedBodies_data()
    {
        QTest::addColumn<bool>("malformed");
        QTest::newRow("malformed") << true;
        QTest::newRow("truncated") << false;
    }

    void malformedAndTruncatedBodies()
    {
        QFETCH(bool, malformed);
        SandboxFaults f;
        (malformed ? f.malformedRate : f.truncateRate) = 1;
        only(f);
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=5"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
    }

    void slowBodiesStillArriveWhole()
    {
        SandboxFaults f;
        f.slowRate = 1;
        f.slowBytesPerTick = 512;
        f.slowTickMs = 1;
        f.latencyMs = 5;
        f.jitterMs = 5;
        only(f);
        const HttpReply r = m_crm->get(u"/crm/v3/objects/contacts?limit=20"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.isJson());
        QCOMPARE(r.object().value(u"results"_s).toArray().size(), 20);
    }

    void decisionsRepeatUnderASeed()
    {
        SandboxFaults f;
        f.errorRate = 0.5;
        auto run = [&] {
            m_server.reset(); // restarts the decision sequence
            only(f);
            QList<int> statuses;
            for (int i = 0; i < 20; ++i)
                statuses.append(m_crm->get(u"/crm/v3/objects/products?limit=1"_s).status);
            return statuses;
        };
        const QList<int> first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.contains(200));
        QVERIFY(first.count(200) < 20);
    }

    void adminApiSetsFaultsAndShowsTheLog()
    {
        const HttpReply set = m_crm->send("PUT", u"/_sandbox/faults"_s, R"({"throttle": 1, "retry-after": 3})", {}, false);
        QCOMPARE(set.status, 200);
        QCOMPARE(m_server.faults(SandboxSystemId::Crm).throttleRate, 1.0);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/deals?limit=1"_s).status, 429);
        QCOMPARE(m_crm->send("PUT", u"/_sandbox/faults"_s, R"({"bogus": 1})", {}, false).status, 400);
        QCOMPARE(m_crm->send("DELETE", u"/_sandbox/faults"_s, {}, {}, false).status, 200);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/deals?limit=1"_s).status, 200);

        const QJsonArray log = m_crm->send("GET", u"/_sandbox/requests?limit=2"_s, {}, {}, false).object().value(u"requests"_s).toArray();
        QCOMPARE(log.size(), 2);
        const QJsonObject last = log.last().toObject();
        QCOMPARE(last.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(last.value(u"status"_s).toInt(), 200);
        QVERIFY(last.value(u"path"_s).toString().startsWith(u"/crm/v3/objects/deals"_s));
        QVERIFY(!last.value(u"headers"_s).toObject().contains(u"authorization"_s));
        QCOMPARE(log.first().toObject().value(u"fault"_s).toString(), u"throttle"_s);
        QVERIFY(m_server.requestCount(SandboxSystemId::Crm) >= 2);
    }

    void adminDiscrepanciesAndReset()
    {
        const QJsonArray truth = m_crm->send("GET", u"/_sandbox/discrepancies"_s, {}, {}, false).object().value(u"discrepancies"_s).toArray();
        QVERIFY(truth.size() > 20);
        for (const QJsonValue &d : truth)
            QVERIFY(d.toObject().value(u"systems"_s).toArray().contains(u"crm"_s));

        const QJsonObject body{{u"properties"_s, QJsonObject{{u"name"_s, u"Temporary"_s}}}};
        const int before = m_server.recordCounts(SandboxSystemId::Crm).value(u"companies"_s).toInt();
        QCOMPARE(m_crm->post(u"/crm/v3/objects/companies"_s, body).status, 201);
        QCOMPARE(m_server.recordCounts(SandboxSystemId::Crm).value(u"companies"_s).toInt(), before + 1);
        QCOMPARE(m_crm->send("POST", u"/_sandbox/reset"_s, {}, {}, false).status, 200);
        QCOMPARE(m_server.recordCounts(SandboxSystemId::Crm).value(u"companies"_s).toInt(), before);
        QCOMPARE(m_server.requestCount(SandboxSystemId::Crm), quint64(0));
    }

    // next=…: the next requests get exactly these faults, in order; then the rates (none) apply.
    void scriptedFaultsComeInOrder()
    {
        SandboxOptions options;
        QVERIFY(sandboxParseFaultOption(u"crm:next=errors, drop,none"_s, &options).ok());
        QCOMPARE(options.faults.value(SandboxSystemId::Crm).next, (QStringList{u"errors"_s, u"drop"_s, u"none"_s}));
        const Status bad = sandboxParseFaultOption(u"crm:next=drop,explode"_s, &options);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message().contains(u"explode"_s), qPrintable(bad.error().message()));
        only(options.faults.value(SandboxSystemId::Crm));
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).status, 503);
        QVERIFY(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).error != QNetworkReply::NoError);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).status, 200);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).status, 200);
        // Through the admin API, as a list.
        QCOMPARE(m_crm->send("PUT", u"/_sandbox/faults"_s, R"({"next": ["throttle"]})", {}, false).status, 200);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).status, 429);
        QCOMPARE(m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s).status, 200);
    }

    void faultsFromTheCommandLineSyntax()
    {
        SandboxOptions options;
        QVERIFY(sandboxParseFaultOption(u"crm:errors=10%"_s, &options).ok());
        QVERIFY(sandboxParseFaultOption(u"erp:latency=200"_s, &options).ok());
        QCOMPARE(options.faults.value(SandboxSystemId::Crm).errorRate, 0.1);
        QCOMPARE(options.faults.value(SandboxSystemId::Erp).latencyMs, 200);
        QVERIFY(!sandboxParseFaultOption(u"crm:errors=2"_s, &options).ok());
        QVERIFY(!sandboxParseFaultOption(u"nosuch:drop=1"_s, &options).ok());
        QVERIFY(!sandboxParseFaultOption(u"crm:explode=1"_s, &options).ok());
    }

    void countsSignalIsEmitted()
    {
        QSignalSpy spy(&m_server, &SandboxServer::requestCountsChanged);
        m_crm->get(u"/crm/v3/objects/contacts?limit=1"_s);
        QVERIFY(spy.count() > 0 || spy.wait(5000));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
