#include "ui/endpoints/environmentsdialog.h"

#include "models/common/modelroles.h"
#include "models/endpoints/environmentmodels.h"
#include "models/endpoints/environmentrepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

/// Edits a variable's value; for a secret, a password field that starts empty.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto *line = qobject_cast<QLineEdit *>(editor);
        const bool secret =
            index.siblingAtColumn(EnvironmentVariablesModel::SecretColumn).data(Qt::CheckStateRole).toInt()
            == Qt::Checked;
        if (line && secret) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(EnvironmentsDialog::tr("New secret value"));
        }
        if (line)
            line->setObjectName(QStringLiteral("variableValueEditor"));
        return editor;
    }
};

QString bannerStyle()
{
    return QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 6px; "
                          "border-radius: 3px; }");
}

} // namespace

EnvironmentsDialog::EnvironmentsDialog(EnvironmentRepository &repository, QUndoStack &undoStack,
                                       SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
    , m_environments(new EnvironmentListModel(repository, undoStack, this))
    , m_variables(new EnvironmentVariablesModel(repository, undoStack, secrets, this))
{
    setObjectName(QStringLiteral("environmentsDialog"));
    resize(820, 460);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_environmentsView = new QTableView(left);
    m_environmentsView->setObjectName(QStringLiteral("environmentsView"));
    m_environmentsView->setModel(m_environments);
    m_environmentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environmentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::SelectedClicked);
    m_environmentsView->verticalHeader()->hide();
    m_environmentsView->horizontalHeader()->setSectionResizeMode(EnvironmentListModel::NameColumn,
                                                                 QHeaderView::Stretch);
    m_environmentsView->horizontalHeader()->setSectionResizeMode(EnvironmentListModel::ProductionColumn,
                                                                 QHeaderView::ResizeToContents);
    m_environmentsView->horizontalHeader()->setSectionResizeMode(EnvironmentListModel::VariablesColumn,
                                                                 QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_environmentsView, 1);
    auto *envButtons = new QHBoxLayout;
    m_addEnvironment = new QPushButton(left);
    m_addEnvironment->setObjectName(QStringLiteral("addEnvironment"));
    m_removeEnvironment = new QPushButton(left);
    m_removeEnvironment->setObjectName(QStringLiteral("removeEnvironment"));
    envButtons->addWidget(m_addEnvironment);
    envButtons->addWidget(m_removeEnvironment);
    envButtons->addStretch(1);
    leftLayout->addLayout(envButtons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("environmentProductionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(bannerStyle());
    m_banner->setVisible(false);
    rightLayout->addWidget(m_banner);
    m_variablesLabel = new QLabel(right);
    rightLayout->addWidget(m_variablesLabel);
    m_variablesView = new QTableView(right);
    m_variablesView->setObjectName(QStringLiteral("variablesView"));
    m_variablesView->setModel(m_variables);
    m_variablesView->setItemDelegateForColumn(EnvironmentVariablesModel::ValueColumn,
                                              new ValueDelegate(m_variablesView));
    m_variablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variablesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_variablesView->verticalHeader()->hide();
    m_variablesView->horizontalHeader()->setSectionResizeMode(EnvironmentVariablesModel::NameColumn,
                                                              QHeaderView::ResizeToContents);
    m_variablesView->horizontalHeader()->setSectionResizeMode(EnvironmentVariablesModel::ValueColumn,
                                                              QHeaderView::Stretch);
    m_variablesView->horizontalHeader()->setSectionResizeMode(EnvironmentVariablesModel::SecretColumn,
                                                              QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_variablesView, 1);
    auto *varButtons = new QHBoxLayout;
    m_addVariable = new QPushButton(right);
    m_addVariable->setObjectName(QStringLiteral("addVariable"));
    m_removeVariable = new QPushButton(right);
    m_removeVariable->setObjectName(QStringLiteral("removeVariable"));
    varButtons->addWidget(m_addVariable);
    varButtons->addWidget(m_removeVariable);
    varButtons->addStretch(1);
    rightLayout->addLayout(varButtons);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("environmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("environmentNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    auto *bottom = new QHBoxLayout;
    QAction *undo = m_undoStack.createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack.createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("environmentsUndo"));
    m_undo->setDefaultAction(undo);
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo = new QToolButton(this);
    m_redo->setObjectName(QStringLiteral("environmentsRedo"));
    m_redo->setDefaultAction(redo);
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeEnvironments"));
    m_close->setAutoDefault(false);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_redo);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_addEnvironment, &QPushButton::clicked, this, [this] {
        const qint64 id = m_environments->addEnvironment(tr("New environment"));
        if (id != 0) {
            m_currentId = id;
            restoreSelection();
            m_environmentsView->edit(m_environments->index(m_environments->rowOf(id), EnvironmentListModel::NameColumn));
        }
    });
    connect(m_removeEnvironment, &QPushButton::clicked, this, [this] {
        m_environments->removeEnvironment(m_environments->rowOf(m_currentId));
    });
    connect(m_addVariable, &QPushButton::clicked, this, [this] {
        const int row = m_variables->addVariable();
        if (row >= 0) {
            const QModelIndex index = m_variables->index(row, EnvironmentVariablesModel::NameColumn);
            m_variablesView->setCurrentIndex(index);
            m_variablesView->edit(index);
        }
    });
    connect(m_removeVariable, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_variablesView->currentIndex();
        if (current.isValid())
            m_variables->removeVariable(current.row());
    });
    connect(m_environments, &EnvironmentListModel::invalidInput, this, &EnvironmentsDialog::showProblem);
    connect(m_variables, &EnvironmentVariablesModel::invalidInput, this, &EnvironmentsDialog::showProblem);
    connect(m_variables, &EnvironmentVariablesModel::secretStored, this, [this](const QString &message, bool ok) {
        if (!ok) {
            showProblem(message);
            return;
        }
        m_note->setText(message);
        m_note->setVisible(true);
    });
    connect(&m_repository, &EnvironmentRepository::failed, this, &EnvironmentsDialog::showProblem);
    // The models reset on every change; the dialog keeps the environment the analyst was on.
    connect(m_environments, &QAbstractItemModel::modelReset, this, &EnvironmentsDialog::restoreSelection);
    connect(m_environmentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEnvironment(current.data(ObjectIdRole).toLongLong());
            });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        m_problem->setVisible(false);
    });

    retranslate();
    restoreSelection();
}

void EnvironmentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EnvironmentsDialog::retranslate()
{
    setWindowTitle(tr("Environments"));
    m_intro->setText(tr("An environment is a named set of variables that fills {{name}} in endpoint URLs, "
                        "headers and bodies. Mark an environment as production to get a warning banner and "
                        "a confirmation before every write to it. Secret values go to the system keychain."));
    m_addEnvironment->setText(tr("Add Environment"));
    m_removeEnvironment->setText(tr("Remove"));
    m_addVariable->setText(tr("Add Variable"));
    m_removeVariable->setText(tr("Remove Variable"));
    m_close->setText(tr("Close"));
    showEnvironment(m_currentId);
}

void EnvironmentsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool EnvironmentsDialog::selectEnvironment(const QString &name)
{
    const Environment *e = m_repository.environmentNamed(name);
    if (!e)
        return false;
    m_currentId = e->id;
    restoreSelection();
    return true;
}

void EnvironmentsDialog::restoreSelection()
{
    int row = m_environments->rowOf(m_currentId);
    if (row < 0 && m_environments->rowCount() > 0)
        row = 0;
    if (row < 0) {
        showEnvironment(0);
        return;
    }
    const QModelIndex index = m_environments->index(row, EnvironmentListModel::NameColumn);
    m_environmentsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showEnvironment(m_environments->environmentIdAt(row));
}

void EnvironmentsDialog::showEnvironment(qint64 id)
{
    m_currentId = m_repository.resolve(id);
    const Environment *e = m_repository.environment(m_currentId);
    if (m_variables->environmentId() != m_currentId || !e)
        m_variables->setEnvironmentId(e ? m_currentId : 0);
    m_removeEnvironment->setEnabled(e != nullptr);
    m_addVariable->setEnabled(e != nullptr);
    m_removeVariable->setEnabled(e != nullptr);
    m_variablesView->setEnabled(e != nullptr);
    m_variablesLabel->setText(e ? tr("Variables of %1").arg(e->name) : tr("Add an environment to define variables."));
    m_banner->setVisible(e && e->production);
    if (e && e->production)
        m_banner->setText(tr("PRODUCTION — requests in \"%1\" reach real data; every write asks for confirmation.")
                              .arg(e->name));
}

} // namespace crmbridge
