#include "core/sync/syncjob.h"
#include "core/sync/syncplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <future>

using namespace crmbridge;
using namespace crmbridge::sync;

// The planner on fixed records: every mode and conflict policy, with the exact plan expected —
// action per record, the changed fields old → new, and the reasons.
class TestSyncPlanner : public QObject
{
    Q_OBJECT

    static mapping::Mapping contactMapping()
    {
        using V = mapping::ValidationRule;
        mapping::Mapping m;
        m.name = QStringLiteral("m");
        m.rules = {{QStringLiteral("email"), QStringLiteral("LOWER(TRIM(properties.email))"), {V{V::Kind::Required, {}, {}, {}}, V{V::Kind::Email, {}, {}, {}}}, {}},
                   {QStringLiteral("name"), QStringLiteral("TRIM(properties.firstname & \" \" & properties.lastname)"), {}, {}},
                   {QStringLiteral("phone"), QStringLiteral("properties.phone"), {}, {}}};
        return m;
    }

    static QJsonObject source(const QString &id, const QString &email, const QString &first, const QString &phone,
                              const QString &updatedAt = QStringLiteral("2024-05-01T10:00:00Z"))
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("updatedAt"), updatedAt},
                           {QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email},
                                                                      {QStringLiteral("firstname"), first},
                                                                      {QStringLiteral("lastname"), QStringLiteral("Li")},
                                                                      {QStringLiteral("phone"), phone}}}};
    }

    static QJsonObject target(int id, const QString &email, const QString &name, const QString &phone,
                              const QString &updatedAt = QStringLiteral("2024-04-01T10:00:00Z"))
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("phone"), phone},
                           {QStringLiteral("updated_at"), updatedAt}};
    }

    static SyncProfile profile(SyncMode mode, ConflictPolicy policy)
    {
        SyncProfile p;
        p.name = QStringLiteral("test");
        p.mapping = QStringLiteral("m");
        p.mode = mode;
        p.conflictPolicy = policy;
        p.matchKey = {QStringLiteral("email"), QStringLiteral("LOWER(TRIM(properties.email))"), QStringLiteral("LOWER(TRIM(email))")};
        p.sourceTimestamp = QStringLiteral("updatedAt");
        p.targetTimestamp = QStringLiteral("updated_at");
        return p;
    }

    /// One line per item: "sourceKey action targetId [field:before>after]... {reason field}..."
    static QStringList describe(const SyncPlan &plan)
    {
        QStringList out;
        for (const PlanItem &item : plan.items) {
            QString line = (item.sourceKey.isEmpty() ? QStringLiteral("-") : item.sourceKey) + QLatin1Char(' ')
                + toString(item.action);
            if (!item.targetId.isEmpty())
                line += QStringLiteral(" #") + item.targetId;
            for (const FieldChange &c : item.changes)
                line += QStringLiteral(" %1:%2>%3").arg(c.field, c.before.toVariant().toString(), c.after.toVariant().toString());
            for (const PlanReason &r : item.reasons)
                line += QStringLiteral(" {%1}").arg(r.field);
            out.append(line);
        }
        return out;
    }

    enum class Order { TargetFirst, BothAtOnce, PagesMappedElsewhere };

    /// TargetFirst: every target record, then every source record. BothAtOnce: as a sync reads
    /// two servers at the same time — source records come before, between and after the target's.
    static SyncPlan plan(const SyncProfile &p, const QList<QJsonObject> &targets, const QList<QJsonObject> &sources,
                         Order order = Order::TargetFirst)
    {
        Entity entity;
        entity.name = QStringLiteral("customers");
        entity.update = {QStringLiteral("PATCH"), QStringLiteral("/customers/{id}")};
        SyncPlanner planner(p, contactMapping(), entity);
        const Status prepared = planner.prepare();
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error().message()));
        const auto addSources = [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < std::min(to, sources.size()); ++i)
                planner.addSource(sources.at(i), sources.at(i).value(QStringLiteral("id")).toString());
        };
        if (order == Order::TargetFirst) {
            for (const QJsonObject &t : targets)
                planner.addTarget(t);
            addSources(0, sources.size());
            return planner.finish();
        }
        if (order == Order::PagesMappedElsewhere) {
            // As a sync does: pages of two records mapped on other threads, all at once, then
            // given to the planner in source order, some before the target is complete.
            QJsonArray records;
            for (const QJsonObject &s : sources)
                records.append(s);
            std::vector<std::future<SyncPlanner::MappedSources>> pages;
            for (qsizetype from = 0; from < records.size(); from += 2) {
                QJsonArray page;
                for (qsizetype i = from; i < std::min<qsizetype>(from + 2, records.size()); ++i)
                    page.append(records.at(i));
                pages.push_back(std::async(std::launch::async, [&planner, page, from] {
                    return planner.mapSources(page, QStringLiteral("id"), from);
                }));
            }
            planner.waitForTarget();
            for (const QJsonObject &t : targets.mid(0, targets.size() / 2))
                planner.addTarget(t);
            planner.addMapped(pages.at(0).get());
            for (const QJsonObject &t : targets.mid(targets.size() / 2))
                planner.addTarget(t);
            planner.targetComplete();
            for (std::size_t i = 1; i < pages.size(); ++i)
                planner.addMapped(pages.at(i).get());
            return planner.finish();
        }
        planner.waitForTarget();
        const qsizetype half = targets.size() / 2;
        addSources(0, 2);
        for (qsizetype i = 0; i < half; ++i)
            planner.addTarget(targets.at(i));
        addSources(2, 4);
        for (qsizetype i = half; i < targets.size(); ++i)
            planner.addTarget(targets.at(i));
        planner.targetComplete();
        addSources(4, sources.size());
        return planner.finish();
    }

    // A: new; B: matched, phone differs; C: matched, same; D: invalid e-mail; E: A's key again;
    // F: matched by a target whose phone is blank. Targets: B, C, F and X (no source).
    static QList<QJsonObject> sources()
    {
        return {source(QStringLiteral("A"), QStringLiteral("ann@x.example"), QStringLiteral("Ann"), QStringLiteral("+1 555 0100")),
                source(QStringLiteral("B"), QStringLiteral(" Bo@X.example "), QStringLiteral("Bo"), QStringLiteral("+1 555 0200")),
                source(QStringLiteral("C"), QStringLiteral("cy@x.example"), QStringLiteral("Cy"), QStringLiteral("+1 555 0300")),
                source(QStringLiteral("D"), QStringLiteral("not-an-email"), QStringLiteral("Di"), QString()),
                source(QStringLiteral("E"), QStringLiteral("ANN@x.example"), QStringLiteral("Ann"), QString()),
                source(QStringLiteral("F"), QStringLiteral("fay@x.example"), QStringLiteral("Fay"), QStringLiteral("+1 555 0600"),
                       QStringLiteral("2024-03-01T10:00:00Z"))};
    }

    static QList<QJsonObject> targets()
    {
        return {target(11, QStringLiteral("BO@x.example"), QStringLiteral("Bo Li"), QStringLiteral("030 1234")),
                target(12, QStringLiteral("cy@x.example"), QStringLiteral("Cy Li"), QStringLiteral("+1 555 0300")),
                target(13, QStringLiteral("fay@x.example"), QStringLiteral("Fay Li"), QString()),
                target(14, QStringLiteral("xu@x.example"), QStringLiteral("Xu Li"), QStringLiteral("1"))};
    }

