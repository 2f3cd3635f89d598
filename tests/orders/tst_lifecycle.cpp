#include "core/orders/lifecycle.h"
#include "core/orders/lifecyclestore.h"
#include "core/orders/orderaction.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::orders;

// The lifecycle as a value: the standard one, its checks, its file and its place in the workspace;
// guards and required fields over an order's data.
class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    static QStringList kinds(const QList<LifecycleIssue> &issues)
    {
        QStringList out;
        for (const LifecycleIssue &i : issues)
            out.append(i.kindName());
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void standardLifecycleIsValid()
    {
        const Lifecycle l = Lifecycle::standard();
        const QList<LifecycleIssue> issues = LifecycleValidator::validate(l);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        QCOMPARE(l.initialState(), QStringLiteral("created"));
        QStringList names;
        for (const LifecycleTransition &t : l.transitions)
            names.append(t.name);
        for (const char *name : {"process", "ship", "close", "cancel", "hold", "release"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(l.codeForState(Lifecycle::ErpStatusMap, QStringLiteral("processing")), std::optional<QString>(QStringLiteral("PROC")));
        QCOMPARE(l.stateForCode(Lifecycle::ErpStatusMap, QStringLiteral("HOLD")), std::optional<QString>(QStringLiteral("on_hold")));
        QCOMPARE(l.stateForCode(Lifecycle::CrmStageMap, QStringLiteral("closedwon")), std::optional<QString>(QStringLiteral("closed")));
        QVERIFY(!l.stateForCode(Lifecycle::ErpStatusMap, QStringLiteral("XYZ")));
        QStringList fromCreated;
        for (const LifecycleTransition &t : l.transitionsFrom(QStringLiteral("created")))
            fromCreated.append(t.name);
        QCOMPARE(fromCreated, QStringList({QStringLiteral("submit"), QStringLiteral("process"), QStringLiteral("cancel"), QStringLiteral("hold")}));
    }

    void validationFindsProblems()
    {
        Lifecycle l = Lifecycle::standard();
        l.states.append({QStringLiteral("archived"), QStringLiteral("Archived"), false, true}); // nothing leads there
        LifecycleTransition bad;
        bad.name = QStringLiteral("teleport");
        bad.from = {QStringLiteral("nowhere")};
        bad.to = QStringLiteral("closed");
        bad.guard = QStringLiteral("total >\n  UPPPER(x)");
        l.transitions.append(bad); // no action either
        LifecycleTransition dup = l.transitions.at(1);
        l.transitions.append(dup);
        const QList<LifecycleIssue> issues = LifecycleValidator::validate(l);
        const QStringList k = kinds(issues);
        QVERIFY(k.contains(QStringLiteral("unreachable_state")));
        QVERIFY(k.contains(QStringLiteral("unknown_state")));
        QVERIFY(k.contains(QStringLiteral("no_action")));
        QVERIFY(k.contains(QStringLiteral("duplicate_transition")));
        QVERIFY(LifecycleValidator::hasErrors(issues));
        // The guard error is pinned to its line and column, and names the function.
        bool sawGuard = false;
        for (const LifecycleIssue &i : issues) {
            if (i.kind == LifecycleIssue::Kind::GuardError) {
                sawGuard = true;
                QCOMPARE(i.transition, QStringLiteral("teleport"));
                QCOMPARE(i.line, 2);
                QCOMPARE(i.column, 3);
                QVERIFY2(i.message.contains(QStringLiteral("UPPPER")), qPrintable(i.message));
            }
            if (i.kind == LifecycleIssue::Kind::NoAction)
                QVERIFY(!i.isError()); // a warning
            if (i.kind == LifecycleIssue::Kind::UnreachableState)
                QCOMPARE(i.state, QStringLiteral("archived"));
        }
        QVERIFY(sawGuard);
    }

    void templateNamingAnUnknownValueMapIsAnError()
    {
        Lifecycle l = Lifecycle::standard();
        l.transitions[1].action.body = QJsonObject{{QStringLiteral("status"), QStringLiteral("=LOOKUP(erp_codes, step.to)")}};
        const QList<LifecycleIssue> issues = LifecycleValidator::validate(l);
        QVERIFY(kinds(issues).contains(QStringLiteral("unknown_value_map")));
    }

    void fileRoundTripIsStable()
    {
        const Lifecycle l = Lifecycle::standard();
        const QByteArray first = LifecycleFile::toJson(l);
        auto read = LifecycleFile::fromJson(first, QStringLiteral("standard.json"));
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(LifecycleFile::toJson(read.value()), first);
        QCOMPARE(read->transitions.size(), l.transitions.size());
        QCOMPARE(read->transition(QStringLiteral("process"))->action.path, QStringLiteral("/orders/{erp_id}"));
        QVERIFY(read->transition(QStringLiteral("process"))->action.ifMatch);
    }

    void fileErrorsNameThePlace()
    {
        auto broken = LifecycleFile::fromJson("{\n  \"format_version\": 1,\n  \"name\": \"x\",,\n}", QStringLiteral("l.json"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().where.startsWith(QStringLiteral("l.json:3:")), qPrintable(broken.error().where));
        auto version = LifecycleFile::fromJson(R"({"format_version": 9, "name": "x"})", QStringLiteral("l.json"));
        QVERIFY(!version.ok());
        QVERIFY(version.error().what.contains(QStringLiteral("9")));
        auto mode = LifecycleFile::fromJson(
            R"({"format_version": 1, "name": "x", "transitions": [{"name": "a", "from": ["s"], "to": "s", "mode": "later"}]})");
        QVERIFY(!mode.ok());
        QVERIFY(mode.error().what.contains(QStringLiteral("later")));
    }

    void storeKeepsTheLifecycleAndRefusesInvalidOnes()
    {
        test::TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        LifecycleStore store(*ws.value());
        QVERIFY(!store.hasSaved());
        QCOMPARE(store.load()->name, Lifecycle::standard().name); // the standard one until one is saved
        Lifecycle l = Lifecycle::standard();
        l.name = QStringLiteral("Ours");
        l.transitions[2].guard = QStringLiteral("COUNT(lines) > 1");
        QVERIFY(store.save(l).ok());
        QCOMPARE(store.load()->transition(QStringLiteral("ship"))->guard, QStringLiteral("COUNT(lines) > 1"));

        Lifecycle invalid = l;
        invalid.states.clear();
        const Status refused = store.save(invalid);
        QVERIFY(!refused.ok());
        QCOMPARE(store.load()->name, QStringLiteral("Ours")); // unchanged

        const QString file = dir.file(QStringLiteral("lifecycle.json"));
        QVERIFY(store.exportFile(file).ok());
        auto again = LifecycleStore(*ws.value()).importFile(file);
        QVERIFY(again.ok());
        QCOMPARE(LifecycleFile::toJson(again.value()), LifecycleFile::toJson(l));
    }

    void guardsAndRequiredFields_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("guardHolds");
        QTest::newRow("lines and a total") << QByteArray(R"({"total": "12.50", "lines": [{"sku": "A", "qty": "1"}]})") << true;
        QTest::newRow("zero total") << QByteArray(R"({"total": "0.00", "lines": [{"sku": "A", "qty": "1"}]})") << false;
        QTest::newRow("no lines") << QByteArray(R"({"total": "10", "lines": []})") << false;
        QTest::newRow("nothing") << QByteArray(R"({})") << false;
    }

    void guardsAndRequiredFields()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, guardHolds);
        const Lifecycle l = Lifecycle::standard();
        const QJsonObject record = QJsonDocument::fromJson(data).object();
        const auto why = OrderFormulas::guardFails(l, QStringLiteral("total > 0 AND COUNT(lines) > 0"), record);
        QCOMPARE(!why.has_value(), guardHolds);
        if (why)
            QVERIFY2(why->contains(QStringLiteral("total > 0")), qPrintable(*why));
        const QStringList missing = OrderFormulas::missingFields({QStringLiteral("lines"), QStringLiteral("total")}, record);
        QCOMPARE(missing.contains(QStringLiteral("lines")), !record.value(QStringLiteral("lines")).toArray().size());
    }

    void templatesFillFromTheOrder()
    {
        const Lifecycle l = Lifecycle::standard();
        Order o;
        o.id = 7;
        o.state = QStringLiteral("created");
        o.data = QJsonObject{{QStringLiteral("erp_id"), QStringLiteral("42")},
                             {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")}}}}};
        const QJsonObject record = OrderFormulas::record(o, QStringLiteral("process"), QStringLiteral("created"), QStringLiteral("processing"));
        auto body = OrderFormulas::fill(l, l.transition(QStringLiteral("process"))->action.body, record, QStringLiteral("test"));
        QVERIFY(body.ok());
        QCOMPARE(body->value(QStringLiteral("status")).toString(), QStringLiteral("PROC"));
        auto path = OrderFormulas::path(QStringLiteral("/orders/{erp_id}"), record, QStringLiteral("test"));
        QCOMPARE(path.value(), QStringLiteral("/orders/42"));
        auto missing = OrderFormulas::path(QStringLiteral("/orders/{erp_number}"), record, QStringLiteral("test"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().what.contains(QStringLiteral("erp_number")));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
