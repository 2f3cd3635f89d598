#include "synctestutil.h"
#include "testsupport.h"

#include "core/endpoints/secretstore.h"
#include "core/mapping/value/valuetext.h"
#include "core/formats/fileformat.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingstore.h"
#include "core/sandbox/crmsystem.h"
#include "core/sync/runstore.h"
#include "core/sync/syncdemoseeder.h"
#include "core/sync/syncplanner.h"
#include "core/sync/syncprofilestore.h"
#include "core/sync/syncrunner.h"
#include "core/workspace/demoworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::sync;
using namespace Qt::StringLiterals;

// Runs of the demo profiles against the real sandbox over loopback, with the sandbox's data
// checked afterwards: a second plan finds nothing left to write, nothing was duplicated, faults
// leave every record written once or in the error file, the cursor only moves on success, and
// retry-failed re-runs exactly the failed records.
class TestSyncRun : public QObject
{
    Q_OBJECT

    SandboxServer *m_sandbox = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SyncRunner> m_runner;
    test::TempDir m_dir;
    Environment m_environment;

    SyncOutcome execute(const std::function<quint64(SyncRunner &)> &start,
                        const std::function<void(const SyncProgress &)> &onProgress = {})
    {
        // One runner (one worker thread) for the whole test, as the Syncs page keeps one.
        SyncRunner &runner = *m_runner;
        QMetaObject::Connection connection;
        if (onProgress)
            connection = connect(&runner, &SyncRunner::progress, this, onProgress);
        QSignalSpy finished(&runner, &SyncRunner::finished);
        SyncOutcome outcome;
        if (start(runner) != 0 && finished.wait(120000))
            outcome = finished.first().first().value<SyncOutcome>();
        disconnect(connection);
        return outcome;
    }

    SyncOptions options() const
    {
        SyncOptions o;
        o.environment = m_environment;
        // Quick retries: the tests count outcomes, not backoff delays.
        RetryPolicy retry;
        retry.maxAttempts = 3;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        o.retry = retry;
        o.rateLimit = RateLimitPolicy(); // the sandbox runs without rate limits here
        return o;
    }

