#include "ui/shell/mainwindow.h"

#include "models/common/requestcounter.h"

#include "core/common/appinfo.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/shell/pageregistry.h"
#include "ui/shell/prompts.h"
#include "ui/shell/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace crmbridge {

MainWindow::MainWindow(AppSettings &settings, Prompts &prompts, QUndoGroup &undoGroup, SecretStore &secrets,
                       const PageRegistry &pages, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_undoGroup(undoGroup)
    , m_secrets(secrets)
    , m_registry(pages)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crmbridge.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigator = new QListWidget(central);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setFixedWidth(190);
    m_navigator->setUniformItemSizes(true);
    m_navigator->setStyleSheet(QStringLiteral(
        "QListWidget#navigator { background: palette(alternate-base); padding-top: 8px; }"
        "QListWidget#navigator::item { padding: 8px 10px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget#navigator::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    layout->addWidget(m_navigator);

    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);

    m_welcome = new WelcomePage(m_settings, m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::askNewWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::askOpenWorkspace);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoRequested);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openWorkspaceRequested);

    setCentralWidget(central);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentPageChanged);

    createActions();
    createMenus();
    createStatusBar();
    retranslateUi();
    setWorkspace(nullptr);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    clearPages();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::askNewWorkspace);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::askOpenWorkspace);

    m_openDemoAction = new QAction(this);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoRequested);

    m_saveCopyAction = new QAction(this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspaceRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup.createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup.createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->refresh();
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    m_chineseAction = new QAction(QStringLiteral("简体中文"), m_languageGroup);
    m_chineseAction->setCheckable(true);
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageRequested(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->setObjectName(QStringLiteral("panelsMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_sandboxLabel = new QLabel(this);
    m_sandboxLabel->setObjectName(QStringLiteral("sandboxStatus"));
    m_runsLabel = new QLabel(this);
    m_runsLabel->setObjectName(QStringLiteral("runsStatus"));
    m_requestsLabel = new QLabel(this);
    m_requestsLabel->setObjectName(QStringLiteral("requestsStatus"));
    for (QLabel *label : {m_sandboxLabel, m_runsLabel, m_requestsLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openDemoAction->setText(tr("Open the &Demo Workspace"));
    m_saveCopyAction->setText(tr("Save a &Copy As…"));
    m_closeAction->setText(tr("&Close Workspace"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CRM Bridge"));
    m_navigator->setAccessibleName(tr("Navigator"));
    refreshRecentFiles();
    updateStatusBar();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (Page *page = currentPage())
        m_settings.setLastPage(page->pageId());
    m_settings.sync();
    event->accept();
}

void MainWindow::refreshRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openWorkspaceRequested(file); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear the List"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings.clearRecentFiles();
            refreshRecentFiles();
        });
    }
    m_welcome->refresh();
}

void MainWindow::addPanel(QDockWidget *panel, Qt::DockWidgetArea area)
{
    addDockWidget(area, panel);
    m_panelsMenu->addAction(panel->toggleViewAction());
    // A panel added after the first restore gets its place back; a first start gets a short one.
    if (!restoreState(m_settings.windowState()))
        resizeDocks({panel}, {240}, area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea
                                      ? Qt::Vertical : Qt::Horizontal);
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    (language == QStringLiteral("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
}

void MainWindow::clearPages()
{
    m_navigator->blockSignals(true);
    m_navigator->clear();
    m_navigator->blockSignals(false);
    for (Page *page : std::as_const(m_pages)) {
        if (QUndoStack *stack = page->undoStack())
            m_undoGroup.removeStack(stack);
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
}

void MainWindow::setRequestCounter(RequestCounter *counter)
{
    if (m_requestCounter)
        disconnect(m_requestCounter, nullptr, this, nullptr);
    m_requestCounter = counter;
    if (counter) {
        connect(counter, &RequestCounter::inFlightChanged, this, &MainWindow::setRequestsInFlight);
        setRequestsInFlight(counter->inFlight());
    }
}

void MainWindow::setWorkspace(Workspace *workspace, ActivityRecorder *activity)
{
    const QString previousPage = currentPage() ? currentPage()->pageId() : m_settings.lastPage();
    clearPages();
    m_workspace = workspace;
    m_activity = workspace ? activity : nullptr;
    if (workspace) {
        PageContext context{*workspace, m_settings, m_prompts, m_undoGroup, m_secrets, m_activity, m_requestCounter};
        for (const PageFactory &factory : m_registry.factories()) {
            Page *page = factory.create(context, m_stack);
            page->setObjectName(factory.id + QStringLiteral("Page"));
            m_pages.append(page);
            m_stack->addWidget(page);
            if (QUndoStack *stack = page->undoStack())
                m_undoGroup.addStack(stack);
            auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigator);
            item->setData(Qt::UserRole, page->pageId());
            connect(page, &Page::titleChanged, this, [item, page] {
                item->setText(page->title());
                item->setIcon(page->icon());
            });
        }
        m_navigator->setVisible(true);
        if (!showPage(previousPage) && !m_pages.isEmpty())
            m_navigator->setCurrentRow(0);
    } else {
        m_navigator->setVisible(false);
        m_undoGroup.setActiveStack(nullptr);
        m_stack->setCurrentWidget(m_welcome);
        m_welcome->refresh();
    }
    updateActions();
    updateTitle();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row)->pageId() == pageId) {
            m_navigator->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onCurrentPageChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page *page = m_pages.at(row);
    m_stack->setCurrentWidget(page);
    m_undoGroup.setActiveStack(page->undoStack());
    page->refresh();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_workspace) {
        setWindowTitle(tr("%1 — %2").arg(m_workspace->displayName(), AppInfo::displayName()));
        setWindowFilePath(m_workspace->filePath());
    } else {
        setWindowTitle(AppInfo::displayName());
        setWindowFilePath(QString());
    }
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
}

void MainWindow::setSandboxState(bool running, const QString &detail)
{
    m_sandboxRunning = running;
    m_sandboxDetail = detail;
    updateStatusBar();
}

void MainWindow::setRunsInProgress(int runs)
{
    m_runs = runs;
    updateStatusBar();
}

void MainWindow::setRequestsInFlight(int requests)
{
    m_requests = requests;
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    QString sandbox = m_sandboxRunning ? tr("Sandbox: running") : tr("Sandbox: stopped");
    if (!m_sandboxDetail.isEmpty())
        sandbox += QStringLiteral(" (") + m_sandboxDetail + QLatin1Char(')');
    m_sandboxLabel->setText(sandbox);
    m_runsLabel->setText(m_runs == 0 ? tr("No runs in progress") : tr("%n run(s) in progress", nullptr, m_runs));
    m_requestsLabel->setText(tr("%n request(s) in flight", nullptr, m_requests));
}

QString MainWindow::statusText() const
{
    return m_sandboxLabel->text() + QStringLiteral(" | ") + m_runsLabel->text() + QStringLiteral(" | ")
        + m_requestsLabel->text();
}

static QString workspaceFilter()
{
    return MainWindow::tr("CRM Bridge workspaces (*.crmbridge);;All files (*)");
}

static QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::askNewWorkspace()
{
    QString path = m_prompts.saveFileName(this, tr("New Workspace"),
                                          QDir(documentsDir()).filePath(tr("workspace") + QStringLiteral(".crmbridge")),
                                          workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".crmbridge");
    emit newWorkspaceRequested(path);
}

void MainWindow::askOpenWorkspace()
{
    const QString path = m_prompts.openFileName(this, tr("Open Workspace"), documentsDir(), workspaceFilter());
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_workspace)
        return;
    const QFileInfo current(m_workspace->filePath());
    QString path = m_prompts.saveFileName(
        this, tr("Save a Copy As"),
        current.absoluteDir().filePath(current.completeBaseName() + tr(" copy") + QStringLiteral(".crmbridge")),
        workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".crmbridge");
    if (Status status = m_workspace->saveCopyAs(path); !status) {
        m_prompts.error(this, tr("Save a Copy As"), status.error().message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>CRM Bridge %1</h3>"
                            "<p>Connects a CRM with the ERP, helpdesk and marketing systems around it, "
                            "and keeps their data consistent.</p>"
                            "<p>Qt %2 (built with %3)<br>SQLite %4</p>")
                             .arg(AppInfo::version(), QString::fromLatin1(qVersion()),
                                  QStringLiteral(QT_VERSION_STR), Workspace::sqliteVersion());
    m_prompts.information(this, tr("About CRM Bridge"), text);
}

} // namespace crmbridge
