#include "ui/sync/syncspage.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/sync/failedrowsmodel.h"
#include "models/sync/runhistorymodel.h"
#include "models/sync/synclabels.h"
#include "models/sync/syncprofilesmodel.h"
#include "ui/common/tableactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pageregistry.h"
#include "ui/shell/prompts.h"
#include "ui/sync/failedrowsdialog.h"
#include "ui/sync/planview.h"
#include "ui/sync/runview.h"
#include "ui/sync/syncprofiledialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

using namespace sync;

namespace {

QTableView *listTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SyncsPage::SyncsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_undoStack(new QUndoStack(this))
    , m_profiles(new SyncProfilesModel(context.workspace, this))
    , m_history(new RunHistoryModel(context.workspace, this))
    , m_runner(new SyncRunner(context.workspace, this))
    , m_planLoader(new RunItemsLoader(context.workspace, this))
    , m_failedLoader(new RunItemsLoader(context.workspace, this))
    , m_runLoader(new RunItemsLoader(context.workspace, this))
    , m_decisions(new ConflictDecisionBook(context.workspace, this))
{
    // The job's own SecretStore (on the worker thread) knows the sandbox's public demo
    // credentials, as the window's does; real secrets come from the keychain or the environment.
    m_runner->setSecretSetup([](SecretStore &store) { registerSandboxSecrets(store); });
    buildUi();
    connect(m_runner, &SyncRunner::progress, this, &SyncsPage::onProgress);
    connect(m_runner, &SyncRunner::finished, this, &SyncsPage::onFinished);
    connect(m_planLoader, &RunItemsLoader::loaded, this, &SyncsPage::onItemsLoaded);
    connect(m_failedLoader, &RunItemsLoader::loaded, this, &SyncsPage::onFailedLoaded);
    connect(m_runLoader, &RunItemsLoader::loaded, this, [this](const RunItems &items) {
        m_runView->showThroughput(items.runId, items.writtenPerSecond, items.failedPerSecond);
    });
    connect(m_profiles, &SyncProfilesModel::failed, this, [this](const QString &message) {
        m_context.prompts.error(this, tr("Sync profile"), message);
    });
    connect(m_profiles, &SyncProfilesModel::profileApplied, this, [this](const QString &name) {
        if (!name.isEmpty())
            selectProfile(name);
        updateActions();
    });
    retranslate();
    refresh();
    if (m_profiles->rowCount() > 0)
        m_profilesView->selectRow(0);
    showLatestOfProfile();
    // Open on what was done last with the profile: its latest run, or its latest plan.
    if (const std::optional<SyncProfile> profile = currentProfile()) {
        RunStore store(context.workspace);
        auto plans = store.list(1, profile->id, QStringLiteral("plan"));
        auto runs = store.list(1, profile->id, QStringLiteral("sync"));
        if (runs && !runs->isEmpty()
            && (!plans || plans->isEmpty() || runs->first().startedAt > plans->first().startedAt))
            m_tabs->setCurrentWidget(m_runView);
    }
    // Asked once the window is up, not from inside its construction.
    QTimer::singleShot(0, this, &SyncsPage::offerResume);
}

SyncsPage::~SyncsPage()
{
    setRunsInProgress(0);
}

QString SyncsPage::title() const
{
    return tr("Syncs");
}

QIcon SyncsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/syncs.svg"));
}

