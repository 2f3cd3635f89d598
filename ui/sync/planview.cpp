#include "ui/sync/planview.h"

#include "models/sync/synclabels.h"
#include "ui/common/tableactions.h"
#include "ui/shell/prompts.h"

#include <algorithm>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

using namespace sync;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The actions the filter bar offers, in the order an analyst reads a plan.
const QList<PlanAction> kFilterActions = { PlanAction::Create,  PlanAction::Update,   PlanAction::Unchanged,
                                           PlanAction::Invalid, PlanAction::Conflict, PlanAction::Skip,
                                           PlanAction::Archive };

/// Marks decided conflicts in the items table: the action reads "Conflict ✓ decided" (or "2 of 3
/// decided") on a green (or amber) ground, so what is left to decide stands out.
class DecisionMarkDelegate : public QStyledItemDelegate
{
public:
    DecisionMarkDelegate(const PlanItemsModel *items, const PlanActionFilter *filter, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_items(items)
        , m_filter(filter)
    {
    }
    void setBook(const ConflictDecisionBook *book) { m_book = book; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!m_book || m_book->decisions().isEmpty())
            return;
        const PlanItem *item = m_items->item(m_filter->mapToSource(index).row());
        if (!item || item->action != PlanAction::Conflict || item->changes.isEmpty())
            return;
        const int decided = m_book->decisions().decidedCount(*item);
        if (decided == 0)
            return;
        const bool all = decided == item->changes.size();
        option->backgroundBrush = all ? QColor(0xdc, 0xf3, 0xdc) : QColor(0xff, 0xf4, 0xd6);
        option->palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        if (index.column() == PlanItemsModel::ActionColumn) {
            // Short, so it fits the column: "Conflict ✓" decided, "Conflict 1/3" partly.
            option->text = all ? PlanView::tr("%1 ✓").arg(option->text)
                               : PlanView::tr("%1 %2/%3").arg(option->text).arg(decided).arg(item->changes.size());
        }
    }

private:
    const PlanItemsModel *m_items;
    const PlanActionFilter *m_filter;
    const ConflictDecisionBook *m_book = nullptr;
};

} // namespace

