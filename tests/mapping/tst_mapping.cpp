// Mappings as files and as engines: stable JSON, .sdl import, rules flagged against a changed
// schema, value maps from CSV, compile errors naming the rule, validation reasons, threads.

#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/value/valuejson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace crmbridge;
using namespace crmbridge::mapping;

namespace {
Mapping sampleMapping()
{
    Mapping m;
    m.name = QStringLiteral("Contacts to customers");
    m.sourceEntity = QStringLiteral("contacts");
    m.targetEntity = QStringLiteral("customers");
    m.sourceFields = {QStringLiteral("id"), QStringLiteral("properties.email"), QStringLiteral("properties.firstname"),
                      QStringLiteral("properties.status")};
    m.targetFields = {QStringLiteral("customer_no"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("status")};
    m.rules = {
        {QStringLiteral("customer_no"), QStringLiteral("PAD(id, 6, \"0\")"), {}, {}},
        {QStringLiteral("email"), QStringLiteral("EMAIL_NORMALIZE(properties.email)"),
         {{ValidationRule::Kind::Required, {}, {}, {}}, {ValidationRule::Kind::Email, {}, {}, {}}}, QStringLiteral("lower-cased")},
        {QStringLiteral("name"), QStringLiteral("PROPER(properties.firstname)"), {}, {}},
        {QStringLiteral("status"), QStringLiteral("LOOKUP(statuses, properties.status)"),
         {{ValidationRule::Kind::OneOf, {}, {QStringLiteral("A"), QStringLiteral("I")}, {}}}, {}},
    };
    m.valueMaps = {ValueMap(QStringLiteral("statuses"),
                            {{QStringLiteral("Active"), QStringLiteral("A")}, {QStringLiteral("Inactive"), QStringLiteral("I")}},
                            true, true, QStringLiteral("?"))};
    return m;
}

Value record(const QByteArray &json)
{
    JsonValueReader reader;
    return reader.parse(json).value();
}
} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTripIsStable()
    {
        const Mapping m = sampleMapping();
        const QByteArray first = MappingFile::toJson(m);
        auto loaded = MappingFile::fromJson(first);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message()));
        QCOMPARE(MappingFile::toJson(loaded.value()), first);
        QCOMPARE(loaded.value().rules, m.rules);
        QCOMPARE(loaded.value().valueMaps.front().entries(), m.valueMaps.front().entries());
        QVERIFY(first.contains("\"format_version\": 1"));

        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("m.json"));
        QVERIFY(MappingFile::save(m, path).ok());
        auto again = MappingFile::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value().name, m.name);
    }

    void unknownVersionIsRefused()
    {
        auto r = MappingFile::fromJson(R"({"format_version": 2, "rules": []})", QStringLiteral("future.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("format_version 2")));
        QCOMPARE(r.error().where, QStringLiteral("future.json"));
        QVERIFY(!MappingFile::fromJson("{not json", QStringLiteral("x.json")).ok());
        auto badRule = MappingFile::fromJson(R"({"format_version": 1, "rules": [{"target": "a"}]})");
        QVERIFY(!badRule.ok());
        QVERIFY(badRule.error().what.contains(QStringLiteral("Rule 1")));
    }

    void sdlImport()
    {
        const QByteArray sdl = "#Mapping values\n#Thu May 26 16:19:33 GMT 2011\n"
                               "Name=Name\n"
                               "First\\ Name=FirstName\n"
                               "\"Web\"=LeadSource\n"
                               "Owner.Name=Owner.Name\n"
                               "EMAIL=Email,PersonEmail\n"
                               "Unused=\n";
        auto m = MappingFile::fromSdl(sdl, QStringLiteral("leads.sdl"));
        QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().message()));
        QStringList lines;
        for (const MappingRule &r : m.value().rules)
            lines << r.target + QStringLiteral(" <- ") + r.formula;
        QCOMPARE(lines, (QStringList{QStringLiteral("Name <- Name"), QStringLiteral("FirstName <- `First Name`"),
                                     QStringLiteral("LeadSource <- \"Web\""), QStringLiteral("Owner.Name <- Owner.Name"),
                                     QStringLiteral("Email <- EMAIL"), QStringLiteral("PersonEmail <- EMAIL")}));
        QCOMPARE(m.value().sourceFields, (QStringList{QStringLiteral("Name"), QStringLiteral("First Name"),
                                                      QStringLiteral("Owner.Name"), QStringLiteral("EMAIL")}));
        // And they run.
        auto engine = MappingEngine::compile(m.value());
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().message()));
        auto ctx = engine.value()->newContext();
        const Value src = record(R"({"Name": "Acme", "First Name": "Ann", "EMAIL": "a@x.com", "Owner": {"Name": "Bo"}})");
        const MappingOutput out = engine.value()->apply(src.object(), *ctx);
        QCOMPARE(QString::fromUtf8(toJson(out.target)),
                 QStringLiteral(R"({"Name":"Acme","FirstName":"Ann","LeadSource":"Web","Owner":{"Name":"Bo"},"Email":"a@x.com","PersonEmail":"a@x.com"})"));

        auto bad = MappingFile::fromSdl("just a line\n", QStringLiteral("bad.sdl"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("bad.sdl, line 1"));
    }

    void rulesAreFlaggedWhenTheSchemaChanges()
    {
        const Mapping m = sampleMapping();
        QVERIFY(m.check().isEmpty());
        // The source renamed properties.email to properties.email_address and dropped firstname;
        // the target renamed status to state.
        const QStringList source = {QStringLiteral("id"), QStringLiteral("properties.email_address"), QStringLiteral("properties.status")};
        const QStringList target = {QStringLiteral("customer_no"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("state")};
        const QList<RuleIssue> issues = m.check(source, target);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).kind, RuleIssue::Kind::UnknownSourceField);
        QCOMPARE(issues.at(0).rule, 1);
        QCOMPARE(issues.at(0).field, QStringLiteral("properties.email"));
        QCOMPARE(issues.at(0).suggestions, QStringList{QStringLiteral("properties.email_address")});
        QCOMPARE(issues.at(1).field, QStringLiteral("properties.firstname"));
        QCOMPARE(issues.at(2).kind, RuleIssue::Kind::UnknownTargetField);
        QCOMPARE(issues.at(2).field, QStringLiteral("status"));
        QCOMPARE(issues.at(2).suggestions, QStringList{QStringLiteral("state")});
        QVERIFY(issues.at(0).message.contains(QStringLiteral("no longer has")));

        // Compiling strictly against the stored schema refuses the same rule, with the caret.
        Mapping changed = m;
        changed.sourceFields = source;
        auto engine = MappingEngine::compile(changed, MappingEngine::Options{true});
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().where, QStringLiteral("rule email, 1:17"));
        QVERIFY(engine.error().hint.contains(QStringLiteral("Did you mean 'properties.email_address'?")));
        QCOMPARE(MappingEngine::diagnose(changed, MappingEngine::Options{true}).size(), 2);
    }

    void compileErrorsNameTheRule()
    {
        Mapping m = sampleMapping();
        m.rules[2].formula = QStringLiteral("PROPER(properties.firstname");
        auto engine = MappingEngine::compile(m);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().where, QStringLiteral("rule name, 1:28"));
        QVERIFY(engine.error().hint.contains(QStringLiteral("PROPER(properties.firstname\n                           ^")));

        m = sampleMapping();
        m.rules.append({QStringLiteral("email"), QStringLiteral("\"x\""), {}, {}});
        QVERIFY(!MappingEngine::compile(m).ok());
        m = sampleMapping();
        m.rules[1].validations.append({ValidationRule::Kind::Regex, QStringLiteral("(["), {}, {}});
        auto badRegex = MappingEngine::compile(m);
        QVERIFY(!badRegex.ok());
        QCOMPARE(badRegex.error().where, QStringLiteral("rule email, validation regex"));
    }

    void invalidRecordsKeepEveryReason()
    {
        auto engine = MappingEngine::compile(sampleMapping());
        QVERIFY(engine.ok());
        auto ctx = engine.value()->newContext();
        const Value src = record(R"({"id": 5, "properties": {"email": "nope", "status": "Gone"}})");
        const MappingOutput out = engine.value()->apply(src.object(), *ctx);
        QVERIFY(!out.isValid());
        QCOMPARE(out.reasons.size(), 2);
        QCOMPARE(out.reasons.at(0), (InvalidReason{QStringLiteral("email"), QStringLiteral("'nope' is not a valid e-mail address")}));
        QCOMPARE(out.reasons.at(1), (InvalidReason{QStringLiteral("status"), QStringLiteral("'?' is not one of A, I")}));
        QCOMPARE(QString::fromUtf8(toJson(out.target)),
                 QStringLiteral(R"({"customer_no":"000005","email":"nope","name":null,"status":"?"})"));
    }

    void applyIntoAnObjectMatchesApply()
    {
        // The streaming apply() writes into a reused Object: flat and nested targets, arrays of
        // objects, invalid records and missing values must come out as apply()'s target does,
        // whatever the Object held before (another mapping's shape, the previous record).
        Mapping nested = sampleMapping();
        nested.rules.append({QStringLiteral("address.city"), QStringLiteral("UPPER(properties.city)"), {}, {}});
        nested.rules.append({QStringLiteral("lines[].sku"), QStringLiteral("lines[*].sku"), {}, {}});
        nested.rules.append({QStringLiteral("lines[].qty"), QStringLiteral("lines[*].qty * 2"), {}, {}});
        nested.rules.append({QStringLiteral("note"), QStringLiteral("nothing"), {}, {}});
        const QByteArray records[] = {
            R"({"id": 5, "properties": {"email": "A@B.example", "firstname": "zoë", "status": "active", "city": "上海"},
                "lines": [{"sku": "A", "qty": 1}, {"sku": "B", "qty": 2.5}]})",
            R"({"id": 6, "properties": {"email": "nope", "status": "Gone"}})",
            R"({"id": 7})",
        };
        for (const Mapping &m : {sampleMapping(), nested}) {
            auto engine = MappingEngine::compile(m);
            QVERIFY(engine.ok());
            auto ctx = engine.value()->newContext();
            Object target(std::make_shared<const FieldIndex>(QStringList{QStringLiteral("unrelated")}));
            QList<InvalidReason> reasons;
            for (int round = 0; round < 2; ++round) {
                for (const QByteArray &json : records) {
                    const Value src = record(json);
                    const MappingOutput out = engine.value()->apply(src.object(), *ctx);
                    engine.value()->apply(src.object(), *ctx, target, reasons);
                    QCOMPARE(reasons, out.reasons);
                    QCOMPARE(QString::fromUtf8(toJson(Value(std::make_shared<const Object>(target)))),
                             QString::fromUtf8(toJson(out.target)));
                }
            }
        }
    }

    void valueMapFromCsv()
    {
        auto map = ValueMap::fromCsv(QStringLiteral("status.csv"),
                                     "\xEF\xBB\xBFsource,target\r\nActive,A\r\n\"On hold, waiting\",H\r\n\"Say \"\"hi\"\"\",X\r\n\r\n活跃,A\n");
        QVERIFY2(map.ok(), qPrintable(map ? QString() : map.error().message()));
        QCOMPARE(map.value().entries().size(), 4);
        QCOMPARE(map.value().find(QStringLiteral("On hold, waiting")), std::optional<QString>(QStringLiteral("H")));
        QCOMPARE(map.value().find(QStringLiteral("Say \"hi\"")), std::optional<QString>(QStringLiteral("X")));
        QCOMPARE(map.value().find(QStringLiteral("活跃")), std::optional<QString>(QStringLiteral("A")));
        QVERIFY(!map.value().find(QStringLiteral("active")));
        ValueMap folded = map.value();
        folded.setFolding(true, true);
        QCOMPARE(folded.find(QStringLiteral("  ACTIVE ")), std::optional<QString>(QStringLiteral("A")));

        auto bad = ValueMap::fromCsv(QStringLiteral("bad.csv"), "a,b\nc,d,e\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("bad.csv, line 2"));
        ValueMap dupes(QStringLiteral("d"), {{QStringLiteral("A"), QStringLiteral("1")}, {QStringLiteral("a "), QStringLiteral("2")}}, true, true);
        QCOMPARE(dupes.conflictingKeys(), QStringList{QStringLiteral("a ")});
    }

    void oneEngineManyThreads()
    {
        auto engine = MappingEngine::compile(sampleMapping());
        QVERIFY(engine.ok());
        const Value a = record(R"({"id": 1, "properties": {"email": "A@X.COM", "firstname": "ann", "status": "active"}})");
        const Value b = record(R"({"properties": {"status": "Inactive", "email": "b@y.org"}, "id": 2})");
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                auto ctx = engine.value()->newContext();
                MappingOutput out;
                for (int i = 0; i < 2000; ++i) {
                    engine.value()->apply((i % 2 ? b : a).object(), *ctx, out);
                    const QByteArray json = toJson(out.target);
                    const QByteArray want = i % 2 ? R"({"customer_no":"000002","email":"b@y.org","name":null,"status":"I"})"
                                                  : R"({"customer_no":"000001","email":"a@x.com","name":"Ann","status":"A"})";
                    if (json != want || !out.isValid())
                        ++mismatches;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void jsonReaderKeepsDigitsAndReportsErrors()
    {
        JsonValueReader reader;
        auto v = reader.parse(R"({"a": 10.50, "b": [1, 2e2, -0.001], "c": "\u00e9\ud83d\ude00\n", "d": {"x": null}, "a": 1})");
        QVERIFY(v.ok());
        QCOMPARE(QString::fromUtf8(toJson(v.value())), QStringLiteral(R"({"a":1,"b":[1,200,-0.001],"c":"é😀\n","d":{"x":null}})"));
        // Records of the same shape share their field index.
        auto r1 = reader.parse(R"({"x": 1, "y": 2})");
        auto r2 = reader.parse(R"({"x": 3, "y": 4})");
        QCOMPARE(r1.value().object().fields().get(), r2.value().object().fields().get());
        auto bad = reader.parse(R"({"a": 1,})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("byte 9"));
        QVERIFY(!reader.parse("[1, 2").ok());
        QVERIFY(!reader.parse("123456789012345678901234567890").ok());
    }

    // The sync hands mapped records to QJsonObject code: the direct conversions give exactly what
    // writing the JSON text and parsing it again gives, both ways.
    void qtJsonConversionsMatchTheTextRoundTrip()
    {
        JsonValueReader reader;
        const QByteArray text = R"({"amount": 19.90, "count": 42, "big": 123456789012345678, "neg": -0.001, "exp": 2e2,
            "name": "Zoë 😀", "none": null, "yes": true, "list": [1, "two", {"three": 3.0}], "nested": {"a": {"b": "c"}},
            "empty": {}, "zero": 0})";
        auto value = reader.parse(text);
        QVERIFY(value.ok());
        const QJsonValue viaText = QJsonDocument::fromJson(toJson(value.value())).object();
        const QJsonValue direct = toQJsonValue(value.value());
        QCOMPARE(direct, viaText);
        QCOMPARE(direct.toObject().value(QStringLiteral("big")).toInteger(), 123456789012345678LL);
        QCOMPARE(QJsonDocument(direct.toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument(viaText.toObject()).toJson(QJsonDocument::Compact));
        // A date and a date-time are written as their ISO text.
        const Value date = Value(Date{2460000});
        QCOMPARE(toQJsonValue(date), QJsonDocument::fromJson("[" + toJson(date) + "]").array().first());
        // And back: Qt's JSON into values, as parsing the text does.
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(toJson(reader.fromQJson(parsed)), toJson(reader.parse(QJsonDocument(parsed).toJson(QJsonDocument::Compact)).value()));
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