    SyncProfile profile(const QString &name)
    {
        auto p = SyncProfileStore(*m_workspace).find(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message()));
        return p.value();
    }

    /// A new profile made from a demo one, changed by `change`, saved under `name`.
    SyncProfile variant(const QString &of, const QString &name, const std::function<void(SyncProfile &)> &change)
    {
        SyncProfile p = profile(of);
        p.id = 0;
        p.name = name;
        change(p);
        auto saved = SyncProfileStore(*m_workspace).save(p);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message()));
        return saved.value();
    }

    static QString describe(const SyncOutcome &o)
    {
        return o.error ? o.error->message() : QString::fromUtf8(QJsonDocument(o.summary).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions sandboxOptions;
        sandboxOptions.basePort = 0;
        sandboxOptions.rateLimits = false;
        auto started = m_sandbox->start(sandboxOptions);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_environment = test::sandboxEnvironmentFor(*m_sandbox);
        registerSyncDemoSeeder();
        auto ws = DemoWorkspace::create(m_dir.file(QStringLiteral("sync.crmbridge")));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws).value();
        m_runner = std::make_unique<SyncRunner>(*m_workspace);
        m_runner->setSecretSetup([](SecretStore &store) {
            store.setKeychainEnabled(false);
            registerSandboxSecrets(store);
        });
    }

    void cleanupTestCase()
    {
        m_runner.reset();
        m_workspace.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }

    void cleanup() { m_sandbox->clearFaults(); }

    void demoProfilesExist()
    {
        auto profiles = SyncProfileStore(*m_workspace).list();
        QVERIFY(profiles.ok());
        QStringList names;
        for (const SyncProfile &p : profiles.value())
            names.append(p.name);
        QCOMPARE(names, (QStringList{QStringLiteral("CRM contacts → ERP customers"), QStringLiteral("CRM contacts → Marketing members"),
                                     QStringLiteral("ERP orders → CRM deals"), QStringLiteral("Helpdesk users → CRM contacts")}));
    }

    void planWritesNothingThenRunThenNothingLeft_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("contacts to customers") << QStringLiteral("CRM contacts → ERP customers");
        QTest::newRow("orders to deals (batch)") << QStringLiteral("ERP orders → CRM deals");
        QTest::newRow("contacts to members (PUT by MD5)") << QStringLiteral("CRM contacts → Marketing members");
        QTest::newRow("users to contacts (target wins)") << QStringLiteral("Helpdesk users → CRM contacts");
    }

    void planWritesNothingThenRunThenNothingLeft()
    {
        QFETCH(QString, name);
        const SyncProfile p = profile(name);
        const SandboxSystemId target = p.target.endpoint == QLatin1String("Demo ERP")         ? SandboxSystemId::Erp
                                       : p.target.endpoint == QLatin1String("Demo Marketing") ? SandboxSystemId::Marketing
                                                                                              : SandboxSystemId::Crm;
        const QJsonObject countsBefore = m_sandbox->recordCounts(target);
        const SyncOutcome plan = execute([&](SyncRunner &r) { return r.plan(p, options()); });
        QVERIFY2(plan.status == RunStatus::Planned, qPrintable(describe(plan)));
        QVERIFY2(plan.planned.writes() > 0, qPrintable(describe(plan)));
        QCOMPARE(m_sandbox->recordCounts(target), countsBefore); // a plan writes nothing
        // The stored plan: every item in order, with its own source record (their JSON texts are
        // made on another thread while the pages come in, a chunk at a time).
        auto stored = RunStore(*m_workspace).planItems(plan.runId);
        QVERIFY(stored.ok());
        QCOMPARE(qint64(stored->size()), plan.planned.total());
        for (qsizetype i = 0; i < stored->size(); ++i) {
            const PlanItem &item = stored->at(i);
            QCOMPARE(item.seq, int(i) + 1);
            QCOMPARE(jsonText(item.source.value(QStringLiteral("id"))), item.sourceKey);
            if (isWriteAction(item.action))
                QVERIFY2(!item.payload.isEmpty(), qPrintable(item.sourceKey));
        }

        const SyncOutcome run = execute([&](SyncRunner &r) { return r.run(p, options()); });
        QVERIFY2(run.status == RunStatus::Succeeded || run.status == RunStatus::Failed, qPrintable(describe(run)));
        QCOMPARE(run.failedCount(), 0);
        QCOMPARE(run.doneCount(), run.planned.writes());

        // The target now holds what the mapping computes: planning again finds nothing to write.
        const SyncOutcome again = execute([&](SyncRunner &r) { return r.plan(p, options()); });
        QVERIFY2(again.status == RunStatus::Planned, qPrintable(describe(again)));
        QCOMPARE(again.planned[PlanAction::Create], 0);
        QCOMPARE(again.planned[PlanAction::Update], 0);
        QCOMPARE(again.planned[PlanAction::Unchanged] + again.planned[PlanAction::Skip],
                 run.planned[PlanAction::Create] + run.planned[PlanAction::Update] + run.planned[PlanAction::Unchanged]
                     + run.planned[PlanAction::Skip]);

        // The run is in the history with its journal: one done row per write.
        RunStore runs(*m_workspace);
        auto journal = runs.journal(run.runId);
        QVERIFY(journal.ok());
        QCOMPARE(qint64(journal->size()), run.planned.writes());
        for (const JournalEntry &e : journal.value()) {
            QCOMPARE(toString(e.state), QStringLiteral("done"));
            if (e.action == PlanAction::Create) // the key its create was sent with, as its intent had it
                QCOMPARE(e.idempotencyKey, QStringLiteral("crmbridge-run%1-%2").arg(run.runId).arg(e.seq));
        }
    }

    /// One request to the Demo CRM as its own client would make it; the answer's JSON.
    QJsonObject crmRequest(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sandbox->system(SandboxSystemId::Crm).baseUrl.resolved(QUrl(path)));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + CrmSystem::Token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            qFatal("no answer to %s %s", method.constData(), qPrintable(path));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void batchUpdatesPutChangedRecordsBack()
    {
        // Deals edited by hand in the CRM go back to what the ERP says, in one batch update.
        m_sandbox->reset();
        const SyncProfile p = variant(QStringLiteral("ERP orders → CRM deals"), QStringLiteral("deals, source wins"),
                                      [](SyncProfile &v) { v.conflictPolicy = ConflictPolicy::SourceWins; });
        const SyncOutcome first = execute([&](SyncRunner &r) { return r.run(p, options()); });
        QVERIFY2(first.status == RunStatus::Succeeded, qPrintable(describe(first)));

        const QJsonArray deals = crmRequest("GET", QStringLiteral("/crm/v3/objects/deals?limit=3&properties=dealname")).value(u"results").toArray();
        QCOMPARE(deals.size(), 3);
        QHash<QString, QString> names; // id → the name the sync gave it
        for (const QJsonValue &deal : deals) {
            const QString id = deal[u"id"].toString();
            names.insert(id, deal[u"properties"][u"dealname"].toString());
            crmRequest("PATCH", u"/crm/v3/objects/deals/"_s + id,
                       QJsonObject{{u"properties"_s, QJsonObject{{u"dealname"_s, u"edited by hand"_s}}}});
        }

        const SyncOutcome second = execute([&](SyncRunner &r) { return r.run(p, options()); });
        QVERIFY2(second.status == RunStatus::Succeeded, qPrintable(describe(second)));
        QCOMPARE(second.planned[PlanAction::Update], 3);
        QCOMPARE(second.doneCount(), 3);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            const QJsonObject deal = crmRequest("GET", u"/crm/v3/objects/deals/"_s + it.key() + u"?properties=dealname"_s);
            QCOMPARE(deal[u"properties"][u"dealname"].toString(), it.value());
        }
        const SyncOutcome again = execute([&](SyncRunner &r) { return r.plan(p, options()); });
        QCOMPARE(again.planned[PlanAction::Update], 0);
    }

    void journalKeepsEveryOutcome()
    {
        // Intents come from the stored plan; outcomes update them, most in one statement.
        RunStore runs(*m_workspace);
        auto runId = runs.createRun(QStringLiteral("sync"), 0, QStringLiteral("journal"), RunStatus::Running, {});
        QVERIFY(runId.ok());
        QList<PlanItem> items;
        for (int seq = 1; seq <= 6; ++seq) {
            PlanItem item;
            item.seq = seq;
            item.sourceKey = QStringLiteral("s%1").arg(seq);
            item.matchKey = QStringLiteral("m%1").arg(seq);
            item.action = seq <= 4 ? PlanAction::Update : PlanAction::Create;
            item.targetId = seq <= 4 ? QStringLiteral("t%1").arg(seq) : QString();
            items.append(item);
        }
        QVERIFY(runs.savePlanItems(*runId, items).ok());
        QVERIFY(runs.writeIntents(*runId, {1, 2, 3, 5, 6}).ok()); // 4 has no intent
        QVERIFY(!runs.writeIntents(*runId, {7}).ok());             // not in the plan
        auto entry = [&](int seq, JournalState state, int status) {
            JournalEntry e;
            e.seq = seq;
            e.sourceKey = items.at(seq - 1).sourceKey;
            e.matchKey = items.at(seq - 1).matchKey;
            e.action = items.at(seq - 1).action;
            e.targetId = items.at(seq - 1).targetId;
            e.state = state;
            e.httpStatus = status;
            return e;
        };
        JournalEntry failed = entry(3, JournalState::Failed, 404);
        failed.targetId.clear();
        failed.message = QStringLiteral("Object t3 was not found.");
        JournalEntry uncertain = entry(6, JournalState::Uncertain, 0);
        uncertain.attempts = 3;
        JournalEntry created = entry(6, JournalState::Done, 201);
        created.targetId = QStringLiteral("new6");
        QVERIFY(runs.writeJournal(*runId, {entry(1, JournalState::Done, 200), entry(2, JournalState::Done, 204), failed,
                                           entry(4, JournalState::Done, 200)})
                    .ok());
        QVERIFY(runs.writeJournal(*runId, {uncertain, created}).ok()); // one record twice: in order

        auto journal = runs.journal(*runId);
        QVERIFY(journal.ok());
        QCOMPARE(journal->size(), 6);
        auto at = [&](int seq) { return journal->value(seq); };
        QCOMPARE(at(1).state, JournalState::Done);
        QCOMPARE(at(1).httpStatus, 200);
        QCOMPARE(at(1).targetId, QStringLiteral("t1"));
        QCOMPARE(at(1).matchKey, QStringLiteral("m1"));
        QCOMPARE(at(2).state, JournalState::Done);
        QCOMPARE(at(2).httpStatus, 204);
        QCOMPARE(at(3).state, JournalState::Failed);
        QCOMPARE(at(3).message, QStringLiteral("Object t3 was not found."));
        QCOMPARE(at(4).state, JournalState::Done); // made although its intent was missing
        QCOMPARE(at(4).sourceKey, QStringLiteral("s4"));
        QCOMPARE(at(5).state, JournalState::Intent);
        QCOMPARE(at(5).idempotencyKey, RunStore::idempotencyKey(*runId, 5));
        QCOMPARE(at(5).sourceKey, QStringLiteral("s5"));
        QCOMPARE(at(6).state, JournalState::Done);
        QCOMPARE(at(6).targetId, QStringLiteral("new6"));

        // Resume: an intent written again keeps the attempts it had.
        QVERIFY(runs.writeJournal(*runId, {uncertain}).ok());
        QVERIFY(runs.writeIntents(*runId, {6}).ok());
        journal = runs.journal(*runId);
        QCOMPARE(at(6).state, JournalState::Intent);
        QCOMPARE(at(6).attempts, 3);
        QCOMPARE(at(6).message, QString());
    }

    void faultsLeaveEveryRecordOnceOrInTheErrorFile()
    {
        // Helpdesk users → CRM contacts again, after the CRM forgot them: reset the CRM.
        SyncProfile p = profile(QStringLiteral("Helpdesk users → CRM contacts"));
        p.name = QStringLiteral("faulty");
        p.conflictPolicy = ConflictPolicy::SourceWins;
        p.id = 0;
        p.filter = QStringLiteral("OR(RIGHT(TO_TEXT(id), 1) = \"1\", RIGHT(TO_TEXT(id), 1) = \"2\", RIGHT(TO_TEXT(id), 1) = \"3\")");
        auto saved = SyncProfileStore(*m_workspace).save(p);
        QVERIFY(saved.ok());
        m_sandbox->reset();
        SyncOptions o = options();
        o.successCsv = m_dir.file(QStringLiteral("faults-success.csv"));
        o.errorsCsv = m_dir.file(QStringLiteral("faults-errors.csv"));
        bool faulted = false;
        const SyncOutcome run = execute([&](SyncRunner &r) { return r.run(saved.value(), o); },
                                        [&](const SyncProgress &progress) {
                                            if (progress.phase == SyncPhase::Writing && !faulted) {
                                                faulted = true;
                                                SandboxFaults f;
                                                f.errorRate = 0.10;      // 5xx
                                                f.throttleRate = 0.01;   // 429 with Retry-After
                                                f.dropRate = 0.05;       // half an answer, then closed
                                                f.malformedRate = 0.05;  // a corrupt body
                                                f.truncateRate = 0.02;   // a body cut short, then closed
                                                f.slowRate = 0.05;       // a body trickling in
                                                m_sandbox->setFaults(SandboxSystemId::Crm, f);
                                            }
                                        });
        m_sandbox->clearFaults();
        QVERIFY2(run.runId > 0 && (run.status == RunStatus::Succeeded || run.status == RunStatus::Failed), qPrintable(describe(run)));
        QVERIFY(faulted);

        // Every write is in exactly one of the two files.
        auto keysOf = [](const QString &path, int column) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return QStringList();
            QStringList keys;
            f.readLine();
            while (!f.atEnd())
                keys.append(QString::fromUtf8(f.readLine()).split(QLatin1Char(',')).value(column));
            return keys;
        };
        const QStringList succeeded = keysOf(o.successCsv, 0);
        const QStringList failed = keysOf(o.errorsCsv, 1);
        QCOMPARE(qint64(succeeded.size()), run.doneCount());
        QCOMPARE(QSet<QString>(succeeded.begin(), succeeded.end()).size(), succeeded.size());
        QVERIFY(QSet<QString>(succeeded.begin(), succeeded.end()).intersect(QSet<QString>(failed.begin(), failed.end())).isEmpty());
        QCOMPARE(run.doneCount() + run.failedCount(), run.planned.writes());
        // … and every failed one says why: the server's message (or the network error) and what to do.
        QFile errors(o.errorsCsv);
        QVERIFY(errors.open(QIODevice::ReadOnly));
        auto reader = formats::makeReader(formats::FileFormat::Csv, &errors, {});
        QVERIFY(reader.ok());
        formats::RecordBatch batch;
        qint64 rows = 0;
        while (reader.value()->readBatch(batch, 256).ok() && !batch.isEmpty()) {
            for (const mapping::Object &row : batch.records()) {
                ++rows;
                const QString message = mapping::toText(row.value(u"message"));
                const QString hint = mapping::toText(row.value(u"what_to_do"));
                QVERIFY2(!message.isEmpty() && !hint.isEmpty(), qPrintable(mapping::toText(row.value(u"source_key"))));
            }
        }
        QCOMPARE(rows, qint64(failed.size()));

        // No contact was created twice: a plan now sees each e-mail once (no duplicate-target conflict).
        const SyncOutcome again = execute([&](SyncRunner &r) { return r.plan(saved.value(), options()); });
        QVERIFY2(again.status == RunStatus::Planned, qPrintable(describe(again)));
        QCOMPARE(again.planned[PlanAction::Conflict], 0);
        QCOMPARE(again.planned[PlanAction::Create], run.failed[std::size_t(PlanAction::Create)]);
    }

    // A create whose first answer was lost after the target had made the record, and whose
    // retries were then refused (503), may well be in the target: it is looked up there at the
    // end, not reported failed. (It was reported failed, and the record was there; the faults
    // test above caught it now and then.)
    void aCreateWhoseAnswerWasLostThenRefusedIsLookedUp()
    {
        m_sandbox->reset();
        SyncProfile p = variant(QStringLiteral("Helpdesk users → CRM contacts"), QStringLiteral("lost answer"),
                                          [](SyncProfile &v) {
                                              v.conflictPolicy = ConflictPolicy::SourceWins;
                                              v.concurrency = 1;
                                          });
        const SyncOutcome plan = execute([&](SyncRunner &r) { return r.plan(p, options()); });
        QVERIFY2(plan.status == RunStatus::Planned, qPrintable(describe(plan)));
        auto items = RunStore(*m_workspace).planItems(plan.runId);
        QVERIFY(items.ok());
        const auto create = std::find_if(items->cbegin(), items->cend(), [](const PlanItem &i) { return i.action == PlanAction::Create; });
        QVERIFY(create != items->cend());
        p.filter = QStringLiteral("TO_TEXT(id) = \"%1\"").arg(create->sourceKey); // that one record
        auto saved = SyncProfileStore(*m_workspace).save(p);
        QVERIFY(saved.ok());

        bool faulted = false;
        const SyncOutcome run = execute([&](SyncRunner &r) { return r.run(saved.value(), options()); },
                                        [&](const SyncProgress &progress) {
                                            if (progress.phase == SyncPhase::Writing && !faulted) {
                                                faulted = true;
                                                SandboxFaults f;
                                                f.next = {QStringLiteral("drop"), QStringLiteral("errors"), QStringLiteral("errors")};
                                                m_sandbox->setFaults(SandboxSystemId::Crm, f);
                                            }
                                        });
        m_sandbox->clearFaults();
        QVERIFY(faulted);
        QCOMPARE(run.planned[PlanAction::Create], 1);
        QVERIFY2(run.status == RunStatus::Succeeded, qPrintable(describe(run)));
        QCOMPARE(run.doneCount(), 1);
        QCOMPARE(run.failedCount(), 0);
        QCOMPARE(run.summary.value(QStringLiteral("verified_uncertain")).toInt(), 1);
        const SyncOutcome again = execute([&](SyncRunner &r) { return r.plan(saved.value(), options()); });
        QCOMPARE(again.planned[PlanAction::Create], 0);
        QCOMPARE(again.planned[PlanAction::Conflict], 0);
    }

    void retryFailedRunsOnlyTheFailedRecords()
    {
        m_sandbox->reset();
        const SyncProfile p = variant(QStringLiteral("CRM contacts → Marketing members"), QStringLiteral("retry"), [](SyncProfile &v) {
            v.filter = QStringLiteral("RIGHT(id, 1) = \"7\""); // a tenth of the contacts
        });
        SandboxFaults broken;
        broken.errorRate = 1.0;
        bool faulted = false;
        const SyncOutcome first = execute([&](SyncRunner &r) { return r.run(p, options()); },
                                          [&](const SyncProgress &progress) {
                                              if (progress.phase == SyncPhase::Writing && !faulted) {
                                                  faulted = true;
                                                  m_sandbox->setFaults(SandboxSystemId::Marketing, broken);
                                              }
                                          });
        m_sandbox->clearFaults();
        QVERIFY2(first.status == RunStatus::Failed, qPrintable(describe(first)));
        QVERIFY(first.failedCount() > 0);

        const SyncOutcome retry = execute([&](SyncRunner &r) { return r.retryFailed(first.runId, options()); });
        QVERIFY2(retry.status == RunStatus::Succeeded, qPrintable(describe(retry)));
        QCOMPARE(retry.summary.value(QStringLiteral("retry_of")).toInteger(), first.runId);
        QCOMPARE(retry.doneCount(), first.failedCount());
        QCOMPARE(retry.planned.writes(), first.failedCount());
    }

    void incrementalCursorMovesOnlyOnSuccess()
    {
        m_sandbox->reset();
        SyncProfile p = profile(QStringLiteral("CRM contacts → ERP customers"));
        p.name = QStringLiteral("incremental");
        p.id = 0;
        p.cursor.highWaterMark.clear();
        p.filter = QStringLiteral("RIGHT(id, 1) = \"3\""); // a tenth of the contacts
        auto saved = SyncProfileStore(*m_workspace).save(p);
        QVERIFY(saved.ok());

        // A run that fails (the ERP answers 500 to every write) leaves the mark where it was.
        bool faulted = false;
        const SyncOutcome failed = execute([&](SyncRunner &r) { return r.run(saved.value(), options()); },
                                           [&](const SyncProgress &progress) {
                                               if (progress.phase == SyncPhase::Writing && !faulted) {
                                                   faulted = true;
                                                   SandboxFaults f;
                                                   f.errorRate = 1.0;
                                                   m_sandbox->setFaults(SandboxSystemId::Erp, f);
                                               }
                                           });
        m_sandbox->clearFaults();
        QCOMPARE(failed.status, RunStatus::Failed);
        QCOMPARE(profile(QStringLiteral("incremental")).cursor.highWaterMark, QString());

        const SyncOutcome ok = execute([&](SyncRunner &r) { return r.run(profile(QStringLiteral("incremental")), options()); });
        QVERIFY2(ok.status == RunStatus::Succeeded || ok.status == RunStatus::Failed, qPrintable(describe(ok)));
        if (ok.status == RunStatus::Succeeded) {
            const QString mark = profile(QStringLiteral("incremental")).cursor.highWaterMark;
            QVERIFY(!mark.isEmpty());
            // Nothing changed since: everything is before the mark.
            const SyncOutcome next = execute([&](SyncRunner &r) { return r.plan(profile(QStringLiteral("incremental")), options()); });
            QCOMPARE(next.planned.total(), 0);
            QVERIFY(next.planned.filtered > 0);
        }
    }

    // A file source with a line that is not JSON: that record is an invalid plan item naming the
    // file and the line (it used to vanish from the plan), and the records after it keep their
    // numbers as keys.
    void malformedFileLineIsAnInvalidItem()
    {
        SyncProfile p = profile(QStringLiteral("CRM contacts → ERP customers"));
        p.id = 0;
        p.name = QStringLiteral("from a file");
        p.source = {};
        p.source.file = m_dir.file(QStringLiteral("contacts.jsonl"));
        p.source.fileFormat = QStringLiteral("jsonl");
        QFile file(p.source.file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "1", "properties": {"email": "anna@example.com", "firstname": "Anna", "lastname": "Berg"}})" "\n"
                   R"({"id": "2", "properties": {"email": "broken")" "\n"
                   R"({"id": "3", "properties": {"email": "bo@example.com", "firstname": "Bo", "lastname": "Li"}})" "\n");
        file.close();
        auto saved = SyncProfileStore(*m_workspace).save(p);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message()));
        const SyncOutcome plan = execute([&](SyncRunner &r) { return r.plan(saved.value(), options()); });
        QVERIFY2(plan.status == RunStatus::Planned, qPrintable(describe(plan)));
        QCOMPARE(plan.planned[PlanAction::Invalid], 1);
        auto items = RunStore(*m_workspace).planItems(plan.runId);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 3);
        QCOMPARE(items->at(1).sourceKey, QStringLiteral("2"));
        QCOMPARE(items->at(1).action, PlanAction::Invalid);
        const QString reason = items->at(1).reasons.value(0).message;
        QVERIFY2(reason.contains(QStringLiteral("contacts.jsonl")) && reason.contains(QStringLiteral("line 2")), qPrintable(reason));
        QCOMPARE(items->at(2).sourceKey, QStringLiteral("3"));
        QCOMPARE(items->at(2).matchKey, QStringLiteral("bo@example.com"));
    }

    // The target and the source are read at the same time. When one side cannot be read, the
    // job ends once, with that side's error (its URL), the other reader stopped, nothing written.
    void unreadableSourceStopsBothReaders()
    {
        m_sandbox->reset();
        const SyncProfile p = profile(QStringLiteral("CRM contacts → ERP customers"));
        const QJsonObject erpBefore = m_sandbox->recordCounts(SandboxSystemId::Erp);
        SyncOptions o = options();
        for (EnvironmentVariable &v : o.environment.variables) {
            if (v.name == QLatin1String("crm_base_url"))
                v.value = QStringLiteral("http://127.0.0.1:9/nothing-listens-here"); // the source: CRM
        }
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        const SyncOutcome run = execute([&](SyncRunner &r) { return r.run(p, o); });
        QCOMPARE(run.status, RunStatus::Error);
        QVERIFY(run.error);
        QVERIFY2(run.error->message().contains(QStringLiteral("127.0.0.1:9")), qPrintable(run.error->message()));
        QCOMPARE(run.runId, 0); // stopped before a run was started: nothing to resume
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_sandbox->recordCounts(SandboxSystemId::Erp), erpBefore);
        QVERIFY(!m_runner->isBusy());
    }

    // Cancelling while both sides are being read stops both readers and reports once.
    void cancelWhileReadingEndsOnce()
    {
        m_sandbox->reset();
        const SyncProfile p = profile(QStringLiteral("CRM contacts → ERP customers"));
        const QJsonObject erpBefore = m_sandbox->recordCounts(SandboxSystemId::Erp);
        SandboxFaults slow;
        slow.latencyMs = 300; // each side has several pages: reading takes seconds, the cancel comes in the middle
        m_sandbox->setFaults(SandboxSystemId::Crm, slow);
        m_sandbox->setFaults(SandboxSystemId::Erp, slow);
        QSignalSpy finished(m_runner.get(), &SyncRunner::finished);
        bool cancelled = false;
        const SyncOutcome run = execute([&](SyncRunner &r) { return r.run(p, options()); },
                                        [&](const SyncProgress &progress) {
                                            const bool reading = progress.phase == SyncPhase::ReadingTarget
                                                || progress.phase == SyncPhase::ReadingSource;
                                            if (!cancelled && reading && progress.read > 0) {
                                                cancelled = true;
                                                m_runner->cancel();
                                            }
                                        });
        QVERIFY(cancelled);
        QCOMPARE(run.status, RunStatus::Interrupted);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        m_sandbox->clearFaults();
        QCOMPARE(m_sandbox->recordCounts(SandboxSystemId::Erp), erpBefore);
        QVERIFY(!m_runner->isBusy());
    }
};

QTEST_GUILESS_MAIN(TestSyncRun)
#include "tst_syncrun.moc"
