#include "core/sync/syncjob.h"

#include "core/common/jsontext.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/mapping/mappingstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/entityrequest.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacewriter.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The server's own words from an error body: HubSpot `message`, ERP `message` + `errors[0]`,
/// Zendesk `error`/`details`, Mailchimp problem+json `detail`.
void serverMessage(const HttpResponse &response, QString *message, QString *field)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonObject o = doc.object();
    QString text = o.value(u"message"_s).toString();
    if (text.isEmpty())
        text = o.value(u"detail"_s).toString();
    if (text.isEmpty() && o.value(u"error"_s).isString())
        text = o.value(u"error"_s).toString();
    if (text.isEmpty() && o.value(u"description"_s).isString())
        text = o.value(u"description"_s).toString();
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        *field = first.value(u"field"_s).toString();
        const QString detail = first.value(u"message"_s).toString();
        if (!detail.isEmpty())
            text = text.isEmpty() ? detail : text + u' ' + detail;
    }
    if (text.isEmpty() && response.error)
        text = response.error->what;
    if (text.isEmpty())
        text = QString::fromUtf8(response.body.left(300));
    *message = text;
}

QString hintFor(int status, const QString &field)
{
    switch (status) {
    case 0:
        return SyncJob::tr("No answer from the target (network error or timeout after retries); check the connection, then retry the failed rows.");
    case 400:
    case 422:
        return field.isEmpty() ? SyncJob::tr("The target rejected the record; fix the data or the mapping, then retry the failed rows.")
                               : SyncJob::tr("Fix the value of '%1' in the source or the mapping's rule for it, then retry the failed rows.").arg(field);
    case 401:
    case 403:
        return SyncJob::tr("Check the target endpoint's credentials and permissions, then retry the failed rows.");
    case 404:
        return SyncJob::tr("The target record no longer exists; plan again to create it.");
    case 409:
        return SyncJob::tr("A record with this key already exists in the target; check the match key of the profile.");
    case 412:
    case 428:
        return SyncJob::tr("The target record changed meanwhile; plan again and retry.");
    case 429:
        return SyncJob::tr("The target kept throttling; lower the concurrency or retry the failed rows later.");
    default:
        if (status >= 500)
            return SyncJob::tr("The target had a server error; retry the failed rows later.");
        return SyncJob::tr("Look at the message, fix the record, then retry the failed rows.");
    }
}

} // namespace

SyncJob::SyncJob(Workspace &workspace, Kind kind, SyncProfile profile, qint64 runId, SyncOptions options, quint64 generation,
                 std::function<void(SecretStore &)> secretSetup)
    : m_workspace(workspace)
    , m_kind(kind)
    , m_profile(std::move(profile))
    , m_sourceRunId(runId)
    , m_options(std::move(options))
    , m_generation(generation)
    , m_secretSetup(std::move(secretSetup))
    , m_runs(workspace)
{
    m_progress.generation = generation;
    m_flushTimer.setParent(this); // moves to the worker thread with the job
    m_flushTimer.setInterval(qMax(10, m_options.flushIntervalMs));
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        flushJournal();
        emitProgress();
    });
}

SyncJob::~SyncJob()
{
    // Aborted calls answer at once; with m_finished set their handlers only count them. The
    // clients go first, while everything their handlers touch is still alive.
    m_finished = true;
    m_cancelled = true;
    m_mapPool.waitForDone(); // its tasks use the planner; their answers to this job are dropped
    m_flushTimer.stop();
    for (const QPointer<PageWalker> &walker : std::as_const(m_walkers)) {
        if (walker)
            walker->cancel();
    }
    if (m_targetClient)
        m_targetClient->abortAll();
    if (m_sourceClient)
        m_sourceClient->abortAll();
    for (const QPointer<PageWalker> &walker : std::exchange(m_walkers, {}))
        delete walker.data();
    m_targetClient.reset();
    m_sourceClient.reset();
    if (m_activity)
        m_activity->flush().ok();
    m_activity.reset();
    m_writer.reset(); // finishes what it was given; its answers to this job are dropped
}

