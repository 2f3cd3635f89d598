// bench_syncstall: how long the window's main thread goes without answering while a large sync
// runs. Opens the real window (Application, MainWindow, the Syncs page) on a workspace, clicks
// Run, answers the confirmation and measures until the run has finished and the page has shown
// it:
// - a 5 ms Qt::PreciseTimer on the main thread: its lateness is what a user feels (a click, a
//   repaint waits that long);
// - every event the main thread dispatches at the top level (QApplication::notify): the longest
//   one, with its receiver, wall and thread-CPU time — where a stall comes from
//   (the glib event dispatcher Qt uses on Linux does not emit awake/aboutToBlock in pairs, so
//   the longest stretch without returning to the event loop is measured here, per event).
// Prints one JSON object on stdout (bench/syncstall/run.sh makes the table) and the longest
// events on stderr. Not a test: nothing here asserts a time.
//
// usage: bench_syncstall WORKSPACE PROFILE [--env NAME] [--var NAME=VALUE]... [--label TEXT]
//        [--no-rate-limits]
#include "core/common/appinfo.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/sync/syncrunner.h"
#include "core/workspace/workspace.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/prompts.h"
#include "ui/sync/failedrowsdialog.h"
#include "ui/sync/runview.h"
#include "ui/sync/syncprofiledialog.h"
#include "ui/sync/syncspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

using namespace crmbridge;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct SlowEvent
{
    double wallMs = 0;
    double cpuMs = 0;
    int type = 0;
    QString receiver;
    QString phase;
};

QString describe(const QObject *o)
{
    if (!o)
        return QStringLiteral("?");
    QString text = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        text += QLatin1Char('#') + o->objectName();
    if (const QObject *parent = o->parent())
        text += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
    return text;
}

/// Times every top-level event the main thread dispatches.
class ProbeApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool recording = false;
    QString phase = QStringLiteral("idle");
    double longestEventMs = 0;
    std::vector<SlowEvent> slow; ///< events of 20 ms or more
    std::map<QString, double> longestByPhase;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || m_depth > 0 || QThread::currentThread() != thread()) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const int type = int(event->type());
        const QString who = describe(receiver); // before: the event may delete its receiver
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu = threadCpuNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double wallMs = double(clock.nsecsElapsed()) / 1e6;
        longestEventMs = std::max(longestEventMs, wallMs);
        double &byPhase = longestByPhase[phase];
        byPhase = std::max(byPhase, wallMs);
        if (wallMs >= 20)
            slow.push_back({wallMs, double(threadCpuNs() - cpu) / 1e6, type, who, phase});
        return result;
    }

private:
    int m_depth = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = std::size_t(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values[i];
}

