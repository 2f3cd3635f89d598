#pragma once

#include "ui/shell/page.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace crmbridge {

class ActivityRecorder;
class AuthTab;
class ConnectionTester;
class EndpointListModel;
class EndpointRepository;
class EntitiesTab;
class EnvironmentRepository;
class EnvironmentsDialog;
class GeneralTab;
class HeadersTab;
class ImportMenu;
class RateLimitsTab;
class SecretStore;
class TestPanel;

/// The Endpoints page: the workspace's endpoints, a tabbed editor (General, Auth, Headers, Rate
/// limits, Entities) whose every edit is an undo command, the test panel, and the environments
/// editor. A production environment chosen in the test panel shows a red banner across the page.
class EndpointsPage : public Page
{
    Q_OBJECT

public:
    EndpointsPage(PageContext &context, QWidget *parent = nullptr);
    ~EndpointsPage() override;

    QString pageId() const override { return QStringLiteral("endpoints"); }
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    void refresh() override;

    EndpointRepository &repository() const { return *m_repository; }
    EndpointListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_view; }
    SecretStore &secrets() const { return *m_secrets; }
    ActivityRecorder &activity() const { return *m_activity; }
    EnvironmentRepository &environments() const { return *m_environments; }
    ConnectionTester &tester() const { return *m_tester; }
    GeneralTab *generalTab() const { return m_general; }
    AuthTab *authTab() const { return m_auth; }
    HeadersTab *headersTab() const { return m_headers; }
    RateLimitsTab *rateLimitsTab() const { return m_rateLimits; }
    EntitiesTab *entitiesTab() const { return m_entities; }
    TestPanel *testPanel() const { return m_testPanel; }
    ImportMenu *importMenu() const { return m_importMenu; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Brings one of the editor's tabs (m_general … m_entities) to the front.
    void showTab(QWidget *tab);
    qint64 currentEndpointId() const { return m_currentId; }
    bool selectEndpoint(const QString &name);
    void addEndpoint();
    void removeEndpoint();
    void testConnection();
    /// Opens (or raises) the environments editor on the environment chosen in the test panel.
    EnvironmentsDialog *openEnvironments();
    QLabel *productionBanner() const { return m_banner; }

protected:
    void retranslate() override;

private:
    void showEndpoint(qint64 id);
    void restoreSelection();
    void updateTestTarget();
    void updateBanner();

    PageContext m_context;
    QUndoStack *m_undoStack = nullptr;
    EndpointRepository *m_repository = nullptr;
    EndpointListModel *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    SecretStore *m_secrets = nullptr;
    ActivityRecorder *m_activity = nullptr;
    EnvironmentRepository *m_environments = nullptr;
    QPointer<EnvironmentsDialog> m_environmentsDialog;
    ConnectionTester *m_tester = nullptr;
    qint64 m_currentId = 0;
    bool m_environmentRestored = false;

    QLabel *m_banner = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QToolButton *m_import = nullptr;
    ImportMenu *m_importMenu = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    GeneralTab *m_general = nullptr;
    AuthTab *m_auth = nullptr;
    HeadersTab *m_headers = nullptr;
    RateLimitsTab *m_rateLimits = nullptr;
    EntitiesTab *m_entities = nullptr;
    TestPanel *m_testPanel = nullptr;
};

} // namespace crmbridge