void SyncJob::start()
{
    m_clock.start();
    emitProgress(true);
    if (Status s = load(); !s)
        return fail(s.error());
    if (Status s = prepareClients(); !s)
        return fail(s.error());
    m_planner = std::make_unique<SyncPlanner>(m_profile, m_mapping, m_targetEntity);
    if (Status s = m_planner->prepare(); !s)
        return fail(s.error());

    if (m_kind == Kind::Resume) {
        // Uncertain creates are looked up in the target before anything is sent again.
        bool needTarget = false;
        for (const JournalEntry &e : std::as_const(m_journal)) {
            if ((e.state == JournalState::Intent || e.state == JournalState::Uncertain) && e.action == PlanAction::Create)
                needTarget = true;
        }
        if (needTarget)
            readTarget([this] { beginWrites(); });
        else
            beginWrites();
        return;
    }
    if (m_kind == Kind::RetryFailed) {
        auto items = m_runs.planItems(m_sourceRunId);
        if (!items)
            return fail(items.error());
        auto journal = m_runs.journal(m_sourceRunId);
        if (!journal)
            return fail(journal.error());
        QSet<QString> keys;
        for (const PlanItem &item : std::as_const(items.value())) {
            const auto it = journal->constFind(item.seq);
            if (item.action == PlanAction::Invalid || (it != journal->constEnd() && it->state == JournalState::Failed))
                keys.insert(item.sourceKey);
        }
        if (keys.isEmpty()) {
            return fail(Error::input(tr("Run %1 has no failed records to retry").arg(m_sourceRunId), {},
                                     tr("'crmbridge-cli runs show %1' lists what happened.").arg(m_sourceRunId)));
        }
        m_planner->restrictToSourceKeys(keys);
    }
    readBoth();
}

Status SyncJob::load()
{
    if (m_kind == Kind::Resume || m_kind == Kind::RetryFailed) {
        auto run = m_runs.find(m_sourceRunId);
        if (!run)
            return run.error();
        if (run->kind != u"sync") {
            return Error::input(tr("Run %1 is a %2, not a sync run").arg(m_sourceRunId).arg(run->kind), {},
                                tr("Only runs of kind 'sync' can be resumed or retried."));
        }
        if (m_kind == Kind::Resume && run->status != RunStatus::Running && run->status != RunStatus::Interrupted) {
            return Error::input(tr("Run %1 is %2; there is nothing to resume").arg(m_sourceRunId).arg(toString(run->status)), {},
                                run->status == RunStatus::Failed ? tr("Use --retry-failed %1 to re-run its failed records.").arg(m_sourceRunId)
                                                                 : QString());
        }
        auto profile = SyncProfileStore(m_workspace).find(run->profileId);
        if (!profile)
            return profile.error();
        m_profile = profile.value();
        if (m_kind == Kind::Resume) {
            m_runId = run->id;
            m_cursorFrom = run->summary.value(u"cursor_from"_s).toString();
            m_plan.cursorMax = run->summary.value(u"cursor_max"_s).toString();
            auto items = m_runs.planItems(m_runId);
            if (!items)
                return items.error();
            m_items = items.value();
            for (const PlanItem &item : std::as_const(m_items))
                ++m_plan.counts[item.action];
            m_plan.counts.filtered = run->summary.value(u"planned"_s).toObject().value(u"filtered"_s).toInteger();
            auto journal = m_runs.journal(m_runId);
            if (!journal)
                return journal.error();
            m_journal = journal.value();
        }
    }
    if (Status s = SyncProfileJson::validate(m_profile); !s)
        return s;
    m_cursorFrom = m_kind == Kind::Resume ? m_cursorFrom : m_profile.cursor.highWaterMark;
    m_concurrency = m_options.concurrency > 0 ? m_options.concurrency : m_profile.concurrency;
    m_batchSize = m_options.batchSize >= 0 ? m_options.batchSize : m_profile.batchSize;
    if (m_batchSize > 100)
        return Error::usage(tr("The batch size is %1; batch endpoints take at most 100 records").arg(m_batchSize));

    auto stored = mapping::MappingStore(m_workspace).find(m_profile.mapping);
    if (!stored)
        return stored.error();
    m_mapping = stored->mapping;
    EndpointStore endpoints(m_workspace);
    auto target = endpoints.findEntity(m_profile.target.endpoint, m_profile.target.entity);
    if (!target)
        return target.error();
    m_targetEntity = target.value();
    if (!m_profile.source.isFile()) {
        auto source = endpoints.findEntity(m_profile.source.endpoint, m_profile.source.entity);
        if (!source)
            return source.error();
        m_sourceEntity = source.value();
    }
    if (m_kind != Kind::Plan && m_options.environment.production && !m_options.confirmedProductionWrite) {
        return Error::config(tr("The environment \"%1\" is a production environment; a sync writes to it").arg(m_options.environment.name),
                             m_profile.name, tr("Plan first (--dry-run), then confirm the writes with --yes."));
    }
    return {};
}

Status SyncJob::prepareClients()
{
    m_secrets = std::make_unique<SecretStore>();
    if (m_secretSetup)
        m_secretSetup(*m_secrets);
    m_writer = std::make_unique<WorkspaceWriter>(m_workspace, u"sync-writer"_s);
    m_activity = std::make_unique<ActivityRecorder>(m_workspace);
    m_activity->setBatchSize(250);
    m_activity->setWriter(m_writer.get()); // the journal's writer too: they take turns, nobody waits for a lock
    EndpointStore endpoints(m_workspace);
    auto make = [&](const QString &name, std::unique_ptr<HttpClient> &client) -> Status {
        auto endpoint = endpoints.find(name);
        if (!endpoint)
            return endpoint.error();
        if (m_options.rateLimit)
            endpoint->rateLimit = *m_options.rateLimit;
        if (m_options.retry)
            endpoint->retry = *m_options.retry;
        client = std::make_unique<HttpClient>(endpoint.value());
        client->setEnvironment(m_options.environment);
        client->setSecretStore(m_secrets.get());
        if (m_options.recordActivity)
            client->setActivityRecorder(m_activity.get());
        return {};
    };
    if (Status s = make(m_profile.target.endpoint, m_targetClient); !s)
        return s;
    if (!m_profile.source.isFile()) {
        if (m_profile.source.endpoint == m_profile.target.endpoint)
            return {};
        if (Status s = make(m_profile.source.endpoint, m_sourceClient); !s)
            return s;
    }
    return {};
}

