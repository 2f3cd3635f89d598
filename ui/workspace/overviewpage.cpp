#include "ui/workspace/overviewpage.h"

#include "core/workspace/workspace.h"
#include "models/endpoints/environmentrepository.h"
#include "models/workspace/objectcountsmodel.h"
#include "models/workspace/recentrunsmodel.h"
#include "ui/endpoints/environmentsdialog.h"
#include "ui/shell/pageregistry.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QTableView *compactTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return view;
}

} // namespace

OverviewPage::OverviewPage(PageContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    m_counts = new ObjectCountsModel(this);
    m_runs = new RecentRunsModel(this);
    m_undoStack = new QUndoStack(this);
    m_environments = new EnvironmentRepository(context.workspace, this);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("workspaceName"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.7);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_demoNote = new QLabel(content);
    m_demoNote->setObjectName(QStringLiteral("demoNote"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setStyleSheet(QStringLiteral("color: #1d4ed8;"));
    layout->addWidget(m_demoNote);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_fileCaption = new QLabel(content);
    m_file = new QLabel(content);
    m_file->setObjectName(QStringLiteral("workspaceFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sizeCaption = new QLabel(content);
    m_size = new QLabel(content);
    m_schemaCaption = new QLabel(content);
    m_schema = new QLabel(content);
    m_schema->setObjectName(QStringLiteral("schemaVersion"));
    m_createdCaption = new QLabel(content);
    m_created = new QLabel(content);
    form->addRow(m_fileCaption, m_file);
    form->addRow(m_sizeCaption, m_size);
    form->addRow(m_schemaCaption, m_schema);
    form->addRow(m_createdCaption, m_created);
    layout->addLayout(form);
    auto *environments = new QHBoxLayout;
    m_environmentsSummary = new QLabel(content);
    m_environmentsSummary->setObjectName(QStringLiteral("environmentsSummary"));
    m_environmentsSummary->setWordWrap(true);
    m_editEnvironments = new QPushButton(content);
    m_editEnvironments->setObjectName(QStringLiteral("editEnvironments"));
    environments->addWidget(m_environmentsSummary, 1);
    environments->addWidget(m_editEnvironments);
    layout->addLayout(environments);
    layout->addSpacing(8);
    connect(m_editEnvironments, &QPushButton::clicked, this, &OverviewPage::openEnvironments);
    connect(m_environments, &EnvironmentRepository::environmentsChanged, this, &OverviewPage::updateEnvironments);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(8);

    m_contentsLabel = sectionLabel(content);
    m_countsView = compactTable(content);
    m_countsView->setObjectName(QStringLiteral("countsView"));
    m_countsView->setModel(m_counts);
    m_countsView->horizontalHeader()->setSectionResizeMode(ObjectCountsModel::KindColumn, QHeaderView::ResizeToContents);
    grid->addWidget(m_contentsLabel, 0, 0);
    grid->addWidget(m_countsView, 1, 0, Qt::AlignTop);

    m_startLabel = sectionLabel(content);
    m_gettingStarted = new QLabel(content);
    m_gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    m_gettingStarted->setWordWrap(true);
    m_gettingStarted->setTextFormat(Qt::RichText);
    m_gettingStarted->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(m_startLabel, 0, 1);
    grid->addWidget(m_gettingStarted, 1, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    layout->addLayout(grid);
    layout->addSpacing(8);

    m_runsLabel = sectionLabel(content);
    layout->addWidget(m_runsLabel);
    m_noRuns = new QLabel(content);
    m_noRuns->setObjectName(QStringLiteral("noRuns"));
    m_noRuns->setEnabled(false);
    layout->addWidget(m_noRuns);
    m_runsView = compactTable(content);
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setModel(m_runs);
    layout->addWidget(m_runsView);
    layout->addStretch(1);

    retranslate(); // also fills the page
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/overview.svg"));
}

void OverviewPage::refresh()
{
    const WorkspaceStats stats = m_context.workspace.stats();
    const QLocale locale;
    m_heading->setText(stats.name);
    m_demoNote->setVisible(stats.demo);
    m_file->setText(QDir::toNativeSeparators(stats.filePath));
    m_size->setText(locale.formattedDataSize(stats.fileSize));
    m_schema->setText(stats.schemaVersion == stats.latestSchemaVersion
                          ? QString::number(stats.schemaVersion)
                          : tr("%1 (this version writes %2)").arg(stats.schemaVersion).arg(stats.latestSchemaVersion));
    m_created->setText(stats.createdAt.isValid() ? locale.toString(stats.createdAt.toLocalTime(), QLocale::LongFormat)
                                                 : tr("unknown"));
    m_counts->setCounts(stats.counts);
    m_runs->setRuns(stats.recentRuns);
    (void)m_environments->reload(); // → updateEnvironments()
    m_runsView->setVisible(!stats.recentRuns.isEmpty());
    m_noRuns->setVisible(stats.recentRuns.isEmpty());
    updateGettingStarted();
}

void OverviewPage::updateEnvironments()
{
    QStringList names;
    for (const Environment &e : m_environments->environments())
        names.append(e.production ? tr("%1 (production)").arg(e.name) : e.name);
    m_environmentsSummary->setText(names.isEmpty() ? tr("Environments: none yet")
                                                   : tr("Environments: %1").arg(names.join(QStringLiteral(", "))));
}

EnvironmentsDialog *OverviewPage::openEnvironments()
{
    if (!m_environmentsDialog) {
        m_environmentsDialog = new EnvironmentsDialog(*m_environments, *m_undoStack, m_context.secrets, this);
        m_environmentsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_environmentsDialog->show();
    m_environmentsDialog->raise();
    m_environmentsDialog->activateWindow();
    return m_environmentsDialog;
}

void OverviewPage::updateGettingStarted()
{
    struct Step
    {
        QString kind;
        QString text;
    };
    const QList<Step> steps = {
        {QStringLiteral("endpoints"), tr("Connect a system: add an endpoint and test the connection.")},
        {QStringLiteral("mappings"), tr("Design a mapping and preview it on real sample records.")},
        {QStringLiteral("sync_profiles"), tr("Create a sync profile and look at its dry-run plan.")},
        {QStringLiteral("runs"), tr("Run the sync; retry only the rows that failed.")},
        {QStringLiteral("orders"), tr("Step an order through its lifecycle and see what the ERP answered.")},
        {QStringLiteral("reconcile_sessions"), tr("Reconcile two systems record by record.")},
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    for (const Step &step : steps) {
        const bool done = m_counts->count(step.kind) > 0;
        html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td></tr>")
                    .arg(done ? QStringLiteral("#2e7d32") : QStringLiteral("#9e9e9e"),
                         done ? QStringLiteral("✔") : QStringLiteral("○"), step.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p style='color:#616161'>")
        + tr("The same from a terminal: %1").arg(QStringLiteral("<code>crmbridge-cli --help</code>")) + QStringLiteral("</p>");
    m_gettingStarted->setText(html);
}

void OverviewPage::retranslate()
{
    m_demoNote->setText(tr("This is the demo workspace: its endpoints point at the built-in sandbox systems, so "
                           "you can try everything without touching real data."));
    m_fileCaption->setText(tr("File:"));
    m_sizeCaption->setText(tr("Size:"));
    m_schemaCaption->setText(tr("Schema version:"));
    m_createdCaption->setText(tr("Created:"));
    m_contentsLabel->setText(tr("Contents"));
    m_runsLabel->setText(tr("Recent runs"));
    m_noRuns->setText(tr("No runs yet. Runs of syncs and reconciliations appear here."));
    m_startLabel->setText(tr("Getting started"));
    m_editEnvironments->setText(tr("Environments…"));
    m_counts->retranslate();
    m_runs->retranslate();
    refresh();
}

void registerWorkspacePages(PageRegistry &registry)
{
    registry.add({QStringLiteral("overview"), 0,
                  [](PageContext &context, QWidget *parent) -> Page * { return new OverviewPage(context, parent); }});
}

} // namespace crmbridge
