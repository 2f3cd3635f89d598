#include "ui/sync/failedrowsdialog.h"

#include "models/sync/failedrowsmodel.h"
#include "models/sync/planitemsmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

FailedRowsDialog::FailedRowsDialog(const RunItems &items, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new FailedRowsModel(m_undoStack, this))
{
    setObjectName(QStringLiteral("failedRowsDialog"));
    setWindowTitle(tr("Failed rows of run %1 — %2").arg(items.runId).arg(profileName));
    m_model->setRun(items.runId, items.items, items.journal);

    auto *intro = new QLabel(
        tr("These records were not written. Fix a value in place (double-click a cell), then retry: only these rows "
           "run again, as a new run linked to run %1. Without edits, the records are read again from the source.")
            .arg(items.runId),
        this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("failedRowsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(FailedRowsModel::ProblemColumn, 320);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("failedRowsSummary"));
    m_undo = new QPushButton(tr("Undo"), this);
    m_redo = new QPushButton(tr("Redo"), this);
    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry these rows"), QDialogButtonBox::AcceptRole);
    m_retry->setObjectName(QStringLiteral("retryRowsButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_redo);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1000, 520);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QPushButton::setEnabled);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &FailedRowsDialog::updateSummary);
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, m_undoStack, &QUndoStack::undo);
    auto *redo = new QShortcut(QKeySequence::Redo, this);
    connect(redo, &QShortcut::activated, m_undoStack, &QUndoStack::redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    updateSummary();
}

void FailedRowsDialog::updateSummary()
{
    const int rows = m_model->rowCount();
    m_retry->setEnabled(rows > 0);
    m_summary->setText(m_model->isEdited() ? tr("%n row(s) to retry, with your edits", nullptr, rows)
                                           : tr("%n row(s) to retry", nullptr, rows));
}

} // namespace crmbridge
