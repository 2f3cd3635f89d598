#include "ui/shell/application.h"

#include "core/common/appinfo.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/orders/orderdemoseeder.h"
#include "core/sandbox/demosandbox.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/sync/syncdemoseeder.h"
#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspace.h"
#include "models/common/requestcounter.h"
#include "ui/shell/mainwindow.h"
#include "ui/sandbox/sandboxpanel.h"
#include "ui/shell/prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QUndoGroup>

namespace crmbridge {

Application::Application(ApplicationOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                                  : std::make_unique<AppSettings>(m_options.settingsFile))
    , m_undoGroup(std::make_unique<QUndoGroup>())
{
    if (m_options.prompts) {
        m_prompts = m_options.prompts;
    } else {
        m_ownPrompts = std::make_unique<DialogPrompts>();
        m_prompts = m_ownPrompts.get();
    }

    // Each feature registers its pages here, in navigator order, and its demo-workspace seeders.
    registerWorkspacePages(m_pages);
    registerEndpointPages(m_pages);
    registerMappingPages(m_pages);
    registerSyncPages(m_pages);
    registerOrderPages(m_pages);
    registerActivityPages(m_pages);
    registerSandboxDemoSeeder();
    orders::registerOrderDemoSeeder();
    sync::registerSyncDemoSeeder(); // demo mappings and sync profiles
    m_sandbox = std::make_unique<SandboxServer>();
    m_secrets = std::make_unique<SecretStore>();
    registerSandboxSecrets(*m_secrets); // the sandbox's public demo credentials, for this session
    orders::registerOrderDemoSecrets(*m_secrets); // the demo webhook subscriber's signing secret
    m_requests = std::make_unique<RequestCounter>();

    QString language = m_options.language;
    if (language.isEmpty())
        language = m_settings->language();
    if (language.isEmpty())
        language = systemLanguage();
    setLanguage(language);

    m_window = std::make_unique<MainWindow>(*m_settings, *m_prompts, *m_undoGroup, *m_secrets, m_pages);
    m_window->setCurrentLanguage(m_language);
    m_window->setRequestCounter(m_requests.get());
    connect(m_window.get(), &MainWindow::newWorkspaceRequested, this, &Application::createWorkspace);
    connect(m_window.get(), &MainWindow::openWorkspaceRequested, this, &Application::openWorkspace);
    connect(m_window.get(), &MainWindow::openDemoRequested, this, &Application::openDemoWorkspace);
    connect(m_window.get(), &MainWindow::closeWorkspaceRequested, this, &Application::closeWorkspace);
    connect(m_window.get(), &MainWindow::languageRequested, this, &Application::setLanguage);

    auto *panel = new SandboxPanel(*m_sandbox, *m_prompts, m_window.get());
    m_window->addPanel(panel);
    connect(panel, &SandboxPanel::startRequested, this, &Application::startSandbox);
    connect(m_sandbox.get(), &SandboxServer::started, this, &Application::updateSandboxStatus);
    connect(m_sandbox.get(), &SandboxServer::stopped, this, &Application::updateSandboxStatus);
    updateSandboxStatus();
}

Application::~Application()
{
    // Pages and panels hold references into the workspace and the sandbox: the window goes first.
    disconnect(m_sandbox.get(), nullptr, this, nullptr);
    m_window.reset();
    m_activity.reset(); // writes what it still holds into the workspace
    m_workspace.reset();
    m_sandbox->stop();
}

QString Application::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Application::start()
{
    // The window first, so that an error about the workspace is shown over it, not alone.
    m_window->show();
    bool opened = false;
    if (!m_options.workspacePath.isEmpty()) {
        opened = openWorkspace(m_options.workspacePath);
    } else {
        const QString last = m_settings->lastWorkspace();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = openWorkspace(last);
        if (!opened)
            opened = openDemoWorkspace();
    }
}

bool Application::isDemo(const Workspace *workspace) const
{
    return workspace && workspace->filePath() == QFileInfo(AppInfo::demoWorkspacePath()).absoluteFilePath();
}

bool Application::startSandbox()
{
    Result<quint16> started = DemoSandbox::start(*m_sandbox, isDemo(m_workspace.get()) ? m_workspace.get() : nullptr);
    if (!started) {
        m_prompts->error(m_window.get(), tr("Sandbox"), started.error().message());
        return false;
    }
    return true;
}

void Application::updateSandboxStatus()
{
    QString detail;
    if (m_sandbox->isRunning()) {
        const QList<SandboxSystemInfo> systems = m_sandbox->systems();
        if (!systems.isEmpty())
            detail = QStringLiteral("127.0.0.1:%1–%2").arg(systems.first().port).arg(systems.last().port);
    }
    m_window->setSandboxState(m_sandbox->isRunning(), detail);
}

void Application::adopt(std::unique_ptr<Workspace> workspace)
{
    m_window->setWorkspace(nullptr); // pages drop their references before the old workspace goes
    m_activity.reset();
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_activity = std::make_unique<ActivityRecorder>(*m_workspace);
    m_window->setWorkspace(m_workspace.get(), m_activity.get());
    if (m_workspace) {
        const bool demo = isDemo(m_workspace.get());
        m_settings->setLastWorkspace(demo ? QString() : m_workspace->filePath());
        if (!demo)
            m_settings->addRecentFile(m_workspace->filePath());
        // The demo workspace's endpoints point at the sandbox: it starts with it.
        if (demo && m_options.sandbox)
            startSandbox();
    } else {
        m_settings->setLastWorkspace(QString());
    }
    m_window->refreshRecentFiles();
    emit workspaceChanged(m_workspace.get());
}

bool Application::openWorkspace(const QString &path)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->filePath())
        return true;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        m_prompts->error(m_window.get(), tr("Open Workspace"), workspace.error().message());
        if (!QFileInfo::exists(path)) {
            m_settings->removeRecentFile(path);
            m_window->refreshRecentFiles();
        }
        return false;
    }
    const QString backup = workspace.value()->migrationBackup();
    adopt(std::move(workspace.value()));
    if (!backup.isEmpty()) {
        m_prompts->information(m_window.get(), tr("Workspace upgraded"),
                               tr("The workspace was upgraded to this version's format. A copy of the "
                                  "previous version is kept at %1.")
                                   .arg(QDir::toNativeSeparators(backup)));
    }
    return true;
}

