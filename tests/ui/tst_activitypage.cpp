// The Activity page over exchanges recorded by the real HttpClient against the sandbox: rows,
// lazy fetching, filters, details, "Copy as cURL" without the secret, CSV export, charts.
#include "core/endpoints/endpoint.h"
#include "core/endpoints/environment.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/activity/activitydetails.h"
#include "models/activity/activitystats.h"
#include "models/activity/activitytablemodel.h"
#include "testsupport.h"
#include "ui/activity/activitycharts.h"
#include "ui/activity/activitydetailspane.h"
#include "ui/activity/activitypage.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>

using namespace crmbridge;

class TestActivityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1");
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_token = m_server->system(SandboxSystemId::Crm).credentials.token.toUtf8();
        QVERIFY(!m_token.isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        Workspace::CreateOptions create;
        create.name = QStringLiteral("Activity test");
        auto ws = Workspace::create(m_dir->file(QStringLiteral("test.crmbridge")), create);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());
        m_settings = std::make_unique<AppSettings>(m_dir->file(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("CRM Bridge tests"));
        m_undoGroup = std::make_unique<QUndoGroup>();
        recordTraffic();
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

    void showsTheRecordedRequests()
    {
        openPage();
        ActivityTableModel *model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        // Newest first: the 404 was sent last.
        QCOMPARE(model->index(0, ActivityTableModel::StatusColumn).data().toString(), QStringLiteral("404"));
        QCOMPARE(model->index(3, ActivityTableModel::MethodColumn).data().toString(), QStringLiteral("GET"));
        QCOMPARE(model->index(3, ActivityTableModel::EndpointColumn).data().toString(),
                 QStringLiteral("Demo CRM"));
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(!model->index(row, ActivityTableModel::UrlColumn)
                         .data()
                         .toString()
                         .contains(QString::fromUtf8(m_token)));
        }
        // Oldest first on request.
        m_page->view()->sortByColumn(ActivityTableModel::TimeColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(3, ActivityTableModel::StatusColumn).data().toString(), QStringLiteral("404"));

        // Other columns are not indexed: the time order stays, and the header says so.
        m_page->view()->sortByColumn(ActivityTableModel::UrlColumn, Qt::DescendingOrder);
        QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(),
                 int(ActivityTableModel::TimeColumn));
        QCOMPARE(model->index(3, ActivityTableModel::StatusColumn).data().toString(), QStringLiteral("404"));

        // New traffic appears on refresh, on top, without a reset.
        m_page->view()->sortByColumn(ActivityTableModel::TimeColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model->rowCount(), 4);
        send(QStringLiteral("/crm/v3/objects/companies"));
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        m_page->refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(model->index(0, ActivityTableModel::UrlColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("companies")));
    }

    void fetchesLazily()
    {
        // 1,200 more rows: the table holds one batch until the view asks for more.
        QVERIFY(m_workspace
                    ->transaction([](QSqlDatabase &db) -> Status {
                        QSqlQuery insert(db);
                        insert.prepare(QStringLiteral(
                            "INSERT INTO activity (time, endpoint, method, url, status, duration_ms, bytes, "
                            "retry) VALUES (?, 'Bulk', 'GET', ?, 200, ?, 10, 0)"));
                        for (int i = 0; i < 1200; ++i) {
                            insert.addBindValue(QStringLiteral("2026-01-01T00:%1:%2.000Z")
                                                    .arg(i / 60, 2, 10, QLatin1Char('0'))
                                                    .arg(i % 60, 2, 10, QLatin1Char('0')));
                            insert.addBindValue(QStringLiteral("http://bulk.example/items/%1").arg(i));
                            insert.addBindValue(i % 100);
                            if (!insert.exec())
                                return Error::internal(QStringLiteral("insert failed"));
                        }
                        return {};
                    })
                    .ok());
        openPage();
        ActivityTableModel *model = m_page->model();
        // (QAbstractItemModelTester fetches everything to check it: it comes last here.)
        QCOMPARE(model->rowCount(), ActivityTableModel::BatchSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(!model->canFetchMore({})); // one batch at a time
        QTRY_COMPARE(model->rowCount(), 2 * ActivityTableModel::BatchSize);
        while (model->canFetchMore({})) {
            model->fetchMore({});
            QTRY_VERIFY(!model->isLoading());
        }
        QCOMPARE(model->rowCount(), 1204);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Ids strictly decreasing across batches: no row twice, none skipped.
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->idAt(row) < model->idAt(row - 1));
    }

    void filters()
    {
        openPage();
        ActivityTableModel *model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(ActivityFilter::Status4xx)));
        emit status->activated(status->currentIndex());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ActivityTableModel::StatusColumn).data().toString(), QStringLiteral("404"));
        status->setCurrentIndex(0);
        emit status->activated(0);
        QTRY_COMPARE(model->rowCount(), 4);

        auto *url = m_page->findChild<QLineEdit *>(QStringLiteral("urlFilter"));
        QTest::keyClicks(url, QStringLiteral("limit=2"));
        QTRY_COMPARE(model->rowCount(), 1); // applied a moment after typing stops
        url->clear();
        QTRY_COMPARE(model->rowCount(), 4);
        QTest::keyClicks(url, QStringLiteral("100%_"));
        m_page->applyFilter();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0); // % and _ are text, not wildcards

        auto *endpoint = m_page->findChild<QComboBox *>(QStringLiteral("endpointFilter"));
        QVERIFY(endpoint->findData(QStringLiteral("Demo CRM")) > 0);
    }

    void detailsAndCopyAsCurlHaveNoSecret()
    {
        openPage();
        ActivityTableModel *model = m_page->model();
        m_page->view()->selectRow(3); // the first list request
        ActivityDetailsPane *details = m_page->details();
        QStandardItemModel *request = details->requestHeaders();
        QString authorization;
        for (int row = 0; row < request->rowCount(); ++row) {
            if (request->item(row, 0)->text().compare(QStringLiteral("Authorization"), Qt::CaseInsensitive)
                == 0)
                authorization = request->item(row, 1)->text();
        }
        QVERIFY2(authorization.contains(QStringLiteral("[REDACTED]")), qPrintable(authorization));
        QVERIFY(details->responseHeaders()->rowCount() > 0);
        const QString body =
            m_page->findChild<QPlainTextEdit *>(QStringLiteral("responseBody"))->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("\n    \"")),
                 qPrintable(body.left(200))); // pretty-printed JSON

        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("copyCurl")), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QStringLiteral("curl")), qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("/crm/v3/objects/contacts")));
        QVERIFY(!curl.contains(QString::fromUtf8(m_token)));
        QVERIFY(curl.contains(QStringLiteral("[REDACTED]")));
        Q_UNUSED(model);
    }

    void exportsCsvOffTheGuiThread()
    {
        openPage();
        const QString path = m_dir->file(QStringLiteral("activity.csv"));
        m_prompts.fileNames.enqueue(path);
        QSignalSpy exported(m_page->queries(), &ActivityQueryService::exported);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("exportActivity")), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(2).toString(), QString());
        QCOMPARE(exported.first().at(1).toLongLong(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Time,Endpoint,Method,URL,Status"));
        QCOMPARE(lines.size(), 6); // header, 4 rows, the empty piece after the last line break
        QVERIFY(!file.readAll().contains(m_token));
    }

    void copiesSelectionAsTsv()
    {
        openPage();
        m_page->view()->selectRow(0);
        QTest::keySequence(m_page->view(), QKeySequence::Copy);
        const QString tsv = QGuiApplication::clipboard()->text();
        const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Time\tEndpoint\tMethod\tURL\tStatus")));
        QVERIFY(lines.at(1).contains(QStringLiteral("\t404\t")));
    }

    void chartsComputeOffTheGuiThread()
    {
        openPage();
        QSignalSpy ready(m_page->queries(), &ActivityQueryService::statsReady);
        m_page->refresh();
        QVERIFY(ready.wait(30000));
        const ActivityStats stats = ready.last().first().value<ActivityStats>();
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        QCOMPARE(stats.rows, 4);
        int requests = 0;
        int client = 0;
        for (const ActivityStats::Bucket &b : stats.buckets) {
            requests += b.requests;
            client += b.client;
            QVERIFY(b.p95Ms >= b.p50Ms);
        }
        QCOMPARE(requests, 4);
        QCOMPARE(client, 1);
        QTRY_COMPARE(m_page->charts()->stats().rows, 4);
    }

    void prettyPrintsXml()
    {
        const QString xml =
            ActivityDetails::pretty(QStringLiteral("<a><b>1</b><c/></a>"), QStringLiteral("text/xml"));
        QVERIFY2(xml.contains(QStringLiteral("\n  <b>1</b>")), qPrintable(xml));
        QCOMPARE(ActivityDetails::pretty(QStringLiteral("plain text"), QString()),
                 QStringLiteral("plain text"));
    }

private:
    void openPage()
    {
        PageContext context { *m_workspace, *m_settings, m_prompts, *m_undoGroup, *m_secrets };
        m_page = std::make_unique<ActivityPage>(context);
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(!m_page->model()->isLoading()); // the first batch is read on the service's thread
    }

    void send(const QString &path, const QList<QPair<QString, QString>> &query = {})
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("Demo CRM");
        endpoint.baseUrl = QStringLiteral("{{crm_base_url}}");
        endpoint.auth.kind = AuthKind::Bearer;
        endpoint.auth.secret.key = QStringLiteral("test/crm/token");
        Environment environment;
        environment.name = QStringLiteral("Sandbox");
        environment.variables.append({ QStringLiteral("crm_base_url"),
                                       m_server->system(SandboxSystemId::Crm).baseUrl.toString(),
                                       {} });
        m_secrets->setSessionSecret(endpoint.auth.secret.key, m_token);
        ActivityRecorder recorder(*m_workspace);
        HttpClient client(endpoint);
        client.setEnvironment(environment);
        client.setSecretStore(m_secrets.get());
        client.setActivityRecorder(&recorder);
        HttpRequest request;
        request.path = path;
        request.query = query;
        HttpCall *call = client.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(recorder.flush().ok());
    }

    void recordTraffic()
    {
        send(QStringLiteral("/crm/v3/objects/contacts"),
             { { QStringLiteral("limit"), QStringLiteral("2") } });
        send(QStringLiteral("/crm/v3/objects/contacts"),
             { { QStringLiteral("limit"), QStringLiteral("3") } });
        send(QStringLiteral("/crm/v3/objects/deals"), { { QStringLiteral("limit"), QStringLiteral("1") } });
        send(QStringLiteral("/crm/v3/objects/nothing-here"));
    }

    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_token;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    ScriptedPrompts m_prompts;
    std::unique_ptr<ActivityPage> m_page;
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
