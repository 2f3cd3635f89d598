#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace crmbridge {

class FailedRowsModel;
struct RunItems;

/// "Retry failed rows": the records a run could not write, in an editable table (every edit an
/// undo step, edited cells highlighted), with the server's message and what to do. Accepting it
/// re-runs just those rows as a new run linked to the first; the page does the running.
class FailedRowsDialog : public QDialog
{
    Q_OBJECT

public:
    FailedRowsDialog(const RunItems &items, const QString &profileName, QWidget *parent = nullptr);

    FailedRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void updateSummary();

    QUndoStack *m_undoStack;
    FailedRowsModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
};

} // namespace crmbridge