void SyncsPage::buildUi()
{
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("syncEnvironment"));
    m_environment->setMinimumContentsLength(14);
    m_production = new QLabel(this);
    m_production->setObjectName(QStringLiteral("productionBanner"));
    m_production->setStyleSheet(QStringLiteral("background: #b02020; color: white; padding: 2px 8px; font-weight: bold"));
    m_production->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_production);
    top->addWidget(m_environmentLabel);
    top->addWidget(m_environment);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_profilesView = listTable(left, QStringLiteral("profilesView"));
    m_profilesView->setModel(m_profiles);
    m_profilesView->setColumnWidth(SyncProfilesModel::NameColumn, 200);
    m_profilesView->setColumnWidth(SyncProfilesModel::RouteColumn, 260);
    m_profilesView->setColumnWidth(SyncProfilesModel::ModeColumn, 70);
    TableActions::install(m_profilesView, m_context.prompts, QStringLiteral("sync-profiles"));
    m_add = new QPushButton(left);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_edit = new QPushButton(left);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_remove = new QPushButton(left);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_add);
    profileButtons->addWidget(m_edit);
    profileButtons->addWidget(m_remove);
    profileButtons->addStretch(1);
    leftLayout->addWidget(m_profilesView, 1);
    leftLayout->addLayout(profileButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_planView = new PlanView(m_context.prompts, m_tabs);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setDecisionBook(m_decisions, m_undoStack);
    m_runView = new RunView(m_tabs);
    m_runView->setObjectName(QStringLiteral("runView"));
    auto *historyTab = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(historyTab);
    m_historyView = listTable(historyTab, QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setColumnWidth(RunHistoryModel::IdColumn, 50);
    m_historyView->setColumnWidth(RunHistoryModel::ProfileColumn, 200);
    m_historyView->setColumnWidth(RunHistoryModel::KindColumn, 110);
    m_historyView->setColumnWidth(RunHistoryModel::StartedColumn, 130);
    TableActions::install(m_historyView, m_context.prompts, QStringLiteral("sync-runs"));
    m_showItems = new QPushButton(historyTab);
    m_showItems->setObjectName(QStringLiteral("showItemsButton"));
    m_failedRows = new QPushButton(historyTab);
    m_failedRows->setObjectName(QStringLiteral("failedRowsButton"));
    m_resume = new QPushButton(historyTab);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_refreshHistory = new QPushButton(historyTab);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_showItems);
    historyButtons->addWidget(m_failedRows);
    historyButtons->addWidget(m_resume);
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_refreshHistory);
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addLayout(historyButtons);
    m_tabs->addTab(m_planView, QString());
    m_tabs->addTab(m_runView, QString());
    m_tabs->addTab(historyTab, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 330, 900 });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &SyncsPage::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &SyncsPage::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &SyncsPage::removeProfile);
    connect(m_profilesView, &QTableView::doubleClicked, this, &SyncsPage::editProfile);
    connect(m_profilesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showLatestOfProfile();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SyncsPage::updateActions);
    connect(m_planView, &PlanView::planRequested, this, &SyncsPage::plan);
    connect(m_planView, &PlanView::cancelRequested, this, &SyncsPage::cancel);
    connect(m_runView, &RunView::runRequested, this, &SyncsPage::run);
    connect(m_runView, &RunView::cancelRequested, this, &SyncsPage::cancel);
    connect(m_runView, &RunView::pauseRequested, this, [this](bool pause) {
        if (pause)
            m_runner->pause();
        else
            m_runner->resumeWork();
        m_runView->setPaused(m_runner->isPaused());
    });
    connect(m_runView, &RunView::retryRequested, this, &SyncsPage::openFailedRows);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        const RunRecord *run = m_history->run(m_historyView->currentIndex().row());
        if (run && run->kind == QLatin1String("sync"))
            showRunInRunView(*run);
    });
    connect(m_historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const RunRecord *run = m_history->run(index.row()))
            showRunItems(run->id);
    });
    connect(m_showItems, &QPushButton::clicked, this, [this] {
        if (const RunRecord *run = m_history->run(m_historyView->currentIndex().row()))
            showRunItems(run->id);
    });
    connect(m_failedRows, &QPushButton::clicked, this, [this] {
        if (const RunRecord *run = m_history->run(m_historyView->currentIndex().row()))
            openFailedRows(run->id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const RunRecord *run = m_history->run(m_historyView->currentIndex().row()))
            resumeRun(run->id);
    });
    connect(m_refreshHistory, &QPushButton::clicked, this, &SyncsPage::refresh);
}

