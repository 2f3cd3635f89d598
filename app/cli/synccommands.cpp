// `crmbridge-cli sync`, `sync-profile list|show|add|remove|decide|decisions`, `runs list|show`.
#include "clicommand.h"

#include "core/endpoints/ratelimitpresets.h"
#include "core/endpoints/secretstore.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sync/conflictdecisions.h"
#include "core/sync/runstore.h"
#include "core/sync/syncdemoseeder.h"
#include "core/sync/syncprofilestore.h"
#include "core/sync/syncrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace crmbridge::cli {

namespace {

using namespace crmbridge::sync;

class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static int profileList(CliContext &context);
    static int profileShow(CliContext &context);
    static int profileAdd(CliContext &context);
    static int profileRemove(CliContext &context);
    static int profileDecide(CliContext &context);
    static int profileDecisions(CliContext &context);
    static int sync(CliContext &context);
    static int runsList(CliContext &context);
    static int runsShow(CliContext &context);
};

QString describeSource(const SyncProfile &p)
{
    return p.source.isFile() ? p.source.file : p.source.endpoint + u" / "_s + p.source.entity;
}

int SyncCommands::profileList(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto profiles = SyncProfileStore(*workspace.value()).list();
    if (!profiles)
        return context.fail(profiles.error());
    if (context.json) {
        QJsonArray out;
        for (const SyncProfile &p : profiles.value()) {
            QJsonObject o = SyncProfileJson::toJson(p);
            o.insert(u"id"_s, p.id);
            out.append(o);
        }
        context.printJson(QJsonDocument(out));
        return Success;
    }
    if (profiles->isEmpty()) {
        context.say(tr("No sync profiles. Add one with 'crmbridge-cli sync-profile add'."));
        return Success;
    }
    for (const SyncProfile &p : profiles.value()) {
        context.say(tr("%1\n    %2 → %3 / %4 via \"%5\", %6, match %7 ← %8")
                        .arg(p.name, describeSource(p), p.target.endpoint, p.target.entity, p.mapping, toString(p.mode),
                             p.matchKey.targetField, p.matchKey.sourceFormula));
    }
    return Success;
}

int SyncCommands::profileShow(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto profile = SyncProfileStore(*workspace.value()).find(context.positional.value(0));
    if (!profile)
        return context.fail(profile.error());
    // The profile's JSON is its clearest description, for people and scripts alike.
    context.out << QString::fromUtf8(SyncProfileJson::toBytes(profile.value()));
    context.out.flush();
    return Success;
}