void SyncJob::planned()
{
    m_progress.phase = SyncPhase::Planning;
    m_plan = m_planner->finish();
    m_progress.planned = m_plan.counts;
    emitProgress(true);
    if (!m_options.planCsv.isEmpty()) {
        if (Status s = m_plan.writeCsv(m_options.planCsv); !s)
            return fail(s.error());
    }
    if (m_kind == Kind::Plan) {
        QJsonObject summary = this->summary(RunStatus::Planned);
        auto id = m_runs.createRun(u"plan"_s, m_profile.id, m_profile.name, RunStatus::Planned, summary);
        if (!id)
            return fail(id.error());
        m_runId = id.value();
        if (Status s = m_runs.savePlanItems(m_runId, m_plan.items, textsMadeAhead()); !s)
            return fail(s.error());
        if (Status s = m_runs.updateRun(m_runId, RunStatus::Planned, this->summary(RunStatus::Planned), true); !s)
            return fail(s.error());
        return done(RunStatus::Planned);
    }
    if (m_plan.counts[PlanAction::Archive] > 0 && !m_options.confirmedArchive) {
        return fail(Error::config(tr("The plan archives %n target record(s) that the source no longer has", nullptr,
                                     int(m_plan.counts[PlanAction::Archive])),
                                  m_profile.name, tr("Check the plan (--dry-run --plan-out FILE.csv), then confirm with --yes.")));
    }
    m_items = m_plan.items;
    if (Status s = beginRun(); !s)
        return fail(s.error());
    beginWrites();
}

Status SyncJob::beginRun()
{
    // The run and its items in one transaction: a crash can never leave a run without its plan
    // (a resume would then find nothing to do and lose every record).
    const QList<RunStore::PlanItemTexts> made = textsMadeAhead();
    return m_workspace.transaction([this, &made](QSqlDatabase &) -> Status {
        auto id = m_runs.createRun(u"sync"_s, m_profile.id, m_profile.name, RunStatus::Running, summary(RunStatus::Running));
        if (!id)
            return id.error();
        m_runId = id.value();
        m_progress.runId = m_runId;
        return m_runs.savePlanItems(m_runId, m_items, made);
    });
}

void SyncJob::beginWrites()
{
    m_progress.runId = m_runId;
    m_progress.planned = m_plan.counts;
    const bool resuming = m_kind == Kind::Resume;
    if (!m_options.successCsv.isEmpty()) {
        if (Status s = m_success.open(m_options.successCsv, {u"source_key"_s, u"target_id"_s, u"action"_s}, resuming); !s)
            return fail(s.error());
    }
    if (!m_options.errorsCsv.isEmpty()) {
        if (Status s = m_errors.open(m_options.errorsCsv,
                                     {u"source_row"_s, u"source_key"_s, u"match_key"_s, u"action"_s, u"http_status"_s, u"field"_s,
                                      u"message"_s, u"what_to_do"_s, u"source_record"_s},
                                     resuming);
            !s)
            return fail(s.error());
    }
    QList<JournalEntry> resolved;
    for (int i = 0; i < m_items.size(); ++i) {
        const PlanItem &item = m_items.at(i);
        if (!isWriteAction(item.action)) {
            if (!resuming && (item.action == PlanAction::Invalid || item.action == PlanAction::Conflict)) {
                QStringList fields, messages;
                for (const PlanReason &r : item.reasons) {
                    fields.append(r.field);
                    messages.append(r.message);
                }
                writeErrorRow(item, 0, fields.join(u"; "_s), messages.join(u"; "_s),
                              item.action == PlanAction::Invalid
                                  ? tr("Fix the source record or the mapping, then retry the failed rows.")
                                  : tr("Decide which side wins field by field (Syncs page, or crmbridge-cli sync-profile decide), or merge the target records; then sync again."));
            }
            continue;
        }
        ++m_progress.total;
        const auto it = m_journal.constFind(item.seq);
        if (it != m_journal.constEnd()) {
            if (it->state == JournalState::Done) {
                ++m_progress.done[std::size_t(item.action)];
                ++m_progress.processed;
                continue;
            }
            if (it->state == JournalState::Failed) {
                ++m_progress.failed[std::size_t(item.action)];
                ++m_progress.processed;
                continue;
            }
            if (item.action == PlanAction::Create && m_profile.createStyle == CreateStyle::Create) {
                const QStringList ids = m_planner->targetIds(item.matchKey);
                if (!ids.isEmpty()) {
                    // The create reached the target before the crash: done, not sent again.
                    JournalEntry e = it.value();
                    e.state = JournalState::Done;
                    e.targetId = ids.first();
                    e.message = tr("found in the target on resume");
                    resolved.append(e);
                    ++m_verified;
                    ++m_progress.done[std::size_t(item.action)];
                    ++m_progress.processed;
                    if (m_success.isOpen())
                        m_success.writeRow({item.sourceKey, e.targetId, toString(item.action)}).ok();
                    continue;
                }
            }
        }
        m_queue.append(i);
    }
    if (m_batchSize > 1) {
        // Batch endpoints take one kind of write per request: group the creates and the updates
        // (records are independent, so their order does not matter), keeping source order within.
        std::stable_sort(m_queue.begin(), m_queue.end(),
                         [this](int a, int b) { return int(m_items.at(a).action) < int(m_items.at(b).action); });
    }
    m_resumedDone = m_progress.processed;
    if (Status s = m_runs.writeJournal(m_runId, resolved); !s)
        return fail(s.error());
    if (resuming) {
        if (Status s = m_runs.updateRun(m_runId, RunStatus::Running, summary(RunStatus::Running), false); !s)
            return fail(s.error());
    }
    m_progress.phase = SyncPhase::Writing;
    m_writing = true;
    m_writeClock.start();
    m_flushTimer.start();
    emitProgress(true);
    pump();
}

