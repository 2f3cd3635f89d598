#include "ui/endpoints/endpointspage.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/settings/appsettings.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpmessage.h"
#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/endpoints/connectiontester.h"
#include "models/endpoints/endpointcommands.h"
#include "models/endpoints/endpointlistmodel.h"
#include "models/endpoints/endpointrepository.h"
#include "models/endpoints/environmentrepository.h"
#include "ui/common/tableactions.h"
#include "ui/endpoints/authtab.h"
#include "ui/endpoints/entitiestab.h"
#include "ui/endpoints/environmentsdialog.h"
#include "ui/endpoints/generaltab.h"
#include "ui/endpoints/headerstab.h"
#include "ui/endpoints/importmenu.h"
#include "ui/endpoints/ratelimitstab.h"
#include "ui/endpoints/testpanel.h"
#include "ui/shell/pageregistry.h"
#include "ui/shell/prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

EndpointsPage::EndpointsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    m_undoStack = new QUndoStack(this);
    m_repository = new EndpointRepository(context.workspace, this);
    m_list = new EndpointListModel(*m_repository, this);
    m_secrets = &context.secrets;
    // The composition root owns the recorder (so every page's requests are recorded and counted);
    // a page built on its own (a test) records through one of its own.
    m_activity = context.activity ? context.activity : new ActivityRecorder(context.workspace, this);
    m_environments = new EnvironmentRepository(context.workspace, this);
    m_tester = new ConnectionTester(this);
    m_tester->setSecretStore(m_secrets);
    m_tester->setActivityRecorder(m_activity);
    m_tester->setRequestCounter(context.requests);

    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("productionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                           "padding: 6px; border-radius: 3px; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(left);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    leftLayout->addWidget(m_heading);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("endpointsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EndpointListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(EndpointListModel::NameColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EndpointListModel::KindColumn,
                                                     QHeaderView::ResizeToContents);
    TableActions::install(m_view, context.prompts, QStringLiteral("endpoints"));
    leftLayout->addWidget(m_view, 1);
    m_empty = new QLabel(left);
    m_empty->setObjectName(QStringLiteral("noEndpoints"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    leftLayout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(left);
    m_add->setObjectName(QStringLiteral("addEndpoint"));
    m_remove = new QPushButton(left);
    m_remove->setObjectName(QStringLiteral("removeEndpoint"));
    m_import = new QToolButton(left);
    m_import->setObjectName(QStringLiteral("importEndpoint"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    m_note = new QLabel(left);
    m_note->setObjectName(QStringLiteral("endpointsNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    leftLayout->addWidget(m_note);
    m_error = new QLabel(left);
    m_error->setObjectName(QStringLiteral("endpointsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    leftLayout->addWidget(m_error);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("endpointTabs"));
    m_general = new GeneralTab(*m_repository, *m_undoStack, context.prompts, m_tabs);
    m_auth = new AuthTab(*m_repository, *m_undoStack, *m_secrets, m_tabs);
    m_headers = new HeadersTab(*m_repository, *m_undoStack, context.prompts, m_tabs);
    m_rateLimits = new RateLimitsTab(*m_repository, *m_undoStack, context.prompts, m_tabs);
    m_entities = new EntitiesTab(*m_repository, *m_undoStack, context.prompts, m_tabs);
    // Each tab scrolls, so the page never forces the window to be taller than the screen.
    for (QWidget *tab :
         std::initializer_list<QWidget *> { m_general, m_auth, m_headers, m_rateLimits, m_entities }) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(tab);
        m_tabs->addTab(scroll, QString());
    }
    m_testPanel = new TestPanel(*m_tester, context.prompts, right);
    m_testPanel->setObjectName(QStringLiteral("testPanel"));
    m_testPanel->setMinimumHeight(0);
    m_tabs->setMinimumHeight(120);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEndpoint(current.data(ObjectIdRole).toLongLong());
            });
    connect(m_repository, &EndpointRepository::endpointsChanged, this, &EndpointsPage::restoreSelection);
    connect(m_repository, &EndpointRepository::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { m_error->setVisible(false); });
    m_importMenu = new ImportMenu(*m_repository, *m_undoStack, context.prompts, *m_secrets, m_import);
    m_import->setMenu(m_importMenu);
    connect(m_importMenu, &ImportMenu::imported, this, [this](qint64 id, const QString &message) {
        m_note->setText(message);
        m_note->setVisible(!message.isEmpty());
        if (id != 0) {
            m_currentId = id;
            restoreSelection();
        }
    });
    connect(m_add, &QPushButton::clicked, this, &EndpointsPage::addEndpoint);
    connect(m_remove, &QPushButton::clicked, this, &EndpointsPage::removeEndpoint);
    connect(m_entities, &EntitiesTab::currentEntityChanged, this, &EndpointsPage::updateTestTarget);
    connect(m_testPanel, &TestPanel::testRequested, this, &EndpointsPage::testConnection);
    connect(m_testPanel, &TestPanel::environmentChanged, this, &EndpointsPage::updateBanner);
    connect(m_testPanel, &TestPanel::environmentsRequested, this, &EndpointsPage::openEnvironments);
    connect(m_environments, &EnvironmentRepository::environmentsChanged, this, [this] {
        m_testPanel->setEnvironments(m_environments->environments());
        if (!m_environmentRestored) {
            // The environment chosen last time (a production one too: its banner then shows).
            m_environmentRestored = true;
            m_testPanel->selectEnvironment(m_context.settings.pageState(pageId()));
        }
    });
    connect(m_testPanel, &TestPanel::environmentChanged, this, [this] {
        if (m_environmentRestored && !m_testPanel->currentEnvironment().name.isEmpty())
            m_context.settings.setPageState(pageId(), m_testPanel->currentEnvironment().name);
    });
    connect(m_environments, &EnvironmentRepository::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionTestResult &result) {
        if (const std::optional<Entity> entity = m_entities->currentEntity(); entity && result.ok())
            m_entities->showSample(entity->name, result.records);
    });

    retranslate();
}

EndpointsPage::~EndpointsPage()
{
    m_tester->cancel();
}

QString EndpointsPage::title() const
{
    return tr("Endpoints");
}

QIcon EndpointsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/endpoints.svg"));
}

void EndpointsPage::retranslate()
{
    m_heading->setText(tr("Endpoints"));
    m_filter->setPlaceholderText(tr("Filter endpoints"));
    m_empty->setText(tr("No endpoints yet. Add one, then test the connection."));
    m_add->setText(tr("Add Endpoint"));
    m_remove->setText(tr("Remove"));
    m_import->setText(tr("Add From…"));
    m_importMenu->retranslate();
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Auth"));
    m_tabs->setTabText(2, tr("Headers"));
    m_tabs->setTabText(3, tr("Rate limits"));
    m_tabs->setTabText(4, tr("Entities"));
    for (EndpointTab *tab :
         std::initializer_list<EndpointTab *> { m_general, m_auth, m_headers, m_rateLimits, m_entities })
        tab->retranslate();
    m_testPanel->retranslate();
    m_list->retranslate();
    updateTestTarget();
    updateBanner();
}

void EndpointsPage::refresh()
{
    (void)m_repository->reload();
    (void)m_environments->reload(); // the test panel follows environmentsChanged; failures show
}

void EndpointsPage::updateBanner()
{
    const Environment env = m_testPanel->currentEnvironment();
    m_banner->setVisible(env.production);
    m_banner->setText(
        tr("PRODUCTION — \"%1\" is a production environment: requests reach real data, and every "
           "write asks for confirmation.")
            .arg(env.name));
}

EnvironmentsDialog *EndpointsPage::openEnvironments()
{
    if (!m_environmentsDialog) {
        // Edits go on this page's undo stack: Edit ▸ Undo still reverts them once it is closed.
        m_environmentsDialog = new EnvironmentsDialog(*m_environments, *m_undoStack, *m_secrets, this);
        m_environmentsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_environmentsDialog->selectEnvironment(m_testPanel->currentEnvironment().name);
    m_environmentsDialog->show();
    m_environmentsDialog->raise();
    m_environmentsDialog->activateWindow();
    return m_environmentsDialog;
}

void EndpointsPage::restoreSelection()
{
    m_empty->setVisible(m_list->rowCount() == 0);
    int row = m_list->rowOf(m_currentId);
    if (row < 0 && m_list->rowCount() > 0)
        row = 0;
    if (row < 0) {
        showEndpoint(0);
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_list->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showEndpoint(m_list->endpointIdAt(row));
}

bool EndpointsPage::selectEndpoint(const QString &name)
{
    const Endpoint *e = m_repository->endpointNamed(name);
    if (!e)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_list->index(m_list->rowOf(e->id), 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showEndpoint(e->id);
    return true;
}

void EndpointsPage::showEndpoint(qint64 id)
{
    const qint64 resolved = m_repository->resolve(id);
    const bool same = resolved == m_currentId && m_general->endpointId() == resolved;
    m_currentId = resolved;
    m_remove->setEnabled(m_repository->endpoint(resolved) != nullptr);
    if (!same) {
        for (EndpointTab *tab :
             std::initializer_list<EndpointTab *> { m_general, m_auth, m_headers, m_rateLimits, m_entities })
            tab->setEndpointId(resolved);
    }
    m_tabs->setEnabled(m_repository->endpoint(resolved) != nullptr);
    updateTestTarget();
}

void EndpointsPage::updateTestTarget()
{
    const Endpoint *e = m_repository->endpoint(m_currentId);
    if (!e) {
        m_testPanel->setTarget(tr("Choose an endpoint to test."), false);
        return;
    }
    const std::optional<Entity> entity = m_entities->currentEntity();
    m_testPanel->setTarget(entity ? tr("Lists one page of %1 ▸ %2").arg(e->name, entity->name)
                                  : tr("Requests the base URL of %1").arg(e->name),
                           true);
}

void EndpointsPage::showTab(QWidget *tab)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(tab))
            m_tabs->setCurrentIndex(i);
    }
}

void EndpointsPage::addEndpoint()
{
    Endpoint endpoint;
    endpoint.name = m_repository->unusedName(tr("New endpoint"));
    endpoint.baseUrl = QStringLiteral("https://api.example.com");
    auto *command = new AddEndpointCommand(*m_repository, endpoint);
    m_undoStack->push(command);
    if (command->endpointId() != 0) {
        m_currentId = command->endpointId();
        restoreSelection();
        m_tabs->setCurrentIndex(0);
    }
}

void EndpointsPage::removeEndpoint()
{
    const Endpoint *e = m_repository->endpoint(m_currentId);
    if (!e)
        return;
    auto entities = m_repository->entities(e->id);
    // Undo brings it back, so no question is asked.
    m_undoStack->push(
        new RemoveEndpointCommand(*m_repository, *e, entities ? entities.value() : QList<Entity>()));
}

void EndpointsPage::testConnection()
{
    const Endpoint *e = m_repository->endpoint(m_currentId);
    if (!e)
        return;
    const std::optional<Entity> entity = m_entities->currentEntity();
    const Environment environment = m_testPanel->currentEnvironment();
    const QByteArray method = ConnectionTester::methodFor(entity);
    bool confirmed = false;
    if (environment.production && ConnectionTester::isWrite(*e, entity)) {
        const auto answer = m_context.prompts.question(
            this, tr("Write to production"),
            tr("The test sends %1 %2 to the production environment \"%3\". Send it?")
                .arg(QString::fromLatin1(method), entity ? entity->list.path : QString(), environment.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        confirmed = true;
    }
    m_tester->start(*e, entity, environment, confirmed);
}

void registerEndpointPages(PageRegistry &registry)
{
    registry.add({ QStringLiteral("endpoints"), 10, [](PageContext &context, QWidget *parent) -> Page * {
                      return new EndpointsPage(context, parent);
                  } });
}

} // namespace crmbridge
