#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace crmbridge {

class LifecycleDiagram;
class LifecycleDocument;
class LifecycleStatesModel;
class LifecycleTransitionsModel;
class Prompts;

/// The Lifecycle editor: the states and transitions in editable tables (each edit an undo step,
/// problems shown in the row and listed below), and the state diagram of what is being edited.
class LifecycleEditor : public QWidget
{
    Q_OBJECT

public:
    LifecycleEditor(LifecycleDocument &document, Prompts &prompts, QWidget *parent = nullptr);

    LifecycleStatesModel *statesModel() const { return m_states; }
    LifecycleTransitionsModel *transitionsModel() const { return m_transitions; }
    QTableView *statesView() const { return m_statesView; }
    QTableView *transitionsView() const { return m_transitionsView; }
    LifecycleDiagram *diagram() const { return m_diagram; }
    QListWidget *issuesList() const { return m_issues; }
    QLabel *statusLabel() const { return m_status; }

    void retranslate();

private:
    void updateIssues();

    LifecycleDocument &m_document;
    LifecycleStatesModel *m_states = nullptr;
    LifecycleTransitionsModel *m_transitions = nullptr;
    QLabel *m_statesHeading = nullptr;
    QLabel *m_transitionsHeading = nullptr;
    QLabel *m_diagramHeading = nullptr;
    QTableView *m_statesView = nullptr;
    QTableView *m_transitionsView = nullptr;
    QPushButton *m_addState = nullptr;
    QPushButton *m_removeState = nullptr;
    QPushButton *m_addTransition = nullptr;
    QPushButton *m_removeTransition = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_issues = nullptr;
    LifecycleDiagram *m_diagram = nullptr;
};

} // namespace crmbridge
