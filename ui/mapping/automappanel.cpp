#include "ui/mapping/automappanel.h"

#include "models/mapping/rulesmodel.h"
#include "models/mapping/suggestionsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

AutoMapPanel::AutoMapPanel(RulesModel &rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_model(new SuggestionsModel(this))
{
    m_label = new QLabel(tr("Auto-map suggests rules from field names, synonyms and sample values. "
                            "Check the ones to keep, then accept them."),
                         this);
    m_label->setWordWrap(true);
    m_suggest = new QPushButton(tr("Suggest"), this);
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    m_accept = new QPushButton(tr("Accept checked"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject = new QPushButton(tr("Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("suggestionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_suggest);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_suggest, &QPushButton::clicked, this, &AutoMapPanel::suggestRequested);
    connect(m_accept, &QPushButton::clicked, this, &AutoMapPanel::acceptChecked);
    connect(m_reject, &QPushButton::clicked, this, &AutoMapPanel::rejectChecked);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AutoMapPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AutoMapPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AutoMapPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutoMapPanel::updateButtons);
    updateButtons();
}

void AutoMapPanel::acceptChecked()
{
    const auto accepted = m_model->accepted();
    if (accepted.isEmpty())
        return;
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, SuggestionsModel::AcceptColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked)
            rows.append(r);
    }
    m_rules.applySuggestions(accepted);
    m_model->removeRows(rows);
}

void AutoMapPanel::rejectChecked()
{
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, SuggestionsModel::AcceptColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked)
            rows.append(r);
    }
    if (rows.isEmpty()) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows.append(index.row());
    }
    m_model->removeRows(rows);
}

void AutoMapPanel::updateButtons()
{
    const bool anyChecked = !m_model->accepted().isEmpty();
    m_accept->setEnabled(anyChecked);
    m_reject->setEnabled(anyChecked || m_view->selectionModel()->hasSelection());
}

} // namespace crmbridge