bool Application::createWorkspace(const QString &path)
{
    Workspace::CreateOptions options;
    options.name = QFileInfo(path).completeBaseName();
    Result<std::unique_ptr<Workspace>> workspace = Workspace::create(path, options);
    if (!workspace) {
        m_prompts->error(m_window.get(), tr("New Workspace"), workspace.error().message());
        return false;
    }
    adopt(std::move(workspace.value()));
    return true;
}

bool Application::openDemoWorkspace()
{
    const QString path = AppInfo::demoWorkspacePath();
    if (m_workspace && m_workspace->filePath() == QFileInfo(path).absoluteFilePath())
        return true;
    Result<std::unique_ptr<Workspace>> workspace = DemoWorkspace::openOrCreate(path);
    if (!workspace) {
        m_prompts->error(m_window.get(), tr("Open the Demo Workspace"), workspace.error().message());
        return false;
    }
    adopt(std::move(workspace.value()));
    return true;
}

void Application::closeWorkspace()
{
    adopt(nullptr);
}

void Application::setLanguage(const QString &language)
{
    const QString wanted = language == QStringLiteral("zh_CN") ? language : QStringLiteral("en");
    if (wanted == m_language)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (wanted != QStringLiteral("en")
        && m_qtTranslator.load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // English has a catalogue too: it holds the plural forms ("1 request", "2 requests").
    if (m_appTranslator.load(AppInfo::translationResource(wanted)))
        QCoreApplication::installTranslator(&m_appTranslator);
    m_language = wanted;
    QLocale::setDefault(QLocale(wanted == QStringLiteral("zh_CN") ? QLocale::Chinese : QLocale::English,
                                wanted == QStringLiteral("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    m_settings->setLanguage(wanted);
    if (m_window) {
        m_window->setCurrentLanguage(wanted);
        // installTranslator() announces the change only once the event loop runs; say it
        // ourselves so that every widget retranslates now, whatever the state of the loop.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

} // namespace crmbridge
