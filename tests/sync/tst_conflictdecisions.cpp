#include "testsupport.h"

#include "core/sync/conflictdecisions.h"
#include "core/sync/syncplanner.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::sync;

// Conflicts (policy ask) decided field by field: the planner with decisions gives the exact
// expected plan (all decided → update of the source-won fields or unchanged; partly decided or
// stale → still a conflict saying what is left), the workspace stores decisions per profile
// (replaced per field, removed with the profile), and a filled plan CSV is read whole or refused
// with every bad line named.
class TestConflictDecisions : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    static mapping::Mapping contactMapping()
    {
        mapping::Mapping m;
        m.name = QStringLiteral("m");
        m.rules = {{QStringLiteral("email"), QStringLiteral("LOWER(TRIM(properties.email))"), {}, {}},
                   {QStringLiteral("name"), QStringLiteral("TRIM(properties.firstname & \" \" & properties.lastname)"), {}, {}},
                   {QStringLiteral("phone"), QStringLiteral("properties.phone"), {}, {}},
                   {QStringLiteral("credit"), QStringLiteral("properties.credit"), {}, {}}};
        return m;
    }

    static QJsonObject source(const QString &id, const QString &email, const QString &first, const QString &phone, double credit)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email},
                                                                      {QStringLiteral("firstname"), first},
                                                                      {QStringLiteral("lastname"), QStringLiteral("Li")},
                                                                      {QStringLiteral("phone"), phone},
                                                                      {QStringLiteral("credit"), credit}}}};
    }

    static QJsonObject target(int id, const QString &email, const QString &name, const QString &phone, double credit)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("phone"), phone},
                           {QStringLiteral("credit"), credit},
                           {QStringLiteral("note"), QStringLiteral("kept")}};
    }

    static SyncProfile profile(const QList<ConflictDecision> &decisions = {})
    {
        SyncProfile p;
        p.name = QStringLiteral("ask");
        p.mapping = QStringLiteral("m");
        p.source = {QStringLiteral("CRM"), QStringLiteral("contacts"), {}, {}, {}};
        p.target = {QStringLiteral("ERP"), QStringLiteral("customers"), {}};
        p.mode = SyncMode::Upsert;
        p.conflictPolicy = ConflictPolicy::Ask;
        p.matchKey = {QStringLiteral("email"), QStringLiteral("LOWER(TRIM(properties.email))"), QStringLiteral("LOWER(TRIM(email))")};
        p.decisions = decisions;
        return p;
    }

    static ConflictDecision decide(const QString &key, const QString &field, ConflictWinner winner, const QString &targetValue,
                                   const QString &sourceValue)
    {
        ConflictDecision d;
        d.matchKey = key;
        d.field = field;
        d.winner = winner;
        d.targetValue = targetValue;
        d.sourceValue = sourceValue;
        d.decidedBy = QStringLiteral("test");
        return d;
    }

    /// "sourceKey action #targetId [field:before>after]... {field: reason}..."
    static QStringList describe(const SyncPlan &plan)
    {
        QStringList out;
        for (const PlanItem &item : plan.items) {
            QString line = item.sourceKey + QLatin1Char(' ') + toString(item.action);
            if (!item.targetId.isEmpty())
                line += QStringLiteral(" #") + item.targetId;
            for (const FieldChange &c : item.changes)
                line += QStringLiteral(" %1:%2>%3").arg(c.field, decisionValueText(c.before), decisionValueText(c.after));
            for (const PlanReason &r : item.reasons)
                line += QStringLiteral(" {%1: %2}").arg(r.field, r.message);
            out.append(line);
        }
        return out;
    }

    static SyncPlan plan(const SyncProfile &p, const QString &updateMethod = QStringLiteral("PATCH"))
    {
        Entity entity;
        entity.name = QStringLiteral("customers");
        entity.update = {updateMethod, QStringLiteral("/customers/{id}")};
        SyncPlanner planner(p, contactMapping(), entity);
        const Status prepared = planner.prepare();
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error().message()));
        // B: phone and credit differ; C: name and phone differ; D: same.
        planner.addTarget(target(11, QStringLiteral("bo@x.example"), QStringLiteral("Bo Li"), QStringLiteral("030 1234"), 10));
        planner.addTarget(target(12, QStringLiteral("cy@x.example"), QStringLiteral("Cyrus Li"), QStringLiteral("040 1"), 5));
        planner.addTarget(target(13, QStringLiteral("di@x.example"), QStringLiteral("Di Li"), QStringLiteral("1"), 1));
        planner.addSource(source(QStringLiteral("B"), QStringLiteral("bo@x.example"), QStringLiteral("Bo"), QStringLiteral("+1 555 0200"), 19.9),
                          QStringLiteral("B"));
        planner.addSource(source(QStringLiteral("C"), QStringLiteral("cy@x.example"), QStringLiteral("Cy"), QStringLiteral("+1 555 0300"), 5),
                          QStringLiteral("C"));
        planner.addSource(source(QStringLiteral("D"), QStringLiteral("di@x.example"), QStringLiteral("Di"), QStringLiteral("1"), 1),
                          QStringLiteral("D"));
        return planner.finish();
    }

    std::unique_ptr<Workspace> newWorkspace(const QString &name)
    {
        auto ws = Workspace::create(m_dir.file(name), {});
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message()));
        return std::move(ws).value();
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void planner_data()
    {
        QTest::addColumn<QList<ConflictDecision>>("decisions");
        QTest::addColumn<QString>("updateMethod");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QJsonObject>("payloadOfB");
        const QString d = QStringLiteral("D unchanged #13");
        const QString cOpen = QStringLiteral("C conflict #12 name:Cyrus Li>Cy Li phone:040 1>+1 555 0300 {: 2 field(s) differ; decide which side wins}");
        const auto S = ConflictWinner::Source;
        const auto T = ConflictWinner::Target;

        QTest::newRow("nothing decided")
            << QList<ConflictDecision>{} << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B conflict #11 credit:10>19.9 phone:030 1234>+1 555 0200 {: 2 field(s) differ; decide which side wins}"),
                           cOpen, d}
            << QJsonObject();
        // B: phone from the source, credit stays the target's → update of the phone only; the
        // PATCH sends the target's credit back unchanged, as target-wins does.
        QTest::newRow("all decided, mixed")
            << QList<ConflictDecision>{decide(QStringLiteral("bo@x.example"), QStringLiteral("phone"), S, QStringLiteral("030 1234"),
                                              QStringLiteral("+1 555 0200")),
                                       decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), T, QStringLiteral("10"),
                                              QStringLiteral("19.9"))}
            << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B update #11 phone:030 1234>+1 555 0200"), cOpen, d}
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("bo@x.example")},
                           {QStringLiteral("name"), QStringLiteral("Bo Li")},
                           {QStringLiteral("phone"), QStringLiteral("+1 555 0200")},
                           {QStringLiteral("credit"), 10}};
        // PUT replaces the record: what the target has (note kept) with the decided fields over it.
        QTest::newRow("all decided, PUT")
            << QList<ConflictDecision>{decide(QStringLiteral("bo@x.example"), QStringLiteral("phone"), T, QStringLiteral("030 1234"),
                                              QStringLiteral("+1 555 0200")),
                                       decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), S, QStringLiteral("10"),
                                              QStringLiteral("19.9"))}
            << QStringLiteral("PUT")
            << QStringList{QStringLiteral("B update #11 credit:10>19.9"), cOpen, d}
            << QJsonObject{{QStringLiteral("id"), 11},
                           {QStringLiteral("email"), QStringLiteral("bo@x.example")},
                           {QStringLiteral("name"), QStringLiteral("Bo Li")},
                           {QStringLiteral("phone"), QStringLiteral("030 1234")},
                           {QStringLiteral("credit"), 19.9},
                           {QStringLiteral("note"), QStringLiteral("kept")}};
        QTest::newRow("all decided for the target")
            << QList<ConflictDecision>{decide(QStringLiteral("bo@x.example"), QStringLiteral("phone"), T, QStringLiteral("030 1234"),
                                              QStringLiteral("+1 555 0200")),
                                       decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), T, QStringLiteral("10"),
                                              QStringLiteral("19.9"))}
            << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B unchanged #11 {: Decided field by field: the target keeps all 2 value(s)}"), cOpen, d}
            << QJsonObject();
        QTest::newRow("partly decided")
            << QList<ConflictDecision>{decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), S, QStringLiteral("10"),
                                              QStringLiteral("19.9"))}
            << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B conflict #11 credit:10>19.9 phone:030 1234>+1 555 0200 {: 1 of 2 differing fields decided; "
                                          "still to decide: phone}"),
                           cOpen, d}
            << QJsonObject();
        // The target's phone changed since the decision: stale, so B is a conflict again.
        QTest::newRow("stale")
            << QList<ConflictDecision>{decide(QStringLiteral("bo@x.example"), QStringLiteral("phone"), S, QStringLiteral("030 9999"),
                                              QStringLiteral("+1 555 0200")),
                                       decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), S, QStringLiteral("10"),
                                              QStringLiteral("19.90"))}
            << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B conflict #11 credit:10>19.9 phone:030 1234>+1 555 0200 {phone: Decided for the source when the "
                                          "target had '030 9999' and the source '+1 555 0200'; now they are '030 1234' and '+1 555 "
                                          "0200' — decide again}"),
                           cOpen, d}
            << QJsonObject();
        // Decisions on another record, or on a field that no longer differs, change nothing here.
        QTest::newRow("other keys")
            << QList<ConflictDecision>{decide(QStringLiteral("zz@x.example"), QStringLiteral("phone"), S, QStringLiteral("1"),
                                              QStringLiteral("2")),
                                       decide(QStringLiteral("di@x.example"), QStringLiteral("phone"), S, QStringLiteral("0"),
                                              QStringLiteral("1"))}
            << QStringLiteral("PATCH")
            << QStringList{QStringLiteral("B conflict #11 credit:10>19.9 phone:030 1234>+1 555 0200 {: 2 field(s) differ; decide which side wins}"),
                           cOpen, d}
            << QJsonObject();
    }

    void planner()
    {
        QFETCH(QList<ConflictDecision>, decisions);
        QFETCH(QString, updateMethod);
        QFETCH(QStringList, expected);
        QFETCH(QJsonObject, payloadOfB);
        const SyncPlan result = plan(profile(decisions), updateMethod);
        QCOMPARE(describe(result), expected);
        if (!payloadOfB.isEmpty())
            QCOMPARE(result.items.first().payload, payloadOfB);
        qint64 conflicts = 0;
        for (const PlanItem &item : result.items)
            conflicts += item.action == PlanAction::Conflict;
        QCOMPARE(result.counts[PlanAction::Conflict], conflicts);
    }

    void storeKeepsOneDecisionPerField()
    {
        auto ws = newWorkspace(QStringLiteral("store.crmbridge"));
        SyncProfileStore profiles(*ws);
        auto saved = profiles.save(profile());
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message()));
        ConflictDecisionStore store(*ws);
        const ConflictDecision phone = decide(QStringLiteral("bo@x.example"), QStringLiteral("phone"), ConflictWinner::Source,
                                              QStringLiteral("030 1234"), QStringLiteral("+1 555 0200"));
        ConflictDecision credit = decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), ConflictWinner::Source,
                                         QStringLiteral("10"), QStringLiteral("19.9"));
        QVERIFY(store.apply(saved->id, {phone, credit}).ok());
        credit.winner = ConflictWinner::Target; // decided again: replaces the first decision
        QVERIFY(store.apply(saved->id, {credit}).ok());
        auto listed = store.list(saved->id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).field, QStringLiteral("credit"));
        QCOMPARE(listed->at(0).winner, ConflictWinner::Target);
        QVERIFY(!listed->at(0).decidedAt.isEmpty());
        QCOMPARE(listed->at(1).field, QStringLiteral("phone"));
        QCOMPARE(listed->at(1).targetValue, QStringLiteral("030 1234"));

        // find() hands the profile over with its decisions, so a run applies them.
        auto found = profiles.find(QStringLiteral("ask"));
        QVERIFY(found.ok());
        QCOMPARE(found->decisions.size(), 2);
        QCOMPARE(describe(plan(found.value())).first(), QStringLiteral("B update #11 phone:030 1234>+1 555 0200"));

        QVERIFY(store.apply(saved->id, {}, {{QStringLiteral("bo@x.example"), QStringLiteral("phone")}}).ok());
        QCOMPARE(store.list(saved->id)->size(), 1);

        // Removing the profile removes its decisions (ON DELETE CASCADE).
        QVERIFY(profiles.remove(QStringLiteral("ask")).ok());
        QSqlQuery count(ws->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM conflict_decisions")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void csvIsReadWhole()
    {
        const SyncPlan planned = plan(profile());
        const QString path = m_dir.file(QStringLiteral("plan.csv"));
        QVERIFY(planned.writeCsv(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        QCOMPARE(lines.first().trimmed(), QByteArray("seq,row,source_key,match_key,action,target_id,field,before,after,reason,decision"));
        // Lines: header, B credit, B phone, B reason, C name, C phone, C reason, D.
        QVERIFY(lines.at(1).startsWith("1,1,B,bo@x.example,conflict,11,credit,10,19.9,,"));
        QVERIFY(lines.at(2).startsWith("1,1,B,bo@x.example,conflict,11,phone,030 1234,+1 555 0200,,"));
        lines[1] = lines.at(1).trimmed() + " Source \r";
        lines[2] = lines.at(2).trimmed() + "target\r";
        lines[4] = lines.at(4).trimmed() + "source\r";
        writeFile(path, lines.join('\n'));
        auto read = DecisionCsvReader::read(path, planned.items, QStringLiteral("ask"), QStringLiteral("tester (cli)"));
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->size(), 3);
        QCOMPARE(read->at(1).matchKey, QStringLiteral("bo@x.example"));
        QCOMPARE(read->at(1).field, QStringLiteral("phone"));
        QCOMPARE(read->at(1).winner, ConflictWinner::Target);
        QCOMPARE(read->at(1).targetValue, QStringLiteral("030 1234"));
        QCOMPARE(read->at(1).sourceValue, QStringLiteral("+1 555 0200"));
        QCOMPARE(read->at(0).winner, ConflictWinner::Source);
        QCOMPARE(read->at(2).field, QStringLiteral("name"));
        QCOMPARE(read->at(2).decidedBy, QStringLiteral("tester (cli)"));

        // Applied: B is an update of the credit only (the phone stays the target's).
        const SyncPlan decided = plan(profile(read.value()));
        QCOMPARE(describe(decided).first(), QStringLiteral("B update #11 credit:10>19.9"));
        QVERIFY(describe(decided).at(1).startsWith(QStringLiteral("C conflict #12 name:Cyrus Li>Cy Li phone:040 1>+1 555 0300 "
                                                                   "{: 1 of 2 differing fields decided; still to decide: phone}")));
    }

    void csvCarriesCurrentDecisions()
    {
        // B partly decided (credit, current) and C with a stale decision on its name: the file
        // shows the current one only.
        const SyncPlan planned = plan(profile({decide(QStringLiteral("bo@x.example"), QStringLiteral("credit"), ConflictWinner::Target,
                                                      QStringLiteral("10"), QStringLiteral("19.9")),
                                               decide(QStringLiteral("cy@x.example"), QStringLiteral("name"), ConflictWinner::Source,
                                                      QStringLiteral("Cy Old"), QStringLiteral("Cy Li"))}));
        const QString path = m_dir.file(QStringLiteral("current.csv"));
        QVERIFY(planned.writeCsv(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.at(1).trimmed(), QByteArray("1,1,B,bo@x.example,conflict,11,credit,10,19.9,,target"));
        QCOMPARE(lines.at(2).trimmed(), QByteArray("1,1,B,bo@x.example,conflict,11,phone,030 1234,+1 555 0200,,"));
        QVERIFY(lines.at(4).startsWith("2,2,C,cy@x.example,conflict,12,name,Cyrus Li,Cy Li,,"));
        QVERIFY(lines.at(4).trimmed().endsWith(",,"));
    }

    void badCsvLinesAreNamed()
    {
        const SyncPlan planned = plan(profile());
        const QString path = m_dir.file(QStringLiteral("bad.csv"));
        writeFile(path,
                  "seq,row,source_key,match_key,action,target_id,field,before,after,reason,decision\r\n"
                  "1,1,B,bo@x.example,conflict,11,phone,030 1234,+1 555 0200,,source\r\n"
                  "1,1,B,bo@x.example,conflict,11,fax,1,2,,target\r\n"
                  "1,1,B,bo@x.example,conflict,11,credit,10,19.9,,maybe\r\n"
                  "3,3,D,di@x.example,unchanged,13,,,,,source\r\n"
                  "9,9,Q,\"q@x.example\",conflict,19,phone,1,2,,target\r\n"
                  "1,1,B,bo@x.example,conflict,11,phone,030 1234,+1 555 0200,,target\r\n");
        auto read = DecisionCsvReader::read(path, planned.items, QStringLiteral("ask"), QStringLiteral("t"));
        QVERIFY(!read.ok());
        const QString message = read.error().message();
        QVERIFY2(message.contains(QStringLiteral("5 line(s) of the decisions file cannot be used; nothing was stored")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Line 3: 'fax' is not a differing field of 'bo@x.example' (its differing fields: credit, phone)")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Line 4: the decision is 'maybe'; write source or target")));
        QVERIFY(message.contains(QStringLiteral("Line 5: only conflict lines can be decided; this line is 'unchanged'")));
        QVERIFY(message.contains(QStringLiteral("Line 6: no record with the match key 'q@x.example' is in conflict in the latest plan of \"ask\"")));
        QVERIFY(message.contains(QStringLiteral("Line 7: phone of 'bo@x.example' is already decided on line 2")));

        writeFile(path, "seq,match_key,field\r\n1,a,b\r\n");
        read = DecisionCsvReader::read(path, planned.items, QStringLiteral("ask"), QStringLiteral("t"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message().contains(QStringLiteral("Line 1: the decisions file has no 'action' column")),
                 qPrintable(read.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestConflictDecisions)
#include "tst_conflictdecisions.moc"
