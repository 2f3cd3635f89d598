#include "ui/orders/lifecycleeditor.h"

#include "models/orders/lifecycledocument.h"
#include "models/orders/lifecyclemodels.h"
#include "ui/common/tableactions.h"
#include "ui/orders/lifecyclediagram.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

/// Offers the values of ChoicesRole in a combo box (modes, action kinds, states); the default
/// line edit elsewhere.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QStringList choices = index.data(ChoicesRole).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findText(index.data(Qt::EditRole).toString()));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setWordWrap(false);
    return view;
}

} // namespace

LifecycleEditor::LifecycleEditor(LifecycleDocument &document, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_states = new LifecycleStatesModel(document, this);
    m_transitions = new LifecycleTransitionsModel(document, this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_addState = new QPushButton(this);
    m_addState->setObjectName(QStringLiteral("addState"));
    m_removeState = new QPushButton(this);
    m_removeState->setObjectName(QStringLiteral("removeState"));
    m_addTransition = new QPushButton(this);
    m_addTransition->setObjectName(QStringLiteral("addTransition"));
    m_removeTransition = new QPushButton(this);
    m_removeTransition->setObjectName(QStringLiteral("removeTransition"));
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("lifecycleUndo"));
    m_redo = new QPushButton(this);
    m_redo->setObjectName(QStringLiteral("lifecycleRedo"));
    for (QPushButton *b : { m_addState, m_removeState, m_addTransition, m_removeTransition })
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_undo);
    bar->addWidget(m_redo);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *tables = new QWidget(split);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *statesBox = new QWidget(tables);
    auto *statesLayout = new QVBoxLayout(statesBox);
    statesLayout->setContentsMargins(0, 0, 0, 0);
    m_statesHeading = new QLabel(statesBox);
    m_statesView = makeTable(m_states, statesBox, QStringLiteral("statesView"));
    statesLayout->addWidget(m_statesHeading);
    statesLayout->addWidget(m_statesView);
    auto *transitionsBox = new QWidget(tables);
    auto *transitionsLayout = new QVBoxLayout(transitionsBox);
    transitionsLayout->setContentsMargins(0, 0, 0, 0);
    m_transitionsHeading = new QLabel(transitionsBox);
    m_transitionsView = makeTable(m_transitions, transitionsBox, QStringLiteral("transitionsView"));
    m_transitionsView->setColumnWidth(LifecycleTransitionsModel::GuardColumn, 220);
    m_transitionsView->setColumnWidth(LifecycleTransitionsModel::TargetColumn, 180);
    transitionsLayout->addWidget(m_transitionsHeading);
    transitionsLayout->addWidget(m_transitionsView);
    tablesLayout->addWidget(statesBox, 2);
    tablesLayout->addWidget(transitionsBox, 5);
    TableActions::install(m_statesView, prompts, QStringLiteral("lifecycle-states"));
    TableActions::install(m_transitionsView, prompts, QStringLiteral("lifecycle-transitions"));

    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(lower);
    m_status->setObjectName(QStringLiteral("lifecycleStatus"));
    m_status->setWordWrap(true);
    m_issues = new QListWidget(lower);
    m_issues->setObjectName(QStringLiteral("lifecycleIssues"));
    m_issues->setMaximumHeight(90);
    m_diagramHeading = new QLabel(lower);
    m_diagram = new LifecycleDiagram(lower);
    m_diagram->setObjectName(QStringLiteral("lifecycleDiagram"));
    lowerLayout->addWidget(m_status);
    lowerLayout->addWidget(m_issues);
    lowerLayout->addWidget(m_diagramHeading);
    lowerLayout->addWidget(m_diagram, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_addState, &QPushButton::clicked, this, [this] {
        const int row = m_states->addState();
        m_statesView->setCurrentIndex(m_states->index(row, LifecycleStatesModel::IdColumn));
    });
    connect(m_removeState, &QPushButton::clicked, this, [this] {
        if (m_statesView->currentIndex().isValid())
            m_states->removeState(m_statesView->currentIndex().row());
    });
    connect(m_addTransition, &QPushButton::clicked, this, [this] {
        const int row = m_transitions->addTransition();
        m_transitionsView->setCurrentIndex(m_transitions->index(row, LifecycleTransitionsModel::NameColumn));
    });
    connect(m_removeTransition, &QPushButton::clicked, this, [this] {
        if (m_transitionsView->currentIndex().isValid())
            m_transitions->removeTransition(m_transitionsView->currentIndex().row());
    });
    QUndoStack *stack = document.undoStack();
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QPushButton::setEnabled);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    const auto refused = [this](const QString &reason) {
        m_status->setText(reason);
        m_status->show();
    };
    connect(m_states, &LifecycleStatesModel::editRefused, this, refused);
    connect(m_transitions, &LifecycleTransitionsModel::editRefused, this, refused);
    connect(&document, &LifecycleDocument::changed, this, [this] {
        m_diagram->setLifecycle(m_document.lifecycle());
        updateIssues();
    });
    retranslate();
    m_diagram->setLifecycle(document.lifecycle());
    updateIssues();
}

void LifecycleEditor::updateIssues()
{
    m_issues->clear();
    for (const orders::LifecycleIssue &issue : m_document.issues()) {
        QString where = issue.transition.isEmpty() ? issue.state : issue.transition;
        if (issue.line > 0)
            where += QStringLiteral(" %1:%2").arg(issue.line).arg(issue.column);
        const QString text = issue.isError() ? tr("Error — %1: %2").arg(where, issue.message)
                                             : tr("Warning — %1: %2").arg(where, issue.message);
        auto *item = new QListWidgetItem(text, m_issues);
        item->setForeground(issue.isError() ? QColor(0xb0, 0x20, 0x20) : QColor(0x8a, 0x5a, 0x00));
    }
    m_issues->setVisible(m_issues->count() > 0);
    if (!m_document.saveProblem().isEmpty())
        m_status->setText(m_document.saveProblem());
    else if (m_document.undoStack()->count() > 0)
        m_status->setText(tr("Saved. Orders step through this lifecycle from now on."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
}

void LifecycleEditor::retranslate()
{
    m_addState->setText(tr("Add state"));
    m_removeState->setText(tr("Remove state"));
    m_addTransition->setText(tr("Add transition"));
    m_removeTransition->setText(tr("Remove transition"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_statesHeading->setText(tr("States"));
    m_transitionsHeading->setText(tr("Transitions (double-click to edit; lists are comma-separated; the "
                                     "guard is a formula over the order)"));
    m_diagramHeading->setText(tr("State diagram"));
    updateIssues();
}

} // namespace crmbridge
