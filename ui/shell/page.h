#pragma once

#include <QIcon>
#include <QWidget>

class QUndoGroup;
class QUndoStack;

namespace crmbridge {

class ActivityRecorder;
class AppSettings;
class Prompts;
class RequestCounter;
class SecretStore;
class Workspace;

/// What a page gets from the composition root, by constructor — never through globals.
struct PageContext
{
    Workspace &workspace;
    AppSettings &settings;
    Prompts &prompts;
    QUndoGroup &undoGroup;
    SecretStore &secrets; ///< keychain / environment variable / session secrets, one per window
    /// Records every HTTP exchange of the window in the workspace (owned by Application, one per
    /// open workspace). nullptr for a page built alone (a test): the page then makes its own.
    ActivityRecorder *activity = nullptr;
    /// Counts requests in flight for the status bar; pages hand it every HttpClient they make.
    RequestCounter *requests = nullptr;
};

/// One entry of the navigator. A feature adds its page when the feature works; the shell knows
/// nothing about what a page shows.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    virtual QString pageId() const = 0;
    virtual QString title() const = 0; ///< translated
    virtual QIcon icon() const = 0;
    /// The page's undo stack (added to the window's QUndoGroup), or nullptr.
    virtual QUndoStack *undoStack() const { return nullptr; }
    /// Re-reads what the page shows from the workspace.
    virtual void refresh() { }

signals:
    /// The page's title or icon changed (e.g. after a language switch).
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;
    /// Sets every visible text again; called on QEvent::LanguageChange.
    virtual void retranslate() { }
};

} // namespace crmbridge
