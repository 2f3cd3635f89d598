#include "ui/orders/orderstab.h"

#include "models/common/modelroles.h"
#include "models/orders/orderlistmodel.h"
#include "ui/common/tableactions.h"
#include "ui/orders/orderdetailpane.h"
#include "ui/shell/prompts.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

namespace {

enum ResultColumn
{
    ResultOrder,
    ResultTransition,
    ResultOutcome,
    ResultMessage,
    ResultColumns
};

QString failureLabel(StepResult::Failure failure)
{
    switch (failure) {
    case StepResult::Failure::None:
        return OrdersTab::tr("done");
    case StepResult::Failure::NotAllowed:
        return OrdersTab::tr("not allowed");
    case StepResult::Failure::GuardFailed:
        return OrdersTab::tr("guard failed");
    case StepResult::Failure::MissingFields:
        return OrdersTab::tr("missing fields");
    case StepResult::Failure::Conflict:
        return OrdersTab::tr("conflict (412)");
    case StepResult::Failure::Rejected:
        return OrdersTab::tr("rejected by the ERP");
    case StepResult::Failure::Network:
        return OrdersTab::tr("no answer");
    case StepResult::Failure::Config:
        return OrdersTab::tr("configuration");
    case StepResult::Failure::NotFound:
        return OrdersTab::tr("no such order");
    }
    return {};
}

} // namespace