int SyncCommands::profileAdd(CliContext &context)
{
    const QCommandLineParser &p = context.parser;
    SyncProfile profile;
    if (p.isSet(u"from-json"_s)) {
        QFile file(p.value(u"from-json"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(Error::io(tr("Cannot read the profile file: %1").arg(file.errorString()), file.fileName(),
                                          tr("Check the path.")));
        }
        auto parsed = SyncProfileJson::fromBytes(file.readAll(), file.fileName());
        if (!parsed)
            return context.fail(parsed.error());
        profile = parsed.value();
    }
    if (!context.positional.value(0).isEmpty())
        profile.name = context.positional.value(0);
    auto set = [&p](const QString &option, QString &field) {
        if (p.isSet(option))
            field = p.value(option);
    };
    set(u"source-endpoint"_s, profile.source.endpoint);
    set(u"source-entity"_s, profile.source.entity);
    set(u"source-file"_s, profile.source.file);
    set(u"mapping"_s, profile.mapping);
    set(u"target-endpoint"_s, profile.target.endpoint);
    set(u"target-entity"_s, profile.target.entity);
    set(u"match-target"_s, profile.matchKey.targetField);
    set(u"match-source"_s, profile.matchKey.sourceFormula);
    set(u"match-target-formula"_s, profile.matchKey.targetFormula);
    set(u"filter"_s, profile.filter);
    set(u"cursor-field"_s, profile.cursor.field);
    set(u"description"_s, profile.description);
    if (p.isSet(u"mode"_s)) {
        auto mode = syncModeFromString(p.value(u"mode"_s));
        if (!mode)
            return context.usage(mode.error().message());
        profile.mode = mode.value();
    }
    if (p.isSet(u"conflict"_s)) {
        auto policy = conflictPolicyFromString(p.value(u"conflict"_s));
        if (!policy)
            return context.usage(policy.error().message());
        profile.conflictPolicy = policy.value();
    }
    for (const auto &[option, field] : {std::pair{u"batch-size"_s, &profile.batchSize}, std::pair{u"concurrency"_s, &profile.concurrency}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        *field = p.value(option).toInt(&ok);
        if (!ok)
            return context.usage(tr("--%1 needs a whole number, got '%2'.").arg(option, p.value(option)));
    }
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    SyncProfileStore store(*workspace.value());
    if (p.isSet(u"replace"_s)) {
        if (auto existing = store.find(profile.name))
            profile.id = existing->id;
    }
    auto saved = store.save(profile);
    if (!saved)
        return context.fail(saved.error());
    if (context.json) {
        QJsonObject o = SyncProfileJson::toJson(saved.value());
        o.insert(u"id"_s, saved->id);
        context.printJson(QJsonDocument(o));
    } else {
        context.say(tr("Saved the sync profile \"%1\".").arg(saved->name));
    }
    return Success;
}

int SyncCommands::profileRemove(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    if (Status s = SyncProfileStore(*workspace.value()).remove(context.positional.value(0)); !s)
        return context.fail(s.error());
    context.say(tr("Removed the sync profile \"%1\".").arg(context.positional.value(0)));
    return Success;
}

int SyncCommands::profileDecide(CliContext &context)
{
    const QString from = context.parser.value(u"from"_s);
    if (from.isEmpty())
        return context.usage(tr("Name the filled plan CSV with --from FILE.csv."));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto profile = SyncProfileStore(*workspace.value()).find(context.positional.value(0));
    if (!profile)
        return context.fail(profile.error());
    if (profile->conflictPolicy != ConflictPolicy::Ask) {
        return context.fail(Error::config(tr("The sync profile \"%1\" resolves conflicts by %2, so it has nothing to decide")
                                              .arg(profile->name, toString(profile->conflictPolicy)),
                                          {}, tr("Decisions apply to profiles whose conflict policy is ask.")));
    }
    // The decided lines must be conflicts of the profile's latest plan (or run, which plans too).
    RunStore runs(*workspace.value());
    auto latest = runs.list(1, profile->id);
    if (!latest)
        return context.fail(latest.error());
    if (latest->isEmpty()) {
        return context.fail(Error::input(tr("The sync profile \"%1\" has no plan yet").arg(profile->name), {},
                                         tr("Plan first: crmbridge-cli sync \"%1\" --dry-run --plan-out plan.csv").arg(profile->name)));
    }
    auto items = runs.planItems(latest->first().id);
    if (!items)
        return context.fail(items.error());
    auto read = DecisionCsvReader::read(from, items.value(), profile->name, decidedByHere(u"cli"_s));
    if (!read)
        return context.fail(read.error());
    // A file exported with decisions already in it stores only what is new or changed, so who
    // decided what, and when, stays true.
    ConflictDecisionStore store(*workspace.value());
    auto existing = store.list(profile->id);
    if (!existing)
        return context.fail(existing.error());
    const ConflictDecisions before(existing.value());
    QList<ConflictDecision> decisions;
    for (const ConflictDecision &d : read.value()) {
        const ConflictDecision *old = before.find(d.matchKey, d.field);
        if (!old || old->winner != d.winner || old->sourceValue != d.sourceValue || old->targetValue != d.targetValue)
            decisions.append(d);
    }
    if (Status s = store.apply(profile->id, decisions); !s)
        return context.fail(s.error());
    int source = 0;
    for (const ConflictDecision &d : std::as_const(decisions))
        source += d.winner == ConflictWinner::Source;
    const int target = int(decisions.size()) - source;
    const int unchanged = int(read->size() - decisions.size());
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{u"profile"_s, profile->name},
                                                    {u"plan_run"_s, latest->first().id},
                                                    {u"stored"_s, decisions.size()},
                                                    {u"source"_s, source},
                                                    {u"target"_s, target},
                                                    {u"unchanged"_s, unchanged}}));
        return Success;
    }
    context.say(tr("Stored %n decision(s) for \"%1\" (plan of run %2): %3 take the source, %4 keep the target; "
                   "%5 already decided the same way. The next plan or run applies them.",
                   nullptr, int(decisions.size()))
                    .arg(profile->name)
                    .arg(latest->first().id)
                    .arg(source)
                    .arg(target)
                    .arg(unchanged));
    return Success;
}

