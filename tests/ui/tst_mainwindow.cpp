// The real window, offscreen: navigator, menus, language switch, open/close of workspaces.
#include "core/common/appinfo.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/workspace/objectcountsmodel.h"
#include "testsupport.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/page.h"
#include "ui/shell/prompts.h"
#include "ui/shell/welcomepage.h"
#include "ui/workspace/overviewpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;

namespace {

QMenu *menuNamed(MainWindow *window, const QString &objectName)
{
    return window->menuBar()->findChild<QMenu *>(objectName);
}

QAction *actionWithText(QMenu *menu, const QString &textStart)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(textStart))
            return action;
    }
    return nullptr;
}

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
    }

    void init()
    {
        // Every test starts without a demo workspace and with fresh settings.
        QFile::remove(AppInfo::demoWorkspacePath());
        m_dir = std::make_unique<test::TempDir>();
        m_prompts = std::make_unique<ScriptedPrompts>();
        ApplicationOptions options;
        options.settingsFile = m_dir->file(QStringLiteral("settings.ini"));
        options.language = QStringLiteral("en");
        options.prompts = m_prompts.get();
        m_app = std::make_unique<Application>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }

    void cleanup()
    {
        m_app.reset();
        m_prompts.reset();
        m_dir.reset();
    }

    void opensOnTheDemoWorkspace()
    {
        MainWindow *window = m_app->window();
        QVERIFY(m_app->workspace());
        QCOMPARE(m_app->workspace()->filePath(), QFileInfo(AppInfo::demoWorkspacePath()).absoluteFilePath());
        QVERIFY(window->windowTitle().contains(QStringLiteral("Demo workspace")));
        auto *overview = qobject_cast<OverviewPage *>(window->currentPage());
        QVERIFY(overview);
        QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("workspaceName"))->text(), QStringLiteral("Demo workspace"));
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("demoNote"))->isVisible());
        QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("schemaVersion"))->text(),
                 QString::number(MigrationSet::standard().latestVersion()));
        QCOMPARE(overview->countsModel()->rowCount(), Workspace::objectKinds().size());
        QVERIFY(window->statusText().contains(QStringLiteral("No runs in progress")));
        QVERIFY(window->statusText().contains(QStringLiteral("0 requests in flight")));

        // The sandbox starts with the demo workspace, and its Sandbox environment points at it.
        QVERIFY(m_app->sandbox().isRunning());
        const quint16 port = m_app->sandbox().system(SandboxSystemId::Crm).port;
        QVERIFY(window->statusText().contains(QStringLiteral("Sandbox: running (127.0.0.1:%1").arg(port)));
        QSqlQuery query(m_app->workspace()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT variables FROM environments WHERE name = 'Sandbox'")) && query.next());
        QVERIFY2(query.value(0).toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(query.value(0).toString()));
    }

    void walksTheNavigator()
    {
        MainWindow *window = m_app->window();
        QListWidget *navigator = window->navigator();
        QVERIFY(navigator->isVisible());
        QCOMPARE(navigator->count(), window->pages().size());
        QVERIFY(navigator->count() >= 1);
        for (int row = navigator->count() - 1; row >= 0; --row) {
            const QRect rect = navigator->visualItemRect(navigator->item(row));
            QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(navigator->currentRow(), row);
            QCOMPARE(window->currentPage(), window->pages().at(row));
            QCOMPARE(navigator->item(row)->text(), window->pages().at(row)->title());
            QVERIFY(window->currentPage()->isVisible());
        }
    }

    void menusHaveTheStandardEntries()
    {
        MainWindow *window = m_app->window();
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                                  QStringLiteral("&View"), QStringLiteral("&Help")}));
        QMenu *file = menuNamed(window, QStringLiteral("fileMenu"));
        for (const QString &entry : {QStringLiteral("New Workspace"), QStringLiteral("Open Workspace"),
                                     QStringLiteral("Open Recent"), QStringLiteral("Save a Copy As"),
                                     QStringLiteral("Close Workspace"), QStringLiteral("Quit")})
            QVERIFY2(actionWithText(file, entry), qPrintable(entry));
        QCOMPARE(actionWithText(file, QStringLiteral("New Workspace"))->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actionWithText(file, QStringLiteral("Open Workspace"))->shortcut(), QKeySequence(QKeySequence::Open));
        QMenu *edit = menuNamed(window, QStringLiteral("editMenu"));
        QVERIFY(actionWithText(edit, QStringLiteral("Undo")));
        QVERIFY(actionWithText(edit, QStringLiteral("Redo")));
        QCOMPARE(actionWithText(edit, QStringLiteral("Undo"))->shortcut(), QKeySequence(QKeySequence::Undo));
        QMenu *language = menuNamed(window, QStringLiteral("languageMenu"));
        QVERIFY(actionWithText(language, QStringLiteral("English")));
        QVERIFY(actionWithText(language, QStringLiteral("简体中文")));
        QVERIFY(actionWithText(language, QStringLiteral("English"))->isChecked());

        actionWithText(menuNamed(window, QStringLiteral("helpMenu")), QStringLiteral("About"))->trigger();
        QCOMPARE(m_prompts->shownInformation.size(), 1);
        QVERIFY(m_prompts->shownInformation.first().contains(QStringLiteral("SQLite ") + Workspace::sqliteVersion()));
        QVERIFY(m_prompts->shownInformation.first().contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    }

    void switchesLanguageAtRunTime()
    {
        MainWindow *window = m_app->window();
        QMenu *language = menuNamed(window, QStringLiteral("languageMenu"));
        auto *overview = qobject_cast<OverviewPage *>(window->currentPage());
        QVERIFY(overview);
        const QString englishStatus = window->statusText();
        QCOMPARE(window->navigator()->item(0)->text(), QStringLiteral("Overview"));

        actionWithText(language, QStringLiteral("简体中文"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("文件(&F)"));
        QCOMPARE(m_app->language(), QStringLiteral("zh_CN"));
        QCOMPARE(window->navigator()->item(0)->text(), QStringLiteral("概览"));
        QVERIFY(window->statusText() != englishStatus);
        QVERIFY(window->statusText().contains(QStringLiteral("沙箱")));
        QCOMPARE(overview->countsModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("类型"));
        QCOMPARE(m_app->settings().language(), QStringLiteral("zh_CN"));

        actionWithText(language, QStringLiteral("English"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(window->navigator()->item(0)->text(), QStringLiteral("Overview"));
        QCOMPARE(window->statusText(), englishStatus);
        QCOMPARE(overview->countsModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    }

    void newCloseAndOpenWorkspaces()
    {
        MainWindow *window = m_app->window();
        QMenu *file = menuNamed(window, QStringLiteral("fileMenu"));
        const QString path = m_dir->file(QStringLiteral("Team Sales"));

        m_prompts->fileNames.enqueue(path);
        actionWithText(file, QStringLiteral("New Workspace"))->trigger();
        QVERIFY(m_prompts->shownErrors.isEmpty());
        QCOMPARE(m_app->workspace()->filePath(), path + QStringLiteral(".crmbridge"));
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Team Sales")));

        actionWithText(file, QStringLiteral("Close Workspace"))->trigger();
        QVERIFY(!m_app->workspace());
        QVERIFY(window->welcomePage()->isVisible());
        QVERIFY(!window->navigator()->isVisible());
        QVERIFY(!actionWithText(file, QStringLiteral("Save a Copy As"))->isEnabled());
        auto *recent = window->welcomePage()->findChild<QListWidget *>(QStringLiteral("recentList"));
        QCOMPARE(recent->count(), 1);

        // Reopen from the recent list on the welcome page.
        recent->setCurrentRow(0);
        emit recent->itemActivated(recent->item(0));
        QVERIFY(m_app->workspace());
        QCOMPARE(m_app->workspace()->filePath(), path + QStringLiteral(".crmbridge"));

        // Save a copy, then open it through File ▸ Open.
        const QString copy = m_dir->file(QStringLiteral("copy.crmbridge"));
        m_prompts->fileNames.enqueue(copy);
        actionWithText(file, QStringLiteral("Save a Copy As"))->trigger();
        QVERIFY(QFile::exists(copy));
        m_prompts->fileNames.enqueue(copy);
        actionWithText(file, QStringLiteral("Open Workspace"))->trigger();
        QCOMPARE(m_app->workspace()->filePath(), copy);
        QCOMPARE(m_app->settings().recentFiles().first(), copy);

        // The demo workspace again, from the welcome page button.
        actionWithText(file, QStringLiteral("Close Workspace"))->trigger();
        QTest::mouseClick(window->welcomePage()->findChild<QPushButton *>(QStringLiteral("openDemoButton")),
                          Qt::LeftButton);
        QVERIFY(m_app->workspace());
        QVERIFY(m_app->workspace()->stats().demo);
    }

    void aBadFileShowsAnErrorAndKeepsTheWorkspace()
    {
        MainWindow *window = m_app->window();
        const QString current = m_app->workspace()->filePath();
        const QString bad = m_dir->file(QStringLiteral("broken.crmbridge"));
        QVERIFY(test::writeFile(bad, "not a database at all"));
        const QByteArray before = test::fileHash(bad);
        m_prompts->fileNames.enqueue(bad);
        actionWithText(menuNamed(window, QStringLiteral("fileMenu")), QStringLiteral("Open Workspace"))->trigger();
        QCOMPARE(m_prompts->shownErrors.size(), 1);
        QVERIFY(m_prompts->shownErrors.first().contains(QStringLiteral("not a CRM Bridge workspace")));
        QVERIFY(m_prompts->shownErrors.first().contains(QStringLiteral("broken.crmbridge")));
        QCOMPARE(m_app->workspace()->filePath(), current);
        QCOMPARE(test::fileHash(bad), before);
    }

    void remembersGeometryAndLastWorkspace()
    {
        MainWindow *window = m_app->window();
        const QString path = m_dir->file(QStringLiteral("kept.crmbridge"));
        m_prompts->fileNames.enqueue(path);
        actionWithText(menuNamed(window, QStringLiteral("fileMenu")), QStringLiteral("New Workspace"))->trigger();
        window->resize(1111, 777);
        window->close();
        QVERIFY(!m_app->settings().windowGeometry().isEmpty());
        QCOMPARE(m_app->settings().lastWorkspace(), path);

        // A second start reopens it.
        ApplicationOptions options;
        options.settingsFile = m_dir->file(QStringLiteral("settings.ini"));
        options.language = QStringLiteral("en");
        options.prompts = m_prompts.get();
        m_app.reset();
        m_app = std::make_unique<Application>(options);
        m_app->start();
        QVERIFY(m_app->workspace());
        QCOMPARE(m_app->workspace()->filePath(), path);
        QCOMPARE(m_app->window()->size(), QSize(1111, 777));
    }

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<ScriptedPrompts> m_prompts;
    std::unique_ptr<Application> m_app;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
