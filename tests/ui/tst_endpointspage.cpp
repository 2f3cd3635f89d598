// The Endpoints page against a real sandbox: create and edit an endpoint, undo/redo, invalid
// input shown inline, test connection (success, wrong token, port closed), production banner,
// WSDL import (endpoint with its SOAP entities) and SOAP reads on production (no question).
#include "core/common/appinfo.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/endpoints/connectiontester.h"
#include "models/endpoints/endpointlistmodel.h"
#include "models/endpoints/endpointrepository.h"
#include "models/endpoints/endpointtablemodels.h"
#include "models/endpoints/entitylistmodel.h"
#include "models/endpoints/samplerecordsmodel.h"
#include "models/endpoints/schematreemodel.h"
#include "testsupport.h"
#include "ui/endpoints/authtab.h"
#include "ui/endpoints/endpointspage.h"
#include "ui/endpoints/entitiestab.h"
#include "ui/endpoints/headerstab.h"
#include "ui/endpoints/importmenu.h"
#include "ui/endpoints/ratelimitstab.h"
#include "ui/endpoints/testpanel.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace crmbridge;

namespace {

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

} // namespace

class TestEndpointsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1"); // secrets stay in this session, never the user's keychain
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        Workspace::CreateOptions create;
        create.name = QStringLiteral("Endpoints test");
        auto ws = Workspace::create(m_dir->file(QStringLiteral("test.crmbridge")), create);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());

        EnvironmentStore environments(*m_workspace);
        Environment sandbox;
        sandbox.name = QStringLiteral("Sandbox");
        sandbox.variables.append({ QStringLiteral("crm_base_url"),
                                   m_server->system(SandboxSystemId::Crm).baseUrl.toString(),
                                   {} });
        QVERIFY(environments.save(sandbox).ok());
        Environment production;
        production.name = QStringLiteral("Production");
        production.production = true;
        production.variables.append({ QStringLiteral("crm_base_url"),
                                      m_server->system(SandboxSystemId::Crm).baseUrl.toString(),
                                      {} });
        QVERIFY(environments.save(production).ok());

        m_settings = std::make_unique<AppSettings>(m_dir->file(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("CRM Bridge tests"));
        m_undoGroup = std::make_unique<QUndoGroup>();
        PageContext context { *m_workspace, *m_settings, m_prompts, *m_undoGroup, *m_secrets };
        m_page = std::make_unique<EndpointsPage>(context);
        m_page->resize(1300, 900);
        m_page->refresh();
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_undoGroup.reset();
        m_secrets.reset();
        m_settings.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void createEditUndoRedo()
    {
        QAbstractItemModelTester tester(m_page->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = m_page->undoStack();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addEndpoint")), Qt::LeftButton);
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(m_page->listModel()->index(0, EndpointListModel::NameColumn).data().toString(),
                 QStringLiteral("New endpoint"));
        QCOMPARE(stack->count(), 1);

        // Typing a name is one undo step, however many keys.
        auto *name = find<QLineEdit>(QStringLiteral("endpointName"));
        typeInto(name, QStringLiteral("Demo CRM"));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM")).ok(), true);
        auto *url = find<QLineEdit>(QStringLiteral("baseUrl"));
        typeInto(url, QStringLiteral("{{crm_base_url}}"));
        QCOMPARE(stack->count(), 3);
        choose(find<QComboBox>(QStringLiteral("endpointKind")), int(EndpointKind::Erp));
        QCOMPARE(stack->count(), 4);
        QCOMPARE(m_page->listModel()->index(0, EndpointListModel::KindColumn).data().toString(),
                 QStringLiteral("ERP"));

        stack->undo(); // kind
        QVERIFY(EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM"))->kind == EndpointKind::Crm);
        stack->undo(); // URL
        QCOMPARE(url->text(), QStringLiteral("https://api.example.com"));
        stack->undo(); // name
        QCOMPARE(name->text(), QStringLiteral("New endpoint"));
        QCOMPARE(m_page->listModel()->index(0, EndpointListModel::NameColumn).data().toString(),
                 QStringLiteral("New endpoint"));
        stack->undo(); // add
        QCOMPARE(m_page->listModel()->rowCount(), 0);
        QVERIFY(EndpointStore(*m_workspace).list()->isEmpty());

        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(name->text(), QStringLiteral("Demo CRM"));
        QCOMPARE(url->text(), QStringLiteral("{{crm_base_url}}"));
        QCOMPARE(EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM"))->baseUrl,
                 QStringLiteral("{{crm_base_url}}"));

        // Remove and undo brings it back, entities and all; an edit recorded before still applies.
        auto *entities = m_page->entitiesTab();
        QTest::mouseClick(entities->findChild<QPushButton *>(QStringLiteral("addEntity")), Qt::LeftButton);
        QCOMPARE(entities->model()->rowCount(), 1);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("removeEndpoint")), Qt::LeftButton);
        QCOMPARE(m_page->listModel()->rowCount(), 0);
        stack->undo();
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(m_page->listModel()->index(0, EndpointListModel::EntitiesColumn).data().toInt(), 1);
        stack->undo(); // the entity
        stack->undo(); // the URL, on the restored endpoint
        QCOMPARE(EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM"))->baseUrl,
                 QStringLiteral("https://api.example.com"));
    }

    void invalidInputShownInline()
    {
        m_page->addEndpoint();
        m_page->addEndpoint();
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QVERIFY(m_page->selectEndpoint(QStringLiteral("New endpoint 2")));
        QUndoStack *stack = m_page->undoStack();
        const int before = stack->count();

        auto *name = find<QLineEdit>(QStringLiteral("endpointName"));
        auto *nameError = find<QLabel>(QStringLiteral("endpointNameError"));
        typeInto(name, QString());
        QVERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(QStringLiteral("needs a name")));
        QCOMPARE(stack->count(), before); // nothing invalid was saved
        QVERIFY(EndpointStore(*m_workspace).find(QStringLiteral("New endpoint 2")).ok());
        // Typed key by key, the last key makes it a duplicate: that state is shown, not saved.
        typeInto(name, QStringLiteral("New endpoint"));
        QVERIFY(nameError->isVisible());
        QVERIFY2(nameError->text().contains(QStringLiteral("already named")), qPrintable(nameError->text()));
        QCOMPARE(stack->count(), before + 1); // the valid prefixes, merged into one step
        QCOMPARE(EndpointStore(*m_workspace).list()->size(), 2);
        QVERIFY(EndpointStore(*m_workspace).find(QStringLiteral("New endpoin")).ok());
        typeInto(name, QStringLiteral("Valid name"));
        QVERIFY(!nameError->isVisible());

        auto *url = find<QLineEdit>(QStringLiteral("baseUrl"));
        auto *urlError = find<QLabel>(QStringLiteral("baseUrlError"));
        typeInto(url, QStringLiteral("ftp//nowhere"));
        QVERIFY(urlError->isVisible());
        QVERIFY(url->property("invalid").toBool());
        QCOMPARE(EndpointStore(*m_workspace).find(QStringLiteral("Valid name"))->baseUrl,
                 QStringLiteral("https://api.example.com"));
        typeInto(url, QStringLiteral("https://crm.example.com/api"));
        QVERIFY(!urlError->isVisible());

        // A negative request budget is refused next to the table.
        m_page->showTab(m_page->rateLimitsTab());
        RateWindowsModel *windows = m_page->rateLimitsTab()->model();
        QAbstractItemModelTester tester(windows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addRateWindow")), Qt::LeftButton);
        QCOMPARE(windows->rowCount(), 1);
        QVERIFY(!windows->setData(windows->index(0, RateWindowsModel::RequestsColumn), -5));
        auto *rateError = find<QLabel>(QStringLiteral("rateLimitError"));
        QVERIFY(rateError->isVisible());
        QVERIFY(windows->setData(windows->index(0, RateWindowsModel::RequestsColumn), 100));
        QVERIFY(!rateError->isVisible());
        QCOMPARE(EndpointStore(*m_workspace)
                     .find(QStringLiteral("Valid name"))
                     ->rateLimit.windows.first()
                     .requests,
                 100);

        // Headers: an invalid name is refused inline; a valid edit is one undo step.
        m_page->showTab(m_page->headersTab());
        HeadersModel *headers = m_page->headersTab()->model();
        QAbstractItemModelTester headersTester(headers,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(headers->insertRows(0, 1));
        QVERIFY(!headers->setData(headers->index(0, HeadersModel::NameColumn), QStringLiteral("bad name")));
        QVERIFY(find<QLabel>(QStringLiteral("headersError"))->isVisible());
        QVERIFY(headers->setData(headers->index(0, HeadersModel::ValueColumn), QStringLiteral("{{tenant}}")));
        QCOMPARE(EndpointStore(*m_workspace).find(QStringLiteral("Valid name"))->headers.first().value,
                 QStringLiteral("{{tenant}}"));
        stack->undo();
        QCOMPARE(headers->index(0, HeadersModel::ValueColumn).data().toString(), QString());
    }

    void tlsSelfSignedIsVisiblyMarked()
    {
        m_page->addEndpoint();
        auto *check = find<QCheckBox>(QStringLiteral("allowSelfSigned"));
        auto *warning = find<QLabel>(QStringLiteral("selfSignedWarning"));
        QVERIFY(!check->isChecked()); // verification on by default
        QVERIFY(!warning->isVisible());
        check->click();
        QVERIFY(warning->isVisible());
        QVERIFY(EndpointStore(*m_workspace).find(QStringLiteral("New endpoint"))->tls.allowSelfSigned);
        m_page->undoStack()->undo();
        QVERIFY(!check->isChecked());
        QVERIFY(!warning->isVisible());
    }

    void testConnectionSucceeds()
    {
        createCrmEndpoint(
            QString::fromLatin1(m_server->system(SandboxSystemId::Crm).credentials.token.toLatin1()));
        // The secret went to the session store, and the workspace only names it.
        QVERIFY(find<QLabel>(QStringLiteral("secretState"))->text().contains(QStringLiteral("session")));
        const Endpoint saved = EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM")).value();
        QVERIFY(saved.auth.kind == AuthKind::Bearer);
        QVERIFY(!saved.auth.secret.key.isEmpty());
        QVERIFY(!EndpointJson::toBytes(saved).contains(
            m_server->system(SandboxSystemId::Crm).credentials.token.toLatin1()));

        const ConnectionTestResult result = runTest();
        QVERIFY2(result.ok(), qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        QCOMPARE(result.status, 200);
        QVERIFY(result.records.size() > 0);
        QCOMPARE(find<QLabel>(QStringLiteral("testStatus"))->text().left(8), QStringLiteral("HTTP 200"));
        SampleRecordsModel *sample = m_page->testPanel()->sampleModel();
        QAbstractItemModelTester tester(sample, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(sample->rowCount() > 0);
        QVERIFY(sample->fieldPaths().contains(QStringLiteral("properties.email")));
        QVERIFY(m_page->testPanel()->headersModel()->rowCount() > 0);
        QCOMPARE(m_page->entitiesTab()->sampleModel()->rowCount(), sample->rowCount());
        QVERIFY(m_page->activity().flush().ok());
        auto recorded = ActivityRecorder::recent(*m_workspace, 10);
        QVERIFY(recorded.ok() && !recorded->isEmpty());
    }

    void wrongTokenNamesTheCredential()
    {
        createCrmEndpoint(QStringLiteral("pat-wrong-token"));
        const ConnectionTestResult result = runTest();
        QCOMPARE(result.status, 401);
        QVERIFY2(result.problem == ConnectionTestResult::Problem::Unauthorized,
                 qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        auto *diagnosis = find<QLabel>(QStringLiteral("testDiagnosis"));
        QVERIFY(diagnosis->isVisible());
        QVERIFY2(diagnosis->text().contains(QStringLiteral("Bearer token")), qPrintable(diagnosis->text()));
        QVERIFY(diagnosis->text().contains(QStringLiteral("endpoint/Demo CRM/secret")));
        QVERIFY(!diagnosis->text().contains(QStringLiteral("pat-wrong-token")));
    }

    void portClosedIsConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_page->addEndpoint();
        typeInto(find<QLineEdit>(QStringLiteral("baseUrl")), QStringLiteral("http://127.0.0.1:%1").arg(port));
        const ConnectionTestResult result = runTest();
        QVERIFY2(result.problem == ConnectionTestResult::Problem::Refused,
                 qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        QVERIFY2(find<QLabel>(QStringLiteral("testDiagnosis"))
                     ->text()
                     .contains(QStringLiteral("Connection refused")),
                 qPrintable(find<QLabel>(QStringLiteral("testDiagnosis"))->text()));
    }

    void wrongRecordsPathIsExplained()
    {
        createCrmEndpoint(
            QString::fromLatin1(m_server->system(SandboxSystemId::Crm).credentials.token.toLatin1()));
        typeInto(find<QLineEdit>(QStringLiteral("recordsPath")), QStringLiteral("items"));
        const ConnectionTestResult result = runTest();
        QVERIFY2(result.problem == ConnectionTestResult::Problem::UnexpectedBody,
                 qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        QVERIFY2(result.diagnosis.contains(QStringLiteral("results")), qPrintable(result.diagnosis));
    }

    void productionEnvironmentShowsTheBanner()
    {
        auto *environment = find<QComboBox>(QStringLiteral("testEnvironment"));
        auto *banner = find<QLabel>(QStringLiteral("productionBanner"));
        QCOMPARE(environment->currentData().toString(),
                 QStringLiteral("Sandbox")); // not production by default
        QVERIFY(!banner->isVisible());
        environment->setCurrentIndex(environment->findData(QStringLiteral("Production")));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
    }

    void discoversTheSchemaFromTheSample()
    {
        createCrmEndpoint(
            QString::fromLatin1(m_server->system(SandboxSystemId::Crm).credentials.token.toLatin1()));
        QVERIFY(runTest().ok());
        auto *discover = find<QPushButton>(QStringLiteral("discoverSchema"));
        QVERIFY(discover->isEnabled());
        SchemaTreeModel *schema = m_page->entitiesTab()->schemaModel();
        QAbstractItemModelTester tester(schema, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(schema->rowCount(), 0);
        QTest::mouseClick(discover, Qt::LeftButton);
        QVERIFY(schema->rowCount() > 0);
        QVERIFY(schema->fieldCount() > 3);
        const Entity saved = EndpointStore(*m_workspace)
                                 .findEntity(QStringLiteral("Demo CRM"), QStringLiteral("contacts"))
                                 .value();
        QVERIFY(saved.schema.contains(QStringLiteral("fields")));
        m_page->undoStack()->undo();
        QCOMPARE(schema->rowCount(), 0);
        QVERIFY(EndpointStore(*m_workspace)
                    .findEntity(QStringLiteral("Demo CRM"), QStringLiteral("contacts"))
                    ->schema.isEmpty());
    }

    void writeToProductionAsksFirst()
    {
        createCrmEndpoint(
            QString::fromLatin1(m_server->system(SandboxSystemId::Crm).credentials.token.toLatin1()));
        auto *method = find<QComboBox>(QStringLiteral("listMethod"));
        method->setCurrentIndex(method->findText(QStringLiteral("POST")));
        emit method->activated(method->currentIndex());
        typeInto(find<QLineEdit>(QStringLiteral("listPath")),
                 QStringLiteral("/crm/v3/objects/contacts/search"));
        auto *environment = find<QComboBox>(QStringLiteral("testEnvironment"));
        environment->setCurrentIndex(environment->findData(QStringLiteral("Production")));

        QSignalSpy started(&m_page->tester(), &ConnectionTester::started);
        m_prompts.answers.enqueue(QMessageBox::Cancel);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY(m_prompts.answers.isEmpty()); // it asked
        QCOMPARE(started.size(), 0); // and sent nothing

        m_prompts.answers.enqueue(QMessageBox::Yes);
        const ConnectionTestResult result = runTest();
        QVERIFY(m_prompts.answers.isEmpty());
        QVERIFY2(result.status > 0,
                 qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail)); // it reached the server
    }

    void demoWorkspaceEndpointsConnect()
    {
        // The real window on the demo workspace: its endpoints talk to the sandbox it starts.
        AppInfo::apply();
        QFile::remove(AppInfo::demoWorkspacePath());
        ApplicationOptions options;
        options.settingsFile = m_dir->file(QStringLiteral("app.ini"));
        options.language = QStringLiteral("en");
        options.prompts = &m_prompts;
        Application app(options);
        app.start();
        QVERIFY(app.window()->showPage(QStringLiteral("endpoints")));
        auto *page = qobject_cast<EndpointsPage *>(app.window()->currentPage());
        QVERIFY(page);
        QVERIFY(page->listModel()->rowCount() >= 4);
        QVERIFY(page->selectEndpoint(QStringLiteral("Demo CRM")));
        page->entitiesTab()->selectEntity(QStringLiteral("contacts"));
        QVERIFY(page->entitiesTab()->currentEntity().has_value());
        QSignalSpy finished(&page->tester(), &ConnectionTester::finished);
        page->testConnection();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ConnectionTestResult>();
        QVERIFY2(result.ok(), qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.records.isEmpty());
        QVERIFY(app.window()->showPage(QStringLiteral("activity")));
    }

    void importsAreOneUndoStep()
    {
        ImportMenu *menu = m_page->importMenu();
        QUndoStack *stack = m_page->undoStack();
        // A vendor template: endpoint, entities and its environment, in one step.
        menu->addTemplate(QStringLiteral("hubspot"));
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(stack->count(), 1);
        const Endpoint hubspot = EndpointStore(*m_workspace).list()->first();
        QVERIFY(EndpointStore(*m_workspace).entities(hubspot.name)->size() > 0);
        const int environments = int(EnvironmentStore(*m_workspace).list()->size());
        stack->undo();
        QCOMPARE(m_page->listModel()->rowCount(), 0);
        QVERIFY(EnvironmentStore(*m_workspace).list()->size() <= environments);
        stack->redo();
        QCOMPARE(m_page->listModel()->rowCount(), 1);

        // An OpenAPI document from the fixtures.
        menu->importOpenApi(QStringLiteral(CRMBRIDGE_FIXTURES_DIR "/importers/openapi-erp.yaml"));
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QVERIFY(m_page->entitiesTab()->model()->rowCount() > 0); // the new endpoint is selected

        // A cURL command: its token goes to the secret store, not into the workspace.
        menu->importCurl(QStringLiteral("curl -H 'Authorization: Bearer tok-123-secret' "
                                        "'https://api.example.org/v2/customers?limit=5'"));
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        const Endpoint curl = EndpointStore(*m_workspace).find(QStringLiteral("api.example.org")).value();
        QCOMPARE(curl.baseUrl, QStringLiteral("https://api.example.org"));
        QVERIFY(curl.auth.kind == AuthKind::Bearer);
        QVERIFY(!EndpointJson::toBytes(curl).contains("tok-123-secret"));
        QCOMPARE(EndpointStore(*m_workspace).entities(curl.name)->first().list.path,
                 QStringLiteral("/v2/customers"));
        QTRY_VERIFY(
            find<QLabel>(QStringLiteral("endpointsNote"))->text().contains(QStringLiteral("session")));

        // A file that is not what it claims: the reason is shown, nothing is added.
        menu->importOpenApi(QStringLiteral(CRMBRIDGE_FIXTURES_DIR "/importers/orderservice.wsdl"));
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QVERIFY(find<QLabel>(QStringLiteral("endpointsNote"))->isVisible());
    }

    void importsTheSandboxWsdlWithItsEntities()
    {
        // The menu's "WSDL File…" on the sandbox ERP's own WSDL: the endpoint keeps the service
        // and gets its entities, as `endpoint import-wsdl` does, in one undo step.
        const QString name = importSandboxWsdl();
        QVERIFY(!name.isEmpty());
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(m_page->undoStack()->count(), 1);
        const Endpoint soap = EndpointStore(*m_workspace).find(name).value();
        QVERIFY(soap.protocol == Protocol::SoapXml);
        QVERIFY(!soap.soapService.isEmpty());
        const auto orders = EndpointStore(*m_workspace).findEntity(name, QStringLiteral("orders"));
        QVERIFY2(orders.ok(), qPrintable(orders ? QString() : orders.error().message()));
        QCOMPARE(orders->list.path, QStringLiteral("ListOrders"));
        QCOMPARE(orders->get.path, QStringLiteral("GetOrder"));
        QVERIFY(m_page->entitiesTab()->model()->rowCount() > 0); // shown on the Entities tab
        const QString note = find<QLabel>(QStringLiteral("endpointsNote"))->text();
        QVERIFY2(!note.contains(QStringLiteral("not kept")), qPrintable(note));

        m_page->undoStack()->undo();
        QCOMPARE(m_page->listModel()->rowCount(), 0);
        QVERIFY(!EndpointStore(*m_workspace).findEntity(name, QStringLiteral("orders")).ok());
    }

    void importsAWsdlFromAUrl()
    {
        // "WSDL from a URL…": the address typed in the prompt is downloaded without blocking and
        // imported like a file; a refused address says so and adds nothing.
        QAction *action = nullptr;
        for (QAction *a : m_page->importMenu()->actions()) {
            if (a->text().startsWith(QStringLiteral("WSDL from a URL")))
                action = a;
        }
        QVERIFY(action);
        QSignalSpy imported(m_page->importMenu(), &ImportMenu::imported);
        m_prompts.texts.enqueue(m_server->system(SandboxSystemId::Erp).baseUrl.toString()
                                + QStringLiteral("/soap/OrderService?wsdl"));
        action->trigger();
        QVERIFY(m_prompts.texts.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() && imported.last().first().toLongLong() != 0, 30000);
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        const qint64 id = imported.last().first().toLongLong();
        QString name;
        const QList<Endpoint> endpoints = EndpointStore(*m_workspace).list().value();
        for (const Endpoint &e : endpoints) {
            if (e.id == id)
                name = e.name;
        }
        QVERIFY(!name.isEmpty());
        QVERIFY(EndpointStore(*m_workspace).find(name)->protocol == Protocol::SoapXml);
        QVERIFY(EndpointStore(*m_workspace).findEntity(name, QStringLiteral("orders")).ok());

        imported.clear();
        m_prompts.texts.enqueue(QStringLiteral("http://127.0.0.1:1/nothing?wsdl"));
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(imported.size() >= 2, 30000); // "Downloading…", then the failure
        QCOMPARE(imported.last().first().toLongLong(), 0);
        QVERIFY2(imported.last().last().toString().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(imported.last().last().toString()));
        QCOMPARE(m_page->listModel()->rowCount(), 1);
    }

    void soapReadOnProductionAsksNothing()
    {
        const QString name = importSandboxWsdl();
        QVERIFY(!name.isEmpty());
        QVERIFY(m_page->selectEndpoint(name));
        const SandboxCredentials erp = m_server->system(SandboxSystemId::Erp).credentials;
        m_page->showTab(m_page->authTab());
        choose(find<QComboBox>(QStringLiteral("authKind")), int(AuthKind::Basic));
        typeInto(find<QLineEdit>(QStringLiteral("authUsername")), erp.username);
        typeInto(find<QLineEdit>(QStringLiteral("secretValue")), erp.password);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("storeSecret")), Qt::LeftButton);
        QTRY_VERIFY(
            !find<QLabel>(QStringLiteral("secretState"))->text().startsWith(QStringLiteral("Storing")));
        m_page->showTab(m_page->entitiesTab());
        m_page->entitiesTab()->selectEntity(QStringLiteral("orders"));
        QCOMPARE(m_page->entitiesTab()->currentEntity()->list.path, QStringLiteral("ListOrders"));
        auto *environment = find<QComboBox>(QStringLiteral("testEnvironment"));
        environment->setCurrentIndex(environment->findData(QStringLiteral("Production")));

        // ListOrders reads: no question, and the test runs and brings records.
        QSignalSpy started(&m_page->tester(), &ConnectionTester::started);
        QSignalSpy finished(&m_page->tester(), &ConnectionTester::finished);
        m_prompts.answers.enqueue(QMessageBox::Cancel);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnection")), Qt::LeftButton);
        QCOMPARE(m_prompts.answers.size(), 1); // nothing was asked
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ConnectionTestResult>();
        QVERIFY2(result.ok(), qPrintable(result.diagnosis + QLatin1Char(' ') + result.detail));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.records.isEmpty());

        // A write operation as the list operation still asks (and Cancel sends nothing).
        typeInto(find<QLineEdit>(QStringLiteral("listPath")), QStringLiteral("CreateOrder"));
        QCOMPARE(m_page->entitiesTab()->currentEntity()->list.path, QStringLiteral("CreateOrder"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY(m_prompts.answers.isEmpty()); // it asked
        QCOMPARE(started.size(), 1); // and sent nothing more
    }

    void schemaTreeShowsFields()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("properties"),
              QJsonObject {
                  { QStringLiteral("id"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
                  { QStringLiteral("properties"),
                    QJsonObject {
                        { QStringLiteral("type"), QStringLiteral("object") },
                        { QStringLiteral("properties"),
                          QJsonObject { { QStringLiteral("email"),
                                          QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                                                        { QStringLiteral("format"),
                                                          QStringLiteral("email") } } } } } } } } } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.fieldCount(), 2);
        const QModelIndex nested = model.index(1, 0);
        QCOMPARE(nested.data().toString(), QStringLiteral("properties"));
        QCOMPARE(model.rowCount(nested), 1);
        QCOMPARE(model.index(0, SchemaTreeModel::DetailColumn, nested).data().toString(),
                 QStringLiteral("email"));
    }

private:
    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    void createCrmEndpoint(const QString &token)
    {
        m_page->addEndpoint();
        typeInto(find<QLineEdit>(QStringLiteral("endpointName")), QStringLiteral("Demo CRM"));
        typeInto(find<QLineEdit>(QStringLiteral("baseUrl")), QStringLiteral("{{crm_base_url}}"));
        m_page->showTab(m_page->authTab());
        choose(find<QComboBox>(QStringLiteral("authKind")), int(AuthKind::Bearer));
        typeInto(find<QLineEdit>(QStringLiteral("secretValue")), token);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("storeSecret")), Qt::LeftButton);
        QTRY_VERIFY(
            !find<QLabel>(QStringLiteral("secretState"))->text().startsWith(QStringLiteral("Storing")));
        QVERIFY(find<QLineEdit>(QStringLiteral("secretValue"))->text().isEmpty());

        m_page->showTab(m_page->entitiesTab());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addEntity")), Qt::LeftButton);
        QAbstractItemModelTester tester(m_page->entitiesTab()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        typeInto(find<QLineEdit>(QStringLiteral("entityName")), QStringLiteral("contacts"));
        typeInto(find<QLineEdit>(QStringLiteral("listPath")), QStringLiteral("/crm/v3/objects/contacts"));
        typeInto(find<QLineEdit>(QStringLiteral("recordsPath")), QStringLiteral("results"));
        typeInto(find<QLineEdit>(QStringLiteral("pageSizeParam")), QStringLiteral("limit"));
        const auto entity = m_page->entitiesTab()->currentEntity();
        QVERIFY(entity.has_value());
        QCOMPARE(entity->name, QStringLiteral("contacts"));
        QCOMPARE(entity->list.path, QStringLiteral("/crm/v3/objects/contacts"));
    }

    /// Downloads the running sandbox's WSDL to a file and imports it with the menu's "WSDL
    /// File…" action; returns the new endpoint's name (empty on failure).
    QString importSandboxWsdl()
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(
            QUrl(m_server->system(SandboxSystemId::Erp).baseUrl.toString() + QStringLiteral("/soap/OrderService?wsdl"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(30000) || reply->error() != QNetworkReply::NoError) {
            qWarning("WSDL download failed: %s", qPrintable(reply->errorString()));
            return {};
        }
        const QString path = m_dir->file(QStringLiteral("orderservice.wsdl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0)
            return {};
        file.close();
        delete reply;

        QAction *action = nullptr;
        for (QAction *a : m_page->importMenu()->actions()) {
            if (a->text().startsWith(QStringLiteral("WSDL File")))
                action = a;
        }
        if (!action)
            return {};
        QSignalSpy imported(m_page->importMenu(), &ImportMenu::imported);
        m_prompts.fileNames.enqueue(path);
        action->trigger();
        if (imported.isEmpty() || imported.last().first().toLongLong() == 0)
            return {};
        const qint64 id = imported.last().first().toLongLong();
        const auto all = EndpointStore(*m_workspace).list();
        for (const Endpoint &e : all.value()) {
            if (e.id == id)
                return e.name;
        }
        return {};
    }

    ConnectionTestResult runTest()
    {
        QSignalSpy finished(&m_page->tester(), &ConnectionTester::finished);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnection")), Qt::LeftButton);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ConnectionTestResult>();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    ScriptedPrompts m_prompts;
    std::unique_ptr<EndpointsPage> m_page;
};

QTEST_MAIN(TestEndpointsPage)
#include "tst_endpointspage.moc"
