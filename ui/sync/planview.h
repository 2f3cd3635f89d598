#pragma once

#include "core/sync/syncrunner.h"
#include "models/sync/conflictdecisionsmodel.h"
#include "models/sync/planitemsmodel.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace crmbridge {

class Prompts;

/// The plan viewer: "Plan (dry run)" with its progress, a count per action that also filters the
/// items table (create, update, unchanged, invalid, conflict, …), the field-level diff of the
/// selected item (old → new, highlighted), and export to CSV. The page runs the planner; this
/// view shows what it reports. A conflict (policy ask) shows each differing field with the
/// target's and the source's value, and the analyst decides per field, per record or for the
/// selected records — each decision stored at once and one step of the page's undo stack.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    PlanView(Prompts &prompts, QWidget *parent = nullptr);

    PlanItemsModel *items() const { return m_items; }
    PlanActionFilter *filter() const { return m_filter; }
    FieldChangesModel *diff() const { return m_diff; }
    QTableView *itemsView() const { return m_itemsView; }
    QTableView *diffView() const { return m_diffView; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QToolButton *actionButton(sync::PlanAction action) const { return m_actionButtons.value(action); }
    QLabel *statusLabel() const { return m_status; }
    /// Conflicts: the fields of the selected conflict, the decision buttons and the count.
    ConflictFieldsModel *conflictFields() const { return m_conflicts; }
    QTableView *conflictView() const { return m_conflictView; }
    QPushButton *takeSourceButton() const { return m_takeSource; }
    QPushButton *keepTargetButton() const { return m_keepTarget; }
    QPushButton *undecideButton() const { return m_undecide; }
    QPushButton *allSourceButton() const { return m_allSource; }
    QPushButton *allTargetButton() const { return m_allTarget; }
    QLabel *decidedLabel() const { return m_decidedLabel; }
    /// The run id of the plan shown (0: none).
    qint64 runId() const { return m_runId; }
    QString profileName() const { return m_profileName; }

    void setBusy(bool busy);
    void setProgress(const sync::SyncProgress &progress);
    void setStatus(const QString &text, bool error = false);
    /// Shows the items of a stored plan (or run) of `profileName`.
    void showItems(const RunItems &items, const QString &profileName);
    void clear();
    /// Shows only these actions (none: all), as the count buttons do.
    void setActionFilter(const QSet<sync::PlanAction> &actions);
    /// Writes the shown plan as CSV (one line per changed field or reason); asks where.
    void exportCsv();
    void retranslate();

    /// Where decisions are kept and undone; without it conflicts are only shown.
    void setDecisionBook(ConflictDecisionBook *book, QUndoStack *undoStack);
    /// Decides the selected fields of the shown conflict (the current one when none is selected).
    void decideFields(sync::ConflictWinner winner);
    /// Decides every field of the selected conflicts in the items table.
    void decideRecords(sync::ConflictWinner winner);
    /// Removes the decisions on the selected fields of the shown conflict.
    void undecideFields();
    /// Conflicts with differing fields in the shown plan, and how many of them are fully decided.
    QPair<int, int> decidedConflicts() const;

signals:
    void planRequested();
    void cancelRequested();

private:
    void updateCounts();
    void showCurrent();
    void updateDecisions();
    void push(const QList<QPair<QPair<QString, QString>, std::optional<sync::ConflictDecision>>> &changes, const QString &text);
    QList<int> selectedFieldRows() const;

    Prompts &m_prompts;
    PlanItemsModel *m_items;
    PlanActionFilter *m_filter;
    FieldChangesModel *m_diff;
    qint64 m_runId = 0;
    QString m_profileName;

    QPushButton *m_plan = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_all = nullptr;
    QMap<sync::PlanAction, QToolButton *> m_actionButtons;
    QTableView *m_itemsView = nullptr;
    QTableView *m_diffView = nullptr;
    QLabel *m_diffTitle = nullptr;

    ConflictDecisionBook *m_book = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ConflictFieldsModel *m_conflicts = nullptr;
    QStackedWidget *m_lowerStack = nullptr;
    QWidget *m_conflictPage = nullptr;
    QTableView *m_conflictView = nullptr;
    QLabel *m_conflictReasons = nullptr;
    QPushButton *m_takeSource = nullptr;
    QPushButton *m_keepTarget = nullptr;
    QPushButton *m_undecide = nullptr;
    QPushButton *m_allSource = nullptr;
    QPushButton *m_allTarget = nullptr;
    QLabel *m_decidedLabel = nullptr;
};

} // namespace crmbridge