int SyncCommands::profileDecisions(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto profile = SyncProfileStore(*workspace.value()).find(context.positional.value(0));
    if (!profile)
        return context.fail(profile.error());
    ConflictDecisionStore store(*workspace.value());
    if (context.parser.isSet(u"clear"_s)) {
        auto removed = store.clear(profile->id);
        if (!removed)
            return context.fail(removed.error());
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{u"profile"_s, profile->name}, {u"removed"_s, removed.value()}}));
        else
            context.say(tr("Removed %n decision(s) of \"%1\".", nullptr, removed.value()).arg(profile->name));
        return Success;
    }
    auto decisions = store.list(profile->id);
    if (!decisions)
        return context.fail(decisions.error());
    if (context.json) {
        QJsonArray out;
        for (const ConflictDecision &d : decisions.value())
            out.append(d.toJson());
        context.printJson(QJsonDocument(out));
        return Success;
    }
    if (decisions->isEmpty()) {
        context.say(tr("No decisions for \"%1\". Fill the decision column of a plan CSV and run "
                       "'crmbridge-cli sync-profile decide \"%1\" --from FILE.csv'.")
                        .arg(profile->name));
        return Success;
    }
    for (const ConflictDecision &d : decisions.value()) {
        context.say(tr("%1  %2: %3 (target '%4', source '%5') — %6, %7")
                        .arg(d.matchKey, d.field, toString(d.winner), d.targetValue, d.sourceValue, d.decidedAt, d.decidedBy));
    }
    return Success;
}

QString countsLine(const SyncOutcome &o)
{
    QStringList parts;
    for (int i = 0; i < PlanActionCount; ++i) {
        const PlanAction action = PlanAction(i);
        if (o.planned[action] == 0)
            continue;
        if (isWriteAction(action) && o.status != RunStatus::Planned) {
            parts.append(SyncCommands::tr("%1 %2 (%3 done, %4 failed)")
                             .arg(toString(action))
                             .arg(o.planned[action])
                             .arg(o.done[std::size_t(i)])
                             .arg(o.failed[std::size_t(i)]));
        } else {
            parts.append(u"%1 %2"_s.arg(toString(action)).arg(o.planned[action]));
        }
    }
    if (o.planned.filtered > 0)
        parts.append(SyncCommands::tr("filtered %1").arg(o.planned.filtered));
    return parts.isEmpty() ? SyncCommands::tr("no records") : parts.join(u", "_s);
}

