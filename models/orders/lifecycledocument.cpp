#include "models/orders/lifecycledocument.h"

#include "core/orders/lifecyclestore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace crmbridge {

using namespace orders;

class LifecycleChangeCommand : public QUndoCommand
{
public:
    LifecycleChangeCommand(LifecycleDocument *document, Lifecycle before, Lifecycle after,
                           const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_document->apply(m_after); }
    void undo() override { m_document->apply(m_before); }

private:
    LifecycleDocument *m_document;
    Lifecycle m_before;
    Lifecycle m_after;
};

LifecycleDocument::LifecycleDocument(Workspace &workspace, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{ }

bool LifecycleDocument::load()
{
    auto loaded = LifecycleStore(m_workspace).load();
    m_undoStack->clear();
    if (!loaded) {
        m_lifecycle = Lifecycle::standard();
        m_issues = LifecycleValidator::validate(m_lifecycle);
        m_saveProblem = loaded.error().message();
        emit changed();
        return false;
    }
    m_lifecycle = loaded.value();
    m_issues = LifecycleValidator::validate(m_lifecycle);
    m_saveProblem.clear();
    emit changed();
    return true;
}

QList<LifecycleIssue> LifecycleDocument::stateIssues(const QString &state) const
{
    QList<LifecycleIssue> found;
    for (const LifecycleIssue &issue : m_issues) {
        if (issue.transition.isEmpty() && issue.state == state)
            found.append(issue);
    }
    return found;
}

QList<LifecycleIssue> LifecycleDocument::transitionIssues(const QString &transition) const
{
    QList<LifecycleIssue> found;
    for (const LifecycleIssue &issue : m_issues) {
        if (!issue.transition.isEmpty() && issue.transition == transition)
            found.append(issue);
    }
    return found;
}

bool LifecycleDocument::hasErrors() const
{
    return LifecycleValidator::hasErrors(m_issues);
}

void LifecycleDocument::change(const Lifecycle &after, const QString &text)
{
    // (Lifecycle's == is unusable: ValueMap has none; the file form is canonical.)
    if (LifecycleFile::toJson(after) == LifecycleFile::toJson(m_lifecycle))
        return;
    m_undoStack->push(new LifecycleChangeCommand(this, m_lifecycle, after, text));
}

void LifecycleDocument::apply(const Lifecycle &lifecycle)
{
    m_lifecycle = lifecycle;
    m_issues = LifecycleValidator::validate(lifecycle);
    bool wrote = false;
    if (LifecycleValidator::hasErrors(m_issues)) {
        m_saveProblem = tr("Not saved: the lifecycle has errors. Fix them (or undo) to save it; orders keep "
                           "stepping through the last saved lifecycle.");
    } else if (Status status = LifecycleStore(m_workspace).save(lifecycle); !status) {
        m_saveProblem = tr("Not saved: %1").arg(status.error().message());
    } else {
        m_saveProblem.clear();
        wrote = true;
    }
    emit changed();
    if (wrote)
        emit saved();
}

} // namespace crmbridge