void SyncJob::pump()
{
    if (m_finished || m_cancelled || m_paused || !m_writing)
        return;
    const int chunk = qMax(256, m_concurrency * qMax(1, m_batchSize) * 2);
    while (m_inFlightCount < m_concurrency && m_queuePos < m_queue.size()) {
        const PlanItem &first = m_items.at(m_queue.at(m_queuePos));
        QList<int> group{m_queue.at(m_queuePos)};
        const bool batchable = m_batchSize > 1
            && ((first.action == PlanAction::Create && m_profile.createStyle == CreateStyle::Create && m_targetEntity.batchCreate.isSet())
                || (first.action == PlanAction::Update && m_targetEntity.batchUpdate.isSet()));
        if (batchable) {
            while (group.size() < m_batchSize && m_queuePos + group.size() < m_queue.size()
                   && m_items.at(m_queue.at(m_queuePos + group.size())).action == first.action)
                group.append(m_queue.at(m_queuePos + group.size()));
        }
        const int end = int(m_queuePos + group.size());
        // Intents are committed ahead, a chunk at a time, by the writer; a request goes out only
        // once its intent is in the journal. A chunk is asked for while a whole chunk beyond
        // what is sent is still committed or on its way: the writer may be busy with outcomes and
        // Activity entries for a few tens of milliseconds, and the requests must not wait for it.
        if (m_intentsRequested < m_queue.size() && m_intentsRequested - end < chunk)
            requestIntents(int(qMin<qsizetype>(m_queue.size(), qMax(end, m_intentsRequested + chunk))));
        if (end > m_intentsUpTo)
            return; // pump() again when the writer has committed them
        m_queuePos = end;
        send(group);
        if (m_finished)
            return;
    }
    if (m_queuePos >= m_queue.size() && m_inFlightCount == 0)
        verifyUncertain();
}

void SyncJob::requestIntents(int upTo)
{
    QList<int> seqs;
    seqs.reserve(upTo - m_intentsRequested);
    for (int q = m_intentsRequested; q < upTo; ++q)
        seqs.append(m_items.at(m_queue.at(q)).seq);
    m_intentsRequested = upTo;
    // Committed before any of these requests is sent: a crash after this leaves intents, never
    // a write the journal does not know about. What is sent is the plan item's payload, saved
    // with the run; the intents are made from the stored plan items.
    m_writer->post(
        [&workspace = m_workspace, runId = m_runId, seqs = std::move(seqs)] {
            return RunStore(workspace).writeIntents(runId, seqs);
        },
        this,
        [this, upTo](const Status &status) {
            if (!status)
                return fail(status.error());
            m_intentsUpTo = qMax(m_intentsUpTo, upTo);
            pump();
        });
}

