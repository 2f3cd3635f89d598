#include "ui/endpoints/headerstab.h"

#include "models/endpoints/endpointtablemodels.h"
#include "ui/common/tableactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

HeadersTab::HeadersTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                       QWidget *parent)
    : EndpointTab(repository, undoStack, parent)
{
    m_model = new HeadersModel(repository, undoStack, this);
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("headersView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    TableActions::install(m_view, prompts, QStringLiteral("headers"));
    layout->addWidget(m_view, 1);
    m_error = errorLabel(this, QStringLiteral("headersError"));
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addHeader"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeHeader"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_model, &EndpointPartModel::invalidInput, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowCount();
        if (m_model->insertRows(row, 1))
            m_view->edit(m_model->index(row, HeadersModel::NameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    retranslate();
    setEnabled(false);
}

void HeadersTab::retranslate()
{
    m_note->setText(
        tr("Sent with every request of this endpoint. Values may use {{variables}} of the environment; "
           "put credentials on the Auth tab, not here."));
    m_add->setText(tr("Add Header"));
    m_remove->setText(tr("Remove"));
}

void HeadersTab::load(const Endpoint &)
{
    if (m_model->endpointId() != m_endpointId)
        m_model->setEndpointId(m_endpointId);
}

} // namespace crmbridge