void SyncsPage::retranslate()
{
    m_heading->setText(tr("Syncs"));
    m_environmentLabel->setText(tr("Environment:"));
    m_production->setText(tr("PRODUCTION"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("Run"));
    m_tabs->setTabText(2, tr("History"));
    m_showItems->setText(tr("Show records"));
    m_failedRows->setText(tr("Failed rows…"));
    m_resume->setText(tr("Resume"));
    m_refreshHistory->setText(tr("Refresh"));
    m_planView->retranslate();
    m_runView->retranslate();
    emit m_profiles->headerDataChanged(Qt::Horizontal, 0, SyncProfilesModel::ColumnCount - 1);
    emit m_history->headerDataChanged(Qt::Horizontal, 0, RunHistoryModel::ColumnCount - 1);
    emit titleChanged();
}

void SyncsPage::refresh()
{
    const std::optional<SyncProfile> current = currentProfile();
    if (Status s = m_profiles->reload(); !s)
        m_message->setText(s.error().message());
    if (Status s = m_history->reload(); !s)
        m_message->setText(s.error().message());
    if (current)
        selectProfile(current->name);
    fillEnvironments();
    updateActions();
}

void SyncsPage::fillEnvironments()
{
    const QString current = m_environment->currentData().toString();
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    auto environments = EnvironmentStore(m_context.workspace).list();
    if (environments) {
        for (const Environment &environment : environments.value()) {
            m_environment->addItem(environment.production ? tr("%1 (production)").arg(environment.name) : environment.name,
                                   environment.name);
            if (environment.production)
                m_environment->setItemData(m_environment->count() - 1, QColor(0xb0, 0x20, 0x20), Qt::ForegroundRole);
        }
    }
    if (m_environment->count() == 0)
        m_environment->addItem(tr("(no environment)"), QString());
    int index = m_environment->findData(current);
    if (index < 0)
        index = m_environment->findData(QStringLiteral("Sandbox"));
    m_environment->setCurrentIndex(qMax(0, index));
}

void SyncsPage::selectEnvironment(const QString &name)
{
    const int index = m_environment->findData(name);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

std::optional<SyncProfile> SyncsPage::currentProfile() const
{
    return m_profiles->profile(m_profilesView->currentIndex().row());
}

bool SyncsPage::selectProfile(const QString &name)
{
    const int row = m_profiles->rowOf(name);
    if (row < 0)
        return false;
    m_profilesView->selectRow(row);
    m_profilesView->setCurrentIndex(m_profiles->index(row, 0));
    return true;
}

void SyncsPage::updateActions()
{
    const bool busy = m_runner->isBusy();
    const bool hasProfile = currentProfile().has_value();
    m_edit->setEnabled(hasProfile);
    m_remove->setEnabled(hasProfile && !busy);
    m_planView->planButton()->setEnabled(hasProfile && !busy);
    m_runView->runButton()->setEnabled(hasProfile && !busy);
    const RunRecord *run = m_history->run(m_historyView->currentIndex().row());
    const bool isSync = run && run->kind == QLatin1String("sync");
    m_showItems->setEnabled(run != nullptr);
    m_failedRows->setEnabled(isSync && !busy && RunHistoryModel::failedCount(*run) > 0);
    m_resume->setEnabled(isSync && !busy
                         && (run->status == RunStatus::Interrupted || run->status == RunStatus::Running));
    bool production = false;
    if (auto env = EnvironmentStore(m_context.workspace).find(m_environment->currentData().toString()))
        production = env->production;
    m_production->setVisible(production);
}

SyncOptions SyncsPage::options(bool withFiles, const QString &profileName) const
{
    SyncOptions options;
    const QString environment = m_environment->currentData().toString();
    if (!environment.isEmpty()) {
        if (auto env = EnvironmentStore(m_context.workspace).find(environment))
            options.environment = env.value();
    }
    if (withFiles) {
        QString base = profileName;
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QDir dir(runsFolder());
        options.successCsv = dir.filePath(base + QLatin1Char('-') + stamp + QStringLiteral("-success.csv"));
        options.errorsCsv = dir.filePath(base + QLatin1Char('-') + stamp + QStringLiteral("-errors.csv"));
    }
    return options;
}

QString SyncsPage::runsFolder() const
{
    // Next to the workspace: the result files belong to its runs.
    const QFileInfo info(m_context.workspace.filePath());
    const QString path = QDir(info.absolutePath()).filePath(info.completeBaseName() + QStringLiteral(" runs"));
    QDir().mkpath(path);
    return path;
}

SyncProfileDialog *SyncsPage::addProfile()
{
    SyncProfile profile;
    profile.name = m_profiles->freeName(tr("New sync"));
    auto *dialog = new SyncProfileDialog(m_context.workspace, *m_profiles, m_context.prompts, profile, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SyncProfile added = dialog->profile();
        m_undoStack->push(new SyncProfileCommand(*m_profiles, std::nullopt, added, tr("Add sync profile %1").arg(added.name)));
    });
    m_profileDialog = dialog;
    dialog->open();
    return dialog;
}

SyncProfileDialog *SyncsPage::editProfile()
{
    const std::optional<SyncProfile> before = currentProfile();
    if (!before)
        return nullptr;
    auto *dialog = new SyncProfileDialog(m_context.workspace, *m_profiles, m_context.prompts, *before, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const SyncProfile after = dialog->profile();
        if (after == *before)
            return;
        m_undoStack->push(new SyncProfileCommand(*m_profiles, before, after, tr("Edit sync profile %1").arg(after.name)));
    });
    m_profileDialog = dialog;
    dialog->open();
    return dialog;
}