void SyncJob::send(QList<int> indexes)
{
    const PlanItem &first = m_items.at(indexes.first());
    Result<HttpRequest> request = Error::internal(u"no request"_s);
    if (indexes.size() > 1) {
        const EntityOperationKind kind = first.action == PlanAction::Create ? EntityOperationKind::BatchCreate : EntityOperationKind::BatchUpdate;
        request = EntityRequest::build(m_targetEntity, kind, {}, batchBody(indexes));
        if (request && first.action == PlanAction::Create)
            request->idempotencyKey = u"crmbridge-run%1-batch-%2-%3"_s.arg(m_runId).arg(first.seq).arg(m_items.at(indexes.last()).seq);
    } else if (first.action == PlanAction::Create && m_profile.createStyle == CreateStyle::UpdateByKey) {
        request = EntityRequest::build(m_targetEntity, EntityOperationKind::Update, first.matchKey, first.payloadJson());
    } else if (first.action == PlanAction::Create) {
        request = EntityRequest::build(m_targetEntity, EntityOperationKind::Create, {}, first.payloadJson());
        if (request)
            request->idempotencyKey = idempotencyKey(first.seq);
    } else if (first.action == PlanAction::Update) {
        request = EntityRequest::build(m_targetEntity, EntityOperationKind::Update, first.targetId, first.payloadJson());
    } else {
        request = EntityRequest::build(m_targetEntity, EntityOperationKind::Delete, first.targetId);
    }
    if (request && request->idempotencyKey.isEmpty()) {
        // Updates and archives repeat harmlessly; the key lets the client retry a PATCH whose
        // answer was lost (and a server that knows keys replays it).
        request->idempotencyKey = idempotencyKey(first.seq);
    }
    if (!request) {
        for (int i : std::as_const(indexes))
            outcome(i, JournalState::Failed, {}, 0, {}, request.error().what, request.error().hint);
        return;
    }
    request->expandBody = false; // record data is never a template
    request->confirmedProductionWrite = m_options.confirmedProductionWrite;
    request->context = tr("sync \"%1\", record %2").arg(m_profile.name, first.sourceKey);
    HttpCall *call = m_targetClient->send(request.value());
    ++m_inFlightCount;
    const bool isBatch = indexes.size() > 1;
    connect(call, &HttpCall::finished, this, [this, indexes, isBatch](const HttpResponse &response) {
        --m_inFlightCount;
        onAnswer(indexes, response, isBatch);
        if (m_cancelled) {
            if (m_inFlightCount == 0)
                finishRun();
            return;
        }
        pump();
    });
}

QHash<QString, QString> SyncJob::batchFailures(const QJsonObject &answer)
{
    QHash<QString, QString> out;
    for (const QJsonValue &e : answer.value(u"errors"_s).toArray()) {
        const QJsonObject error = e.toObject();
        for (const QJsonValue &id : error.value(u"context"_s).toObject().value(u"ids"_s).toArray())
            out.insert(jsonText(id), error.value(u"message"_s).toString());
    }
    return out;
}

QByteArray SyncJob::batchBody(const QList<int> &indexes) const
{
    // {"inputs": [payload, …]}, an update's payload with the target's "id" first. Written from
    // the payloads' stored JSON texts: building the array as JSON objects to serialise it again
    // cost the sync thread more than anything else it does for a batch.
    QByteArray body = "{\"inputs\":[";
    body.reserve(64 + indexes.size() * (m_items.at(indexes.first()).payloadJson().size() + 32));
    for (int i : indexes) {
        const PlanItem &item = m_items.at(i);
        const QByteArray &payload = item.payloadJson();
        if (i != indexes.first())
            body += ',';
        if (item.action != PlanAction::Update) {
            body += payload;
        } else if (item.payload.contains(u"id"_s)) { // the id replaces the payload's own
            QJsonObject input = item.payload;
            input.insert(u"id"_s, item.targetId);
            body += QJsonDocument(input).toJson(QJsonDocument::Compact);
        } else {
            body += "{\"id\":";
            appendJsonString(body, item.targetId.toUtf8());
            if (payload.size() > 2)
                body += ',';
            body += QByteArrayView(payload).sliced(1); // the payload's members and its closing brace
        }
    }
    body += "]}";
    return body;
}

QString SyncJob::idempotencyKey(int seq) const
{
    return RunStore::idempotencyKey(m_runId, seq);
}

/// Whether a create that ended in this failure may still have made the record: no answer
/// (0), "already exists" (409), a server error (5xx: the server may have stopped after
/// writing), or any failure after a retry, since an earlier attempt's answer may have been the
/// one that was lost. Such a create is looked up in the target at the end of the run.
static bool mayHaveCreated(const HttpResponse &response)
{
    return response.status == 0 || response.status == 409 || response.status >= 500 || response.attempts > 1;
}

