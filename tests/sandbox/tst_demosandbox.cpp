// The demo workspace against the sandbox: its Sandbox environment and demo endpoints, and the
// sandbox moving to free ports (and the environment following) when the default ones are taken.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/sandbox/demosandbox.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/workspace/demoworkspace.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace crmbridge;

class TestDemoSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerSandboxDemoSeeder();
    }

    void demoWorkspaceHasTheSandboxEndpoints()
    {
        test::TempDir dir;
        auto ws = DemoWorkspace::create(dir.file(QStringLiteral("demo.crmbridge")));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        EndpointStore store(*ws.value());
        auto endpoints = store.list();
        QVERIFY(endpoints.ok());
        QStringList names;
        for (const Endpoint &e : endpoints.value())
            names << e.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Demo CRM"), QStringLiteral("Demo ERP"), QStringLiteral("Demo ERP (SOAP)"),
                                     QStringLiteral("Demo Helpdesk"), QStringLiteral("Demo Marketing")}));

        auto contacts = store.findEntity(QStringLiteral("Demo CRM"), QStringLiteral("contacts"));
        QVERIFY(contacts.ok());
        QCOMPARE(contacts->list.path, QStringLiteral("/crm/v3/objects/contacts"));
        QVERIFY(contacts->pagination.style == PaginationStyle::CursorBody);
        QCOMPARE(contacts->pagination.cursorPath, QStringLiteral("paging.next.after"));
        QCOMPARE(contacts->recordsPath, QStringLiteral("results"));
        QCOMPARE(store.entities(QStringLiteral("Demo ERP"))->size(), 3);
        QCOMPARE(store.entities(QStringLiteral("Demo ERP (SOAP)"))->size(), 1);
        QCOMPARE(store.entities(QStringLiteral("Demo Helpdesk"))->size(), 2);
        QCOMPARE(store.entities(QStringLiteral("Demo Marketing"))->size(), 2);

        // No secret value is stored in the workspace: only references.
        auto crm = store.find(QStringLiteral("Demo CRM"));
        QVERIFY(crm->auth.kind == AuthKind::Bearer);
        QCOMPARE(crm->auth.secret.key, QStringLiteral("sandbox/crm/token"));

        auto env = EnvironmentStore(*ws.value()).find(QStringLiteral("Sandbox"));
        QVERIFY(env.ok());
        QVERIFY(!env->production);
        QCOMPARE(env->variable(QStringLiteral("crm_base_url"))->value, QStringLiteral("http://127.0.0.1:8710"));
        QCOMPARE(env->variable(QStringLiteral("erp_base_url"))->value, QStringLiteral("http://127.0.0.1:8711/api/v1"));
    }

    void sandboxSecretsAreSessionOnly()
    {
        SecretStore store(QStringLiteral("crmbridge-test"));
        store.setKeychainEnabled(false);
        registerSandboxSecrets(store);
        QByteArray token;
        store.read(SecretRef{QStringLiteral("sandbox/crm/token"), {}}, this,
                   [&](const Result<QByteArray> &value) { token = value ? value.value() : QByteArray("error"); });
        QTRY_VERIFY(!token.isEmpty());
        QCOMPARE(token, QByteArray("pat-na1-sandbox-crm-0000"));
    }

    void takenPortsMoveTheSandboxAndTheEnvironment()
    {
        test::TempDir dir;
        auto ws = DemoWorkspace::create(dir.file(QStringLiteral("demo.crmbridge")));
        QVERIFY(ws.ok());

        // Occupy the first port of a block we choose, so the sandbox has to move on.
        QTcpServer blocker;
        quint16 base = 0;
        for (quint16 candidate = 20110; candidate < 20900 && base == 0; candidate += 10) {
            if (blocker.listen(QHostAddress::LocalHost, candidate))
                base = candidate;
        }
        QVERIFY(base != 0);

        SandboxServer server;
        SandboxOptions options;
        options.basePort = base;
        auto started = DemoSandbox::start(server, ws.value().get(), options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        QVERIFY(started.value() != base);
        QCOMPARE((started.value() - base) % DemoSandbox::PortBlockStep, 0);
        QCOMPARE(server.system(SandboxSystemId::Crm).port, started.value());

        auto env = EnvironmentStore(*ws.value()).find(QStringLiteral("Sandbox"));
        QVERIFY(env.ok());
        QCOMPARE(env->variable(QStringLiteral("crm_base_url"))->value, QStringLiteral("http://127.0.0.1:%1").arg(started.value()));
        QCOMPARE(env->variable(QStringLiteral("marketing_base_url"))->value,
                 QStringLiteral("http://127.0.0.1:%1/3.0").arg(started.value() + 3));
        server.stop();
    }

    void analystVariablesSurviveARepoint()
    {
        test::TempDir dir;
        auto ws = DemoWorkspace::create(dir.file(QStringLiteral("demo.crmbridge")));
        QVERIFY(ws.ok());
        EnvironmentStore store(*ws.value());
        Environment env = store.find(QStringLiteral("Sandbox")).value();
        EnvironmentVariable mine;
        mine.name = QStringLiteral("region");
        mine.value = QStringLiteral("eu");
        env.variables.append(mine);
        QVERIFY(store.save(env).ok());
        QVERIFY(DemoSandbox::pointEnvironmentAt(*ws.value(), 9900).ok());
        const Environment after = store.find(QStringLiteral("Sandbox")).value();
        QCOMPARE(after.variable(QStringLiteral("region"))->value, QStringLiteral("eu"));
        QCOMPARE(after.variable(QStringLiteral("crm_base_url"))->value, QStringLiteral("http://127.0.0.1:9900"));
    }
};

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
