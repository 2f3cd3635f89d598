#include "core/endpoints/secretstore.h"
#include "core/net/entityrequest.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;

// The demo endpoints against the real sandbox over loopback: every entity walked to its end
// (each record once, as many as the sandbox holds), through the sandbox's rate limits and with
// its faults switched on.
class TestSandboxFetch : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    SecretStore *m_secrets = nullptr;
    Environment m_environment;

    struct Walk
    {
        bool ok = false;
        QString error;
        QStringList ids;
    };

    static SandboxSystemId systemOf(const Endpoint &endpoint)
    {
        switch (endpoint.kind) {
        case EndpointKind::Erp:
            return SandboxSystemId::Erp;
        case EndpointKind::Helpdesk:
            return SandboxSystemId::Helpdesk;
        case EndpointKind::Marketing:
            return SandboxSystemId::Marketing;
        default:
            return SandboxSystemId::Crm;
        }
    }

    Walk walk(const Endpoint &endpoint, const Entity &entity)
    {
        HttpClient client(endpoint);
        client.setEnvironment(m_environment);
        client.setSecretStore(m_secrets);
        PageWalker walker(&client, entity);
        Walk result;
        connect(&walker, &PageWalker::pageReady, this, [&](const QJsonArray &records, int) {
            for (const QJsonValue &record : records)
                result.ids.append(record.toObject().value(entity.idField).toVariant().toString());
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        if (!finished.wait(120000)) {
            result.error = QStringLiteral("no answer");
            return result;
        }
        result.ok = finished.first().first().toBool();
        if (!result.ok)
            result.error = walker.status().error().message();
        return result;
    }

    static DemoEndpoint demo(const QString &name)
    {
        const QList<DemoEndpoint> all = sandboxDemoEndpoints();
        for (const DemoEndpoint &d : all) {
            if (d.endpoint.name == name)
                return d;
        }
        return {};
    }

    static Entity entityOf(const DemoEndpoint &d, const QString &name)
    {
        for (const Entity &e : d.entities) {
            if (e.name == name)
                return e;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_sandbox->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_secrets = new SecretStore(QStringLiteral("CRM Bridge tests"), this);
        m_secrets->setKeychainEnabled(false);
        registerSandboxSecrets(*m_secrets);
        m_environment = sandboxEnvironment(*m_sandbox); // each system on its own ephemeral port
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void cleanup() { m_sandbox->clearFaults(); }

    void everyDemoEntityToTheEnd_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("entity");
        const QList<DemoEndpoint> all = sandboxDemoEndpoints();
        for (const DemoEndpoint &d : all) {
            for (const Entity &e : d.entities)
                QTest::newRow(qPrintable(d.endpoint.name + QLatin1Char('/') + e.name)) << d.endpoint.name << e.name;
        }
    }

    void everyDemoEntityToTheEnd()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, entity);
        const DemoEndpoint d = demo(endpoint);
        const Entity e = entityOf(d, entity);
        const Walk w = walk(d.endpoint, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(!w.ids.isEmpty());
        const QSet<QString> unique(w.ids.cbegin(), w.ids.cend());
        QCOMPARE(unique.size(), w.ids.size()); // each record once
        const QJsonObject counts = m_sandbox->recordCounts(systemOf(d.endpoint));
        if (counts.contains(entity) && entity != QLatin1String("members"))
            QCOMPARE(qint64(w.ids.size()), counts.value(entity).toInteger());
    }

    void faultsAreRetriedThrough()
    {
        const DemoEndpoint d = demo(QStringLiteral("Demo CRM"));
        const Entity contacts = entityOf(d, QStringLiteral("contacts"));
        const Walk clean = walk(d.endpoint, contacts);
        QVERIFY2(clean.ok, qPrintable(clean.error));

        SandboxFaults faults;
        faults.errorRate = 0.2;
        faults.throttleRate = 0.2;
        faults.retryAfterSeconds = 1;
        faults.dropRate = 0.1;
        m_sandbox->setFaults(SandboxSystemId::Crm, faults);
        Endpoint endpoint = d.endpoint;
        endpoint.retry.maxAttempts = 10;
        endpoint.retry.baseDelayMs = 50;
        endpoint.retry.maxDelayMs = 200;
        const Walk faulty = walk(endpoint, contacts);
        QVERIFY2(faulty.ok, qPrintable(faulty.error));
        QCOMPARE(faulty.ids, clean.ids); // same records, same order, nothing twice
    }

    void remainingBudgetHeadersPreventA429()
    {
        // The client knows nothing of the budget but what the vendor's headers say; it must slow
        // down before the sandbox answers 429.
        m_sandbox->setRateLimit(SandboxSystemId::Crm, SandboxRateLimit{true, 12, 1500});
        const DemoEndpoint d = demo(QStringLiteral("Demo CRM"));
        Endpoint endpoint = d.endpoint;
        endpoint.rateLimit.windows.clear();
        endpoint.rateLimit.slowDownBelow = 4;
        endpoint.retry.maxAttempts = 1; // a 429 would fail the walk
        Entity contacts = entityOf(d, QStringLiteral("contacts"));
        contacts.pagination.pageSize = 20;
        const auto throttled = [this]() {
            int count = 0;
            const QJsonArray log = m_sandbox->requestLog(SandboxSystemId::Crm, 100000);
            for (const QJsonValue &entry : log)
                count += entry.toObject().value(QStringLiteral("status")).toInt() == 429 ? 1 : 0;
            return count;
        };
        const int before = throttled();
        const Walk w = walk(endpoint, contacts);
        m_sandbox->setRateLimit(SandboxSystemId::Crm, SandboxRateLimit{true, 100, 10000});
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(w.ids.size() > 12 * 20); // more pages than one window allows
        QCOMPARE(throttled(), before);
    }

    void entityOperationsByIdAndAbort()
    {
        const DemoEndpoint d = demo(QStringLiteral("Demo CRM"));
        const Entity contacts = entityOf(d, QStringLiteral("contacts"));
        HttpClient client(d.endpoint);
        client.setEnvironment(m_environment);
        client.setSecretStore(m_secrets);
        const auto run = [&client](const HttpRequest &request) {
            std::optional<HttpResponse> result;
            client.send(request, &client, [&result](const HttpResponse &r) { result = r; });
            const bool answered = QTest::qWaitFor([&result]() { return result.has_value(); }, 60000);
            return answered ? result : std::nullopt;
        };
        const Walk first = walk(d.endpoint, contacts);
        QVERIFY(!first.ids.isEmpty());
        const QString id = first.ids.constFirst();

        auto get = EntityRequest::build(contacts, EntityOperationKind::Get, id);
        QVERIFY(get.ok());
        QCOMPARE(get->path, QStringLiteral("/crm/v3/objects/contacts/") + id);
        auto fetched = run(get.value());
        QVERIFY(fetched.has_value());
        QVERIFY2(fetched->ok(), qPrintable(fetched->error ? fetched->error->message() : QString()));
        QCOMPARE(fetched->json()->object().value(QStringLiteral("id")).toVariant().toString(), id);

        auto missing = EntityRequest::build(contacts, EntityOperationKind::Get);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().contains(QStringLiteral("record id")));
        Entity noBatch = contacts;
        noBatch.batchCreate = {};
        QVERIFY(!EntityRequest::build(noBatch, EntityOperationKind::BatchCreate).ok());

        // abortAll() ends everything at once, each call with an Interrupted error.
        SandboxFaults slow;
        slow.latencyMs = 5000;
        m_sandbox->setFaults(SandboxSystemId::Crm, slow);
        int interrupted = 0;
        for (int i = 0; i < 3; ++i)
            client.send(get.value(), this, [&interrupted](const HttpResponse &r) {
                interrupted += (r.error && r.error->kind == Error::Kind::Interrupted) ? 1 : 0;
            });
        QTRY_COMPARE(client.inFlight(), 3);
        client.abortAll();
        QTRY_COMPARE(interrupted, 3);
    }

    void malformedBodyIsAnErrorWithUrlAndOffset()
    {
        SandboxFaults faults;
        faults.malformedRate = 1.0;
        m_sandbox->setFaults(SandboxSystemId::Erp, faults);
        const DemoEndpoint d = demo(QStringLiteral("Demo ERP"));
        const Walk w = walk(d.endpoint, entityOf(d, QStringLiteral("customers")));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QStringLiteral("offset")) && w.error.contains(QStringLiteral("/api/v1/customers")),
                 qPrintable(w.error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFetch)
#include "tst_sandboxfetch.moc"