void SyncJob::onAnswer(const QList<int> &indexes, const HttpResponse &response, bool batch)
{
    if (m_finished)
        return;
    if (!response.ok() && response.error && response.error->kind == Error::Kind::Interrupted)
        return; // cancelled: the intent stays, resume checks it
    const PlanItem &first = m_items.at(indexes.first());
    if (!batch) {
        if (response.ok()) {
            QString targetId = first.targetId;
            if (first.action == PlanAction::Create && m_profile.createStyle == CreateStyle::Create) {
                const QJsonDocument doc = QJsonDocument::fromJson(response.body);
                targetId = jsonText(jsonValueAt(doc.object(), m_targetEntity.idField));
                if (targetId.isEmpty()) {
                    // Created, but the answer was unreadable: the id comes from the target later.
                    m_uncertain.append(indexes.first());
                    return;
                }
            }
            outcome(indexes.first(), JournalState::Done, targetId, response.status, {}, {}, {});
            return;
        }
        QString message, field;
        serverMessage(response, &message, &field);
        if (first.action == PlanAction::Create && mayHaveCreated(response)) {
            // It may have been created by an attempt whose answer was lost; look it up at the end.
            m_uncertain.append(indexes.first());
            JournalEntry e;
            e.seq = first.seq;
            e.sourceKey = first.sourceKey;
            e.matchKey = first.matchKey;
            e.action = first.action;
            e.idempotencyKey = idempotencyKey(first.seq);
            e.state = JournalState::Uncertain;
            e.httpStatus = response.status;
            e.field = field;
            e.message = message;
            e.hint = hintFor(response.status, field);
            e.attempts = response.attempts;
            m_pendingOutcomes.append(e);
            return;
        }
        outcome(indexes.first(), JournalState::Failed, {}, response.status, field, message, hintFor(response.status, field));
        return;
    }

    if (!response.ok()) {
        QString message, field;
        serverMessage(response, &message, &field);
        for (int i : indexes) {
            if (m_items.at(i).action == PlanAction::Create && mayHaveCreated(response))
                m_uncertain.append(i);
            else
                outcome(i, JournalState::Failed, {}, response.status, field, message, hintFor(response.status, field));
        }
        return;
    }
    const bool creates = std::any_of(indexes.cbegin(), indexes.cend(),
                                     [this](int i) { return m_items.at(i).action == PlanAction::Create; });
    // Updates need the answer only when it names errors: one that does not (HubSpot's 200
    // COMPLETE) brings every record back in full, and reading it would be for nothing. Creates
    // need it for the ids the target gave them.
    const bool namesErrors = response.body.contains("\"errors\"");
    const QJsonObject answer = creates || namesErrors ? QJsonDocument::fromJson(response.body).object() : QJsonObject();
    const QJsonArray results = answer.value(u"results"_s).toArray();
    QHash<QString, QString> idByKey; // match key → id (creates)
    if (creates) {
        for (const QJsonValue &r : results) {
            const QJsonObject record = r.toObject();
            const QString key = m_planner->targetKey(record);
            if (!key.isEmpty())
                idByKey.insert(key, jsonText(jsonValueAt(record, m_targetEntity.idField)));
        }
    }
    const QHash<QString, QString> errorById = batchFailures(answer);
    // When the answer names errors, an update counts as written only if the answer has it back:
    // an error the sync cannot pin on a record must not let that record pass as done.
    QSet<QString> confirmed;
    if (!errorById.isEmpty()) {
        for (const QJsonValue &r : results)
            confirmed.insert(jsonText(jsonValueAt(r.toObject(), m_targetEntity.idField)));
    }
    for (qsizetype n = 0; n < indexes.size(); ++n) {
        const int i = indexes.at(n);
        const PlanItem &item = m_items.at(i);
        if (item.action == PlanAction::Create) {
            QString id = idByKey.value(item.matchKey);
            if (id.isEmpty() && results.size() == indexes.size())
                id = jsonText(jsonValueAt(results.at(n).toObject(), m_targetEntity.idField));
            if (!id.isEmpty())
                outcome(i, JournalState::Done, id, response.status, {}, {}, {});
            else
                m_uncertain.append(i);
        } else if (errorById.contains(item.targetId)) {
            outcome(i, JournalState::Failed, {}, 404, {}, errorById.value(item.targetId), hintFor(404, {}));
        } else if (!errorById.isEmpty() && !confirmed.contains(item.targetId)) {
            outcome(i, JournalState::Failed, {}, response.status, {},
                    tr("The answer to this batch reported errors and did not return this record"),
                    tr("Look the record up in the target; retry the failed rows if it was not changed."));
        } else {
            outcome(i, JournalState::Done, item.targetId, response.status, {}, {}, {});
        }
    }
}

void SyncJob::outcome(int index, JournalState state, const QString &targetId, int httpStatus, const QString &field,
                      const QString &message, const QString &hint)
{
    PlanItem &item = m_items[index];
    JournalEntry e;
    e.seq = item.seq;
    e.sourceKey = item.sourceKey;
    e.matchKey = item.matchKey;
    e.action = item.action;
    e.targetId = targetId;
    e.idempotencyKey = item.action == PlanAction::Create ? idempotencyKey(item.seq) : QString();
    e.state = state;
    e.httpStatus = httpStatus;
    e.field = field;
    e.message = message;
    e.hint = hint;
    m_pendingOutcomes.append(e);
    ++m_progress.processed;
    if (state == JournalState::Done) {
        ++m_progress.done[std::size_t(item.action)];
        if (m_success.isOpen())
            m_success.writeRow({item.sourceKey, targetId, toString(item.action)}).ok();
    } else {
        ++m_progress.failed[std::size_t(item.action)];
        writeErrorRow(item, httpStatus, field, message, hint);
    }
    if (m_pendingOutcomes.size() >= 2000)
        flushJournal();
    emitProgress();
}

