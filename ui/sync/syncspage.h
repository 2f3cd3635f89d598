#pragma once

#include "core/sync/syncrunner.h"
#include "models/sync/planitemsmodel.h"
#include "ui/shell/page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace crmbridge {

class ConflictDecisionBook;
class FailedRowsDialog;
class PlanView;
class RunHistoryModel;
class RunView;
class SyncProfileDialog;
class SyncProfilesModel;

/// The Syncs page: the workspace's sync profiles (add, edit, remove — every change an undo
/// step), the plan viewer (a dry run off the GUI thread, counts and filter per action, the
/// field-level diff, CSV export), the run view (confirmation — twice for a production
/// environment —, live counts, records/s, ETA, pause/resume/cancel, a throughput chart, the
/// success and error files, retry of only the failed rows, edited or not) and the run history.
/// On start it offers to resume a run that did not finish. Plans and runs go through one
/// sync::SyncRunner, whose results carry a generation token.
class SyncsPage : public Page
{
    Q_OBJECT

public:
    SyncsPage(PageContext &context, QWidget *parent = nullptr);
    ~SyncsPage() override;

    QString pageId() const override { return QStringLiteral("syncs"); }
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    void refresh() override;

    SyncProfilesModel *profilesModel() const { return m_profiles; }
    RunHistoryModel *historyModel() const { return m_history; }
    QTableView *profilesView() const { return m_profilesView; }
    QTableView *historyView() const { return m_historyView; }
    PlanView *planView() const { return m_planView; }
    ConflictDecisionBook *decisionBook() const { return m_decisions; }
    RunView *runView() const { return m_runView; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *environmentChooser() const { return m_environment; }
    sync::SyncRunner *runner() const { return m_runner; }
    /// The editor opened by addProfile()/editProfile() while it is open.
    SyncProfileDialog *profileDialog() const { return m_profileDialog; }
    /// The failed rows opened by openFailedRows() while they are open.
    FailedRowsDialog *failedRowsDialog() const { return m_failedDialog; }

    std::optional<sync::SyncProfile> currentProfile() const;
    bool selectProfile(const QString &name);
    void selectEnvironment(const QString &name);

    /// Open the profile editor (window-modal); accepting it pushes one undo command.
    SyncProfileDialog *addProfile();
    SyncProfileDialog *editProfile();
    void removeProfile();

    void plan();
    /// Asks for confirmation (twice for production, again for mirror archives), then runs.
    void run();
    void cancel();
    void resumeRun(qint64 runId);
    /// Reads the failed rows of `runId` (off the GUI thread) and opens them in an editable table.
    void openFailedRows(qint64 runId);
    /// Shows a run's or plan's items (with outcomes) in the plan viewer.
    void showRunItems(qint64 runId);
    /// Asks whether to resume the newest unfinished run, if there is one.
    void offerResume();

protected:
    void retranslate() override;

private:
    enum class Job { None, Plan, Run };

    void buildUi();
    void fillEnvironments();
    sync::SyncOptions options(bool withFiles, const QString &profileName) const;
    void started(Job job, quint64 generation, const QString &title);
    void onProgress(const sync::SyncProgress &progress);
    void onFinished(const sync::SyncOutcome &outcome);
    void onItemsLoaded(const RunItems &items);
    void onFailedLoaded(const RunItems &items);
    /// Shows the profile's latest plan and run (both stored in the workspace).
    void showLatestOfProfile();
    void showRunInRunView(const sync::RunRecord &run);
    void retry(qint64 runId);
    void updateActions();
    void setRunsInProgress(int runs);
    QString runsFolder() const;

    PageContext m_context;
    QUndoStack *m_undoStack;
    SyncProfilesModel *m_profiles;
    RunHistoryModel *m_history;
    sync::SyncRunner *m_runner;
    RunItemsLoader *m_planLoader;
    RunItemsLoader *m_failedLoader;
    RunItemsLoader *m_runLoader; ///< the chart of a past run
    ConflictDecisionBook *m_decisions; ///< the conflict decisions of the plan shown
    Job m_job = Job::None;
    qint64 m_retryOf = 0; ///< a retry with edited rows: the run it retries (linked when it ends)
    QString m_loadingTitle;
    bool m_resumeOffered = false;

    QLabel *m_heading = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_production = nullptr;
    QTableView *m_profilesView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QTabWidget *m_tabs = nullptr;
    PlanView *m_planView = nullptr;
    RunView *m_runView = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_showItems = nullptr;
    QPushButton *m_failedRows = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_refreshHistory = nullptr;
    QLabel *m_message = nullptr;
    QPointer<SyncProfileDialog> m_profileDialog;
    QPointer<FailedRowsDialog> m_failedDialog;
};

} // namespace crmbridge