int SyncCommands::sync(CliContext &context)
{
    const QCommandLineParser &p = context.parser;
    const QString profileName = context.positional.value(0);
    const bool dryRun = p.isSet(u"dry-run"_s);
    auto runNumber = [&p](const QString &option, qint64 *out) {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        *out = p.value(option).toLongLong(&ok);
        return ok && *out > 0;
    };
    qint64 resumeRun = 0, retryRun = 0;
    if (!runNumber(u"resume"_s, &resumeRun))
        return context.usage(tr("--resume needs a run number, got '%1'.").arg(p.value(u"resume"_s)));
    if (!runNumber(u"retry-failed"_s, &retryRun))
        return context.usage(tr("--retry-failed needs a run number, got '%1'.").arg(p.value(u"retry-failed"_s)));
    if (resumeRun > 0 && retryRun > 0)
        return context.usage(tr("--resume and --retry-failed cannot be combined."));
    if ((resumeRun > 0 || retryRun > 0) && dryRun)
        return context.usage(tr("--dry-run plans a profile; it cannot be combined with --resume or --retry-failed."));
    if (profileName.isEmpty() && resumeRun == 0 && retryRun == 0)
        return context.usage(tr("Name a sync profile (or give --resume RUN or --retry-failed RUN)."));

    SyncOptions options;
    options.confirmedProductionWrite = p.isSet(u"yes"_s);
    options.confirmedArchive = p.isSet(u"yes"_s);
    options.planCsv = p.value(u"plan-out"_s);
    options.successCsv = p.value(u"success"_s);
    options.errorsCsv = p.value(u"errors"_s);
    options.recordActivity = !p.isSet(u"no-activity"_s);
    for (const auto &[option, field] : {std::pair{u"concurrency"_s, &options.concurrency}, std::pair{u"batch-size"_s, &options.batchSize}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        *field = p.value(option).toInt(&ok);
        const int max = option == u"concurrency"_s ? 64 : 100;
        const int min = option == u"concurrency"_s ? 1 : 0;
        if (!ok || *field < min || *field > max)
            return context.usage(tr("--%1 needs a whole number from %2 to %3, got '%4'.").arg(option).arg(min).arg(max).arg(p.value(option)));
    }
    if (p.isSet(u"rate-preset"_s)) {
        auto preset = RateLimitPresets::find(p.value(u"rate-preset"_s));
        if (!preset)
            return context.fail(preset.error());
        options.rateLimit = preset->policy;
    }

    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto environment = context.environmentFor(*workspace.value());
    if (!environment)
        return context.fail(environment.error());
    options.environment = environment.value();
    SyncProfile profile;
    if (resumeRun == 0 && retryRun == 0) {
        auto found = SyncProfileStore(*workspace.value()).find(profileName);
        if (!found)
            return context.fail(found.error());
        profile = found.value();
    }

    SyncRunner runner(*workspace.value());
    runner.setSecretSetup([](SecretStore &store) { registerSandboxSecrets(store); });
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    const bool showProgress = !context.quiet && !context.json;
    QElapsedTimer sinceLine;
    sinceLine.start();
    bool drewBar = false;
    SyncOutcome result;
    const int loopCode = context.runEventLoop(
        [&](const std::function<void(int)> &finish) {
            QObject::connect(&runner, &SyncRunner::progress, &runner, [&](const SyncProgress &pr) {
                if (!showProgress)
                    return;
                QString line;
                if (pr.phase == SyncPhase::Writing || pr.phase == SyncPhase::Verifying) {
                    qint64 done = 0, failed = 0;
                    for (int i = 0; i < PlanActionCount; ++i) {
                        done += pr.done[std::size_t(i)];
                        failed += pr.failed[std::size_t(i)];
                    }
                    const int percent = pr.total > 0 ? int(100 * pr.processed / pr.total) : 100;
                    const QString eta = pr.etaSeconds >= 0 ? tr("ETA %1 s").arg(pr.etaSeconds) : tr("ETA –");
                    if (terminal) {
                        const int filled = percent * 24 / 100;
                        line = u"["_s + QString(filled, u'#') + QString(24 - filled, u'.') + u"] "_s;
                    }
                    line += tr("%1% %2/%3 written, %4 done, %5 failed, %6 records/s, %7%8")
                                .arg(percent)
                                .arg(pr.processed)
                                .arg(pr.total)
                                .arg(done)
                                .arg(failed)
                                .arg(qRound64(pr.recordsPerSecond))
                                .arg(eta, pr.paused ? tr(" (paused)") : QString());
                } else if (pr.phase == SyncPhase::ReadingSource || pr.phase == SyncPhase::ReadingTarget) {
                    line = (pr.phase == SyncPhase::ReadingSource ? tr("reading the source: %1 records") : tr("reading the target: %1 records"))
                               .arg(pr.read);
                } else {
                    return;
                }
                if (terminal) {
                    context.err << u"\r"_s << line.leftJustified(100).left(100);
                    drewBar = true;
                } else if (sinceLine.elapsed() >= 2000) {
                    context.err << line << u"\n"_s;
                    sinceLine.restart();
                }
                context.err.flush();
            });
            QObject::connect(&runner, &SyncRunner::finished, &runner, [&, finish](const SyncOutcome &outcome) {
                result = outcome;
                finish(Success);
            });
            quint64 started = 0;
            if (resumeRun > 0)
                started = runner.resume(resumeRun, options);
            else if (retryRun > 0)
                started = runner.retryFailed(retryRun, options);
            else if (dryRun)
                started = runner.plan(profile, options);
            else
                started = runner.run(profile, options);
            Q_ASSERT(started > 0);
        },
        [&] { runner.cancel(); });
    if (drewBar)
        context.err << u"\n"_s;
    if (loopCode == Interrupted && result.generation == 0) {
        // A second signal: the loop ended before the job could finish; the journal holds intents.
        return Interrupted;
    }

    int exitCode = Success;
    if (result.error && result.status == RunStatus::Error) {
        context.fail(result.error.value());
        const Error::Kind kind = result.error->kind;
        exitCode = kind == Error::Kind::Network || kind == Error::Kind::Server || kind == Error::Kind::Io ? SomeFailed : UsageError;
    } else if (result.status == RunStatus::Interrupted) {
        if (result.error)
            context.fail(result.error.value());
        exitCode = Interrupted;
    } else if (result.status == RunStatus::Failed) {
        exitCode = SomeFailed;
    }

    if (context.json) {
        QJsonObject o = result.summary;
        o.insert(u"run"_s, result.runId);
        o.insert(u"status"_s, toString(result.status));
        o.insert(u"kind"_s, dryRun ? u"plan"_s : u"sync"_s);
        context.printJson(QJsonDocument(o));
    } else if (!context.quiet) {
        const QString title = result.summary.value(u"profile"_s).toString(profileName);
        if (result.status == RunStatus::Planned) {
            context.out << tr("Plan %1 for \"%2\" (nothing written): %3.").arg(result.runId).arg(title, countsLine(result)) << Qt::endl;
            if (!options.planCsv.isEmpty())
                context.out << tr("The plan is in %1.").arg(options.planCsv) << Qt::endl;
        } else if (result.runId > 0) {
            context.out << tr("Run %1 of \"%2\" %3 in %4 s: %5; %6 records/s.")
                               .arg(result.runId)
                               .arg(title, toString(result.status))
                               .arg(result.seconds, 0, 'f', 1)
                               .arg(countsLine(result))
                               .arg(qRound64(result.summary.value(u"records_per_second"_s).toDouble()))
                        << Qt::endl;
            if (result.status == RunStatus::Interrupted)
                context.out << tr("Resume it with: crmbridge-cli sync --resume %1").arg(result.runId) << Qt::endl;
            else if (result.status == RunStatus::Failed)
                context.out << tr("Retry the failed records with: crmbridge-cli sync --retry-failed %1").arg(result.runId) << Qt::endl;
        }
    }
    return exitCode;
}

int SyncCommands::runsList(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    qint64 profileId = 0;
    if (context.parser.isSet(u"profile"_s)) {
        auto profile = SyncProfileStore(*workspace.value()).find(context.parser.value(u"profile"_s));
        if (!profile)
            return context.fail(profile.error());
        profileId = profile->id;
    }
    const int limit = context.parser.isSet(u"limit"_s) ? context.parser.value(u"limit"_s).toInt() : 50;
    auto runs = RunStore(*workspace.value()).list(qMax(1, limit), profileId);
    if (!runs)
        return context.fail(runs.error());
    if (context.json) {
        QJsonArray out;
        for (const RunRecord &r : runs.value())
            out.append(r.toJson());
        context.printJson(QJsonDocument(out));
        return Success;
    }
    if (runs->isEmpty())
        context.say(tr("No runs yet."));
    for (const RunRecord &r : runs.value()) {
        const qint64 seconds = r.finishedAt.isValid() ? r.startedAt.secsTo(r.finishedAt) : -1;
        context.say(u"%1  %2  %3  %4  %5  %6"_s.arg(r.id, 5)
                        .arg(r.kind.leftJustified(4), toString(r.status).leftJustified(11),
                             r.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                             seconds >= 0 ? tr("%1 s").arg(seconds).leftJustified(6) : u"–     "_s, r.title));
    }
    return Success;
}

int SyncCommands::runsShow(CliContext &context)
{
    bool ok = false;
    const qint64 id = context.positional.value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(tr("RUN must be a run number, got '%1'.").arg(context.positional.value(0)));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    RunStore store(*workspace.value());
    auto run = store.find(id);
    if (!run)
        return context.fail(run.error());
    QJsonObject o = run->toJson();
    if (context.parser.isSet(u"items"_s)) {
        auto items = store.planItems(id);
        if (!items)
            return context.fail(items.error());
        auto journal = store.journal(id);
        if (!journal)
            return context.fail(journal.error());
        QJsonArray list;
        for (const PlanItem &item : items.value()) {
            QJsonObject i = item.toJson();
            const auto e = journal->constFind(item.seq);
            if (e != journal->constEnd()) {
                i.insert(u"state"_s, toString(e->state));
                if (!e->targetId.isEmpty())
                    i.insert(u"target_id"_s, e->targetId);
                if (e->httpStatus)
                    i.insert(u"http_status"_s, e->httpStatus);
                if (!e->message.isEmpty())
                    i.insert(u"message"_s, e->message);
            }
            list.append(i);
        }
        o.insert(u"items"_s, list);
    }
    if (context.json) {
        context.printJson(QJsonDocument(o));
        return Success;
    }
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    context.out.flush();
    return Success;
}

} // namespace

