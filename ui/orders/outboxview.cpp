#include "ui/orders/outboxview.h"

#include "core/orders/orderservice.h"
#include "models/common/modelroles.h"
#include "models/orders/outboxmodel.h"
#include "models/orders/timelinemodel.h"
#include "ui/common/tableactions.h"
#include "ui/shell/prompts.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

OutboxView::OutboxView(OrderService &service, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
{
    m_model = new OutboxModel(service, this);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(QString(), -1);
    for (OutboxEntry::State s : { OutboxEntry::State::Pending, OutboxEntry::State::Failed,
                                  OutboxEntry::State::Delivered, OutboxEntry::State::Discarded })
        m_filter->addItem(QString(), int(s));
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("reloadOutbox"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryOutbox"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardOutbox"));
    bar->addWidget(m_filter);
    bar->addWidget(m_reload);
    bar->addStretch(1);
    bar->addWidget(m_retry);
    bar->addWidget(m_discard);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OutboxModel::NextAttemptColumn, 150);
    m_view->setColumnWidth(OutboxModel::LastErrorColumn, 320);
    TableActions::install(m_view, prompts, QStringLiteral("outbox"));
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::activated, this, [this] {
        const int s = m_filter->currentData().toInt();
        m_model->setStateFilter(s < 0 ? std::nullopt : std::optional(OutboxEntry::State(s)));
        updateButtons();
    });
    connect(m_reload, &QPushButton::clicked, this, &OutboxView::reload);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        showCurrent();
    });
    retranslate();
    reload();
}

void OutboxView::retranslate()
{
    const QStringList labels = { tr("All entries"), tr("Pending"), tr("Failed"), tr("Delivered"),
                                 tr("Discarded") };
    for (int i = 0; i < labels.size() && i < m_filter->count(); ++i)
        m_filter->setItemText(i, labels.at(i));
    m_reload->setText(tr("Reload"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Deliver the selected failed or waiting entries again, now"));
    m_discard->setText(tr("Discard…"));
    m_discard->setToolTip(tr("Give up on the selected entries: they are never delivered"));
}

void OutboxView::reload()
{
    // Keep the selection by entry id across the reset.
    const QList<qint64> selected = selectedIds();
    if (!m_model->reload())
        m_message->setText(m_model->lastError());
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

bool OutboxView::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QList<qint64> OutboxView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->entryAt(index.row()).id);
    return ids;
}

void OutboxView::updateButtons()
{
    bool canRetry = false;
    bool canDiscard = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const OutboxEntry::State s = m_model->entryAt(index.row()).state;
        canRetry |= s == OutboxEntry::State::Failed || s == OutboxEntry::State::Pending;
        canDiscard |= s == OutboxEntry::State::Failed || s == OutboxEntry::State::Pending;
    }
    m_retry->setEnabled(canRetry);
    m_discard->setEnabled(canDiscard);
}

void OutboxView::showCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->clear();
        return;
    }
    const OutboxEntry &e = m_model->entryAt(rows.first().row());
    QString text = tr("Entry %1 for order %2 (%3), Idempotency-Key %4")
                       .arg(e.id)
                       .arg(e.orderId)
                       .arg(e.transition, e.idempotencyKey);
    if (!e.lastError.isEmpty())
        text += u"\n\n"_s + tr("Last error: %1").arg(e.lastError);
    text += u"\n\n"_s + OrderEventText::prettyJson(e.payload);
    m_details->setPlainText(text);
}

void OutboxView::retrySelected()
{
    int done = 0;
    QStringList errors;
    for (qint64 id : selectedIds()) {
        if (Status s = m_service.retryOutboxEntry(id); s)
            ++done;
        else
            errors.append(s.error().message());
    }
    reload();
    m_message->setText(errors.isEmpty() ? tr("%n entries will be delivered again now.", nullptr, done)
                                        : errors.join(u'\n'));
}

void OutboxView::discardSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = m_prompts.question(this, tr("Discard outbox entries"),
                                           tr("Discard %n outbox entries? They will never be delivered; the "
                                              "orders keep their current state and the "
                                              "timeline records the discard.",
                                              nullptr, int(ids.size())),
                                           QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    int done = 0;
    QStringList errors;
    for (qint64 id : ids) {
        if (Status s = m_service.discardOutboxEntry(id); s)
            ++done;
        else
            errors.append(s.error().message());
    }
    reload();
    m_message->setText(errors.isEmpty() ? tr("%n entries discarded.", nullptr, done) : errors.join(u'\n'));
}

} // namespace crmbridge