void SyncsPage::removeProfile()
{
    const std::optional<SyncProfile> profile = currentProfile();
    if (!profile || m_runner->isBusy())
        return;
    const auto answer = m_context.prompts.question(
        this, tr("Remove sync profile"),
        tr("Remove the sync profile \"%1\"? Its run history stays. You can undo this.").arg(profile->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_undoStack->push(new SyncProfileCommand(*m_profiles, profile, std::nullopt, tr("Remove sync profile %1").arg(profile->name)));
}

void SyncsPage::plan()
{
    const std::optional<SyncProfile> profile = currentProfile();
    if (!profile || m_runner->isBusy())
        return;
    m_tabs->setCurrentWidget(m_planView);
    const quint64 generation = m_runner->plan(*profile, options(false, profile->name));
    started(Job::Plan, generation, profile->name);
}

void SyncsPage::run()
{
    const std::optional<SyncProfile> profile = currentProfile();
    if (!profile || m_runner->isBusy())
        return;
    SyncOptions opts = options(true, profile->name);
    QString text = tr("Run \"%1\" now? It writes to %2 in the environment \"%3\" (mode: %4).")
                       .arg(profile->name, SyncLabels::target(profile->target),
                            opts.environment.name.isEmpty() ? tr("(none)") : opts.environment.name,
                            SyncLabels::mode(profile->mode));
    if (m_planView->profileName() == profile->name && m_planView->items()->rowCount() > 0) {
        const auto &counts = m_planView->items()->counts();
        text += QLatin1Char('\n')
            + tr("The last plan: %1 to create, %2 to update, %3 invalid.")
                  .arg(QLocale().toString(counts[std::size_t(PlanAction::Create)]),
                       QLocale().toString(counts[std::size_t(PlanAction::Update)]),
                       QLocale().toString(counts[std::size_t(PlanAction::Invalid)]));
    }
    if (m_context.prompts.question(this, tr("Run sync"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (opts.environment.production) {
        const auto answer = m_context.prompts.question(
            this, tr("Write to production"),
            tr("\"%1\" is a PRODUCTION environment. The run changes real records in %2. Write to production?")
                .arg(opts.environment.name, SyncLabels::target(profile->target)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        opts.confirmedProductionWrite = true;
    }
    if (profile->mode == SyncMode::Mirror) {
        const auto answer = m_context.prompts.question(
            this, tr("Mirror: archive target records"),
            tr("This profile mirrors: target records the source no longer has are archived in %1. Archive them?")
                .arg(SyncLabels::target(profile->target)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        opts.confirmedArchive = true;
    }
    m_retryOf = 0;
    m_tabs->setCurrentWidget(m_runView);
    const quint64 generation = m_runner->run(*profile, opts);
    started(Job::Run, generation, tr("Run of %1").arg(profile->name));
}

void SyncsPage::resumeRun(qint64 runId)
{
    if (m_runner->isBusy())
        return;
    auto record = RunStore(m_context.workspace).find(runId);
    if (!record) {
        m_context.prompts.error(this, tr("Resume run"), record.error().message());
        return;
    }
    SyncOptions opts = options(true, record->title);
    // The result files go on where the run started them.
    const QString success = record->summary.value(QStringLiteral("success_file")).toString();
    const QString errors = record->summary.value(QStringLiteral("errors_file")).toString();
    if (!success.isEmpty())
        opts.successCsv = success;
    if (!errors.isEmpty())
        opts.errorsCsv = errors;
    if (opts.environment.production) {
        const auto answer = m_context.prompts.question(
            this, tr("Write to production"),
            tr("\"%1\" is a PRODUCTION environment. Resuming the run writes the records it has left. Continue?")
                .arg(opts.environment.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        opts.confirmedProductionWrite = true;
    }
    opts.confirmedArchive = true; // the run was confirmed when it started
    m_retryOf = 0;
    m_tabs->setCurrentWidget(m_runView);
    const quint64 generation = m_runner->resume(runId, opts);
    started(Job::Run, generation, tr("Resuming run %1 of %2").arg(runId).arg(record->title));
}

void SyncsPage::offerResume()
{
    if (m_resumeOffered || m_runner->isBusy())
        return;
    m_resumeOffered = true;
    auto unfinished = SyncRunner::unfinishedRuns(m_context.workspace);
    if (!unfinished || unfinished->isEmpty())
        return;
    const RunRecord &run = unfinished->first();
    const auto answer = m_context.prompts.question(
        this, tr("Resume an interrupted run"),
        tr("Run %1 of \"%2\", started %3, did not finish. Resume it now? Records it already wrote are not written "
           "again.")
            .arg(run.id)
            .arg(run.title, QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        selectProfile(run.title);
        resumeRun(run.id);
    }
}

void SyncsPage::cancel()
{
    if (m_runner->isBusy()) {
        m_runner->cancel();
        m_message->setText(tr("Cancelling — the requests in flight are stopped and the journal is saved…"));
    }
}

void SyncsPage::started(Job job, quint64 generation, const QString &title)
{
    if (generation == 0) {
        m_message->setText(tr("Another plan or run is still going."));
        return;
    }
    m_job = job;
    m_message->clear();
    if (job == Job::Plan) {
        m_planView->clear();
        m_planView->setBusy(true);
        m_planView->setStatus(SyncLabels::phase(SyncPhase::Starting));
    } else {
        m_runView->started(title);
    }
    setRunsInProgress(1);
    updateActions();
}

void SyncsPage::onProgress(const SyncProgress &progress)
{
    if (m_job == Job::Plan)
        m_planView->setProgress(progress);
    else if (m_job == Job::Run)
        m_runView->setProgress(progress);
}

void SyncsPage::onFinished(const SyncOutcome &outcome)
{
    const Job job = m_job;
    m_job = Job::None;
    setRunsInProgress(0);
    if (job == Job::Plan) {
        m_planView->setBusy(false);
        if (outcome.error || outcome.runId == 0) {
            m_planView->setStatus(outcome.error ? outcome.error->message() : SyncLabels::status(outcome.status), true);
        } else {
            m_planView->setStatus(tr("Planned %n record(s) in %1; nothing was written.", nullptr, int(outcome.planned.total()))
                                      .arg(SyncLabels::duration(qint64(outcome.seconds))));
            m_loadingTitle = outcome.summary.value(QStringLiteral("profile")).toString();
            m_planLoader->load(outcome.runId, false);
        }
    } else if (job == Job::Run) {
        if (m_retryOf > 0 && outcome.runId > 0) {
            // A retry of edited rows runs through a file: link it to the run it retries, as the
            // engine's own retry does.
            RunStore store(m_context.workspace);
            if (auto record = store.find(outcome.runId)) {
                QJsonObject summary = record->summary;
                summary.insert(QStringLiteral("retry_of"), m_retryOf);
                summary.insert(QStringLiteral("edited_rows"), true);
                store.updateRun(outcome.runId, record->status, summary, record->finishedAt.isValid()).ok();
            }
        }
        m_retryOf = 0;
        m_runView->setOutcome(outcome);
        if (outcome.error)
            m_context.prompts.error(this, tr("Run sync"), outcome.error->message());
    }
    const std::optional<SyncProfile> current = currentProfile();
    m_profiles->reload().ok();
    m_history->reload().ok();
    if (current)
        selectProfile(current->name);
    updateActions();
}

void SyncsPage::showLatestOfProfile()
{
    const std::optional<SyncProfile> profile = currentProfile();
    if (!profile || m_runner->isBusy())
        return;
    RunStore store(m_context.workspace);
    if (m_planView->profileName() != profile->name) {
        auto plans = store.list(1, profile->id, QStringLiteral("plan"));
        if (plans && !plans->isEmpty()) {
            m_loadingTitle = profile->name;
            m_planLoader->load(plans->first().id, false);
        } else {
            m_planView->clear();
            m_planView->setStatus(tr("No plan yet: \"Plan (dry run)\" shows what a run would do, writing nothing."));
        }
    }
    auto runs = store.list(1, profile->id, QStringLiteral("sync"));
    if (runs && !runs->isEmpty())
        showRunInRunView(runs->first());
}

void SyncsPage::showRunInRunView(const RunRecord &run)
{
    if (m_runner->isBusy())
        return;
    m_runView->showRun(run);
    m_runLoader->loadThroughput(run.id); // the chart only: never 100,000 items to free on this thread
}

void SyncsPage::showRunItems(qint64 runId)
{
    auto record = RunStore(m_context.workspace).find(runId);
    if (!record)
        return;
    m_loadingTitle = record->title;
    m_tabs->setCurrentWidget(m_planView);
    m_planView->setStatus(tr("Reading the records of run %1…").arg(runId));
    m_planLoader->load(runId, record->kind == QLatin1String("sync"));
}

void SyncsPage::onItemsLoaded(const RunItems &items)
{
    if (!items.error.isEmpty()) {
        m_planView->setStatus(items.error, true);
        return;
    }
    // Decisions belong to the plan's profile (a run of another profile may be shown), and only
    // a profile whose policy is ask applies them.
    qint64 decideFor = 0;
    if (auto record = RunStore(m_context.workspace).find(items.runId)) {
        auto profile = SyncProfileStore(m_context.workspace).find(record->profileId);
        if (profile && profile->conflictPolicy == ConflictPolicy::Ask)
            decideFor = profile->id;
    }
    m_decisions->setProfile(decideFor);
    m_planView->showItems(items, m_loadingTitle);
    if (m_planView->statusLabel()->text().startsWith(tr("Reading the records of run %1…").arg(items.runId)))
        m_planView->setStatus(tr("Run %1: %n record(s)", nullptr, int(items.items.size())).arg(items.runId));
}

void SyncsPage::openFailedRows(qint64 runId)
{
    if (runId <= 0)
        return;
    m_message->setText(tr("Reading the failed rows of run %1…").arg(runId));
    m_failedLoader->load(runId, true);
}

void SyncsPage::onFailedLoaded(const RunItems &items)
{
    m_message->clear();
    if (!items.error.isEmpty()) {
        m_context.prompts.error(this, tr("Failed rows"), items.error);
        return;
    }
    auto record = RunStore(m_context.workspace).find(items.runId);
    const QString title = record ? record->title : QString();
    auto *dialog = new FailedRowsDialog(items, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 runId = items.runId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, runId] {
        FailedRowsModel *model = dialog->model();
        if (!model->isEdited())
            return retry(runId);
        auto run = RunStore(m_context.workspace).find(runId);
        if (!run)
            return m_context.prompts.error(this, tr("Retry failed rows"), run.error().message());
        auto profile = SyncProfileStore(m_context.workspace).find(run->profileId);
        if (!profile)
            return m_context.prompts.error(this, tr("Retry failed rows"), profile.error().message());
        const QString file = QDir(runsFolder()).filePath(
            QStringLiteral("retry-of-run-%1-%2.json")
                .arg(runId)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status written = model->writeRecords(file); !written)
            return m_context.prompts.error(this, tr("Retry failed rows"), written.error().message());
        SyncOptions opts = options(true, profile->name);
        if (opts.environment.production) {
            if (m_context.prompts.question(this, tr("Write to production"),
                                           tr("\"%1\" is a PRODUCTION environment. Write the edited rows to it?")
                                               .arg(opts.environment.name),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
                return;
            opts.confirmedProductionWrite = true;
        }
        m_tabs->setCurrentWidget(m_runView);
        const quint64 generation = m_runner->run(FailedRowsModel::retryProfile(profile.value(), file), opts);
        if (generation != 0)
            m_retryOf = runId;
        started(Job::Run, generation, tr("Retry of run %1 (%n edited row(s))", nullptr, model->rowCount()).arg(runId));
    });
    m_failedDialog = dialog;
    dialog->open();
}

void SyncsPage::retry(qint64 runId)
{
    if (m_runner->isBusy())
        return;
    auto record = RunStore(m_context.workspace).find(runId);
    SyncOptions opts = options(true, record ? record->title : QString());
    if (opts.environment.production) {
        if (m_context.prompts.question(this, tr("Write to production"),
                                       tr("\"%1\" is a PRODUCTION environment. Retry the failed rows against it?")
                                           .arg(opts.environment.name),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        opts.confirmedProductionWrite = true;
    }
    m_retryOf = 0;
    m_tabs->setCurrentWidget(m_runView);
    const quint64 generation = m_runner->retryFailed(runId, opts);
    started(Job::Run, generation, tr("Retry of the failed rows of run %1").arg(runId));
}

void SyncsPage::setRunsInProgress(int runs)
{
    if (auto *main = qobject_cast<MainWindow *>(window()))
        main->setRunsInProgress(runs);
}

void registerSyncPages(PageRegistry &registry)
{
    registry.add({ QStringLiteral("syncs"), 30, [](PageContext &context, QWidget *parent) -> Page * {
                      return new SyncsPage(context, parent);
                  } });
}

} // namespace crmbridge
