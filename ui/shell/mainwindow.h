#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace crmbridge {

class ActivityRecorder;
class AppSettings;
class Page;
class PageRegistry;
class Prompts;
class RequestCounter;
class SecretStore;
class WelcomePage;
class Workspace;

/// The shell: menus, the navigator, the page stack and the status bar. It knows pages only
/// through PageRegistry and asks the composition root (by signals) to open or close workspaces.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings &settings, Prompts &prompts, QUndoGroup &undoGroup, SecretStore &secrets,
               const PageRegistry &pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `workspace` (rebuilding every page), or the welcome page when nullptr. `activity`
    /// records the pages' HTTP exchanges in it (owned by the caller, outliving the pages).
    void setWorkspace(Workspace *workspace, ActivityRecorder *activity = nullptr);
    /// Feeds the "requests in flight" slot and reaches every page through PageContext.
    void setRequestCounter(RequestCounter *counter);
    Workspace *workspace() const { return m_workspace; }

    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    bool showPage(const QString &pageId);
    WelcomePage *welcomePage() const { return m_welcome; }
    QListWidget *navigator() const { return m_navigator; }

    // Status bar slots, fed by features (sandbox, sync runs, the network layer).
    /// `detail` is untranslated (e.g. the ports); the window words the rest.
    void setSandboxState(bool running, const QString &detail = {});
    void setRunsInProgress(int runs);
    void setRequestsInFlight(int requests);
    QString statusText() const; ///< the three slots' texts, for tests

    /// Re-reads the recent files for File ▸ Open Recent and the welcome page.
    void refreshRecentFiles();
    /// Docks a feature's panel (e.g. the Sandbox panel) and lists it under View ▸ Panels.
    void addPanel(QDockWidget *panel, Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    void setCurrentLanguage(const QString &language);

signals:
    void newWorkspaceRequested(const QString &path);
    void openWorkspaceRequested(const QString &path);
    void openDemoRequested();
    void closeWorkspaceRequested();
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void updateStatusBar();
    void clearPages();
    void onCurrentPageChanged(int row);

    void askNewWorkspace();
    void askOpenWorkspace();
    void saveCopyAs();
    void showAbout();

    AppSettings &m_settings;
    Prompts &m_prompts;
    QUndoGroup &m_undoGroup;
    SecretStore &m_secrets;
    const PageRegistry &m_registry;
    Workspace *m_workspace = nullptr;
    ActivityRecorder *m_activity = nullptr;
    RequestCounter *m_requestCounter = nullptr;

    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<Page *> m_pages;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_sandboxLabel = nullptr;
    QLabel *m_runsLabel = nullptr;
    QLabel *m_requestsLabel = nullptr;
    QString m_sandboxDetail;
    bool m_sandboxRunning = false;
    int m_runs = 0;
    int m_requests = 0;
};

} // namespace crmbridge
