#include "ui/orders/orderdetailpane.h"

#include "models/orders/orderlistmodel.h"
#include "models/orders/timelinemodel.h"
#include "ui/common/tableactions.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

namespace {

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

OrderDetailPane::OrderDetailPane(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
{
    m_timeline = new TimelineModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("orderHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    layout->addWidget(m_heading);

    // The 412 panel: both versions side by side.
    m_conflictBox = new QGroupBox(this);
    m_conflictBox->setObjectName(QStringLiteral("conflictPanel"));
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    m_conflictText = new QLabel(m_conflictBox);
    m_conflictText->setWordWrap(true);
    conflictLayout->addWidget(m_conflictText);
    auto *sides = new QHBoxLayout;
    auto *localSide = new QVBoxLayout;
    m_localLabel = new QLabel(m_conflictBox);
    m_local = codeView(m_conflictBox, QStringLiteral("localVersion"));
    localSide->addWidget(m_localLabel);
    localSide->addWidget(m_local);
    auto *serverSide = new QVBoxLayout;
    m_serverLabel = new QLabel(m_conflictBox);
    m_server = codeView(m_conflictBox, QStringLiteral("serverVersion"));
    serverSide->addWidget(m_serverLabel);
    serverSide->addWidget(m_server);
    sides->addLayout(localSide);
    sides->addLayout(serverSide);
    conflictLayout->addLayout(sides);
    auto *conflictButtons = new QHBoxLayout;
    m_retry = new QPushButton(m_conflictBox);
    m_retry->setObjectName(QStringLiteral("refreshAndRetry"));
    m_abort = new QPushButton(m_conflictBox);
    m_abort->setObjectName(QStringLiteral("abortConflict"));
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_retry);
    conflictButtons->addWidget(m_abort);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();
    layout->addWidget(m_conflictBox);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    auto *timelineTab = new QSplitter(Qt::Vertical, m_tabs);
    m_timelineView = new QTableView(timelineTab);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setWordWrap(false);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setColumnWidth(TimelineModel::TimeColumn, 150);
    m_timelineView->setColumnWidth(TimelineModel::StatesColumn, 170);
    TableActions::install(m_timelineView, prompts, QStringLiteral("timeline"));
    auto *bodies = new QWidget(timelineTab);
    auto *bodiesLayout = new QHBoxLayout(bodies);
    bodiesLayout->setContentsMargins(0, 0, 0, 0);
    auto *requestSide = new QVBoxLayout;
    m_requestLabel = new QLabel(bodies);
    m_request = codeView(bodies, QStringLiteral("requestText"));
    requestSide->addWidget(m_requestLabel);
    requestSide->addWidget(m_request);
    auto *responseSide = new QVBoxLayout;
    m_responseLabel = new QLabel(bodies);
    m_response = codeView(bodies, QStringLiteral("responseText"));
    responseSide->addWidget(m_responseLabel);
    responseSide->addWidget(m_response);
    bodiesLayout->addLayout(requestSide);
    bodiesLayout->addLayout(responseSide);
    // Small minimums keep the window's minimum height small (the sandbox dock shares it).
    for (QWidget *w : std::initializer_list<QWidget *> { m_timelineView, m_request, m_response })
        w->setMinimumHeight(40);
    timelineTab->setStretchFactor(0, 2);
    timelineTab->setStretchFactor(1, 3);
    m_data = codeView(m_tabs, QStringLiteral("orderData"));
    m_tabs->addTab(timelineTab, QString());
    m_tabs->addTab(m_data, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEvent(current.isValid() ? current.row() : -1); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const StepResult conflict = m_conflict;
        hideConflict();
        emit refreshAndRetryRequested(conflict);
    });
    connect(m_abort, &QPushButton::clicked, this, [this] {
        const StepResult conflict = m_conflict;
        hideConflict();
        emit conflictAborted(conflict);
    });
    retranslate();
    clear();
}

void OrderDetailPane::retranslate()
{
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Data"));
    m_requestLabel->setText(tr("Sent"));
    m_responseLabel->setText(tr("Answer"));
    m_conflictBox->setTitle(tr("The ERP's order changed since it was read (412)"));
    m_localLabel->setText(tr("Ours (last read)"));
    m_serverLabel->setText(tr("The ERP's now"));
    m_retry->setText(tr("Refresh and retry"));
    m_abort->setText(tr("Abort"));
    if (m_orderId == 0)
        m_heading->setText(tr("Select an order to see its timeline."));
    if (conflictShown())
        showConflict(m_conflict);
}

void OrderDetailPane::clear()
{
    m_orderId = 0;
    m_timeline->clear();
    m_request->clear();
    m_response->clear();
    m_data->clear();
    m_heading->setText(tr("Select an order to see its timeline."));
    hideConflict();
}

void OrderDetailPane::showOrder(const Order &order, const QString &stateLabel,
                                const QList<OrderEvent> &timeline)
{
    const bool sameOrder = order.id == m_orderId;
    const int previousRows = m_timeline->rowCount();
    m_orderId = order.id;
    QString heading = tr("%1 — %2").arg(OrderListModel::numberOf(order), stateLabel);
    if (const QString name = OrderListModel::nameOf(order); !name.isEmpty())
        heading += u" — "_s + name;
    if (!order.externalId.isEmpty())
        heading += u"  ("_s + order.externalId + u')';
    m_heading->setText(heading);
    m_data->setPlainText(OrderEventText::prettyJson(order.data));
    const int keepRow = m_timelineView->currentIndex().row();
    m_timeline->setEvents(timeline);
    // A timeline is short: measuring it is cheap. The error column stretches instead.
    for (int column = 0; column < TimelineModel::ErrorColumn; ++column)
        m_timelineView->resizeColumnToContents(column);
    if (m_conflict.orderId != order.id)
        hideConflict();
    if (timeline.isEmpty()) {
        showEvent(-1);
        return;
    }
    // A new line selects itself; otherwise the analyst's line stays selected.
    const int row =
        sameOrder && keepRow >= 0 && previousRows == timeline.size() ? keepRow : int(timeline.size()) - 1;
    m_timelineView->setCurrentIndex(m_timeline->index(row, 0));
    m_timelineView->scrollTo(m_timeline->index(row, 0));
    showEvent(row);
}

void OrderDetailPane::showEvent(int row)
{
    if (row < 0 || row >= m_timeline->rowCount()) {
        m_request->clear();
        m_response->clear();
        return;
    }
    const OrderEvent &event = m_timeline->eventAt(row);
    m_request->setPlainText(OrderEventText::request(event));
    m_response->setPlainText(OrderEventText::response(event));
}

void OrderDetailPane::showConflict(const StepResult &result)
{
    m_conflict = result;
    const OrderConflict c = result.conflict.value_or(OrderConflict {});
    m_conflictText->setText(tr("\"%1\" was refused: the ERP has version %2 of this order (ETag %3, status "
                               "%4); we last read version %5 "
                               "(ETag %6). Refresh reads the ERP's order again and retries the step; Abort "
                               "leaves the order as it is.")
                                .arg(result.transition)
                                .arg(c.serverVersion)
                                .arg(c.serverEtag.isEmpty() ? tr("unknown") : c.serverEtag,
                                     c.serverStatus.isEmpty() ? tr("unknown") : c.serverStatus)
                                .arg(c.localVersion)
                                .arg(c.localEtag.isEmpty() ? tr("none") : c.localEtag));
    QJsonObject local = result.order.data;
    m_local->setPlainText(tr("version %1, ETag %2").arg(c.localVersion).arg(c.localEtag) + u"\n\n"_s
                          + OrderEventText::prettyJson(local));
    m_server->setPlainText(
        tr("version %1, ETag %2, status %3").arg(c.serverVersion).arg(c.serverEtag, c.serverStatus)
        + u"\n\n"_s + OrderEventText::prettyJson(c.serverOrder));
    m_conflictBox->show();
}

void OrderDetailPane::hideConflict()
{
    m_conflict = StepResult {};
    m_conflictBox->hide();
}

bool OrderDetailPane::conflictShown() const
{
    return !m_conflictBox->isHidden();
}

} // namespace crmbridge