PlanView::PlanView(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_items(new PlanItemsModel(this))
    , m_filter(new PlanActionFilter(this))
    , m_diff(new FieldChangesModel(this))
{
    m_filter->setSourceModel(m_items);

    m_plan = new QPushButton(this);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    m_cancel->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportPlanButton"));
    m_export->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progress->setMaximumWidth(160);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_plan);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *filters = new QHBoxLayout;
    m_all = new QToolButton(this);
    m_all->setObjectName(QStringLiteral("filterAll"));
    m_all->setCheckable(true);
    m_all->setChecked(true);
    filters->addWidget(m_all);
    for (PlanAction action : kFilterActions) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filter_") + toString(action));
        button->setCheckable(true);
        m_actionButtons.insert(action, button);
        filters->addWidget(button);
        connect(button, &QToolButton::toggled, this, [this] {
            QSet<PlanAction> actions;
            for (auto it = m_actionButtons.constBegin(); it != m_actionButtons.constEnd(); ++it) {
                if (it.value()->isChecked())
                    actions.insert(it.key());
            }
            m_all->setChecked(actions.isEmpty());
            m_filter->setActions(actions);
        });
    }
    filters->addStretch(1);
    m_decidedLabel = new QLabel(this);
    m_decidedLabel->setObjectName(QStringLiteral("decidedLabel"));
    connect(m_all, &QToolButton::clicked, this, [this] { setActionFilter({}); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_itemsView = makeTable(splitter, QStringLiteral("planItemsView"));
    m_itemsView->setModel(m_filter);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(PlanItemsModel::RowColumn, Qt::AscendingOrder);
    m_itemsView->setColumnWidth(PlanItemsModel::RowColumn, 56);
    m_itemsView->setColumnWidth(PlanItemsModel::SourceKeyColumn, 90);
    m_itemsView->setColumnWidth(PlanItemsModel::MatchKeyColumn, 220);
    m_itemsView->setColumnWidth(PlanItemsModel::ActionColumn, 110);
    m_itemsView->setColumnWidth(PlanItemsModel::TargetIdColumn, 80);
    m_itemsView->setColumnWidth(PlanItemsModel::OutcomeColumn, 90);
    TableActions::install(m_itemsView, prompts, QStringLiteral("plan"));
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = new QLabel(lower);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diffView = makeTable(lower, QStringLiteral("diffView"));
    m_diffView->setModel(m_diff);
    m_diffView->setColumnWidth(FieldChangesModel::FieldColumn, 200);
    m_diffView->setColumnWidth(FieldChangesModel::BeforeColumn, 260);
    TableActions::install(m_diffView, prompts, QStringLiteral("diff"));
    // A conflict: its fields with both values and the decision on each, and the buttons.
    m_conflicts = new ConflictFieldsModel(this);
    m_conflictPage = new QWidget(lower);
    auto *conflictLayout = new QVBoxLayout(m_conflictPage);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictView = makeTable(m_conflictPage, QStringLiteral("conflictView"));
    m_conflictView->setModel(m_conflicts);
    m_conflictView->setColumnWidth(ConflictFieldsModel::FieldColumn, 180);
    m_conflictView->setColumnWidth(ConflictFieldsModel::TargetColumn, 220);
    m_conflictView->setColumnWidth(ConflictFieldsModel::SourceColumn, 220);
    TableActions::install(m_conflictView, prompts, QStringLiteral("conflict"));
    m_conflictReasons = new QLabel(m_conflictPage);
    m_conflictReasons->setObjectName(QStringLiteral("conflictReasons"));
    m_conflictReasons->setWordWrap(true);
    auto makeButton = [this](const char *name) {
        auto *button = new QPushButton(m_conflictPage);
        button->setObjectName(QString::fromLatin1(name));
        button->setEnabled(false);
        return button;
    };
    m_takeSource = makeButton("takeSourceButton");
    m_keepTarget = makeButton("keepTargetButton");
    m_undecide = makeButton("undecideButton");
    m_allSource = makeButton("allSourceButton");
    m_allTarget = makeButton("allTargetButton");
    auto *decideBar = new QHBoxLayout;
    decideBar->addWidget(m_takeSource);
    decideBar->addWidget(m_keepTarget);
    decideBar->addWidget(m_undecide);
    decideBar->addSpacing(16);
    decideBar->addWidget(m_allSource);
    decideBar->addWidget(m_allTarget);
    decideBar->addStretch(1);
    conflictLayout->addWidget(m_conflictView, 1);
    conflictLayout->addWidget(m_conflictReasons);
    conflictLayout->addLayout(decideBar);
    m_lowerStack = new QStackedWidget(lower);
    m_lowerStack->addWidget(m_diffView);
    m_lowerStack->addWidget(m_conflictPage);
    lowerLayout->addWidget(m_diffTitle);
    lowerLayout->addWidget(m_lowerStack, 1);
    splitter->addWidget(m_itemsView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_decidedLabel);
    layout->addLayout(titleRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_plan, &QPushButton::clicked, this, &PlanView::planRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PlanView::cancelRequested);
    connect(m_export, &QPushButton::clicked, this, &PlanView::exportCsv);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanView::showCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlanView::showCurrent);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanView::updateDecisions);
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanView::updateDecisions);
    connect(m_takeSource, &QPushButton::clicked, this, [this] { decideFields(ConflictWinner::Source); });
    connect(m_keepTarget, &QPushButton::clicked, this, [this] { decideFields(ConflictWinner::Target); });
    connect(m_undecide, &QPushButton::clicked, this, &PlanView::undecideFields);
    connect(m_allSource, &QPushButton::clicked, this, [this] { decideRecords(ConflictWinner::Source); });
    connect(m_allTarget, &QPushButton::clicked, this, [this] { decideRecords(ConflictWinner::Target); });
    m_itemsView->setItemDelegate(new DecisionMarkDelegate(m_items, m_filter, m_itemsView));
    retranslate();
}

void PlanView::setBusy(bool busy)
{
    m_plan->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    // Reading: the total is not known yet, so the bar only says that work goes on.
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
}

