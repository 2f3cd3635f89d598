#pragma once

#include "ui/shell/page.h"

#include <QList>

class QComboBox;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace crmbridge {

struct Environment;
class LifecycleDocument;
class LifecycleEditor;
class OrdersTab;
class OutboxView;

namespace orders {
class OrderService;
class OutboxWorker;
} // namespace orders

/// The Orders page: the orders and their timelines (OrdersTab), the outbox (OutboxView) and the
/// lifecycle editor with its state diagram (LifecycleEditor), over one OrderService and the
/// OutboxWorker that delivers queued steps and events while the workspace is open. The
/// environment chooser says where the ERP calls go; a production one is marked and every step
/// on it asks first.
class OrdersPage : public Page
{
    Q_OBJECT

public:
    OrdersPage(PageContext &context, QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString pageId() const override { return QStringLiteral("orders"); }
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    void refresh() override;

    orders::OrderService *service() const { return m_service; }
    orders::OutboxWorker *worker() const { return m_worker; }
    OrdersTab *ordersTab() const { return m_orders; }
    OutboxView *outboxView() const { return m_outbox; }
    LifecycleEditor *lifecycleEditor() const { return m_editor; }
    LifecycleDocument *lifecycle() const { return m_document; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *environmentChooser() const { return m_environment; }
    /// Chooses the environment the ERP calls use (by name); false when there is none by that name.
    bool setEnvironment(const QString &name);

    enum Tab
    {
        OrdersTabIndex,
        OutboxTabIndex,
        LifecycleTabIndex
    };

protected:
    void retranslate() override;

private:
    void loadEnvironments();
    void useEnvironment();
    void trackClients();
    void lifecycleSaved();

    PageContext m_context;
    QUndoStack *m_undoStack = nullptr;
    orders::OrderService *m_service = nullptr;
    orders::OutboxWorker *m_worker = nullptr;
    LifecycleDocument *m_document = nullptr;
    QList<Environment> m_environments;

    QLabel *m_heading = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_production = nullptr;
    QTabWidget *m_tabs = nullptr;
    OrdersTab *m_orders = nullptr;
    OutboxView *m_outbox = nullptr;
    LifecycleEditor *m_editor = nullptr;
};

} // namespace crmbridge
