// The Orders page against the real sandbox ERP over loopback HTTP: import the ERP's orders into
// a demo workspace, step one (sync) and read its timeline, bulk-step two, see a guard block a
// step with its reason, a 412 with both versions and "Refresh and retry", the outbox's retry and
// discard, and the lifecycle editor's edits, validation, undo and diagram.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/environment.h"
#include "core/endpoints/secretstore.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderdemoseeder.h"
#include "core/orders/orderservice.h"
#include "core/orders/outboxworker.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/orders/lifecycledocument.h"
#include "models/orders/lifecyclelayout.h"
#include "models/orders/lifecyclemodels.h"
#include "models/orders/orderlistmodel.h"
#include "models/orders/outboxmodel.h"
#include "models/orders/timelinemodel.h"
#include "testsupport.h"
#include "ui/orders/lifecyclediagram.h"
#include "ui/orders/lifecycleeditor.h"
#include "ui/orders/orderdetailpane.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/orderstab.h"
#include "ui/orders/outboxview.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace crmbridge;
using namespace crmbridge::orders;
using namespace Qt::StringLiterals;

class TestOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1");
        registerSandboxDemoSeeder();
        registerOrderDemoSeeder();
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        auto ws = DemoWorkspace::create(m_dir->file(u"demo.crmbridge"_s));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());
        pointSandboxEnvironment();
        m_settings = std::make_unique<AppSettings>(m_dir->file(u"settings.ini"_s));
        m_secrets = std::make_unique<SecretStore>(u"CRM Bridge tests"_s);
        m_secrets->setKeychainEnabled(false);
        registerSandboxSecrets(*m_secrets);
        registerOrderDemoSecrets(*m_secrets);
        m_undoGroup = std::make_unique<QUndoGroup>();
        m_prompts = std::make_unique<ScriptedPrompts>();
    }

    void cleanup()
    {
        m_page.reset();
        m_undoGroup.reset();
        m_prompts.reset();
        m_secrets.reset();
        m_settings.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void fitsASmallWindow()
    {
        // The page never forces the window to be taller or wider than a laptop screen.
        openPage();
        const QSize minimum = m_page->minimumSizeHint();
        QVERIFY2(minimum.height() <= 400 && minimum.width() <= 800,
                 qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    void importsStepsAndShowsTheTimeline()
    {
        openPage();
        importErpOrders();
        OrdersTab *tab = m_page->ordersTab();
        QAbstractItemModelTester listTester(tab->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<qint64> ready = ordersReadyFor(u"process"_s, 1);
        QCOMPARE(ready.size(), 1);
        const qint64 id = ready.first();
        tab->selectOrders({ id });
        QCOMPARE(tab->selectedOrderIds(), QList<qint64> { id });
        QCOMPARE(tab->details()->orderId(), id);
        // The import is the first line of the timeline.
        TimelineModel *timeline = tab->details()->timeline();
        QAbstractItemModelTester timelineTester(timeline,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->index(0, TimelineModel::OutcomeColumn).data().toString(), u"imported"_s);

        QPushButton *process = tab->transitionButton(u"process"_s);
        QVERIFY(process);
        QVERIFY(process->isEnabled());
        chooseMode(u"sync"_s);
        QSignalSpy done(tab, &OrdersTab::stepDone);
        QTest::mouseClick(process, Qt::LeftButton);
        QVERIFY(done.wait(20000));
        const auto result = done.first().first().value<StepResult>();
        QVERIFY2(result.ok(), qPrintable(tab->message()->text()));

        // The list shows the new state; the timeline has the step with what was sent and answered.
        const int row = tab->model()->rowOf(id);
        QCOMPARE(tab->model()->orderAt(row).state, u"processing"_s);
        QCOMPARE(tab->model()->index(row, OrderListModel::StateColumn).data().toString(), u"Processing"_s);
        QTRY_VERIFY(timeline->rowCount() >= 2);
        const int last = timeline->rowCount() - 1;
        QCOMPARE(timeline->index(last, TimelineModel::TransitionColumn).data().toString(), u"process"_s);
        QCOMPARE(timeline->index(last, TimelineModel::ModeColumn).data().toString(), u"sync"_s);
        QCOMPARE(timeline->index(last, TimelineModel::OutcomeColumn).data().toString(), u"applied"_s);
        QCOMPARE(timeline->index(last, TimelineModel::StatesColumn).data().toString(),
                 u"created → processing"_s);
        QCOMPARE(timeline->index(last, TimelineModel::StatusColumn).data().toString(), u"200"_s);
        QVERIFY(!timeline->index(last, TimelineModel::ActorColumn).data().toString().isEmpty());
        QCOMPARE(tab->details()->timelineView()->currentIndex().row(), last);
        const QString sent = tab->details()->requestText()->toPlainText();
        QVERIFY2(sent.startsWith(u"PATCH "_s), qPrintable(sent));
        QVERIFY2(sent.contains(u"If-Match"_s), qPrintable(sent));
        QVERIFY2(sent.contains(u"\"status\": \"PROC\""_s), qPrintable(sent)); // pretty-printed body
        const QString answer = tab->details()->responseText()->toPlainText();
        QVERIFY2(answer.startsWith(u"HTTP 200"_s), qPrintable(answer));
        QVERIFY2(answer.contains(u"\"status\": \"PROC\""_s), qPrintable(answer));

        // From processing, the order offers ship (and hold, cancel), not process.
        QVERIFY(!tab->transitionButton(u"process"_s));
        QVERIFY(tab->transitionButton(u"ship"_s));

        // The state filter.
        QComboBox *state = tab->stateFilter();
        state->setCurrentIndex(state->findData(u"processing"_s));
        emit state->activated(state->currentIndex());
        QVERIFY(tab->model()->rowCount() >= 1);
        for (int r = 0; r < tab->model()->rowCount(); ++r)
            QCOMPARE(tab->model()->orderAt(r).state, u"processing"_s);
        QVERIFY(tab->model()->rowOf(id) >= 0);
        QCOMPARE(tab->selectedOrderIds(), QList<qint64> { id }); // the selection survives the filter
    }

    void bulkStepsTwo()
    {
        openPage();
        importErpOrders();
        OrdersTab *tab = m_page->ordersTab();
        const QList<qint64> ready = ordersReadyFor(u"process"_s, 2);
        QCOMPARE(ready.size(), 2);
        tab->selectOrders(ready);
        QCOMPARE(tab->selectedOrderIds(), ready);
        QPushButton *process = tab->transitionButton(u"process"_s);
        QVERIFY(process && process->isEnabled());
        chooseMode(u"sync"_s);
        QSignalSpy bulk(tab, &OrdersTab::bulkDone);
        QTest::mouseClick(process, Qt::LeftButton);
        QVERIFY(tab->bulkProgress()->isVisible() || !tab->isVisible());
        QVERIFY(bulk.wait(30000));
        QCOMPARE(bulk.first().at(0).toInt(), 2);
        QCOMPARE(bulk.first().at(1).toInt(), 0);
        QCOMPARE(tab->bulkProgress()->value(), 2);
        QStandardItemModel *results = tab->bulkResults();
        QCOMPARE(results->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(results->item(r, 2)->text(), u"done"_s);
        for (qint64 id : ready)
            QCOMPARE(tab->model()->orderAt(tab->model()->rowOf(id)).state, u"processing"_s);
    }

    void aGuardBlocksWithItsReason()
    {
        openPage();
        Order local;
        local.data = QJsonObject { { u"total"_s, 0 },
                                   { u"currency"_s, u"EUR"_s },
                                   { u"erp_id"_s, u"999"_s },
                                   { u"lines"_s, QJsonArray {} } };
        auto added = m_page->service()->addOrder(local);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message()));
        OrdersTab *tab = m_page->ordersTab();
        QTRY_VERIFY(tab->model()->rowOf(added->id) >= 0);
        tab->selectOrders({ added->id });
        QPushButton *process = tab->transitionButton(u"process"_s);
        QVERIFY(process);
        QVERIFY(!process->isEnabled());
        QVERIFY(!process->toolTip().isEmpty());
        QVERIFY2(tab->blockedReason()->text().contains(process->text()),
                 qPrintable(tab->blockedReason()->text()));
        QCOMPARE(tab->model()
                     ->index(tab->model()->rowOf(added->id), OrderListModel::SourceColumn)
                     .data()
                     .toString(),
                 u"Local"_s);
    }

    void staleEtagShowsBothVersionsAndRetries()
    {
        openPage();
        importErpOrders();
        OrdersTab *tab = m_page->ordersTab();
        const qint64 id = ordersReadyFor(u"process"_s, 1).value(0);
        QVERIFY(id > 0);
        chooseMode(u"sync"_s);
        tab->selectOrders({ id });
        QSignalSpy done(tab, &OrdersTab::stepDone);
        tab->stepSelected(u"process"_s);
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().first().value<StepResult>().ok());
        // Our ETag goes stale (as when someone changed the order in the ERP).
        QVERIFY(m_page->service()->setFields(id, QJsonObject { { u"erp_etag"_s, u"\"stale-0\""_s } }).ok());
        done.clear();
        tab->stepSelected(u"ship"_s);
        QVERIFY(done.wait(20000));
        const auto conflict = done.first().first().value<StepResult>();
        QCOMPARE(int(conflict.failure), int(StepResult::Failure::Conflict));
        OrderDetailPane *details = tab->details();
        QVERIFY(details->conflictShown());
        QVERIFY(details->localVersion()->toPlainText().contains(u"stale-0"_s));
        QVERIFY(details->serverVersion()->toPlainText().contains(u"PROC"_s));
        QCOMPARE(tab->model()->orderAt(tab->model()->rowOf(id)).state, u"processing"_s);

        done.clear();
        QTest::mouseClick(details->findChild<QPushButton *>(u"refreshAndRetry"_s), Qt::LeftButton);
        QVERIFY(!details->conflictShown());
        QVERIFY(done.wait(20000));
        const auto retried = done.first().first().value<StepResult>();
        QVERIFY2(retried.ok(), qPrintable(tab->message()->text()));
        QCOMPARE(tab->model()->orderAt(tab->model()->rowOf(id)).state, u"shipped"_s);
        TimelineModel *timeline = details->timeline();
        QStringList outcomes;
        for (int r = 0; r < timeline->rowCount(); ++r)
            outcomes << timeline->index(r, TimelineModel::OutcomeColumn).data(RawValueRole).toString();
        QVERIFY2(outcomes.contains(u"conflict"_s) && outcomes.contains(u"refreshed"_s),
                 qPrintable(outcomes.join(u',')));
    }

    void outboxRetryAndDiscard()
    {
        openPage();
        importErpOrders();
        m_page->worker()->stop(); // the entries stay pending while the test looks at them
        OrdersTab *tab = m_page->ordersTab();
        const QList<qint64> ready = ordersReadyFor(u"process"_s, 2);
        QCOMPARE(ready.size(), 2);
        chooseMode(u"async"_s);
        QSignalSpy done(tab, &OrdersTab::stepDone);
        for (qint64 id : ready) {
            tab->selectOrders({ id });
            done.clear();
            tab->stepSelected(u"process"_s);
            QVERIFY(done.wait(20000));
            const auto result = done.first().first().value<StepResult>();
            QVERIFY2(result.ok(), qPrintable(tab->message()->text()));
            QCOMPARE(result.order.state, u"processing"_s); // the state changed with the outbox row
        }
        OutboxView *outbox = m_page->outboxView();
        m_page->tabs()->setCurrentIndex(OrdersPage::OutboxTabIndex);
        OutboxModel *model = outbox->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(model->entryAt(r).state, OutboxEntry::State::Pending);
        const qint64 first = model->entryAt(0).id;
        const qint64 second = model->entryAt(1).id;

        // Discard asks first; "Cancel" keeps the entry.
        QVERIFY(outbox->selectEntry(first));
        m_prompts->answers.enqueue(QMessageBox::Cancel);
        QTest::mouseClick(outbox->findChild<QPushButton *>(u"discardOutbox"_s), Qt::LeftButton);
        QCOMPARE(model->entryAt(model->rowOf(first)).state, OutboxEntry::State::Pending);
        m_prompts->answers.enqueue(QMessageBox::Discard);
        QTest::mouseClick(outbox->findChild<QPushButton *>(u"discardOutbox"_s), Qt::LeftButton);
        QCOMPARE(model->entryAt(model->rowOf(first)).state, OutboxEntry::State::Discarded);
        QVERIFY(m_prompts->answers.isEmpty());

        // Retry makes the other due now; the worker delivers it.
        QVERIFY(outbox->selectEntry(second));
        QTest::mouseClick(outbox->findChild<QPushButton *>(u"retryOutbox"_s), Qt::LeftButton);
        QVERIFY(!outbox->message()->text().isEmpty());
        m_page->worker()->start();
        QTRY_COMPARE_WITH_TIMEOUT(model->entryAt(model->rowOf(second)).state, OutboxEntry::State::Delivered,
                                  20000);
        QCOMPARE(model->entryAt(model->rowOf(first)).state, OutboxEntry::State::Discarded);

        // The filter.
        QComboBox *filter = outbox->stateFilter();
        filter->setCurrentIndex(filter->findData(int(OutboxEntry::State::Delivered)));
        emit filter->activated(filter->currentIndex());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0).id, second);
    }

    void lifecycleEditorEditsValidatesAndUndoes()
    {
        openPage();
        LifecycleEditor *editor = m_page->lifecycleEditor();
        LifecycleTransitionsModel *transitions = editor->transitionsModel();
        LifecycleStatesModel *states = editor->statesModel();
        QAbstractItemModelTester t1(transitions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(states, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = m_page->undoStack();
        QVERIFY(stack);
        const int processRow = rowOf(transitions, u"process"_s);
        QVERIFY(processRow >= 0);
        const QModelIndex guard = transitions->index(processRow, LifecycleTransitionsModel::GuardColumn);
        const QString before = guard.data().toString();

        // A valid edit is saved to the workspace at once.
        QVERIFY(transitions->setData(guard, u"total > 100"_s));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(LifecycleStore(*m_workspace).load()->transition(u"process"_s)->guard, u"total > 100"_s);
        QVERIFY(editor->issuesList()->count() == 0 || !m_page->lifecycle()->hasErrors());

        // A guard that does not compile is shown inline and not saved.
        QVERIFY(transitions->setData(guard, u"total >"_s));
        QVERIFY(m_page->lifecycle()->hasErrors());
        QVERIFY(
            transitions->index(processRow, LifecycleTransitionsModel::ProblemsColumn).data().toString().size()
            > 0);
        QVERIFY(transitions->index(processRow, 0).data(HasErrorRole).toBool());
        QVERIFY(editor->issuesList()->count() > 0);
        QVERIFY(editor->statusLabel()->text().contains(u"Not saved"_s));
        QCOMPARE(LifecycleStore(*m_workspace).load()->transition(u"process"_s)->guard, u"total > 100"_s);

        // An invalid mode is refused with a reason.
        QSignalSpy refused(transitions, &LifecycleTransitionsModel::editRefused);
        QVERIFY(!transitions->setData(transitions->index(processRow, LifecycleTransitionsModel::ModeColumn),
                                      u"later"_s));
        QCOMPARE(refused.size(), 1);

        // Undo twice: back to the original, saved.
        QTest::mouseClick(editor->findChild<QPushButton *>(u"lifecycleUndo"_s), Qt::LeftButton);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"lifecycleUndo"_s), Qt::LeftButton);
        QCOMPARE(transitions->index(processRow, LifecycleTransitionsModel::GuardColumn).data().toString(),
                 before);
        QVERIFY(!m_page->lifecycle()->hasErrors());
        QCOMPARE(LifecycleStore(*m_workspace).load()->transition(u"process"_s)->guard, before);

        // Renaming a state renames it in the transitions; undo restores both.
        const int shippedRow = rowOf(states, u"shipped"_s);
        QVERIFY(states->setData(states->index(shippedRow, LifecycleStatesModel::IdColumn), u"dispatched"_s));
        QCOMPARE(transitions->index(rowOf(transitions, u"ship"_s), LifecycleTransitionsModel::ToColumn)
                     .data()
                     .toString(),
                 u"dispatched"_s);
        stack->undo();
        QCOMPARE(transitions->index(rowOf(transitions, u"ship"_s), LifecycleTransitionsModel::ToColumn)
                     .data()
                     .toString(),
                 u"shipped"_s);

        // The diagram: every state, left to right by reachability; a new state is unreachable.
        const LifecycleLayout &layout = editor->diagram()->layout();
        QCOMPARE(layout.nodes.size(), states->rowCount());
        QCOMPARE(layout.node(u"created"_s)->column, 0);
        QCOMPARE(layout.node(u"processing"_s)->column, 1);
        QCOMPARE(layout.node(u"shipped"_s)->column, 2);
        QCOMPARE(layout.node(u"closed"_s)->column, 3);
        QVERIFY(layout.unreachable().isEmpty());
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addState"_s), Qt::LeftButton);
        QCOMPARE(editor->diagram()->layout().unreachable(), QStringList { u"state"_s });
        QVERIFY(editor->issuesList()->count() > 0); // unreachable: reported
        stack->undo();
        QVERIFY(editor->diagram()->layout().unreachable().isEmpty());
    }

