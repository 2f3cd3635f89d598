#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace crmbridge {

class EnvironmentListModel;
class EnvironmentRepository;
class EnvironmentVariablesModel;
class SecretStore;

/// The environments editor: the workspace's environments (add, remove, rename in place, mark as
/// production) and the chosen one's variables (name, value, secret). Every edit is a command on
/// the undo stack it is given (the page's, so Edit ▸ Undo still works after it closes); invalid
/// input (an empty or duplicate name) is shown in the dialog and never saved. Secret values are
/// typed in but never shown.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT

public:
    EnvironmentsDialog(EnvironmentRepository &repository, QUndoStack &undoStack, SecretStore &secrets,
                       QWidget *parent = nullptr);

    EnvironmentListModel *environmentsModel() const { return m_environments; }
    EnvironmentVariablesModel *variablesModel() const { return m_variables; }
    QTableView *environmentsView() const { return m_environmentsView; }
    QTableView *variablesView() const { return m_variablesView; }
    QLabel *problemLabel() const { return m_problem; }

    bool selectEnvironment(const QString &name);
    qint64 currentEnvironmentId() const { return m_currentId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showEnvironment(qint64 id);
    void restoreSelection();
    void showProblem(const QString &message);

    EnvironmentRepository &m_repository;
    QUndoStack &m_undoStack;
    EnvironmentListModel *m_environments;
    EnvironmentVariablesModel *m_variables;
    qint64 m_currentId = 0;

    QLabel *m_intro = nullptr;
    QTableView *m_environmentsView = nullptr;
    QPushButton *m_addEnvironment = nullptr;
    QPushButton *m_removeEnvironment = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_variablesLabel = nullptr;
    QTableView *m_variablesView = nullptr;
    QPushButton *m_addVariable = nullptr;
    QPushButton *m_removeVariable = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace crmbridge
