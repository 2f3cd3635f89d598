#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;

// Endpoints, entities and environments stored in a real workspace file; the secret store's
// fallbacks when no keychain is in use.
class TestEndpointStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void endpointCrud()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        EndpointStore store(*ws.value());
        Endpoint e;
        e.name = QStringLiteral("Demo ERP");
        e.kind = EndpointKind::Erp;
        e.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        e.auth.kind = AuthKind::Basic;
        e.auth.username = QStringLiteral("erp");
        e.auth.secret = {Endpoint::secretKey(e.name, QStringLiteral("password")), {}};
        auto saved = store.save(e);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(saved->id > 0);

        Endpoint twin = e;
        auto clash = store.save(twin);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message().contains(QStringLiteral("already exists")));

        Endpoint renamed = saved.value();
        renamed.name = QStringLiteral("ERP");
        renamed.timeoutMs = 5000;
        QVERIFY(store.save(renamed).ok());
        auto found = store.find(QStringLiteral("ERP"));
        QVERIFY(found.ok());
        QCOMPARE(found->timeoutMs, 5000);
        QCOMPARE(found->id, saved->id);
        QVERIFY(!store.find(QStringLiteral("Demo ERP")).ok());
        QCOMPARE(store.list()->size(), 1);

        // The columns the overview reads are kept in step.
        QSqlQuery q(ws.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, protocol, base_url FROM endpoints")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("erp"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("rest-json"));

        Entity orders;
        orders.endpointName = QStringLiteral("ERP");
        orders.name = QStringLiteral("orders");
        orders.list = {QStringLiteral("GET"), QStringLiteral("/api/v1/orders")};
        orders.pagination.style = PaginationStyle::PageNumber;
        orders.pagination.totalHeader = QStringLiteral("X-Total-Count");
        orders.schema = QJsonObject{{QStringLiteral("fields"), 3}};
        auto savedEntity = store.saveEntity(orders);
        QVERIFY2(savedEntity.ok(), qPrintable(savedEntity ? QString() : savedEntity.error().message()));
        QVERIFY(!store.saveEntity(orders).ok()); // same name twice
        auto entities = store.entities(QStringLiteral("ERP"));
        QVERIFY(entities.ok());
        QCOMPARE(entities->size(), 1);
        Entity loaded = entities->constFirst();
        QCOMPARE(loaded.pagination.totalHeader, QStringLiteral("X-Total-Count"));
        QCOMPARE(loaded.schema, orders.schema);
        loaded.recordsPath = QStringLiteral("data");
        QVERIFY(store.saveEntity(loaded).ok());
        QCOMPARE(store.findEntity(QStringLiteral("ERP"), QStringLiteral("orders"))->recordsPath, QStringLiteral("data"));

        QVERIFY(store.remove(QStringLiteral("ERP")).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM entities")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // entities go with their endpoint
        QVERIFY(!store.remove(QStringLiteral("ERP")).ok());
    }

    void environmentCrud()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        EnvironmentStore store(*ws.value());
        Environment env;
        env.name = QStringLiteral("Production");
        env.production = true;
        env.variables = {{QStringLiteral("host"), QStringLiteral("api.example.com"), {}},
                         {QStringLiteral("token"), {}, {QStringLiteral("env/Production/token"), {}}}};
        auto saved = store.save(env);
        QVERIFY(saved.ok());
        QVERIFY(!store.save(env).ok());
        auto found = store.find(QStringLiteral("Production"));
        QVERIFY(found.ok());
        QVERIFY(found->production);
        QCOMPARE(found->variables.size(), 2);
        QVERIFY(found->variable(QStringLiteral("token"))->isSecret());
        found->production = false;
        QVERIFY(store.save(found.value()).ok());
        QVERIFY(!store.find(QStringLiteral("Production"))->production);
        QCOMPARE(store.list()->size(), 1);
        QVERIFY(store.remove(QStringLiteral("Production")).ok());
        QCOMPARE(store.list()->size(), 0);
    }

    void secretsWithoutAKeychain()
    {
        SecretStore secrets(QStringLiteral("CRM Bridge tests"));
        secrets.setKeychainEnabled(false);
        const SecretRef ref{QStringLiteral("endpoint/X/token"), QStringLiteral("CRMBRIDGE_TEST_SECRET_VAR")};

        std::optional<Result<QByteArray>> read;
        secrets.read(ref, this, [&read](const Result<QByteArray> &r) { read = r; });
        QVERIFY(!read.has_value()); // always asynchronous
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->ok());
        QVERIFY(read->error().message().contains(QStringLiteral("CRMBRIDGE_TEST_SECRET_VAR")));

        qputenv("CRMBRIDGE_TEST_SECRET_VAR", "from-env");
        read.reset();
        secrets.read(ref, this, [&read](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QByteArray("from-env"));
        qunsetenv("CRMBRIDGE_TEST_SECRET_VAR");

        std::optional<Result<SecretStore::Source>> written;
        secrets.write(ref, "typed-in", this, [&written](const Result<SecretStore::Source> &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(written->value(), SecretStore::Source::Session);
        read.reset();
        secrets.read(ref, this, [&read](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QByteArray("typed-in"));

        bool removed = false;
        secrets.remove(ref, this, [&removed](const Status &s) { removed = s.ok(); });
        QTRY_VERIFY(removed);
    }

    void keychainAnswersOrFallsBack()
    {
        // Whatever this machine has (a Secret Service, or none as on a headless CI box), a write
        // ends in the keychain or, said so, in session memory — and the value reads back.
        SecretStore secrets(QStringLiteral("CRM Bridge tests"));
        secrets.setKeychainEnabled(true);
        const SecretRef ref{QStringLiteral("test/keychain-probe"), {}};
        std::optional<Result<SecretStore::Source>> written;
        secrets.write(ref, "probe-value", this, [&written](const Result<SecretStore::Source> &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 60000);
        QVERIFY(written->ok());
        std::optional<Result<QByteArray>> read;
        secrets.read(ref, this, [&read](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 60000);
        QCOMPARE(read->value(), QByteArray("probe-value"));
        bool removed = false;
        secrets.remove(ref, this, [&removed](const Status &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 60000);
    }

    void contextGoneMeansNoCallback()
    {
        SecretStore secrets(QStringLiteral("CRM Bridge tests"));
        secrets.setKeychainEnabled(false);
        secrets.setSessionSecret(QStringLiteral("k"), "v");
        bool called = false;
        auto *context = new QObject;
        secrets.read({QStringLiteral("k"), {}}, context, [&called](const Result<QByteArray> &) { called = true; });
        delete context;
        // The answer was queued to the event loop; run everything posted so far.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