private:
    void pointSandboxEnvironment()
    {
        EnvironmentStore store(*m_workspace);
        auto environment = store.find(u"Sandbox"_s);
        QVERIFY2(environment.ok(), qPrintable(environment ? QString() : environment.error().message()));
        Environment e = environment.value();
        // Each system listens on its own ephemeral port here: point the variables at them.
        for (EnvironmentVariable &v : e.variables) {
            for (int i = 0; i < SandboxSystemCount; ++i) {
                const QString fixed = u"http://127.0.0.1:%1"_s.arg(SandboxDefaultBasePort + i);
                if (v.value.startsWith(fixed)) {
                    const QString actual = m_server->system(SandboxSystemId(i)).baseUrl.toString();
                    v.value = actual + v.value.mid(fixed.size());
                }
            }
        }
        QVERIFY(store.save(e).ok());
    }

    void openPage()
    {
        PageContext context { *m_workspace, *m_settings, *m_prompts, *m_undoGroup, *m_secrets };
        m_page = std::make_unique<OrdersPage>(context);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->environmentChooser()->currentText(), u"Sandbox"_s);
    }

    void importErpOrders()
    {
        OrdersTab *tab = m_page->ordersTab();
        QSignalSpy imported(tab, &OrdersTab::importDone);
        tab->importFrom(OrderSource::Erp);
        QVERIFY(imported.wait(60000));
        QVERIFY2(imported.first().at(2).toString().isEmpty(), qPrintable(imported.first().at(2).toString()));
        QVERIFY(imported.first().at(0).toInt() > 0);
        QCOMPARE(tab->model()->rowCount(), imported.first().at(0).toInt());
    }

    /// The first `count` orders whose step through `transition` passes the local checks.
    QList<qint64> ordersReadyFor(const QString &transition, int count)
    {
        QList<qint64> ids;
        OrderListModel *model = m_page->ordersTab()->model();
        for (int r = 0; r < model->rowCount() && ids.size() < count; ++r) {
            const Order &order = model->orderAt(r);
            if (m_used.contains(order.id))
                continue;
            if (m_page->service()->check(order, transition).ok())
                ids.append(order.id);
        }
        for (qint64 id : ids)
            m_used.insert(id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    void chooseMode(const QString &mode)
    {
        QComboBox *combo = m_page->ordersTab()->modeChooser();
        combo->setCurrentIndex(combo->findData(mode));
        QVERIFY(combo->currentIndex() > 0);
    }

    static int rowOf(QAbstractItemModel *model, const QString &id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == id)
                return r;
        }
        return -1;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    std::unique_ptr<ScriptedPrompts> m_prompts;
    std::unique_ptr<OrdersPage> m_page;
    QSet<qint64> m_used; // the sandbox keeps its state across tests: never step an order twice
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