void registerSyncCommands(CliRegistry &registry)
{
    registerSyncDemoSeeder(); // demo profiles after the sandbox's endpoints
    using C = SyncCommands;
    const QString run = SyncCommands::tr("RUN");
    const QString file = SyncCommands::tr("FILE");
    const QString n = SyncCommands::tr("N");
    registry.add({{u"sync"_s},
                  SyncCommands::tr("Plan (--dry-run) or run a sync profile; resume or retry a run."),
                  {
                      QCommandLineOption(u"dry-run"_s, SyncCommands::tr("Plan only: say per record what would happen; write nothing.")),
                      QCommandLineOption(u"plan-out"_s, SyncCommands::tr("Write the plan as CSV (one line per changed field or reason)."), file),
                      QCommandLineOption(u"yes"_s, SyncCommands::tr("Confirm writes to a production environment and mirror's archiving.")),
                      QCommandLineOption(u"resume"_s, SyncCommands::tr("Finish an interrupted run."), run),
                      QCommandLineOption(u"retry-failed"_s, SyncCommands::tr("Re-run only the records that failed in RUN, as a new run."), run),
                      QCommandLineOption(u"success"_s, SyncCommands::tr("Write source_key,target_id,action per written record."), file),
                      QCommandLineOption(u"errors"_s, SyncCommands::tr("Write every failed, invalid or conflicting record with its reason."), file),
                      QCommandLineOption(u"concurrency"_s, SyncCommands::tr("Requests in flight (the profile's otherwise)."), n),
                      QCommandLineOption(u"batch-size"_s, SyncCommands::tr("Records per batch request, 0 for one request each (the profile's otherwise)."), n),
                      QCommandLineOption(u"rate-preset"_s, SyncCommands::tr("Use this rate-limit preset for this run ('none' for no budget)."), SyncCommands::tr("ID")),
                      QCommandLineOption(u"no-activity"_s, SyncCommands::tr("Do not record each request in the Activity log (the journal still records every write).")),
                  },
                  {{u"PROFILE"_s, SyncCommands::tr("The sync profile (not needed with --resume or --retry-failed).")}},
                  0,
                  1,
                  &C::sync});
    registry.add({{u"sync-profile"_s, u"list"_s}, SyncCommands::tr("List the sync profiles."), {}, {}, 0, 0, &C::profileList});
    registry.add({{u"sync-profile"_s, u"show"_s}, SyncCommands::tr("Show a sync profile as JSON."), {}, {{u"NAME"_s, SyncCommands::tr("The profile.")}}, 1, 1,
                  &C::profileShow});
    registry.add({{u"sync-profile"_s, u"add"_s},
                  SyncCommands::tr("Add a sync profile from a JSON file and/or options."),
                  {
                      QCommandLineOption(u"from-json"_s, SyncCommands::tr("Start from this profile JSON (docs/sync.md)."), file),
                      QCommandLineOption(u"source-endpoint"_s, SyncCommands::tr("Source endpoint."), SyncCommands::tr("NAME")),
                      QCommandLineOption(u"source-entity"_s, SyncCommands::tr("Source entity."), SyncCommands::tr("NAME")),
                      QCommandLineOption(u"source-file"_s, SyncCommands::tr("Source file (CSV, JSON Lines, JSON) instead of an endpoint."), file),
                      QCommandLineOption(u"mapping"_s, SyncCommands::tr("The mapping (by name)."), SyncCommands::tr("NAME")),
                      QCommandLineOption(u"target-endpoint"_s, SyncCommands::tr("Target endpoint."), SyncCommands::tr("NAME")),
                      QCommandLineOption(u"target-entity"_s, SyncCommands::tr("Target entity."), SyncCommands::tr("NAME")),
                      QCommandLineOption(u"mode"_s, SyncCommands::tr("insert, update, upsert or mirror."), SyncCommands::tr("MODE")),
                      QCommandLineOption(u"match-target"_s, SyncCommands::tr("Target field of the match key."), SyncCommands::tr("PATH")),
                      QCommandLineOption(u"match-source"_s, SyncCommands::tr("Source formula of the match key."), SyncCommands::tr("FORMULA")),
                      QCommandLineOption(u"match-target-formula"_s, SyncCommands::tr("Formula normalising the target side of the match key."), SyncCommands::tr("FORMULA")),
                      QCommandLineOption(u"filter"_s, SyncCommands::tr("Only source records where this formula is true."), SyncCommands::tr("FORMULA")),
                      QCommandLineOption(u"cursor-field"_s, SyncCommands::tr("Incremental cursor: the source field of the last change."), SyncCommands::tr("PATH")),
                      QCommandLineOption(u"batch-size"_s, SyncCommands::tr("Records per batch request (0–100)."), n),
                      QCommandLineOption(u"concurrency"_s, SyncCommands::tr("Requests in flight (1–64)."), n),
                      QCommandLineOption(u"conflict"_s, SyncCommands::tr("source-wins, target-wins, newer-wins or ask."), SyncCommands::tr("POLICY")),
                      QCommandLineOption(u"description"_s, SyncCommands::tr("A description."), SyncCommands::tr("TEXT")),
                      QCommandLineOption(u"replace"_s, SyncCommands::tr("Replace a profile of the same name.")),
                  },
                  {{u"NAME"_s, SyncCommands::tr("The profile's name (or the name in the JSON file).")}},
                  0,
                  1,
                  &C::profileAdd});
    registry.add({{u"sync-profile"_s, u"remove"_s}, SyncCommands::tr("Remove a sync profile."), {}, {{u"NAME"_s, SyncCommands::tr("The profile.")}}, 1, 1,
                  &C::profileRemove});
    registry.add({{u"sync-profile"_s, u"decide"_s},
                  SyncCommands::tr("Store conflict decisions (policy ask) from a plan CSV whose decision column is filled with "
                                   "source or target."),
                  {QCommandLineOption(u"from"_s, SyncCommands::tr("The plan CSV (sync --dry-run --plan-out) with decisions."), file)},
                  {{u"NAME"_s, SyncCommands::tr("The profile.")}},
                  1,
                  1,
                  &C::profileDecide});
    registry.add({{u"sync-profile"_s, u"decisions"_s},
                  SyncCommands::tr("List a profile's conflict decisions; --clear removes them."),
                  {QCommandLineOption(u"clear"_s, SyncCommands::tr("Remove every decision of the profile."))},
                  {{u"NAME"_s, SyncCommands::tr("The profile.")}},
                  1,
                  1,
                  &C::profileDecisions});
    registry.add({{u"runs"_s, u"list"_s},
                  SyncCommands::tr("The run history: plans and syncs, newest first."),
                  {QCommandLineOption(u"profile"_s, SyncCommands::tr("Only runs of this profile."), SyncCommands::tr("NAME")),
                   QCommandLineOption(u"limit"_s, SyncCommands::tr("At most this many runs (50)."), n)},
                  {},
                  0,
                  0,
                  &C::runsList});
    registry.add({{u"runs"_s, u"show"_s},
                  SyncCommands::tr("One run: status, counts, files; --items adds every plan item with its journal state."),
                  {QCommandLineOption(u"items"_s, SyncCommands::tr("Include the plan items and their journal state."))},
                  {{u"RUN"_s, SyncCommands::tr("The run number.")}},
                  1,
                  1,
                  &C::runsShow});
}

} // namespace crmbridge::cli
