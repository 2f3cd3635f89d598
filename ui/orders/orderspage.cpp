#include "ui/orders/orderspage.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/environment.h"
#include "core/orders/orderservice.h"
#include "core/orders/outboxworker.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/common/requestcounter.h"
#include "models/orders/lifecycledocument.h"
#include "ui/orders/lifecycleeditor.h"
#include "ui/orders/orderstab.h"
#include "ui/orders/outboxview.h"
#include "ui/shell/pageregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

OrdersPage::OrdersPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    m_undoStack = new QUndoStack(this);
    m_service = new OrderService(context.workspace, &context.secrets, this);
    m_worker = new OutboxWorker(*m_service, this);
    // The window's Activity page and status bar see this page's requests too.
    if (context.activity)
        m_service->setActivityRecorder(context.activity);
    m_document = new LifecycleDocument(context.workspace, m_undoStack, this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("ordersEnvironment"));
    m_environment->setMinimumContentsLength(12);
    m_production = new QLabel(this);
    m_production->setObjectName(QStringLiteral("ordersProduction"));
    m_production->setStyleSheet(QStringLiteral(
        "background: #c62828; color: white; font-weight: bold; padding: 2px 8px; border-radius: 3px;"));
    m_production->hide();
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_production);
    top->addWidget(m_environmentLabel);
    top->addWidget(m_environment);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ordersTabs"));
    m_orders = new OrdersTab(*m_service, context.prompts, m_tabs);
    m_outbox = new OutboxView(*m_service, context.prompts, m_tabs);
    m_editor = new LifecycleEditor(*m_document, context.prompts, m_tabs);
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_outbox, QString());
    m_tabs->addTab(m_editor, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_environment, &QComboBox::activated, this, &OrdersPage::useEnvironment);
    connect(m_document, &LifecycleDocument::saved, this, &OrdersPage::lifecycleSaved);
    connect(m_service, &OrderService::outboxChanged, m_outbox, &OutboxView::reload);
    connect(m_worker, &OutboxWorker::delivered, m_outbox, &OutboxView::reload);
    connect(m_worker, &OutboxWorker::failed, m_outbox, &OutboxView::reload);
    connect(m_worker, &OutboxWorker::retrying, m_outbox, &OutboxView::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == OutboxTabIndex)
            m_outbox->reload();
        static const QStringList names = { u"orders"_s, u"outbox"_s, u"lifecycle"_s };
        m_context.settings.setPageState(pageId(), names.value(index));
    });

    retranslate();
    loadEnvironments();
    m_document->load();
    lifecycleSaved();
    m_orders->reload();
    // Open where the analyst left off: the tab, and the order worked on last.
    const QString tab = m_context.settings.pageState(pageId());
    if (tab == u"outbox"_s)
        m_tabs->setCurrentIndex(OutboxTabIndex);
    else if (tab == u"lifecycle"_s)
        m_tabs->setCurrentIndex(LifecycleTabIndex);
    m_orders->selectMostRecent();
    // Queued steps and events go out while the workspace is open (and after a restart: the
    // worker picks up whatever the outbox still holds).
    m_worker->start();
}

OrdersPage::~OrdersPage()
{
    m_worker->stop();
}

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/orders.svg"));
}

void OrdersPage::retranslate()
{
    m_heading->setText(tr("Orders"));
    m_environmentLabel->setText(tr("Environment:"));
    m_production->setText(tr("PRODUCTION"));
    m_tabs->setTabText(OrdersTabIndex, tr("Orders"));
    m_tabs->setTabText(OutboxTabIndex, tr("Outbox"));
    m_tabs->setTabText(LifecycleTabIndex, tr("Lifecycle"));
    m_orders->retranslate();
    m_outbox->retranslate();
    m_editor->retranslate();
    emit titleChanged();
}

void OrdersPage::refresh()
{
    loadEnvironments();
    lifecycleSaved();
    m_orders->reload();
    m_outbox->reload();
}

void OrdersPage::loadEnvironments()
{
    const QString current = m_environment->currentText();
    auto listed = EnvironmentStore(m_context.workspace).list();
    m_environments = listed ? listed.value() : QList<Environment>();
    m_environment->clear();
    for (const Environment &e : std::as_const(m_environments))
        m_environment->addItem(e.name);
    int index = m_environment->findText(current);
    if (index < 0)
        index = m_environment->findText(u"Sandbox"_s);
    m_environment->setCurrentIndex(std::max(0, index));
    useEnvironment();
}

bool OrdersPage::setEnvironment(const QString &name)
{
    loadEnvironments();
    const int index = m_environment->findText(name);
    if (index < 0)
        return false;
    m_environment->setCurrentIndex(index);
    useEnvironment();
    return true;
}

void OrdersPage::useEnvironment()
{
    const int index = m_environment->currentIndex();
    const Environment chosen =
        index >= 0 && index < m_environments.size() ? m_environments.at(index) : Environment {};
    m_service->setEnvironment(chosen);
    trackClients();
    m_production->setVisible(chosen.production);
    m_orders->setProductionEnvironment(chosen.production);
}

void OrdersPage::trackClients()
{
    if (!m_context.requests)
        return;
    // The service makes one client per endpoint on first use; making them now lets the status
    // bar count every request, whichever endpoint a step or an import reaches.
    auto endpoints = EndpointStore(m_context.workspace).list();
    if (!endpoints)
        return;
    for (const Endpoint &endpoint : endpoints.value()) {
        if (auto client = m_service->client(endpoint.name))
            m_context.requests->track(client.value());
    }
}

void OrdersPage::lifecycleSaved()
{
    auto lifecycle = m_service->lifecycle();
    m_orders->setLifecycle(lifecycle ? lifecycle.value() : m_document->lifecycle());
}

void registerOrderPages(PageRegistry &registry)
{
    registry.add({ QStringLiteral("orders"), 40, [](PageContext &context, QWidget *parent) -> Page * {
                      return new OrdersPage(context, parent);
                  } });
}

} // namespace crmbridge
