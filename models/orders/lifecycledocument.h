#pragma once

#include "core/orders/lifecycle.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace crmbridge {

class Workspace;

/// The lifecycle as the Lifecycle editor edits it: every change is a QUndoCommand holding the
/// lifecycle before and after; each change (and each undo and redo) is validated, and saved to
/// the workspace (LifecycleStore) when it has no errors — a lifecycle with errors stays in the
/// editor, with its issues shown, until it is fixed or undone. The OrderService reads the saved
/// one, so a saved change applies to the next step.
class LifecycleDocument : public QObject
{
    Q_OBJECT

public:
    LifecycleDocument(Workspace &workspace, QUndoStack *undoStack, QObject *parent = nullptr);

    /// Reads the workspace's lifecycle (the standard one when none is saved); clears the undo stack.
    bool load();
    const orders::Lifecycle &lifecycle() const { return m_lifecycle; }
    const QList<orders::LifecycleIssue> &issues() const { return m_issues; }
    QList<orders::LifecycleIssue> stateIssues(const QString &state) const;
    QList<orders::LifecycleIssue> transitionIssues(const QString &transition) const;
    bool hasErrors() const;
    /// Empty when the lifecycle shown is the saved one; else why it is not saved.
    QString saveProblem() const { return m_saveProblem; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Pushes an undoable change (nothing when `after` equals the current lifecycle).
    void change(const orders::Lifecycle &after, const QString &text);

signals:
    /// The lifecycle or its issues changed (an edit, undo, redo or load).
    void changed();
    /// A change was written to the workspace.
    void saved();

private:
    friend class LifecycleChangeCommand;
    void apply(const orders::Lifecycle &lifecycle);

    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    orders::Lifecycle m_lifecycle;
    QList<orders::LifecycleIssue> m_issues;
    QString m_saveProblem;
};

} // namespace crmbridge