/// Points the workspace's environment at the running sandbox and, optionally, takes the client
/// rate limits off its endpoints (as `--rate-preset none` does for the CLI).
bool prepareWorkspace(const QString &path, const QString &envName, const QList<QPair<QString, QString>> &vars,
                      bool noRateLimits)
{
    auto workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message()));
        return false;
    }
    EnvironmentStore environments(*workspace.value());
    auto environment = environments.find(envName);
    if (!environment) {
        std::fprintf(stderr, "%s\n", qPrintable(environment.error().message()));
        return false;
    }
    for (const auto &[name, value] : vars) {
        bool found = false;
        for (EnvironmentVariable &v : environment->variables) {
            if (v.name == name) {
                v.value = value;
                found = true;
            }
        }
        if (!found) {
            EnvironmentVariable v;
            v.name = name;
            v.value = value;
            environment->variables.append(v);
        }
    }
    if (auto saved = environments.save(environment.value()); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message()));
        return false;
    }
    if (noRateLimits) {
        auto none = RateLimitPresets::find(QStringLiteral("none"));
        auto endpoints = EndpointStore(*workspace.value()).list();
        if (!none || !endpoints)
            return false;
        for (Endpoint endpoint : endpoints.value()) {
            endpoint.rateLimit = none->policy;
            if (!EndpointStore(*workspace.value()).save(endpoint))
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    ProbeApplication app(argc, argv);
    AppInfo::apply();
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_syncstall WORKSPACE PROFILE [--env NAME] [--var NAME=VALUE]... [--label TEXT] [--no-rate-limits]\n");
        return 2;
    }
    const QString workspacePath = args.at(1);
    const QString profileName = args.at(2);
    QString envName = QStringLiteral("Sandbox");
    QString label = QGuiApplication::platformName();
    bool noRateLimits = false;
    QList<QPair<QString, QString>> vars;
    for (int i = 3; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--env") && i + 1 < args.size())
            envName = args.at(++i);
        else if (args.at(i) == QLatin1String("--label") && i + 1 < args.size())
            label = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-rate-limits"))
            noRateLimits = true;
        else if (args.at(i) == QLatin1String("--var") && i + 1 < args.size()) {
            const QString v = args.at(++i);
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            if (eq > 0)
                vars.append({v.left(eq), v.mid(eq + 1)});
        }
    }
    if (!prepareWorkspace(workspacePath, envName, vars, noRateLimits))
        return 2;

    QTemporaryDir settingsDir;
    ScriptedPrompts prompts;
    ApplicationOptions options;
    options.settingsFile = settingsDir.filePath(QStringLiteral("settings.ini"));
    options.workspacePath = workspacePath;
    options.language = QStringLiteral("en");
    options.prompts = &prompts;
    options.sandbox = false; // the sandbox runs in its own process: it must not share this thread
    Application application(options);
    application.start();
    MainWindow *window = application.window();
    window->resize(1280, 800);
    if (!application.workspace() || !window->showPage(QStringLiteral("syncs"))) {
        std::fprintf(stderr, "could not open the workspace or its Syncs page: %s\n", qPrintable(prompts.shownErrors.join(u'\n')));
        return 2;
    }
    auto *page = qobject_cast<SyncsPage *>(window->currentPage());
    if (!page || !page->selectProfile(profileName)) {
        std::fprintf(stderr, "no sync profile named %s\n", qPrintable(profileName));
        return 2;
    }
    page->selectEnvironment(envName);

    // The probes.
    std::vector<double> lateness;
    lateness.reserve(100000);
    std::map<QString, double> latenessByPhase;
    QElapsedTimer probeClock;
    qint64 lastTick = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (lastTick >= 0) {
            const double late = std::max(0.0, double(now - lastTick) / 1e6 - probe.interval());
            lateness.push_back(late);
            double &byPhase = latenessByPhase[app.phase];
            byPhase = std::max(byPhase, late);
        }
        lastTick = now;
    });
    sync::SyncRunner *runner = page->runner();
    QElapsedTimer runClock;
    double runSeconds = 0;
    sync::SyncOutcome outcome;
    QObject::connect(runner, &sync::SyncRunner::progress, &app, [&](const sync::SyncProgress &progress) {
        app.phase = sync::toString(progress.phase);
    });
    QObject::connect(runner, &sync::SyncRunner::finished, &app, [&](const sync::SyncOutcome &o) {
        runSeconds = double(runClock.nsecsElapsed()) / 1e9;
        outcome = o;
        app.phase = QStringLiteral("after the run");
        // Keep measuring while the page shows the outcome and refreshes its history.
        QTimer::singleShot(3000, &app, [&] {
            app.recording = false;
            probe.stop();
            QCoreApplication::quit();
        });
    });

    // Start once the window is up and painted.
    QTimer::singleShot(1000, &app, [&] {
        prompts.answers.enqueue(QMessageBox::Yes); // "Run … now?"
        probeClock.start();
        app.recording = true;
        app.phase = QStringLiteral("starting");
        probe.start();
        runClock.start();
        page->runView()->runButton()->click();
        if (!runner->isBusy()) {
            std::fprintf(stderr, "the run did not start: %s\n", qPrintable(prompts.shownErrors.join(u'\n')));
            QCoreApplication::exit(2);
        }
    });
    const int code = QApplication::exec();
    if (code != 0)
        return code;

    std::sort(app.slow.begin(), app.slow.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.wallMs > b.wallMs; });
    std::fprintf(stderr, "longest main-thread events (%s):\n", qPrintable(label));
    for (std::size_t i = 0; i < std::min<std::size_t>(app.slow.size(), 12); ++i) {
        const SlowEvent &e = app.slow[i];
        std::fprintf(stderr, "  %8.1f ms wall %8.1f ms cpu  event %4d  %-16s %s\n", e.wallMs, e.cpuMs, e.type,
                     qPrintable(e.phase), qPrintable(e.receiver));
    }
    if (!prompts.shownErrors.isEmpty())
        std::fprintf(stderr, "errors shown: %s\n", qPrintable(prompts.shownErrors.join(u'\n')));

    const qint64 written = outcome.doneCount();
    QJsonObject phases;
    for (const auto &[phase, ms] : latenessByPhase)
        phases.insert(phase, QJsonObject{{QStringLiteral("max_lateness_ms"), ms},
                                         {QStringLiteral("longest_event_ms"), app.longestByPhase[phase]}});
    QJsonArray slowest;
    for (std::size_t i = 0; i < std::min<std::size_t>(app.slow.size(), 5); ++i) {
        const SlowEvent &e = app.slow[i];
        slowest.append(QJsonObject{{QStringLiteral("wall_ms"), e.wallMs}, {QStringLiteral("cpu_ms"), e.cpuMs},
                                   {QStringLiteral("event"), e.type}, {QStringLiteral("phase"), e.phase},
                                   {QStringLiteral("receiver"), e.receiver}});
    }
    const QJsonObject result{
        {QStringLiteral("label"), label},
        {QStringLiteral("status"), sync::toString(outcome.status)},
        {QStringLiteral("written"), written},
        {QStringLiteral("failed"), outcome.failedCount()},
        {QStringLiteral("seconds"), runSeconds},
        {QStringLiteral("records_per_second"), runSeconds > 0 ? double(written) / runSeconds : 0.0},
        {QStringLiteral("probe_ticks"), qint64(lateness.size())},
        {QStringLiteral("max_lateness_ms"), lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end())},
        {QStringLiteral("p99_lateness_ms"), percentile(lateness, 0.99)},
        {QStringLiteral("p50_lateness_ms"), percentile(lateness, 0.50)},
        {QStringLiteral("stalls_over_50ms"), qint64(std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 50; }))},
        {QStringLiteral("longest_event_ms"), app.longestEventMs},
        {QStringLiteral("events_over_50ms"), qint64(std::count_if(app.slow.begin(), app.slow.end(), [](const SlowEvent &e) { return e.wallMs > 50; }))},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("slowest_events"), slowest}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