private slots:
    void modesAndPolicies_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("A create");
        const QString d = QStringLiteral("D invalid {email}");
        const QString e = QStringLiteral("E invalid {email}");
        const QString bUpdate = QStringLiteral("B update #11 email:BO@x.example>bo@x.example phone:030 1234>+1 555 0200");
        const QString c = QStringLiteral("C unchanged #12");
        const QString fUpdate = QStringLiteral("F update #13 phone:>+1 555 0600");
        QTest::newRow("upsert source-wins") << int(SyncMode::Upsert) << int(ConflictPolicy::SourceWins)
                                            << QStringList{a, bUpdate, c, d, e, fUpdate};
        QTest::newRow("insert") << int(SyncMode::Insert) << int(ConflictPolicy::SourceWins)
                                << QStringList{a, QStringLiteral("B skip #11 {}"), QStringLiteral("C skip #12 {}"), d, e,
                                               QStringLiteral("F skip #13 {}")};
        QTest::newRow("update") << int(SyncMode::Update) << int(ConflictPolicy::SourceWins)
                                << QStringList{QStringLiteral("A skip {}"), bUpdate, c, d, e, fUpdate};
        QTest::newRow("mirror") << int(SyncMode::Mirror) << int(ConflictPolicy::SourceWins)
                                << QStringList{a, bUpdate, c, d, e, fUpdate, QStringLiteral("- archive #14 {}")};
        // The target keeps its non-blank values: B's differing e-mail and phone stay, F's blank phone is filled.
        QTest::newRow("target-wins") << int(SyncMode::Upsert) << int(ConflictPolicy::TargetWins)
                                     << QStringList{a, QStringLiteral("B unchanged #11"), c, d, e, fUpdate};
        // B's source (May) is newer than its target (April); F's source (March) is older.
        QTest::newRow("newer-wins") << int(SyncMode::Upsert) << int(ConflictPolicy::NewerWins)
                                    << QStringList{a, bUpdate, c, d, e, QStringLiteral("F unchanged #13 phone:>+1 555 0600 {updated_at}")};
        QTest::newRow("ask") << int(SyncMode::Upsert) << int(ConflictPolicy::Ask)
                             << QStringList{a,
                                            QStringLiteral("B conflict #11 email:BO@x.example>bo@x.example phone:030 1234>+1 555 0200 {}"),
                                            c, d, e, QStringLiteral("F conflict #13 phone:>+1 555 0600 {}")};
    }

    void modesAndPolicies()
    {
        QFETCH(int, mode);
        QFETCH(int, policy);
        QFETCH(QStringList, expected);
        const SyncPlan result = plan(profile(SyncMode(mode), ConflictPolicy(policy)), targets(), sources());
        QCOMPARE(describe(result), expected);
        qint64 total = 0;
        for (int i = 0; i < PlanActionCount; ++i)
            total += result.counts.byAction[std::size_t(i)];
        QCOMPARE(total, qint64(expected.size()));
        // Reading both sides at once plans the same: source records that come before the target
        // is complete are mapped and wait for it.
        const SyncPlan both = plan(profile(SyncMode(mode), ConflictPolicy(policy)), targets(), sources(), Order::BothAtOnce);
        QCOMPARE(describe(both), expected);
        QCOMPARE(both.counts.byAction, result.counts.byAction);
        const SyncPlan pages = plan(profile(SyncMode(mode), ConflictPolicy(policy)), targets(), sources(), Order::PagesMappedElsewhere);
        QCOMPARE(describe(pages), expected);
        QCOMPARE(pages.counts.byAction, result.counts.byAction);
        for (qsizetype i = 0; i < result.items.size(); ++i)
            QCOMPARE(pages.items.at(i).sourceRow, result.items.at(i).sourceRow);
    }

    void reasonsSayWhy()
    {
        const SyncPlan result = plan(profile(SyncMode::Upsert, ConflictPolicy::SourceWins), targets(), sources());
        QVERIFY2(result.items.at(3).reasons.first().message.contains(QStringLiteral("not-an-email")),
                 qPrintable(result.items.at(3).reasons.first().message));
        QVERIFY(result.items.at(4).reasons.first().message.contains(QStringLiteral("same match key")));
        QCOMPARE(result.counts[PlanAction::Create], 1);
        QCOMPARE(result.counts[PlanAction::Invalid], 2);
    }

    void duplicateTargetsAreAConflict()
    {
        QList<QJsonObject> t = targets();
        t.append(target(15, QStringLiteral("Cy@X.example"), QStringLiteral("Cy Li"), QString()));
        const SyncPlan result = plan(profile(SyncMode::Upsert, ConflictPolicy::SourceWins), t, sources());
        QCOMPARE(describe(result).at(2), QStringLiteral("C conflict {email}"));
        QVERIFY(result.items.at(2).reasons.first().message.contains(QStringLiteral("12, 15")));
    }

    void filterAndCursor()
    {
        SyncProfile p = profile(SyncMode::Upsert, ConflictPolicy::SourceWins);
        p.filter = QStringLiteral("properties.firstname <> \"Cy\"");
        p.cursor.field = QStringLiteral("updatedAt");
        p.cursor.highWaterMark = QStringLiteral("2024-04-15T00:00:00Z");
        const SyncPlan result = plan(p, targets(), sources());
        // F (March) is before the mark, C is filtered out.
        QCOMPARE(describe(result), (QStringList{QStringLiteral("A create"),
                                                QStringLiteral("B update #11 email:BO@x.example>bo@x.example phone:030 1234>+1 555 0200"),
                                                QStringLiteral("D invalid {email}"), QStringLiteral("E invalid {email}")}));
        QCOMPARE(result.counts.filtered, 2);
        QCOMPARE(result.cursorMax, QStringLiteral("2024-05-01T10:00:00Z"));
        const SyncPlan pages = plan(p, targets(), sources(), Order::PagesMappedElsewhere);
        QCOMPARE(describe(pages), describe(result));
        QCOMPARE(pages.counts.filtered, 2);
        QCOMPARE(pages.cursorMax, result.cursorMax);
    }

    void putUpdatesKeepUnmappedFields()
    {
        Entity entity;
        entity.update = {QStringLiteral("PUT"), QStringLiteral("/customers/{id}")};
        SyncPlanner planner(profile(SyncMode::Upsert, ConflictPolicy::SourceWins), contactMapping(), entity);
        QVERIFY(planner.prepare().ok());
        QJsonObject t = target(11, QStringLiteral("bo@x.example"), QStringLiteral("Bo Li"), QStringLiteral("1"));
        t.insert(QStringLiteral("postal_code"), QStringLiteral("10115"));
        planner.addTarget(t);
        planner.addSource(sources().at(1), QStringLiteral("B"));
        const SyncPlan result = planner.finish();
        QCOMPARE(result.items.first().action, PlanAction::Update);
        QCOMPARE(result.items.first().payload.value(QStringLiteral("postal_code")).toString(), QStringLiteral("10115"));
        QCOMPARE(result.items.first().payload.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0200"));
    }

    void retryRestrictsToKeys()
    {
        Entity entity;
        SyncPlanner planner(profile(SyncMode::Upsert, ConflictPolicy::SourceWins), contactMapping(), entity);
        QVERIFY(planner.prepare().ok());
        planner.restrictToSourceKeys({QStringLiteral("D")});
        for (const QJsonObject &s : sources())
            planner.addSource(s, s.value(QStringLiteral("id")).toString());
        const SyncPlan result = planner.finish();
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(result.items.first().sourceKey, QStringLiteral("D"));
        QCOMPARE(result.items.first().sourceRow, 4);
    }

    void profileJsonRoundTrips()
    {
        SyncProfile p = profile(SyncMode::Mirror, ConflictPolicy::NewerWins);
        p.source = {QStringLiteral("Demo CRM"), QStringLiteral("contacts"), {}, {}, {{QStringLiteral("properties"), QStringLiteral("email")}}};
        p.target = {QStringLiteral("Demo ERP"), QStringLiteral("customers"), {}};
        p.batchSize = 50;
        p.cursor = {QStringLiteral("updatedAt"), QStringLiteral("2024-01-01T00:00:00Z")};
        p.createStyle = CreateStyle::UpdateByKey;
        const QByteArray bytes = SyncProfileJson::toBytes(p);
        auto back = SyncProfileJson::fromBytes(bytes);
        QVERIFY(back.ok());
        QCOMPARE(SyncProfileJson::toBytes(back.value()), bytes);
        QVERIFY(back.value() == p);
        auto bad = SyncProfileJson::fromBytes(QByteArrayLiteral("{\"name\": \"x\", \"mode\": \"sideways\"}"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message().contains(QStringLiteral("mode")));
    }

    void batchAnswerNamesItsFailures()
    {
        // HubSpot's 207: the records it could not update, by id, with its message.
        const QByteArray partial = R"({"status":"COMPLETE","results":[{"id":"1","properties":{"email":"a@x.io"}}],
            "errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Object 7 was not found.",
                       "context":{"ids":["7"]}},
                      {"status":"error","category":"OBJECT_NOT_FOUND","message":"Object 9 was not found.",
                       "context":{"ids":[9]}}],"numErrors":2})";
        const QHash<QString, QString> failed = sync::SyncJob::batchFailures(QJsonDocument::fromJson(partial).object());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.value(QStringLiteral("7")), QStringLiteral("Object 7 was not found."));
        QCOMPARE(failed.value(QStringLiteral("9")), QStringLiteral("Object 9 was not found.")); // a numeric id too

        // 200 COMPLETE: every record written, whatever the records themselves hold.
        const QByteArray complete = R"({"status":"COMPLETE","results":[{"id":"1","properties":{"note":"no errors here"}}]})";
        const QByteArray quoted = R"({"status":"COMPLETE","results":[{"id":"1","properties":{"\"errors\"":"x"}}]})";
        const QByteArray empty = R"({"status":"COMPLETE","results":[],"errors":[]})";
        for (const QByteArray &body : {complete, quoted, empty})
            QVERIFY2(sync::SyncJob::batchFailures(QJsonDocument::fromJson(body).object()).isEmpty(), body.constData());
        QVERIFY(sync::SyncJob::batchFailures({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
