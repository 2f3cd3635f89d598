#include "ui/sync/planview.h"

#include "models/sync/synclabels.h"
#include "ui/common/tableactions.h"
#include "ui/shell/prompts.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
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
    connect(m_all, &QToolButton::clicked, this, [this] { setActionFilter({}); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_itemsView = makeTable(splitter, QStringLiteral("planItemsView"));
    m_itemsView->setModel(m_filter);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(PlanItemsModel::RowColumn, Qt::AscendingOrder);
    m_itemsView->setColumnWidth(PlanItemsModel::RowColumn, 56);
    m_itemsView->setColumnWidth(PlanItemsModel::SourceKeyColumn, 90);
    m_itemsView->setColumnWidth(PlanItemsModel::MatchKeyColumn, 220);
    m_itemsView->setColumnWidth(PlanItemsModel::ActionColumn, 90);
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
    lowerLayout->addWidget(m_diffTitle);
    lowerLayout->addWidget(m_diffView, 1);
    splitter->addWidget(m_itemsView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_plan, &QPushButton::clicked, this, &PlanView::planRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PlanView::cancelRequested);
    connect(m_export, &QPushButton::clicked, this, &PlanView::exportCsv);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanView::showCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlanView::showCurrent);
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

void PlanView::retranslate()
{
    m_plan->setText(tr("Plan (dry run)"));
    m_plan->setToolTip(tr("Reads the source and the target and says, per record, what a run would do. Writes nothing."));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export CSV…"));
    updateCounts();
    showCurrent();
}

} // namespace crmbridge
