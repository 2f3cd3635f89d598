// The formula language end to end: parser, compiler and every function, data-driven. Each row
// is a formula, a record (JSON) and the expected value as JSON, <missing>, <error: ...> or
// <compile: line:col: ...>.

#include "core/mapping/formula/compiler.h"
#include "core/mapping/valuemap.h"
#include "formulatesthelpers.h"

#include <QTest>

#include <thread>

using namespace crmbridge::mapping;

namespace {
const QByteArray kContact = R"({"id": 7, "properties": {"email": "  Ann.Lee@Example.COM ", "firstname": "ann",
    "lastname": "lee", "phone": "(415) 555-2671", "amount": "1,234.50", "city": "上海"},
    "lines": [{"sku": "A-1", "qty": 2, "price": 19.99}, {"sku": "B-2", "qty": 1, "price": 0.10},
              {"sku": "C-3", "qty": 3, "price": 0.20}],
    "tags": ["vip", null, "new"], "empty": "", "nothing": null, "first name": "Zoë", "姓名": "张伟",
    "active": "yes", "score": "150", "created": "2024-03-10"})";
} // namespace

class TestFormula : public QObject
{
    Q_OBJECT

    void table()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("expected");
    }
    void row(const char *name, const char *formula, const char *expected, const QByteArray &record = kContact)
    {
        QTest::newRow(name) << QString::fromUtf8(formula) << record << QString::fromUtf8(expected);
    }
    void check()
    {
        QFETCH(QString, formula);
        QFETCH(QByteArray, record);
        QFETCH(QString, expected);
        FixedClock clock(QDateTime(QDate(2024, 3, 10), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        EvalContext context(&clock);
        CompileEnvironment env;
        auto statuses = std::make_shared<ValueMap>(QStringLiteral("status_map"),
                                                   QList<ValueMap::Entry>{{QStringLiteral("Active"), QStringLiteral("A")},
                                                                          {QStringLiteral("On hold"), QStringLiteral("H")}},
                                                   true, true, QStringLiteral("?"));
        env.valueMaps.insert(statuses->name(), statuses);
        QCOMPARE(test::run(formula, record, context, env), expected);
    }

private slots:
    void paths_data()
    {
        table();
        row("top level", "id", "7");
        row("nested", "properties.firstname", "\"ann\"");
        row("index", "lines[1].sku", "\"B-2\"");
        row("index out of range", "lines[9].sku", "<missing>");
        row("every element", "lines[*].qty", "[2,1,3]");
        row("backticks", "`first name`", "\"Zoë\"");
        row("chinese name unquoted", "姓名", "\"张伟\"");
        row("chinese nested", "properties.city", "\"上海\"");
        row("missing field", "nope", "<missing>");
        row("missing below scalar", "id.x", "<missing>");
        row("null field", "nothing", "null");
        row("empty text", "empty", "\"\"");
        row("whole array", "tags", "[\"vip\",null,\"new\"]");
    }
    void paths() { check(); }

    void operators_data()
    {
        table();
        row("decimal sum", "0.1 + 0.2", "0.3");
        row("precedence", "2 + 3 * 4", "14");
        row("parentheses", "(2 + 3) * 4", "20");
        row("unary minus", "-id + 1", "-6");
        row("division", "10 / 4", "2.5");
        row("division by zero", "id / 0", "<error: division by zero>");
        row("text number", "score + 1", "151");
        row("not a number", "properties.city + 1", "<error: '上海' is not a number>");
        row("null propagates", "nothing + 1", "null");
        row("missing propagates", "nope * 2", "null");
        row("concat", "properties.firstname & \" \" & properties.lastname", "\"ann lee\"");
        row("concat null is empty", "\"a\" & nothing & nope & \"b\"", "\"ab\"");
        row("concat number keeps scale", "\"$\" & 10.50", "\"$10.50\"");
        row("equal numbers text", "score = 150", "true");
        row("equal case sensitive", "\"A\" = \"a\"", "false");
        row("not equal", "id <> 7", "false");
        row("bang equal", "id != 8", "true");
        row("less", "id < 10", "true");
        row("compare null is null", "nothing < 1", "null");
        row("null equals missing", "nothing = nope", "true");
        row("null is not empty", "nothing = \"\"", "false");
        row("and or", "id > 1 AND id < 10 OR FALSE", "true");
        row("not", "NOT id = 7", "false");
        row("keywords any case", "true and not false", "true");
        row("array times array", "lines[*].qty * lines[*].price", "[39.98,0.10,0.60]");
        row("array plus scalar", "lines[*].qty + 1", "[3,2,4]");
        row("date minus date", "DATE(2024,3,10) - DATE(2024,2,28)", "11");
        row("date plus days", "DATE(2024,2,28) + 2", "\"2024-03-01\"");
    }
    void operators() { check(); }

    void logic_data()
    {
        table();
        row("if true", "IF(id = 7, \"seven\", \"other\")", "\"seven\"");
        row("if without else", "IF(id = 8, \"eight\")", "null");
        row("if is lazy", "IF(TRUE, 1, ERROR(\"never\"))", "1");
        row("ifs", "IFS(id > 10, \"big\", id > 5, \"medium\", TRUE, \"small\")", "\"medium\"");
        row("ifs default", "IFS(id > 10, \"big\", \"fallback\")", "\"fallback\"");
        row("ifs none", "IFS(id > 10, \"big\")", "null");
        row("switch", "SWITCH(id, 1, \"one\", 7, \"seven\", \"many\")", "\"seven\"");
        row("switch default", "SWITCH(id, 1, \"one\", \"many\")", "\"many\"");
        row("coalesce skips blank", "COALESCE(nope, nothing, empty, \"x\")", "\"x\"");
        row("coalesce all blank", "COALESCE(nope, nothing)", "null");
        row("coalesce keeps last empty", "COALESCE(nothing, \"\")", "\"\"");
        row("and function", "AND(id = 7, score > 100)", "true");
        row("or function", "OR(id = 1, FALSE)", "false");
        row("not function", "NOT(id = 7)", "false");
        row("iferror", "IFERROR(VALUE(properties.city), 0)", "0");
        row("iferror passes", "IFERROR(id, 0)", "7");
        row("error", "ERROR(\"custom failure\")", "<error: custom failure>");
        row("isblank", "ISBLANK(empty) & ISBLANK(nothing) & ISBLANK(nope) & ISBLANK(id)", "\"truetruetruefalse\"");
        row("isnull vs ismissing", "ISNULL(nothing) & ISNULL(nope) & ISMISSING(nope)", "\"truefalsetrue\"");
        row("isnumber", "ISNUMBER(score) & ISNUMBER(properties.city)", "\"truefalse\"");
        row("type", "TYPE(lines)", "\"array\"");
    }
    void logic() { check(); }

    void text_data()
    {
        table();
        row("trim collapses", "TRIM(\"  a   b  \")", "\"a b\"");
        row("trim ideographic space", "TRIM(\"\u3000张 伟\u3000\")", "\"张 伟\"");
        row("trim null", "TRIM(nothing)", "null");
        row("upper", "UPPER(\"straße\")", "\"STRASSE\"");
        row("lower", "LOWER(\"ÀÉÎ\")", "\"àéî\"");
        row("proper", "PROPER(\"mary-jane o'neil\")", "\"Mary-Jane O'neil\"");
        row("proper chinese unchanged", "PROPER(\"张伟 wang\")", "\"张伟 Wang\"");
        row("len ascii", "LEN(\"hello\")", "5");
        row("len chinese", "LEN(\"北京市朝阳区\")", "6");
        row("len emoji is one", "LEN(\"a😀b\")", "3");
        row("len null", "LEN(nothing)", "0");
        row("left", "LEFT(\"张伟明\", 1)", "\"张\"");
        row("left default", "LEFT(\"abc\")", "\"a\"");
        row("right", "RIGHT(\"上海市浦东新区\", 2)", "\"新区\"");
        row("right emoji", "RIGHT(\"ok😀\", 1)", "\"😀\"");
        row("mid", "MID(\"北京市朝阳区\", 4, 2)", "\"朝阳\"");
        row("mid bad start", "MID(\"abc\", 0, 1)", "<compile: 1:1: MID: start must be a position from 1, got '0'>");
        row("replace", "REPLACE(\"2024-03-10\", 5, 1, \"/\")", "\"2024/03-10\"");
        row("substitute all", "SUBSTITUTE(\"a-b-c\", \"-\", \"\")", "\"abc\"");
        row("substitute instance", "SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 2)", "\"a-b+c\"");
        row("split", "SPLIT(\"a, b,c\", \",\")", "[\"a\",\"b\",\"c\"]");
        row("split chinese comma", "SPLIT(\"红，绿\", \"，\")", "[\"红\",\"绿\"]");
        row("join skips null", "JOIN(tags, \"|\")", "\"vip|new\"");
        row("concat arrays", "CONCAT(\"#\", id, \": \", lines[*].sku)", "\"#7: A-1B-2C-3\"");
        row("pad left zeros", "PAD(id, 6, \"0\")", "\"000007\"");
        row("pad right", "PAD(\"ab\", 4, \".\", \"RIGHT\")", "\"ab..\"");
        row("pad chinese", "PAD(\"张\", 3, \"*\")", "\"**张\"");
        row("pad no truncation", "PAD(\"abcdef\", 3)", "\"abcdef\"");
        row("contains", "CONTAINS(properties.city, \"海\")", "true");
        row("starts with", "STARTS_WITH(lines[0].sku, \"A-\")", "true");
        row("regex match", "REGEX_MATCH(properties.phone, \"^\\(\\d{3}\\)\")", "true");
        row("regex match unicode word", "REGEX_MATCH(姓名, \"^\\w+$\")", "true");
        row("regex extract group", "REGEX_EXTRACT(\"Order #A-1234\", \"#([A-Z]-\\d+)\")", "\"A-1234\"");
        row("regex extract none", "REGEX_EXTRACT(\"none\", \"\\d+\")", "null");
        row("regex replace", "REGEX_REPLACE(properties.phone, \"[^0-9]\", \"\")", "\"4155552671\"");
        row("regex replace group", "REGEX_REPLACE(\"Lee, Ann\", \"(\\w+), (\\w+)\", \"\\2 \\1\")", "\"Ann Lee\"");
        row("regex from field", "REGEX_MATCH(\"abc\", empty)", "true");
        // TRIM, UPPER and LOWER return text that needs no change as it is, and change texts
        // nothing else shares in place: both paths must give what simplified()/toUpper() give.
        const QByteArray spaced = R"({"s": "  Zoë \t Müller\u00a0", "nbsp": "a\u00a0b", "cn": "张  伟", "cn1": "张 伟",
            "blank": "   ", "plain": "anna", "padded": " anna ", "tab": "a\tb", "nl": "a\nb", "mixed": "MüLLer"})";
        row("trim ascii nothing to do", "TRIM(plain)", "\"anna\"", spaced);
        row("trim tabs and no-break space", "TRIM(s)", "\"Zoë Müller\"", spaced);
        row("trim no-break space inside", "TRIM(nbsp)", "\"a b\"", spaced);
        row("trim tab inside", "TRIM(tab)", "\"a b\"", spaced);
        row("trim line break inside", "TRIM(nl)", "\"a b\"", spaced);
        row("trim chinese double space", "TRIM(cn)", "\"张 伟\"", spaced);
        row("trim chinese nothing to do", "TRIM(cn1)", "\"张 伟\"", spaced);
        row("trim only spaces", "TRIM(blank)", "\"\"", spaced);
        row("trim number", "TRIM(7)", "\"7\"", spaced);
        row("upper ascii", "UPPER(plain)", "\"ANNA\"", spaced);
        row("upper non-ascii", "UPPER(mixed)", "\"MÜLLER\"", spaced);
        row("lower non-ascii", "LOWER(mixed)", "\"müller\"", spaced);
        row("upper chinese unchanged", "UPPER(cn1)", "\"张 伟\"", spaced);
        row("upper of trim", "UPPER(TRIM(padded))", "\"ANNA\"", spaced);
        row("field not changed by upper", "UPPER(plain) & \"|\" & plain", "\"ANNA|anna\"", spaced);
        row("field not changed by trim", "UPPER(TRIM(padded)) & \"|\" & padded & \"|\"", "\"ANNA| anna |\"", spaced);
        row("constant not changed", "LOWER(COALESCE(nope, \"ABC\")) & COALESCE(nope, \"ABC\")", "\"abcABC\"", spaced);
        row("upper elementwise", "UPPER(SPLIT(\"a,b\", \",\"))", "[\"A\",\"B\"]", spaced);
    }
    void text() { check(); }

    void phoneAnswersArePerRegion()
    {
        // PHONE/PHONE_VALID remember parsed numbers per thread (the preview maps the same samples
        // after every edit): the same text read in another region is another number.
        FormulaError error;
        const auto f = Formula::compile(QStringLiteral("PHONE(p, \"FR\", \"E164\") & \"|\" & PHONE(p, \"DE\", \"E164\") & \"|\" & "
                                                       "PHONE_VALID(p, \"FR\") & \"|\" & PHONE(q, \"FR\", \"E164\")"),
                                        &error);
        QVERIFY(f);
        EvalContext context;
        const Value r = test::record(R"({"p": "06 12 34 56 78", "q": "12"})");
        QString first;
        for (int i = 0; i < 3; ++i) {
            const QString answer = test::describe(f->evaluate(r.object(), context));
            if (i == 0)
                first = answer;
            QCOMPARE(answer, first);
        }
        QCOMPARE(first, QStringLiteral("<error: PHONE: '12' is not a phone number>"));
        QCOMPARE(test::run(QStringLiteral("PHONE(p, \"FR\", \"E164\") & \"|\" & PHONE(p, \"DE\", \"E164\")"),
                           R"({"p": "06 12 34 56 78"})", context),
                 QStringLiteral("\"+33612345678|+49612345678\""));
    }

    void caseAndTrimLeaveTheirInputsAlone()
    {
        // The functions take their argument's text out of the call's own copy: the record and the
        // program's constants must read the same on every later evaluation.
        FormulaError error;
        const auto f = Formula::compile(
            QStringLiteral("UPPER(TRIM(name)) & \"|\" & LOWER(COALESCE(nope, \"MiXed\")) & \"|\" & name"), &error);
        QVERIFY(f);
        EvalContext context;
        const Value r = test::record(R"({"name": " Zoë  Lee "})");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::describe(f->evaluate(r.object(), context)), QStringLiteral("\"ZOË LEE|mixed| Zoë  Lee \""));
        QCOMPARE(r.object().value(u"name").text(), QStringLiteral(" Zoë  Lee "));
    }

    void numbers_data()
    {
        table();
        row("value lenient", "VALUE(properties.amount)", "1234.50");
        row("value currency", "VALUE(\"¥ 1 200\")", "1200");
        row("value parentheses negative", "VALUE(\"($12.50)\")", "-12.50");
        row("value blank", "VALUE(empty)", "null");
        row("value bad", "VALUE(properties.city)", "<error: VALUE: '上海' is not a number>");
        row("to number strict", "TO_NUMBER(\"1,234\")", "<compile: 1:1: TO_NUMBER: '1,234' is not a number>");
        row("to number", "TO_NUMBER(score)", "150");
        row("round", "ROUND(2.345, 2)", "2.35");
        row("round pads", "ROUND(2.5, 2)", "2.50");
        row("round half even", "ROUND(2.345, 2, \"HALF_EVEN\")", "2.34");
        row("round negative digits", "ROUND(1250, -2)", "1300");
        row("abs", "ABS(-3.50)", "3.50");
        row("sum array", "SUM(lines[*].qty * lines[*].price)", "40.68");
        row("sum exact", "SUM(0.1, 0.2)", "0.3");
        row("sum skips null", "SUM(tags[1], 1)", "1");
        row("count", "COUNT(lines)", "3");
        row("count skips null", "COUNT(tags)", "2");
        row("count missing", "COUNT(nope)", "0");
        row("min", "MIN(lines[*].price)", "0.10");
        row("max", "MAX(lines[*].qty)", "3");
        row("average", "AVERAGE(1, 2)", "1.5");
    }
    void numbers() { check(); }

    void conversions_data()
    {
        table();
        row("to bool yes", "TO_BOOL(active)", "true");
        row("to bool chinese", "TO_BOOL(\"否\")", "false");
        row("to bool bad", "TO_BOOL(properties.city)", "<error: TO_BOOL: '上海' is not a yes/no value>");
        row("to text number", "TO_TEXT(10.50)", "\"10.50\"");
        row("to text date", "TO_TEXT(DATE(2024, 1, 2))", "\"2024-01-02\"");
        row("to text null", "TO_TEXT(nothing)", "null");
        row("lookup folds", "LOOKUP(status_map, \"  active \")", "\"A\"");
        row("lookup quoted name", "LOOKUP(\"status_map\", \"on  HOLD\")", "\"H\"");
        row("lookup map default", "LOOKUP(status_map, \"Gone\")", "\"?\"");
        row("lookup call default", "LOOKUP(status_map, \"Gone\", \"X\")", "\"X\"");
        row("lookup array", "LOOKUP(status_map, SPLIT(\"Active,On hold\"))", "[\"A\",\"H\"]");
    }
    void conversions() { check(); }

    void contact_data()
    {
        table();
        row("email normalize", "EMAIL_NORMALIZE(properties.email)", "\"ann.lee@example.com\"");
        row("email from display form", "EMAIL_NORMALIZE(\"Ann <ANN@X.COM>\")", "\"ann@x.com\"");
        row("email valid", "EMAIL_VALID(properties.email)", "true");
        row("email invalid", "EMAIL_VALID(\"ann@\")", "false");
        row("md5 mailchimp", "HASH(\"MD5\", LOWER(\"Urist.McVankab@freddiesjokes.com\"))", "\"62eeb292278cc15f5817cb78f7790b08\"");
        row("sha1", "HASH(\"SHA1\", \"abc\")", "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
        row("sha256", "HASH(\"sha256\", \"abc\")", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
        row("hash null", "HASH(\"MD5\", nothing)", "null");
        row("phone e164", "PHONE(properties.phone, \"US\")", "\"+14155552671\"");
        row("phone national", "PHONE(properties.phone, \"US\", \"NATIONAL\")", "\"(415) 555-2671\"");
        row("phone international", "PHONE(\"415.555.2671\", \"US\", \"INTERNATIONAL\")", "\"+1 415-555-2671\"");
        row("phone china", "PHONE(\"138 0013 8000\", \"CN\", \"E164\")", "\"+8613800138000\"");
        row("phone china national", "PHONE(\"+86 10 8888 6666\", \"CN\", \"NATIONAL\")", "\"010 8888 6666\"");
        row("phone with plus ignores region", "PHONE(\"+44 20 7946 0958\", \"US\")", "\"+442079460958\"");
        row("phone garbage", "PHONE(\"call me\", \"US\")", "<compile: 1:1: PHONE: 'call me' is not a phone number>");
        row("phone blank", "PHONE(empty, \"US\")", "null");
        row("phone valid", "PHONE_VALID(\"(415) 555-2671\", \"US\")", "true");
        row("phone invalid", "PHONE_VALID(\"123\", \"US\")", "false");
    }
    void contact() { check(); }

    void compileErrors_data()
    {
        table();
        row("unknown function", "TRIMM(id)", "<compile: 1:1: Unknown function TRIMM.>");
        row("arity", "LEFT(\"a\", 1, 2)", "<compile: 1:1: LEFT takes 1 to 2 arguments, not 3.>");
        row("unclosed paren", "UPPER(\"a\"", "<compile: 1:10: ',' or ')' expected in the arguments of UPPER.>");
        row("unclosed string", "\"abc", "<compile: 1:1: This text has no closing quote.>");
        row("trailing text", "id id", "<compile: 1:4: Unexpected text after the end of the formula.>");
        row("second line", "IF(id = 7,\n  \"a\",\n  FOO())", "<compile: 3:3: Unknown function FOO.>");
        row("after chinese", "\"张伟\" & BAR()", "<compile: 1:8: Unknown function BAR.>");
        row("bad regex", "REGEX_MATCH(id, \"(\")", "<compile: 1:17: REGEX_MATCH: invalid regular expression: missing closing parenthesis>");
        row("bad zone", "TZ_CONVERT(NOW(), \"Mars/Base\")", "<compile: 1:19: TZ_CONVERT: unknown time zone 'Mars/Base'>");
        row("bad region", "PHONE(id, \"XX\")", "<compile: 1:11: PHONE: unknown region 'XX'>");
        row("bad hash", "HASH(\"CRC\", id)", "<compile: 1:6: HASH: unknown hash 'CRC'>");
        row("unknown value map", "LOOKUP(\"colors\", id)", "<compile: 1:8: LOOKUP: there is no value map named 'colors'>");
        row("empty", "   ", "<compile: 1:1: The formula is empty.>");
        row("full width paren", "UPPER（id）", "<compile: 1:6: Full-width punctuation '（' is not part of the formula language.>");
        row("variable outside validation", "$value", "<compile: 1:1: Unknown variable $value.>");
        row("constant error", "1 / 0", "<compile: 1:3: division by zero>");
    }
    void compileErrors() { check(); }

    void caretPointsAtTheToken()
    {
        FormulaError error;
        QVERIFY(!Formula::compile(QStringLiteral("IF(amount > 10,\n   \"大\", smal(1))"), &error));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 9);
        // The Chinese character takes two terminal cells, so the caret moves two.
        QCOMPARE(error.caret(), QStringLiteral("   \"大\", smal(1))\n         ^~~~"));
        const auto e = error.toError(QStringLiteral("properties.size"));
        QCOMPARE(e.where, QStringLiteral("rule properties.size, 2:9"));
        QVERIFY(e.hint.contains(QStringLiteral("^~~~")));
    }

    void unknownFieldSuggestsNearest()
    {
        CompileEnvironment env;
        env.sourceFields = {QStringLiteral("properties.email"), QStringLiteral("properties.firstname"),
                            QStringLiteral("lines[].qty"), QStringLiteral("id")};
        FormulaError error;
        QVERIFY(!Formula::compile(QStringLiteral("LOWER(properties.emial)"), env, &error));
        QCOMPARE(error.message, QStringLiteral("Unknown field 'properties.emial'."));
        QCOMPARE(error.hint, QStringLiteral("Did you mean 'properties.email'?"));
        QCOMPARE(error.column, 7);
        QCOMPARE(error.length, 16);

        QVERIFY(!Formula::compile(QStringLiteral("email"), env, &error));
        QCOMPARE(error.hint, QStringLiteral("Did you mean 'properties.email'?"));
        QVERIFY(!Formula::compile(QStringLiteral("UPPER(Firstname)"), env, &error));
        QCOMPARE(error.hint, QStringLiteral("Did you mean 'properties.firstname'?"));

        // Known paths, parents and indexed elements are fine.
        QVERIFY(Formula::compile(QStringLiteral("SUM(lines[*].qty) + lines[0].qty + COUNT(properties)"), env, &error));
        FormulaError fnError;
        QVERIFY(!Formula::compile(QStringLiteral("UPPR(id)"), env, &fnError));
        QCOMPARE(fnError.hint, QStringLiteral("Did you mean UPPER?"));
    }

    void referencedFieldsAreListed()
    {
        FormulaError error;
        const auto f = Formula::compile(QStringLiteral("IF(ISBLANK(a.b), c, lines[*].qty)"), &error);
        QVERIFY(f);
        QCOMPARE(f->referencedFields(), (QStringList{QStringLiteral("a.b"), QStringLiteral("c"), QStringLiteral("lines[*].qty")}));
    }

    void compiledOnceEvaluatedOnManyShapes()
    {
        // The same program over records of different shapes: slot caches must follow the shape.
        FormulaError error;
        const auto f = Formula::compile(QStringLiteral("name & \"/\" & info.city"), &error);
        QVERIFY(f);
        EvalContext context;
        const Value a = test::record(R"({"name": "A", "info": {"city": "X"}})");
        const Value b = test::record(R"({"info": {"zip": 1, "city": "Y"}, "name": "B"})");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(test::describe(f->evaluate(a.object(), context)), QStringLiteral("\"A/X\""));
            QCOMPARE(test::describe(f->evaluate(b.object(), context)), QStringLiteral("\"B/Y\""));
        }
    }

    void oneContextServesSeveralFormulas()
    {
        FormulaError error;
        const auto first = Formula::compile(QStringLiteral("a"), &error);
        const auto second = Formula::compile(QStringLiteral("b"), &error);
        QVERIFY(first && second);
        EvalContext context;
        const Value r = test::record(R"({"a": 1, "b": 2})");
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(test::describe(first->evaluate(r.object(), context)), QStringLiteral("1"));
            QCOMPARE(test::describe(second->evaluate(r.object(), context)), QStringLiteral("2"));
        }
    }

    void evaluatesFromManyThreads()
    {
        FormulaError error;
        const auto f = Formula::compile(QStringLiteral("SUM(lines[*].qty * lines[*].price) & \"|\" & UPPER(properties.city)"), &error);
        QVERIFY(f);
        const Value record = test::record(kContact);
        QList<QString> results(4);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                EvalContext context;
                QString last;
                for (int i = 0; i < 2000; ++i)
                    last = test::describe(f->evaluate(record.object(), context));
                results[t] = last;
            });
        }
        for (auto &thread : threads)
            thread.join();
        for (const QString &r : results)
            QCOMPARE(r, QStringLiteral("\"40.68|上海\""));
    }
};

QTEST_GUILESS_MAIN(TestFormula)
#include "tst_formula.moc"