void PlanView::setProgress(const SyncProgress &progress)
{
    setStatus(tr("%1 — %n record(s) read", nullptr, int(progress.read)).arg(SyncLabels::phase(progress.phase)));
}

void PlanView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b02020") : QString());
}

void PlanView::showItems(const RunItems &items, const QString &profileName)
{
    m_runId = items.runId;
    m_profileName = profileName;
    m_items->setItems(items.items, items.journal);
    m_export->setEnabled(m_items->rowCount() > 0);
    updateCounts();
    updateDecisions();
    // Open on the first record that changes something: its diff says most about the plan.
    int first = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (PlanAction(m_filter->index(row, 0).data(PlanItemsModel::ActionRole).toInt()) == PlanAction::Update) {
            first = row;
            break;
        }
    }
    if (m_filter->rowCount() > 0) {
        m_itemsView->selectRow(first);
        m_itemsView->scrollTo(m_filter->index(first, 0));
    }
}

void PlanView::clear()
{
    m_runId = 0;
    m_profileName.clear();
    m_items->clear();
    m_export->setEnabled(false);
    updateCounts();
    updateDecisions();
}

void PlanView::setActionFilter(const QSet<PlanAction> &actions)
{
    for (auto it = m_actionButtons.constBegin(); it != m_actionButtons.constEnd(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(actions.contains(it.key()));
    }
    m_all->setChecked(actions.isEmpty());
    m_filter->setActions(actions);
}

void PlanView::exportCsv()
{
    if (m_items->rowCount() == 0)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts.saveFileName(this, tr("Export the plan to CSV"),
                                                QDir(dir).filePath(QStringLiteral("plan.csv")),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    SyncPlan plan;
    plan.profileName = m_profileName;
    plan.items = m_items->items();
    if (m_book)
        plan.decisions = m_book->decisions().list(); // their cells filled, as --plan-out does
    if (Status written = plan.writeCsv(path); !written) {
        m_prompts.error(this, tr("Export the plan to CSV"), written.error().message());
        return;
    }
    setStatus(tr("Exported %n item(s) to %1", nullptr, int(plan.items.size())).arg(QDir::toNativeSeparators(path)));
}

void PlanView::updateCounts()
{
    const auto &counts = m_items->counts();
    qint64 total = 0;
    for (PlanAction action : kFilterActions) {
        const qint64 n = counts[std::size_t(action)];
        total += n;
        QToolButton *button = m_actionButtons.value(action);
        button->setText(tr("%1 (%2)").arg(SyncLabels::action(action), QLocale().toString(n)));
        // Skip and archive only appear when a plan has them; the others always show.
        button->setVisible(n > 0 || (action != PlanAction::Skip && action != PlanAction::Archive));
    }
    m_all->setText(tr("All (%1)").arg(QLocale().toString(total)));
    m_title->setText(m_profileName.isEmpty() ? tr("No plan yet") : tr("Plan of %1 (run %2)").arg(m_profileName).arg(m_runId));
}

void PlanView::showCurrent()
{
    const QModelIndex current = m_itemsView->currentIndex();
    const PlanItem *item = current.isValid() ? m_items->item(m_filter->mapToSource(current).row()) : nullptr;
    m_diff->setItem(item);
    const bool conflict = item && item->action == PlanAction::Conflict && !item->changes.isEmpty();
    m_conflicts->setItem(conflict ? item : nullptr);
    m_lowerStack->setCurrentWidget(conflict ? m_conflictPage : static_cast<QWidget *>(m_diffView));
    if (conflict) {
        m_conflictView->setCurrentIndex(m_conflicts->index(0, 0));
        QStringList reasons;
        for (const PlanReason &r : item->reasons)
            reasons.append(r.field.isEmpty() ? r.message : tr("%1: %2").arg(r.field, r.message));
        m_conflictReasons->setText(tr("When planned: %1").arg(reasons.join(QLatin1Char('\n'))));
        m_diffTitle->setText(tr("Row %1 (%2) is in conflict with target %3 — choose per field which side wins:")
                                 .arg(item->sourceRow)
                                 .arg(item->sourceKey, item->targetId));
        updateDecisions();
        return;
    }
    updateDecisions();
    if (!item) {
        m_diffTitle->setText(tr("Select an item to see what changes."));
        return;
    }
    switch (item->action) {
    case PlanAction::Create:
        m_diffTitle->setText(tr("Row %1 (%2) will be created with these fields:").arg(item->sourceRow).arg(item->sourceKey));
        break;
    case PlanAction::Update:
        m_diffTitle->setText(tr("Row %1 (%2) updates target %3: %n field(s) change", nullptr, int(item->changes.size()))
                                 .arg(item->sourceRow)
                                 .arg(item->sourceKey, item->targetId));
        break;
    case PlanAction::Invalid:
    case PlanAction::Conflict:
        m_diffTitle->setText(tr("Row %1 (%2) is %3 — why:").arg(item->sourceRow).arg(item->sourceKey,
                                                                                      SyncLabels::action(item->action).toLower()));
        break;
    default:
        m_diffTitle->setText(tr("Row %1 (%2): %3").arg(item->sourceRow).arg(item->sourceKey, SyncLabels::action(item->action)));
        break;
    }
}

void PlanView::setDecisionBook(ConflictDecisionBook *book, QUndoStack *undoStack)
{
    m_book = book;
    m_undoStack = undoStack;
    m_conflicts->setBook(book);
    static_cast<DecisionMarkDelegate *>(m_itemsView->itemDelegate())->setBook(book);
    connect(book, &ConflictDecisionBook::changed, this, [this] {
        m_conflicts->refresh();
        m_itemsView->viewport()->update();
        updateDecisions();
    });
    connect(book, &ConflictDecisionBook::failed, this, [this](const QString &message) { setStatus(message, true); });
    updateDecisions();
}

QList<int> PlanView::selectedFieldRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_conflictView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_conflictView->currentIndex().isValid())
        rows.append(m_conflictView->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlanView::push(const QList<QPair<QPair<QString, QString>, std::optional<ConflictDecision>>> &changes, const QString &text)
{
    if (!m_book || changes.isEmpty() || m_book->profileId() <= 0)
        return;
    auto *command = new ConflictDecisionCommand(*m_book, changes, text);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

namespace {

ConflictDecision decisionFor(const PlanItem &item, const FieldChange &change, ConflictWinner winner)
{
    ConflictDecision d;
    d.matchKey = item.matchKey;
    d.field = change.field;
    d.winner = winner;
    d.targetValue = decisionValueText(change.before);
    d.sourceValue = decisionValueText(change.after);
    d.decidedBy = decidedByHere(QStringLiteral("window"));
    return d;
}

} // namespace

void PlanView::decideFields(ConflictWinner winner)
{
    const PlanItem *item = m_conflicts->item();
    if (!item)
        return;
    QList<QPair<QPair<QString, QString>, std::optional<ConflictDecision>>> changes;
    QStringList fields;
    for (int row : selectedFieldRows()) {
        const FieldChange &c = item->changes.at(row);
        changes.append({{item->matchKey, c.field}, decisionFor(*item, c, winner)});
        fields.append(c.field);
    }
    push(changes, winner == ConflictWinner::Source ? tr("Take the source for %1 of %2").arg(fields.join(QStringLiteral(", ")), item->matchKey)
                                                   : tr("Keep the target for %1 of %2").arg(fields.join(QStringLiteral(", ")), item->matchKey));
}

void PlanView::decideRecords(ConflictWinner winner)
{
    QList<int> rows;
    for (const QModelIndex &index : m_itemsView->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    if (rows.isEmpty() && m_itemsView->currentIndex().isValid())
        rows.append(m_filter->mapToSource(m_itemsView->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    QList<QPair<QPair<QString, QString>, std::optional<ConflictDecision>>> changes;
    int records = 0;
    for (int row : std::as_const(rows)) {
        const PlanItem *item = m_items->item(row);
        if (!item || item->action != PlanAction::Conflict || item->changes.isEmpty())
            continue;
        ++records;
        for (const FieldChange &c : item->changes)
            changes.append({{item->matchKey, c.field}, decisionFor(*item, c, winner)});
    }
    push(changes, winner == ConflictWinner::Source ? tr("Take the source for all fields of %n conflict(s)", nullptr, records)
                                                   : tr("Keep the target for all fields of %n conflict(s)", nullptr, records));
}

void PlanView::undecideFields()
{
    const PlanItem *item = m_conflicts->item();
    if (!item)
        return;
    QList<QPair<QPair<QString, QString>, std::optional<ConflictDecision>>> changes;
    for (int row : selectedFieldRows()) {
        const QString &field = item->changes.at(row).field;
        if (m_book && m_book->decisions().find(item->matchKey, field))
            changes.append({{item->matchKey, field}, std::nullopt});
    }
    push(changes, tr("Undecide %n field(s) of %1", nullptr, int(changes.size())).arg(item->matchKey));
}

QPair<int, int> PlanView::decidedConflicts() const
{
    int total = 0, decided = 0;
    for (const PlanItem &item : m_items->items()) {
        if (item.action != PlanAction::Conflict || item.changes.isEmpty())
            continue;
        ++total;
        if (m_book && m_book->decisions().decidedCount(item) == item.changes.size())
            ++decided;
    }
    return {decided, total};
}

void PlanView::updateDecisions()
{
    const bool canDecide = m_book && m_book->profileId() > 0;
    const bool fieldShown = canDecide && m_conflicts->item() && m_conflictView->currentIndex().isValid();
    m_takeSource->setEnabled(fieldShown);
    m_keepTarget->setEnabled(fieldShown);
    bool anyDecided = false;
    if (fieldShown) {
        for (int row : selectedFieldRows())
            anyDecided = anyDecided || m_book->decisions().find(m_conflicts->item()->matchKey, m_conflicts->item()->changes.at(row).field);
    }
    m_undecide->setEnabled(anyDecided);
    bool conflictSelected = false;
    for (const QModelIndex &index : m_itemsView->selectionModel()->selectedRows()) {
        const PlanItem *item = m_items->item(m_filter->mapToSource(index).row());
        conflictSelected = conflictSelected || (item && item->action == PlanAction::Conflict && !item->changes.isEmpty());
    }
    m_allSource->setEnabled(canDecide && (conflictSelected || m_conflicts->item()));
    m_allTarget->setEnabled(m_allSource->isEnabled());
    const auto [decided, total] = decidedConflicts();
    m_decidedLabel->setVisible(canDecide && total > 0);
    int partly = 0;
    if (m_book) {
        for (const PlanItem &item : m_items->items()) {
            if (item.action == PlanAction::Conflict && !item.changes.isEmpty()) {
                const int n = m_book->decisions().decidedCount(item);
                partly += n > 0 && n < item.changes.size();
            }
        }
    }
    QString text = tr("%1 of %2 conflicts decided").arg(QLocale().toString(decided), QLocale().toString(total));
    if (partly > 0)
        text += tr(" (%n partly)", nullptr, partly);
    if (decided > 0)
        text += tr(" — plan again to apply them");
    m_decidedLabel->setText(text);
}

void PlanView::retranslate()
{
    m_plan->setText(tr("Plan (dry run)"));
    m_plan->setToolTip(tr("Reads the source and the target and says, per record, what a run would do. Writes nothing."));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export CSV…"));
    m_takeSource->setText(tr("Take source"));
    m_takeSource->setToolTip(tr("The selected fields get the source's value."));
    m_keepTarget->setText(tr("Keep target"));
    m_keepTarget->setToolTip(tr("The selected fields keep the target's value."));
    m_undecide->setText(tr("Undecide"));
    m_allSource->setText(tr("Take source for all"));
    m_allSource->setToolTip(tr("Every differing field of the selected conflicts gets the source's value."));
    m_allTarget->setText(tr("Keep target for all"));
    m_allTarget->setToolTip(tr("Every differing field of the selected conflicts keeps the target's value."));
    updateCounts();
    showCurrent();
}

} // namespace crmbridge