OrdersTab::OrdersTab(OrderService &service, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
{
    m_model = new OrderListModel(service, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setMinimumContentsLength(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importOrders"));
    m_importButton->setPopupMode(QToolButton::InstantPopup);
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *importMenu = new QMenu(m_importButton);
    QAction *fromCrm = importMenu->addAction(QString());
    fromCrm->setObjectName(QStringLiteral("importFromCrm"));
    QAction *fromErp = importMenu->addAction(QString());
    fromErp->setObjectName(QStringLiteral("importFromErp"));
    m_importButton->setMenu(importMenu);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("orderCount"));
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_importButton);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderListModel::IdColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OrderListModel::IdColumn, 50);
    m_view->setColumnWidth(OrderListModel::NumberColumn, 110);
    m_view->setColumnWidth(OrderListModel::NameColumn, 160);
    TableActions::install(m_view, prompts, QStringLiteral("orders"));

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *stepBar = new QHBoxLayout;
    m_stepLabel = new QLabel(right);
    m_transitions = new QWidget(right);
    m_transitions->setObjectName(QStringLiteral("transitionButtons"));
    m_transitionsLayout = new QHBoxLayout(m_transitions);
    m_transitionsLayout->setContentsMargins(0, 0, 0, 0);
    m_modeLabel = new QLabel(right);
    m_mode = new QComboBox(right);
    m_mode->setObjectName(QStringLiteral("stepMode"));
    m_mode->addItem(QString(), QString());
    for (NotificationMode mode : { NotificationMode::Sync, NotificationMode::Async, NotificationMode::Event })
        m_mode->addItem(QString(), notificationModeName(mode));
    stepBar->addWidget(m_stepLabel);
    stepBar->addWidget(m_transitions, 1);
    stepBar->addWidget(m_modeLabel);
    stepBar->addWidget(m_mode);
    rightLayout->addLayout(stepBar);
    m_blocked = new QLabel(right);
    m_blocked->setObjectName(QStringLiteral("blockedReason"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    rightLayout->addWidget(m_blocked);
    m_progress = new QProgressBar(right);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->hide();
    rightLayout->addWidget(m_progress);
    m_results = new QStandardItemModel(0, ResultColumns, this);
    m_resultsView = new QTableView(right);
    m_resultsView->setObjectName(QStringLiteral("bulkResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setMaximumHeight(140);
    m_resultsView->hide();
    TableActions::install(m_resultsView, prompts, QStringLiteral("step-results"));
    rightLayout->addWidget(m_resultsView);
    m_message = new QLabel(right);
    m_message->setObjectName(QStringLiteral("stepMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_message);
    m_details = new OrderDetailPane(prompts, right);
    m_details->setObjectName(QStringLiteral("orderDetails"));
    rightLayout->addWidget(m_details, 1);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_stateFilter, &QComboBox::activated, this, &OrdersTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &OrdersTab::applyFilter);
    connect(fromCrm, &QAction::triggered, this, [this] { importFrom(OrderSource::Crm); });
    connect(fromErp, &QAction::triggered, this, [this] { importFrom(OrderSource::Erp); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        rebuildTransitions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersTab::showCurrent);
    connect(m_resultsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = m_results->item(index.row(), ResultOrder)->data(ObjectIdRole).toLongLong();
        selectOrders({ id });
        // A 412 in a bulk step opens the same side-by-side panel as a single step's.
        const StepResult result = m_bulkResults.value(index.row());
        if (result.failure == StepResult::Failure::Conflict && result.orderId == id)
            m_details->showConflict(result);
    });
    connect(&service, &OrderService::stepFinished, this, &OrdersTab::onStepFinished);
    connect(&service, &OrderService::orderChanged, this, &OrdersTab::onOrderChanged);
    connect(&service, &OrderService::bulkProgress, this, [this](qint64 batch, int done, int total) {
        if (batch != m_batch)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&service, &OrderService::bulkFinished, this, [this](qint64 batch, int succeeded, int failed) {
        if (batch != m_batch)
            return;
        m_batch = 0;
        m_progress->setValue(m_progress->maximum());
        m_message->setText(
            tr("Bulk step finished: %1 succeeded, %2 failed. Double-click a result to open the order.")
                .arg(succeeded)
                .arg(failed));
        rebuildTransitions();
        emit bulkDone(succeeded, failed);
    });
    connect(&service, &OrderService::importFinished, this,
            [this](qint64 request, int inserted, int updated, const QString &error) {
                if (request != m_import)
                    return;
                m_import = 0;
                m_importButton->setEnabled(true);
                if (error.isEmpty())
                    m_message->setText(tr("Imported: %1 new, %2 updated.").arg(inserted).arg(updated));
                else
                    m_message->setText(tr("Import stopped: %1 (%2 new, %3 updated before that)")
                                           .arg(error)
                                           .arg(inserted)
                                           .arg(updated));
                emit importDone(inserted, updated, error);
            });
    connect(&service, &OrderService::refreshed, this,
            [this](qint64 request, qint64, bool ok, const QString &error) {
                if (request != m_refresh)
                    return;
                m_refresh = 0;
                if (!ok) {
                    m_message->setText(tr("Could not read the order from the ERP again: %1").arg(error));
                    rebuildTransitions();
                    return;
                }
                runStep({ m_retrying.orderId }, m_retrying.transition, m_retrying.mode);
            });
    connect(m_details, &OrderDetailPane::refreshAndRetryRequested, this, &OrdersTab::retryAfterRefresh);
    connect(m_details, &OrderDetailPane::conflictAborted, this, [this](const StepResult &conflict) {
        m_message->setText(
            tr("Left order %1 as it is; the conflict is on its timeline.").arg(conflict.orderId));
    });
    retranslate();
}

void OrdersTab::retranslate()
{
    if (m_stateFilter->count() > 0)
        m_stateFilter->setItemText(0, tr("All states"));
    m_search->setPlaceholderText(tr("Search number, external id or deal name"));
    m_importButton->setText(tr("Import"));
    const QList<QAction *> actions = m_importButton->menu()->actions();
    actions.at(0)->setText(tr("Import the CRM's deals"));
    actions.at(1)->setText(tr("Import the ERP's orders"));
    m_stepLabel->setText(tr("Step:"));
    m_modeLabel->setText(tr("Mode:"));
    const QStringList modes = { tr("Lifecycle's choice"), tr("Sync (call the ERP now)"), tr("Async (outbox)"),
                                tr("Event (webhooks)") };
    for (int i = 0; i < modes.size(); ++i)
        m_mode->setItemText(i, modes.at(i));
    m_results->setHorizontalHeaderLabels({ tr("Order"), tr("Transition"), tr("Result"), tr("Message") });
    m_details->retranslate();
    updateCount();
    rebuildTransitions();
}

void OrdersTab::setLifecycle(const Lifecycle &lifecycle)
{
    m_lifecycle = lifecycle;
    m_model->setLifecycle(lifecycle);
    const QString current = m_stateFilter->currentData().toString();
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All states"), QString());
    for (const LifecycleState &s : lifecycle.states)
        m_stateFilter->addItem(s.label.isEmpty() ? s.id : s.label, s.id);
    m_stateFilter->setCurrentIndex(std::max(0, m_stateFilter->findData(current)));
    showCurrent();
    rebuildTransitions();
}

QString OrdersTab::stateLabel(const QString &state) const
{
    const LifecycleState *s = m_lifecycle.state(state);
    return s && !s->label.isEmpty() ? s->label : state;
}

void OrdersTab::applyFilter()
{
    m_filterTimer->stop();
    OrderFilter filter;
    filter.state = m_stateFilter->currentData().toString();
    filter.search = m_search->text().trimmed();
    const QList<qint64> selected = selectedOrderIds();
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        m_message->setText(m_model->lastError());
    selectOrders(selected);
    updateCount();
}

void OrdersTab::reload()
{
    const QList<qint64> selected = selectedOrderIds();
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        m_message->setText(m_model->lastError());
    selectOrders(selected);
    updateCount();
}

void OrdersTab::updateCount()
{
    m_count->setText(tr("%n orders", nullptr, m_model->rowCount()));
}

QList<qint64> OrdersTab::selectedOrderIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(ObjectIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void OrdersTab::selectOrders(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    QItemSelectionModel *model = m_view->selectionModel();
    if (!first.isValid()) {
        model->clearSelection();
        showCurrent();
        rebuildTransitions();
        return;
    }
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
}

void OrdersTab::selectMostRecent()
{
    int best = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (best < 0 || m_model->orderAt(row).updatedAt > m_model->orderAt(best).updatedAt)
            best = row;
    }
    if (best >= 0)
        selectOrders({ m_model->orderAt(best).id });
}

void OrdersTab::showCurrent()
{
    const QList<qint64> ids = selectedOrderIds();
    qint64 id = 0;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        id = current.data(ObjectIdRole).toLongLong();
    else if (!ids.isEmpty())
        id = ids.first();
    if (id == 0) {
        m_details->clear();
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_details->clear();
        return;
    }
    const Order &order = m_model->orderAt(row);
    auto timeline = m_service.timeline(id);
    m_details->showOrder(order, stateLabel(order.state), timeline ? timeline.value() : QList<OrderEvent>());
    if (!timeline)
        m_message->setText(timeline.error().message());
}

QPushButton *OrdersTab::transitionButton(const QString &transition) const
{
    return m_transitions->findChild<QPushButton *>(u"transition_"_s + transition, Qt::FindDirectChildrenOnly);
}

void OrdersTab::rebuildTransitions()
{
    // deleteLater: this runs inside a button's own clicked() too.
    while (QLayoutItem *item = m_transitionsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    QList<Order> selected;
    for (qint64 id : selectedOrderIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selected.append(m_model->orderAt(row));
    }
    QStringList blocked;
    const bool busy = isBusy();
    for (const LifecycleTransition &t : std::as_const(m_lifecycle.transitions)) {
        int eligible = 0;
        for (const Order &order : std::as_const(selected)) {
            if (t.from.contains(order.state))
                ++eligible;
        }
        if (eligible == 0)
            continue;
        auto *button = new QPushButton(t.label.isEmpty() ? t.name : t.label, m_transitions);
        button->setObjectName(u"transition_"_s + t.name);
        bool enabled = !busy;
        if (selected.size() == 1) {
            const StepResult check = m_service.check(selected.first(), t.name);
            if (!check.ok()) {
                enabled = false;
                // The line says what blocks it; the tooltip adds where and what to do.
                const QString why = check.error ? check.error->what : failureLabel(check.failure);
                button->setToolTip(check.error ? check.error->message() : why);
                blocked.append(tr("%1 is blocked: %2").arg(button->text(), why));
            } else {
                button->setToolTip(tr("%1 → %2 (%3)").arg(t.name, t.to, notificationModeName(t.mode)));
            }
        } else {
            button->setToolTip(tr("Steps the %1 selected orders whose state allows it (%2 of %3)")
                                   .arg(selected.size())
                                   .arg(eligible)
                                   .arg(selected.size()));
        }
        button->setEnabled(enabled);
        connect(button, &QPushButton::clicked, this, [this, name = t.name] { stepSelected(name); });
        m_transitionsLayout->addWidget(button);
    }
    m_transitionsLayout->addStretch(1);
    if (selected.isEmpty())
        m_blocked->setText(tr("Select orders to step them through the lifecycle."));
    else if (m_transitionsLayout->count() == 1)
        m_blocked->setText(tr("No transition leaves from %1.").arg(stateLabel(selected.first().state)));
    else
        m_blocked->setText(blocked.join(u'\n'));
    m_blocked->setVisible(!m_blocked->text().isEmpty());
}

void OrdersTab::stepSelected(const QString &transition)
{
    const QString modeName = m_mode->currentData().toString();
    runStep(selectedOrderIds(), transition,
            modeName.isEmpty() ? std::nullopt : notificationModeFromName(modeName));
}

void OrdersTab::runStep(const QList<qint64> &ids, const QString &transition,
                        std::optional<NotificationMode> mode)
{
    if (ids.isEmpty() || isBusy())
        return;
    StepOptions options;
    options.mode = mode;
    if (m_production) {
        const auto answer = m_prompts.question(
            this, tr("Write to production"),
            tr("This steps %n orders on a production environment: the ERP's orders change for real. Go on?",
               nullptr, int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        options.confirmedProductionWrite = true;
    }
    m_details->hideConflict();
    if (ids.size() == 1) {
        m_message->setText(tr("Stepping order %1 through \"%2\"…").arg(ids.first()).arg(transition));
        m_singleRequest = m_service.step(ids.first(), transition, options);
    } else {
        m_results->removeRows(0, m_results->rowCount());
        m_bulkResults.clear();
        m_resultsView->show();
        m_progress->setRange(0, int(ids.size()));
        m_progress->setValue(0);
        m_progress->show();
        m_message->setText(tr("Stepping %1 orders through \"%2\"…").arg(ids.size()).arg(transition));
        m_batch = m_service.stepMany(ids, transition, options);
    }
    rebuildTransitions();
}

QString OrdersTab::resultText(const StepResult &result) const
{
    if (result.ok()) {
        const QString state = stateLabel(result.order.state);
        switch (result.mode) {
        case NotificationMode::Sync:
            return tr("The ERP accepted; now %1.").arg(state);
        case NotificationMode::Async:
            return tr("Now %1; the ERP action waits in the outbox.").arg(state);
        case NotificationMode::Event:
            return tr("Now %1; the event waits in the outbox.").arg(state);
        }
    }
    QString text = result.error ? result.error->message() : failureLabel(result.failure);
    if (!result.missingFields.isEmpty() && !text.contains(result.missingFields.first()))
        text += u' ' + tr("Missing: %1.").arg(result.missingFields.join(u", "_s));
    return text;
}

void OrdersTab::onStepFinished(qint64 requestId, const StepResult &result)
{
    if (requestId != 0 && requestId == m_batch) {
        const int row = m_results->rowCount();
        QString number = QString::number(result.orderId);
        if (const int r = m_model->rowOf(result.orderId); r >= 0)
            number = OrderListModel::numberOf(m_model->orderAt(r));
        auto *order = new QStandardItem(number);
        order->setData(result.orderId, ObjectIdRole);
        auto *outcome = new QStandardItem(failureLabel(result.failure));
        if (!result.ok())
            outcome->setForeground(QColor(0xb0, 0x20, 0x20));
        auto *text = new QStandardItem(resultText(result));
        text->setToolTip(text->text());
        m_results->insertRow(row, { order, new QStandardItem(result.transition), outcome, text });
        m_bulkResults.append(result);
        return;
    }
    if (requestId == 0 || requestId != m_singleRequest)
        return;
    m_singleRequest = 0;
    const QString number = [&] {
        const int r = m_model->rowOf(result.orderId);
        return r >= 0 ? OrderListModel::numberOf(m_model->orderAt(r)) : QString::number(result.orderId);
    }();
    if (result.ok()) {
        m_message->setText(tr("%1 — %2: %3").arg(number, result.transition, resultText(result)));
    } else if (result.failure == StepResult::Failure::Conflict) {
        if (m_details->orderId() != result.orderId)
            selectOrders({ result.orderId });
        m_details->showConflict(result);
        m_message->setText(
            tr("%1 — %2: the ERP's order changed since we read it (412). Compare both versions below.")
                .arg(number, result.transition));
    } else {
        m_message->setText(tr("%1 — %2 failed: %3").arg(number, result.transition, resultText(result)));
    }
    rebuildTransitions();
    emit stepDone(result);
}

void OrdersTab::onOrderChanged(qint64 orderId)
{
    if (orderId == 0) {
        reload();
        return;
    }
    m_model->refreshOrder(orderId);
    if (m_details->orderId() == orderId || selectedOrderIds().contains(orderId)) {
        showCurrent();
        rebuildTransitions();
    }
    updateCount();
}

void OrdersTab::retryAfterRefresh(const StepResult &conflict)
{
    if (isBusy())
        return;
    m_retrying = conflict;
    m_message->setText(tr("Reading order %1 from the ERP again…").arg(conflict.orderId));
    m_refresh = m_service.refresh(conflict.orderId);
    rebuildTransitions();
}

void OrdersTab::importFrom(OrderSource source)
{
    if (m_import != 0)
        return;
    m_importButton->setEnabled(false);
    m_message->setText(source == OrderSource::Crm ? tr("Importing the CRM's deals…")
                                                  : tr("Importing the ERP's orders…"));
    m_import = m_service.importOrders(source);
}

} // namespace crmbridge