void SyncJob::writeErrorRow(const PlanItem &item, int httpStatus, const QString &field, const QString &message, const QString &hint)
{
    if (!m_errors.isOpen())
        return;
    m_errors
        .writeRow({QString::number(item.sourceRow), item.sourceKey, item.matchKey, toString(item.action),
                   httpStatus > 0 ? QString::number(httpStatus) : QString(), field, message, hint,
                   item.source.isEmpty() ? QString() : QString::fromUtf8(compact(item.source))})
        .ok();
}

void SyncJob::flushJournal()
{
    if (m_pendingOutcomes.isEmpty() || m_runId == 0 || !m_writer)
        return;
    m_writer->post(journalWrite(std::exchange(m_pendingOutcomes, {})), this, [this](const Status &status) {
        if (!status)
            fail(status.error());
    });
}

Status SyncJob::flushJournalNow()
{
    if (m_runId == 0 || !m_writer)
        return {};
    // Behind every write already posted (intents, outcomes, Activity): when this returns, the
    // journal holds everything this job knows.
    return m_writer->run(journalWrite(std::exchange(m_pendingOutcomes, {})));
}

std::function<Status()> SyncJob::journalWrite(QList<JournalEntry> entries) const
{
    return [&workspace = m_workspace, runId = m_runId, entries = std::move(entries)] {
        return RunStore(workspace).writeJournal(runId, entries);
    };
}

void SyncJob::verifyUncertain()
{
    if (m_uncertain.isEmpty())
        return finishRun();
    m_progress.phase = SyncPhase::Verifying;
    emitProgress(true);
    if (Status s = flushJournalNow(); !s)
        return fail(s.error());
    // Read the target again and look each uncertain create up by its match key.
    m_planner = std::make_unique<SyncPlanner>(m_profile, m_mapping, m_targetEntity);
    if (Status s = m_planner->prepare(); !s)
        return fail(s.error());
    readTarget([this] {
        auto journal = m_runs.journal(m_runId);
        const QList<int> uncertain = std::exchange(m_uncertain, {});
        for (int i : uncertain) {
            const PlanItem &item = m_items.at(i);
            const QStringList ids = m_planner->targetIds(item.matchKey);
            if (ids.size() == 1) {
                ++m_verified;
                outcome(i, JournalState::Done, ids.first(), 0, {}, tr("found in the target after an unanswered create"), {});
            } else {
                const JournalEntry e = journal ? journal->value(item.seq) : JournalEntry();
                outcome(i, JournalState::Failed, {}, e.httpStatus, e.field,
                        e.message.isEmpty() ? tr("The create got no answer and the record is not in the target") : e.message,
                        hintFor(e.httpStatus, e.field));
            }
        }
        finishRun();
    }, [this](const Error &error) {
        // The target cannot be read now: each uncertain create goes to the error file with its
        // own error, and says that it may be there after all.
        auto journal = m_runs.journal(m_runId);
        for (int i : std::exchange(m_uncertain, {})) {
            const PlanItem &item = m_items.at(i);
            const JournalEntry e = journal ? journal->value(item.seq) : JournalEntry();
            const QString first = e.message.isEmpty() ? tr("The create got no answer") : e.message;
            outcome(i, JournalState::Failed, {}, e.httpStatus, e.field,
                    tr("%1; the target could not be read to check whether the record was created after all: %2")
                        .arg(first, error.message()),
                    tr("Look for this record in the target before retrying it: if it is there, it was created."));
        }
        finishRun();
    });
}

void SyncJob::finishRun()
{
    if (m_finished)
        return;
    m_flushTimer.stop();
    m_writing = false;
    if (Status s = flushJournalNow(); !s)
        return fail(s.error());
    qint64 failed = 0;
    for (qint64 n : m_progress.failed)
        failed += n;
    RunStatus status = RunStatus::Succeeded;
    if (m_cancelled)
        status = RunStatus::Interrupted;
    else if (failed > 0 || m_plan.counts[PlanAction::Invalid] > 0)
        status = RunStatus::Failed;
    QJsonObject summary = this->summary(status);
    if (status == RunStatus::Succeeded && m_profile.cursor.isSet() && !m_plan.cursorMax.isEmpty()) {
        if (Status s = SyncProfileStore(m_workspace).setHighWaterMark(m_profile.id, m_plan.cursorMax); !s)
            return fail(s.error());
        summary.insert(u"cursor_advanced"_s, true);
    }
    m_success.close().ok();
    m_errors.close().ok();
    if (Status s = m_runs.updateRun(m_runId, status, summary, status != RunStatus::Interrupted); !s)
        return fail(s.error());
    done(status);
}

void SyncJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_flushTimer.stop();
    if (m_runId > 0 && m_kind != Kind::Plan) {
        flushJournalNow().ok();
        QJsonObject summary = this->summary(RunStatus::Interrupted);
        summary.insert(u"error"_s, error.message());
        m_runs.updateRun(m_runId, RunStatus::Interrupted, summary, false).ok();
    }
    m_progress.phase = SyncPhase::Finished;
    m_finished = true;
    if (m_targetClient)
        m_targetClient->abortAll();
    SyncOutcome out;
    out.generation = m_generation;
    out.runId = m_runId;
    out.status = m_runId > 0 && m_kind != Kind::Plan ? RunStatus::Interrupted : RunStatus::Error;
    out.error = error;
    out.planned = m_plan.counts;
    out.done = m_progress.done;
    out.failed = m_progress.failed;
    out.seconds = m_clock.elapsed() / 1000.0;
    out.summary = summary(out.status);
    out.summary.insert(u"error"_s, error.message());
    if (m_activity)
        m_activity->flush().ok();
    emit finished(out);
}

void SyncJob::done(RunStatus status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_flushTimer.stop();
    m_progress.phase = SyncPhase::Finished;
    emitProgress(true);
    if (m_activity)
        m_activity->flush().ok();
    SyncOutcome out;
    out.generation = m_generation;
    out.runId = m_runId;
    out.status = status;
    out.planned = m_plan.counts;
    out.done = m_progress.done;
    out.failed = m_progress.failed;
    out.seconds = m_clock.elapsed() / 1000.0;
    out.summary = summary(status);
    emit finished(out);
}

void SyncJob::pause(bool paused)
{
    m_paused = paused;
    m_progress.paused = paused;
    emitProgress(true);
    if (!paused)
        pump();
}

void SyncJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_walkers.isEmpty()) {
        for (const QPointer<PageWalker> &walker : QList<QPointer<PageWalker>>(m_walkers)) {
            if (walker)
                walker->cancel(); // each stopped reader answers; the last one ends the job
        }
        return;
    }
    if (!m_writing) {
        // Between phases (nothing in flight): stop right here.
        if (m_runId > 0 && m_kind != Kind::Plan)
            return finishRun();
        return done(RunStatus::Interrupted);
    }
    if (m_inFlightCount == 0)
        return finishRun();
    m_targetClient->abortAll(); // each aborted call answers Interrupted; the last one finishes the run
}

void SyncJob::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = now;
    if (m_writeClock.isValid()) {
        const double seconds = qMax<qint64>(1, m_writeClock.elapsed()) / 1000.0;
        m_progress.recordsPerSecond = double(m_progress.processed - m_resumedDone) / seconds;
        const qint64 left = m_progress.total - m_progress.processed;
        m_progress.etaSeconds = m_progress.recordsPerSecond > 0 ? qint64(double(left) / m_progress.recordsPerSecond) : -1;
    }
    emit progress(m_progress);
}

QJsonObject SyncJob::summary(RunStatus status) const
{
    QJsonObject done, failed;
    for (int i = 0; i < PlanActionCount; ++i) {
        if (isWriteAction(PlanAction(i))) {
            done.insert(toString(PlanAction(i)), m_progress.done[std::size_t(i)]);
            failed.insert(toString(PlanAction(i)), m_progress.failed[std::size_t(i)]);
        }
    }
    const double seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    const double writeSeconds = m_writeClock.isValid() ? m_writeClock.elapsed() / 1000.0 : 0.0;
    QJsonObject o{
        {u"profile"_s, m_profile.name},
        {u"profile_id"_s, m_profile.id},
        {u"mode"_s, toString(m_profile.mode)},
        {u"status"_s, toString(status)},
        {u"planned"_s, m_plan.counts.toJson()},
        {u"done"_s, done},
        {u"failed"_s, failed},
        {u"writes"_s, m_progress.total},
        {u"seconds"_s, seconds},
        {u"records_per_second"_s, writeSeconds > 0 ? double(m_progress.processed - m_resumedDone) / writeSeconds : 0.0},
        {u"concurrency"_s, m_concurrency},
        {u"batch_size"_s, m_batchSize},
        {u"verified_uncertain"_s, m_verified},
        {u"cursor_field"_s, m_profile.cursor.field},
        {u"cursor_from"_s, m_cursorFrom},
        {u"cursor_max"_s, m_plan.cursorMax},
        {u"success_file"_s, m_options.successCsv},
        {u"errors_file"_s, m_options.errorsCsv},
        {u"plan_file"_s, m_options.planCsv},
    };
    if (m_kind == Kind::RetryFailed)
        o.insert(u"retry_of"_s, m_sourceRunId);
    if (m_kind == Kind::Resume)
        o.insert(u"resumed"_s, true);
    return o;
}

} // namespace crmbridge::sync
