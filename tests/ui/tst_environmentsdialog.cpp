// The environments editor, driven like an analyst would: opened from the Endpoints page and the
// Overview, environments and variables added, renamed and removed, invalid names shown inline
// and never saved, every edit undone and redone, a secret typed but never shown nor written to
// the workspace, and the production banner following the environment chosen in the test panel.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/endpoints/environmentmodels.h"
#include "models/endpoints/environmentrepository.h"
#include "testsupport.h"
#include "ui/endpoints/endpointspage.h"
#include "ui/endpoints/environmentsdialog.h"
#include "ui/shell/prompts.h"
#include "ui/workspace/overviewpage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace crmbridge;

class TestEnvironmentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1"); // secrets stay in this session, never the user's keychain
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        Workspace::CreateOptions create;
        create.name = QStringLiteral("Environments test");
        auto ws = Workspace::create(m_dir->file(QStringLiteral("test.crmbridge")), create);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());
        Environment sandbox;
        sandbox.name = QStringLiteral("Sandbox");
        sandbox.variables.append({ QStringLiteral("crm_base_url"), QStringLiteral("http://127.0.0.1:1"), {} });
        QVERIFY(EnvironmentStore(*m_workspace).save(sandbox).ok());

        m_settings = std::make_unique<AppSettings>(m_dir->file(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("CRM Bridge tests"));
        m_undoGroup = std::make_unique<QUndoGroup>();
        m_context = std::make_unique<PageContext>(
            PageContext { *m_workspace, *m_settings, m_prompts, *m_undoGroup, *m_secrets });
        m_page = std::make_unique<EndpointsPage>(*m_context);
        m_page->resize(1200, 800);
        m_page->refresh();
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_undoGroup.reset();
        m_secrets.reset();
        m_settings.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void addRenameAndUndo()
    {
        EnvironmentsDialog *dialog = openFromPage();
        QAbstractItemModelTester envTester(dialog->environmentsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester varTester(dialog->variablesModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->environmentsModel()->rowCount(), 1);
        QCOMPARE(dialog->variablesModel()->rowCount(), 1); // Sandbox's crm_base_url
        QUndoStack *stack = m_page->undoStack();

        // Add: the new environment's name opens for editing; typing a name and Return renames it.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addEnvironment")), Qt::LeftButton);
        QCOMPARE(dialog->environmentsModel()->rowCount(), 2);
        QVERIFY(store().find(QStringLiteral("New environment")).ok());
        typeIntoEditor(dialog->environmentsView(), QStringLiteral("Staging"));
        QVERIFY(store().find(QStringLiteral("Staging")).ok());
        QVERIFY(!store().find(QStringLiteral("New environment")).ok());
        QCOMPARE(stack->count(), 2);

        // A variable: name, then value, each edited in place.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariable")), Qt::LeftButton);
        typeIntoEditor(dialog->variablesView(), QStringLiteral("tenant"));
        const QModelIndex value = dialog->variablesModel()->index(0, EnvironmentVariablesModel::ValueColumn);
        dialog->variablesView()->setCurrentIndex(value);
        dialog->variablesView()->edit(value);
        typeIntoEditor(dialog->variablesView(), QStringLiteral("acme"));
        QCOMPARE(store().find(QStringLiteral("Staging"))->plainValues().value(QStringLiteral("tenant")),
                 QStringLiteral("acme"));
        QCOMPARE(stack->count(), 5);

        // The test panel offers it at once.
        auto *chooser = m_page->findChild<QComboBox *>(QStringLiteral("testEnvironment"));
        QVERIFY(chooser->findData(QStringLiteral("Staging")) >= 0);

        // Undo walks back value, name, variable, rename and add; redo replays them.
        stack->undo();
        QCOMPARE(store().find(QStringLiteral("Staging"))->plainValues().value(QStringLiteral("tenant")), QString());
        stack->undo();
        stack->undo();
        QVERIFY(store().find(QStringLiteral("Staging"))->variables.isEmpty());
        QCOMPARE(dialog->variablesModel()->rowCount(), 0);
        stack->undo();
        QVERIFY(store().find(QStringLiteral("New environment")).ok());
        stack->undo();
        QCOMPARE(store().list()->size(), 1);
        QCOMPARE(dialog->environmentsModel()->rowCount(), 1);
        for (int i = 0; i < 5; ++i)
            stack->redo();
        QCOMPARE(store().find(QStringLiteral("Staging"))->plainValues().value(QStringLiteral("tenant")),
                 QStringLiteral("acme"));

        // Remove, and undo brings it back with its variables; the dialog's own Undo button works too.
        QVERIFY(dialog->selectEnvironment(QStringLiteral("Staging")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeEnvironment")), Qt::LeftButton);
        QVERIFY(!store().find(QStringLiteral("Staging")).ok());
        QVERIFY(chooser->findData(QStringLiteral("Staging")) < 0);
        QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("environmentsUndo")), Qt::LeftButton);
        QCOMPARE(store().find(QStringLiteral("Staging"))->plainValues().value(QStringLiteral("tenant")),
                 QStringLiteral("acme"));
    }

    void invalidNamesAreShownAndNotSaved()
    {
        EnvironmentsDialog *dialog = openFromPage();
        QUndoStack *stack = m_page->undoStack();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addEnvironment")), Qt::LeftButton);
        const int steps = stack->count();
        // A duplicate environment name.
        typeIntoEditor(dialog->environmentsView(), QStringLiteral("Sandbox"));
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("already exists")),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(stack->count(), steps);
        QVERIFY(store().find(QStringLiteral("New environment")).ok());

        // An empty variable name, and a variable defined twice.
        QVERIFY(dialog->selectEnvironment(QStringLiteral("Sandbox")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariable")), Qt::LeftButton);
        typeIntoEditor(dialog->variablesView(), QString());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("needs a name")),
                 qPrintable(dialog->problemLabel()->text()));
        const QModelIndex second = dialog->variablesModel()->index(1, EnvironmentVariablesModel::NameColumn);
        dialog->variablesView()->edit(second);
        typeIntoEditor(dialog->variablesView(), QStringLiteral("crm_base_url"));
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("already defined")),
                 qPrintable(dialog->problemLabel()->text()));
        const Environment sandbox = store().find(QStringLiteral("Sandbox")).value();
        QCOMPARE(sandbox.variables.size(), 2);
        QCOMPARE(sandbox.variables.at(1).name, QStringLiteral("new_variable"));
    }

    void productionShowsTheBannerAcrossThePage()
    {
        EnvironmentsDialog *dialog = openFromPage();
        auto *banner = m_page->findChild<QLabel *>(QStringLiteral("productionBanner"));
        QVERIFY(!banner->isVisible());
        // Ticking "Production" (what a click on the check box does) is one undo step.
        const QModelIndex production =
            dialog->environmentsModel()->index(0, EnvironmentListModel::ProductionColumn);
        QVERIFY(dialog->environmentsModel()->setData(production, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store().find(QStringLiteral("Sandbox"))->production);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("environmentProductionBanner"))->isVisible());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(banner->text().contains(QStringLiteral("Sandbox")));
        // The banner spans the page, above the endpoint list and the editor.
        QVERIFY(banner->width() > m_page->width() * 3 / 4);
        m_page->undoStack()->undo();
        QVERIFY(!store().find(QStringLiteral("Sandbox"))->production);
        QVERIFY(!banner->isVisible());
    }

    void secretsAreNeverShownNorSaved()
    {
        EnvironmentsDialog *dialog = openFromPage();
        EnvironmentVariablesModel *variables = dialog->variablesModel();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariable")), Qt::LeftButton);
        typeIntoEditor(dialog->variablesView(), QStringLiteral("api_token"));
        // Variables are kept sorted by name (as in the workspace file): api_token comes first now.
        QCOMPARE(variables->index(0, EnvironmentVariablesModel::NameColumn).data().toString(),
                 QStringLiteral("api_token"));
        const QModelIndex value = variables->index(0, EnvironmentVariablesModel::ValueColumn);
        dialog->variablesView()->edit(value);
        typeIntoEditor(dialog->variablesView(), QStringLiteral("tok-8c1f3e"));
        QVERIFY(store().find(QStringLiteral("Sandbox"))->plainValues().contains(QStringLiteral("api_token")));

        // Make it a secret: the value moves to the secret store and out of the workspace.
        QVERIFY(variables->setData(variables->index(0, EnvironmentVariablesModel::SecretColumn), Qt::Checked,
                                   Qt::CheckStateRole));
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("environmentNote"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("environmentNote"))
                    ->text()
                    .contains(QStringLiteral("session")));
        QCOMPARE(value.data().toString(), QStringLiteral("••••••••"));
        QCOMPARE(value.data(Qt::EditRole).toString(), QString());
        const Environment saved = store().find(QStringLiteral("Sandbox")).value();
        QVERIFY(saved.variable(QStringLiteral("api_token"))->isSecret());
        QVERIFY(!saved.plainValues().contains(QStringLiteral("api_token")));

        // A new value typed into the (password) editor replaces the secret, and is not an undo step.
        dialog->variablesView()->edit(value);
        auto *editor = dialog->variablesView()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        const int steps = m_page->undoStack()->count();
        typeIntoEditor(dialog->variablesView(), QStringLiteral("tok-new-77"));
        QCOMPARE(m_page->undoStack()->count(), steps);
        bool read = false;
        QByteArray secret;
        m_secrets->read(saved.variable(QStringLiteral("api_token"))->secret, this,
                        [&](const Result<QByteArray> &r) {
                            read = true;
                            secret = r ? r.value() : QByteArray();
                        });
        QTRY_VERIFY(read);
        QCOMPARE(secret, QByteArray("tok-new-77"));

        // Neither value is anywhere in the workspace's files.
        m_page.reset();
        m_workspace.reset();
        for (const QString &name : { QStringLiteral("test.crmbridge"), QStringLiteral("test.crmbridge-wal") }) {
            QFile file(m_dir->file(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("tok-new-77"));
        }
    }

    void chosenEnvironmentIsRemembered()
    {
        Environment production;
        production.name = QStringLiteral("Production");
        production.production = true;
        QVERIFY(store().save(production).ok());
        m_page->refresh();
        auto *chooser = m_page->findChild<QComboBox *>(QStringLiteral("testEnvironment"));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("Sandbox"));
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("Production")));
        QVERIFY(m_page->productionBanner()->isVisible());
        // A new window (the page built again) starts on the same environment, banner and all.
        m_page = std::make_unique<EndpointsPage>(*m_context);
        m_page->refresh();
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        chooser = m_page->findChild<QComboBox *>(QStringLiteral("testEnvironment"));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("Production"));
        QVERIFY(m_page->productionBanner()->isVisible());
    }

    void overviewOpensTheEditor()
    {
        OverviewPage overview(*m_context);
        overview.refresh();
        auto *summary = overview.findChild<QLabel *>(QStringLiteral("environmentsSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Sandbox")));
        QTest::mouseClick(overview.findChild<QPushButton *>(QStringLiteral("editEnvironments")), Qt::LeftButton);
        auto *dialog = overview.findChild<EnvironmentsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addEnvironment")), Qt::LeftButton);
        typeIntoEditor(dialog->environmentsView(), QStringLiteral("Production"));
        QVERIFY(summary->text().contains(QStringLiteral("Production")));
        QCOMPARE(overview.undoStack()->count(), 2);
        overview.undoStack()->undo();
        overview.undoStack()->undo();
        QVERIFY(!summary->text().contains(QStringLiteral("Production")));
    }

private:
    EnvironmentStore store() const { return EnvironmentStore(*m_workspace); }

    EnvironmentsDialog *openFromPage()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("editEnvironments")), Qt::LeftButton);
        auto *dialog = m_page->findChild<EnvironmentsDialog *>();
        if (!dialog || !dialog->isVisible())
            qFatal("the environments dialog did not open");
        return dialog;
    }

    /// Types into the editor open in `view` and presses Return, like a user.
    static void typeIntoEditor(QTableView *view, const QString &text)
    {
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY2(editor, "no editor is open");
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Backspace);
        else
            QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>() || !view->viewport()->findChild<QLineEdit *>()->isVisible());
    }

    ScriptedPrompts m_prompts;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    std::unique_ptr<PageContext> m_context;
    std::unique_ptr<EndpointsPage> m_page;
};

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
