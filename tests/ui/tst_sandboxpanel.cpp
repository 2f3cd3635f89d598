// The Sandbox panel against a real sandbox: systems listed, faults switched, limits, reset, stop.
#include "core/sandbox/sandboxserver.h"
#include "models/sandbox/sandboxsystemsmodel.h"
#include "ui/sandbox/sandboxpanel.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace crmbridge;

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_panel = std::make_unique<SandboxPanel>(*m_server, m_prompts);
        m_panel->resize(1100, 320);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_server.reset();
    }

    void listsEverySystem()
    {
        SandboxSystemsModel *model = m_panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), SandboxSystemCount);
        QCOMPARE(model->index(0, SandboxSystemsModel::SystemColumn).data().toString(), QStringLiteral("Demo CRM"));
        const QString url = model->index(0, SandboxSystemsModel::AddressColumn).data().toString();
        QCOMPARE(url, m_server->system(SandboxSystemId::Crm).baseUrl.toString());
        QVERIFY(model->index(0, SandboxSystemsModel::SignInColumn).data().toString().startsWith(QStringLiteral("Bearer")));
        QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("sandboxState"))->text().startsWith(QStringLiteral("Running on")));
    }

    void requestCountsFollowTraffic()
    {
        QNetworkAccessManager nam;
        const SandboxSystemInfo crm = m_server->system(SandboxSystemId::Crm);
        QNetworkRequest request(QUrl(crm.baseUrl.toString() + QStringLiteral("/crm/v3/objects/contacts?limit=1")));
        request.setRawHeader("Authorization", crm.credentials.authorizationHeader());
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE(m_panel->model()->index(0, SandboxSystemsModel::RequestsColumn).data().toString(), QStringLiteral("1"));
    }

    void faultSwitchesReachTheServer()
    {
        m_panel->view()->selectRow(1); // Demo ERP
        auto *errors = m_panel->findChild<QDoubleSpinBox *>(QStringLiteral("errorRate"));
        auto *latency = m_panel->findChild<QSpinBox *>(QStringLiteral("latency"));
        errors->setValue(25);
        latency->setValue(150);
        const SandboxFaults faults = m_server->faults(SandboxSystemId::Erp);
        QCOMPARE(faults.errorRate, 0.25);
        QCOMPARE(faults.latencyMs, 150);
        QCOMPARE(m_server->faults(SandboxSystemId::Crm).errorRate, 0.0);
        QVERIFY(m_panel->model()->index(1, SandboxSystemsModel::FaultsColumn).data().toString().contains(QStringLiteral("5xx 25 %")));

        // Switching rows shows that row's faults; "Clear Faults" clears the current one.
        m_panel->view()->selectRow(0);
        QCOMPARE(errors->value(), 0.0);
        m_panel->view()->selectRow(1);
        QCOMPARE(errors->value(), 25.0);
        QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("clearFaults")), Qt::LeftButton);
        QVERIFY(!m_server->faults(SandboxSystemId::Erp).any());
        QCOMPARE(errors->value(), 0.0);
    }

    void rateLimitsSwitch()
    {
        auto *limits = m_panel->findChild<QCheckBox *>(QStringLiteral("rateLimits"));
        QVERIFY(limits->isChecked());
        limits->click();
        QVERIFY(!m_server->rateLimitsEnabled());
        limits->click();
        QVERIFY(m_server->rateLimitsEnabled());
    }

    void resetAsksFirst()
    {
        QSignalSpy reset(m_server.get(), &SandboxServer::dataReset);
        auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("resetData"));
        m_prompts.answers.enqueue(QMessageBox::Cancel);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reset.size(), 0);
        m_prompts.answers.enqueue(QMessageBox::Reset);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reset.size(), 1);
    }

    void stopAndStart()
    {
        auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("startStop"));
        QCOMPARE(button->text(), QStringLiteral("Stop"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_server->isRunning());
        QCOMPARE(button->text(), QStringLiteral("Start"));
        QCOMPARE(m_panel->model()->index(0, SandboxSystemsModel::AddressColumn).data().toString(), QStringLiteral("not running"));
        QSignalSpy startRequested(m_panel.get(), &SandboxPanel::startRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(startRequested.size(), 1); // the composition root chooses the ports
    }

private:
    ScriptedPrompts m_prompts;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxPanel> m_panel;
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
