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
#include <atomic>
#include <csignal>
#include <execinfo.h>
#include <fcntl.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#include <map>
#include <vector>

using namespace crmbridge;

namespace {

/// The calling thread's time on a CPU and time runnable but waiting for one, from the scheduler
/// (/proc/thread-self/schedstat; zeros where it is not there).
struct SchedStat
{
    qint64 runNs = 0;
    qint64 queuedNs = 0;
};

SchedStat schedStat(int fd)
{
    SchedStat s;
    char buffer[128];
    const ssize_t n = fd >= 0 ? ::pread(fd, buffer, sizeof buffer - 1, 0) : -1;
    if (n > 0) {
        buffer[n] = 0;
        long long run = 0, queued = 0;
        if (std::sscanf(buffer, "%lld %lld", &run, &queued) == 2)
            s = {run, queued};
    }
    return s;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// When the main thread has been inside one event for more than 100 ms (SYNCSTALL_STACK_MS), a
/// watchdog thread sends it
/// SIGUSR2; the handler prints the main thread's stack to stderr — where a long event spends its
/// time, asleep or not (a few stacks at most; symbols of the shared libraries).
std::atomic<qint64> g_eventSinceNs{0}; ///< steady-clock ns when the current top-level event began; 0: none
std::atomic<int> g_stacksLeft{8};

qint64 steadyNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void printStack(int)
{
    void *frames[48];
    const int n = backtrace(frames, 48);
    static const char header[] = "--- main thread inside one event for too long (SYNCSTALL_STACK_MS, default 100):\n";
    [[maybe_unused]] const ssize_t w = ::write(STDERR_FILENO, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
}

/// A probe tick that came more than 20 ms late: where the time went.
struct Stall
{
    double lateMs = 0;
    double cpuMs = 0;       ///< the main thread ran (events, painting, anything)
    double queuedMs = 0;    ///< runnable, but no CPU was free (machine load)
    double longestEventMs = 0; ///< the longest single event dispatched in the gap
    QString phase;
    double blockedMs() const { return std::max(0.0, lateMs - cpuMs - queuedMs); } ///< asleep: a lock, I/O, a wait
};

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
    double longestSinceTick = 0;
    std::vector<SlowEvent> slow; ///< events of 20 ms or more
    std::map<QString, double> longestByPhase;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Nested events belong to the one that sent them; other threads' events are not timed.
        if (!recording || t_depth > 0 || QThread::currentThread() != thread()) {
            ++t_depth;
            const bool result = QApplication::notify(receiver, event);
            --t_depth;
            return result;
        }
        const int type = int(event->type());
        const QString who = describe(receiver); // before: the event may delete its receiver
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu = threadCpuNs();
        g_eventSinceNs.store(steadyNs());
        ++t_depth;
        const bool result = QApplication::notify(receiver, event);
        --t_depth;
        g_eventSinceNs.store(0);
        const double wallMs = double(clock.nsecsElapsed()) / 1e6;
        longestEventMs = std::max(longestEventMs, wallMs);
        longestSinceTick = std::max(longestSinceTick, wallMs);
        double &byPhase = longestByPhase[phase];
        byPhase = std::max(byPhase, wallMs);
        if (wallMs >= 20)
            slow.push_back({wallMs, double(threadCpuNs() - cpu) / 1e6, type, who, phase});
        return result;
    }

private:
    static thread_local int t_depth; ///< per thread: every thread's events pass through here
};

thread_local int ProbeApplication::t_depth = 0;

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
    const int schedFd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    SchedStat lastSched;
    std::vector<Stall> stalls;
    double maxOwnMs = 0;
    qint64 ownOver50 = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        const SchedStat sched = schedStat(schedFd);
        if (lastTick >= 0) {
            const double late = std::max(0.0, double(now - lastTick) / 1e6 - probe.interval());
            lateness.push_back(late);
            double &byPhase = latenessByPhase[app.phase];
            byPhase = std::max(byPhase, late);
            // What the window itself cost: the lateness less the time the thread was runnable
            // but had no CPU (other processes, the sync's own threads).
            const double own = std::max(0.0, late - double(sched.queuedNs - lastSched.queuedNs) / 1e6);
            maxOwnMs = std::max(maxOwnMs, own);
            ownOver50 += own > 50 ? 1 : 0;
            if (late > 20)
                stalls.push_back({late, double(sched.runNs - lastSched.runNs) / 1e6,
                                  double(sched.queuedNs - lastSched.queuedNs) / 1e6, app.longestSinceTick, app.phase});
        }
        app.longestSinceTick = 0;
        lastSched = sched;
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
    // The watchdog (see printStack).
    {
        void *warmUp[4];
        backtrace(warmUp, 4); // loads libgcc's unwinder now, not inside the signal handler
        struct sigaction action{};
        action.sa_handler = printStack;
        action.sa_flags = SA_RESTART;
        sigaction(SIGUSR2, &action, nullptr);
    }
    std::atomic<bool> watching{true};
    const pthread_t mainThread = pthread_self();
    const qint64 stackAfterNs = qEnvironmentVariableIntValue("SYNCSTALL_STACK_MS") > 0
        ? qint64(qEnvironmentVariableIntValue("SYNCSTALL_STACK_MS")) * 1000000
        : qint64(100000000);
    std::thread watchdog([&] {
        qint64 sampled = 0;
        while (watching.load()) {
            const qint64 since = g_eventSinceNs.load();
            if (since != 0 && since != sampled && steadyNs() - since > stackAfterNs && g_stacksLeft.fetch_sub(1) > 0) {
                sampled = since;
                pthread_kill(mainThread, SIGUSR2);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    const int code = QApplication::exec();
    watching.store(false);
    watchdog.join();
    if (code != 0)
        return code;

    std::sort(app.slow.begin(), app.slow.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.wallMs > b.wallMs; });
    std::fprintf(stderr, "longest main-thread events (%s):\n", qPrintable(label));
    for (std::size_t i = 0; i < std::min<std::size_t>(app.slow.size(), 12); ++i) {
        const SlowEvent &e = app.slow[i];
        std::fprintf(stderr, "  %8.1f ms wall %8.1f ms cpu  event %4d  %-16s %s\n", e.wallMs, e.cpuMs, e.type,
                     qPrintable(e.phase), qPrintable(e.receiver));
    }
    std::sort(stalls.begin(), stalls.end(), [](const Stall &a, const Stall &b) { return a.lateMs > b.lateMs; });
    std::fprintf(stderr, "probe ticks more than 20 ms late (%s): late = main thread on a CPU + waiting for a free CPU + asleep\n",
                 qPrintable(label));
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 12); ++i) {
        const Stall &t = stalls[i];
        std::fprintf(stderr, "  %8.1f ms late = %7.1f on CPU + %7.1f waiting for a CPU + %7.1f asleep; longest event %7.1f ms  %s\n",
                     t.lateMs, t.cpuMs, t.queuedMs, t.blockedMs(), t.longestEventMs, qPrintable(t.phase));
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
        {QStringLiteral("max_own_stall_ms"), maxOwnMs},
        {QStringLiteral("own_stalls_over_50ms"), ownOver50},
        {QStringLiteral("events_over_50ms"), qint64(std::count_if(app.slow.begin(), app.slow.end(), [](const SlowEvent &e) { return e.wallMs > 50; }))},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("worst_stall"),
         stalls.empty() ? QJsonObject()
                        : QJsonObject{{QStringLiteral("late_ms"), stalls.front().lateMs},
                                      {QStringLiteral("cpu_ms"), stalls.front().cpuMs},
                                      {QStringLiteral("queued_ms"), stalls.front().queuedMs},
                                      {QStringLiteral("asleep_ms"), stalls.front().blockedMs()},
                                      {QStringLiteral("longest_event_ms"), stalls.front().longestEventMs},
                                      {QStringLiteral("phase"), stalls.front().phase}}},
        {QStringLiteral("stalls_over_50ms_with_a_long_event"),
         qint64(std::count_if(stalls.begin(), stalls.end(), [](const Stall &t) { return t.lateMs > 50 && t.longestEventMs > 50; }))},
        {QStringLiteral("slowest_events"), slowest}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
