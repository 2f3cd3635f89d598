#pragma once

#include "ui/shell/pageregistry.h"

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QUndoGroup;

namespace crmbridge {

class ActivityRecorder;
class AppSettings;
class MainWindow;
class Prompts;
class RequestCounter;
class SandboxServer;
class SecretStore;
class Workspace;

struct ApplicationOptions
{
    QString settingsFile;    ///< empty: the user's settings
    QString workspacePath;   ///< a workspace named on the command line; empty: last or demo
    QString language;        ///< forces a language; empty: the saved one or the system's
    Prompts *prompts = nullptr; ///< not owned; nullptr: the real dialogs
    bool sandbox = true;        ///< start the sandbox with the demo workspace
};

/// The composition root of the window: builds the settings, translators, undo group, page
/// registry and main window, owns the open workspace, and hands each what it needs by
/// constructor. main() only creates it.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(ApplicationOptions options = {}, QObject *parent = nullptr);
    ~Application() override;

    /// Opens the first workspace (the one named, else the last one, else the demo) and shows
    /// the window.
    void start();

    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    AppSettings &settings() const { return *m_settings; }
    QString language() const { return m_language; }

    /// Each reports failures to the user (through Prompts) and keeps the current workspace.
    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path);
    bool openDemoWorkspace();
    void closeWorkspace();

    /// Switches every visible text at run time: "en" or "zh_CN".
    void setLanguage(const QString &language);

    SandboxServer &sandbox() const { return *m_sandbox; }
    SecretStore &secrets() const { return *m_secrets; }
    /// Records every page's HTTP exchanges in the open workspace (nullptr with none open).
    ActivityRecorder *activity() const { return m_activity.get(); }
    RequestCounter &requests() const { return *m_requests; }
    /// Starts the sandbox (next free ports if the default ones are taken) and, when the demo
    /// workspace is open, points its Sandbox environment at it. Reports failures to the user.
    bool startSandbox();

signals:
    void workspaceChanged(crmbridge::Workspace *workspace);

private:
    void adopt(std::unique_ptr<Workspace> workspace);
    bool isDemo(const Workspace *workspace) const;
    void updateSandboxStatus();
    static QString systemLanguage();

    ApplicationOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Prompts> m_ownPrompts;
    Prompts *m_prompts = nullptr;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    PageRegistry m_pages;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RequestCounter> m_requests;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ActivityRecorder> m_activity; ///< after m_workspace: it goes first
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace crmbridge
