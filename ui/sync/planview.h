#pragma once

#include "core/sync/syncrunner.h"
#include "models/sync/planitemsmodel.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace crmbridge {

class Prompts;

/// The plan viewer: "Plan (dry run)" with its progress, a count per action that also filters the
/// items table (create, update, unchanged, invalid, conflict, …), the field-level diff of the
/// selected item (old → new, highlighted), and export to CSV. The page runs the planner; this
/// view shows what it reports.
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

signals:
    void planRequested();
    void cancelRequested();

private:
    void updateCounts();
    void showCurrent();

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
};

} // namespace crmbridge
