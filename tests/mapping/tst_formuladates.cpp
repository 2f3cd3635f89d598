// Date and time semantics. Registered three times (UTC, America/Los_Angeles, Asia/Shanghai):
// no result may depend on the machine's TZ — a date-only value never shifts by a day.

#include "core/mapping/formula/dateformat.h"
#include "formulatesthelpers.h"

#include <QTest>

using namespace crmbridge::mapping;

class TestFormulaDates : public QObject
{
    Q_OBJECT

    void table()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("expected");
    }
    void row(const char *name, const char *formula, const char *expected, const QByteArray &record = "{}")
    {
        QTest::newRow(name) << QString::fromUtf8(formula) << record << QString::fromUtf8(expected);
    }

private slots:
    void initTestCase()
    {
        // Proves which zone this run is in, so the three registrations really differ.
        qInfo("TZ=%s, local offset now %d s", qgetenv("TZ").constData(), QDateTime::currentDateTime().offsetFromUtc());
    }

    void dates_data()
    {
        table();
        const QByteArray r = R"({"d": "2024-03-10", "us": "03/10/2024", "eu": "10.03.2024", "cn": "2024年3月10日",
                                "late": "2024-03-10T23:30:00Z", "early": "2024-03-10T00:30:00+08:00", "naive": "2024-03-10 02:30"})";
        row("iso date stays", "DATE_PARSE(d, \"ISO\")", "\"2024-03-10\"", r);
        row("us format", "DATE_PARSE(us, \"MM/dd/yyyy\")", "\"2024-03-10\"", r);
        row("eu format", "DATE_PARSE(eu, \"dd.MM.yyyy\")", "\"2024-03-10\"", r);
        row("chinese format", "DATE_PARSE(cn, \"yyyy年M月d日\")", "\"2024-03-10\"", r);
        row("date through zone conversion", "TZ_CONVERT(DATE_PARSE(d, \"ISO\"), \"Pacific/Kiritimati\")", "\"2024-03-10\"", r);
        row("date formatted with zone", "DATE_FORMAT(DATE_PARSE(us, \"MM/dd/yyyy\"), \"yyyy-MM-dd\", \"America/Los_Angeles\")", "\"2024-03-10\"", r);
        row("date text formatted", "DATE_FORMAT(d, \"dd MMM yyyy\")", "\"10 Mar 2024\"", r);
        row("weekday", "DATE_FORMAT(d, \"dddd\")", "\"Sunday\"", r);
        row("impossible date", "DATE_PARSE(\"2023-02-29\", \"yyyy-MM-dd\")", "<error: DATE_PARSE: '2023-02-29' does not match the date format yyyy-MM-dd>", r);
        row("leap day", "DATE_PARSE(\"2024-02-29\", \"yyyy-MM-dd\")", "\"2024-02-29\"", r);
        row("two digit year", "DATE_PARSE(\"01/02/69\", \"MM/dd/yy\")", "\"2069-01-02\"", r);
        row("date arithmetic", "DATE_PARSE(d, \"ISO\") + 1", "\"2024-03-11\"", r);
        row("date add months clamps", "DATE_ADD(DATE(2024, 1, 31), 1, \"months\")", "\"2024-02-29\"", r);
        row("year month day", "YEAR(d) & \"/\" & MONTH(d) & \"/\" & DAY(d)", "\"2024/3/10\"", r);
        row("date compare", "DATE_PARSE(us, \"MM/dd/yyyy\") = DATE_PARSE(eu, \"dd.MM.yyyy\")", "true", r);
        row("instant utc", "DATE_PARSE(late, \"ISO\")", "\"2024-03-10T23:30:00Z\"", r);
        row("instant keeps offset", "DATE_PARSE(early, \"ISO\")", "\"2024-03-10T00:30:00+08:00\"", r);
        row("same instant equal", "DATE_PARSE(early, \"ISO\") = DATE_PARSE(\"2024-03-09T16:30:00Z\", \"ISO\")", "true", r);
        row("to shanghai", "TZ_CONVERT(late, \"Asia/Shanghai\")", "\"2024-03-11T07:30:00+08:00\"", r);
        row("to los angeles", "TZ_CONVERT(late, \"America/Los_Angeles\")", "\"2024-03-10T16:30:00-07:00\"", r);
        row("day in shanghai", "DATE_FORMAT(late, \"yyyy-MM-dd\", \"Asia/Shanghai\")", "\"2024-03-11\"", r);
        row("day in los angeles", "DATE_FORMAT(late, \"yyyy-MM-dd\", \"America/Los_Angeles\")", "\"2024-03-10\"", r);
        row("fixed offset zone", "TZ_CONVERT(late, \"+05:30\")", "\"2024-03-11T05:00:00+05:30\"", r);
        row("naive in zone", "DATE_PARSE(naive, \"yyyy-MM-dd HH:mm\", \"Asia/Shanghai\")", "\"2024-03-10T02:30:00+08:00\"", r);
        row("naive defaults to utc", "DATE_PARSE(naive, \"yyyy-MM-dd HH:mm\")", "\"2024-03-10T02:30:00Z\"", r);
        row("dst gap moves forward", "DATE_FORMAT(DATE_PARSE(naive, \"yyyy-MM-dd HH:mm\", \"America/Los_Angeles\"), \"ISO\", \"UTC\")", "\"2024-03-10T10:30:00Z\"", r);
        row("12 hour clock", "DATE_FORMAT(DATE_PARSE(\"2024-03-10 12:05 AM\", \"yyyy-MM-dd hh:mm AP\"), \"HH:mm\")", "\"00:05\"", r);
        row("pm", "DATE_FORMAT(DATE_PARSE(\"3/1/2024 1:07 PM\", \"M/d/yyyy h:mm AP\"), \"HH:mm\")", "\"13:07\"", r);
        row("chinese am pm", "DATE_FORMAT(DATE_PARSE(\"2024-03-10 下午3:00\", \"yyyy-MM-dd APh:mm\"), \"HH:mm\")", "\"15:00\"", r);
        row("offset token", "DATE_FORMAT(DATE_PARSE(\"2024-03-10 08:00 +0800\", \"yyyy-MM-dd HH:mm Z\"), \"ISO\", \"UTC\")", "\"2024-03-10T00:00:00Z\"", r);
        row("millis", "DATE_FORMAT(DATE_PARSE(\"2024-03-10T01:02:03.45Z\", \"ISO\"), \"HH:mm:ss.zzz\")", "\"01:02:03.450\"", r);
        row("quoted literal", "DATE_FORMAT(d, \"'Day' d 'of' MMMM\")", "\"Day 10 of March\"", r);
        row("blank is null", "DATE_PARSE(\"\", \"ISO\")", "null", r);
        row("format does not fit", "DATE_PARSE(d, \"HH\")", "<error: DATE_PARSE: '2024-03-10' does not match the date format HH>", r);
        row("no year no time", "DATE_PARSE(d, \"dd.MM\")", "<compile: 1:15: DATE_PARSE: the date format 'dd.MM' has no year (yyyy) or time (HH:mm) to read>", r);
        row("not a date", "DATE_FORMAT(\"soon\", \"yyyy\")", "<error: DATE_FORMAT: 'soon' is not a date; read it with DATE_PARSE first>", r);
    }
    void dateFormatOfTextMatchesTheGeneralPath()
    {
        // DATE_FORMAT of ISO text formats the parsed fields directly when that gives the same
        // wall-clock time as going through the instant (an offset, no time, or a UTC mapping),
        // and takes the general path otherwise: every text, format and mapping zone must answer
        // exactly as DATE_FORMAT(DATE_PARSE(text, "ISO"), format).
        const char *const texts[] = {"2016-07-03T07:05:35Z", " 2016-07-03T07:05:35Z ", "2024-03-10T02:30:00",
                                     "2024-11-03T01:30:00", "2024-03-10T00:30:00+08:00", "2024-03-10T23:59:59.999-07:00",
                                     "2024-03-10", "2024-02-29", "2024-03-10 02:30", "1969-12-31T23:59:59Z",
                                     "0001-01-01T00:00:00Z"};
        const char *const formats[] = {"dd.MM.yyyy", "yyyy-MM-dd HH:mm:ss Z", "ISO", "yyyy年M月d日 h:mm ap",
                                       "dddd, MMMM d yy zzz", "'at' H:m:s"};
        for (const char *zoneName : {"UTC", "America/Los_Angeles", "Asia/Shanghai"}) {
            const QTimeZone zone = QTimeZone(QByteArray(zoneName));
            QVERIFY(zone.isValid());
            EvalContext context(nullptr, zone);
            for (const char *text : texts) {
                const QByteArray record = QByteArray(R"({"t": ")") + text + "\"}";
                // Several formats in one formula: each call keeps its own compiled format.
                QString direct;
                QString general;
                for (const char *format : formats) {
                    const QString f = QString::fromUtf8(format);
                    direct += test::run(QStringLiteral("DATE_FORMAT(t, \"%1\")").arg(f), record, context) + QLatin1Char('|');
                    general += test::run(QStringLiteral("DATE_FORMAT(DATE_PARSE(t, \"ISO\"), \"%1\")").arg(f), record, context)
                        + QLatin1Char('|');
                }
                QCOMPARE(direct, general);
                const QString both = test::run(QStringLiteral("DATE_FORMAT(t, \"dd.MM.yyyy\") & \"/\" & DATE_FORMAT(t, \"yyyy-MM-dd\")"),
                                               record, context);
                QCOMPARE(both, QStringLiteral("\"%1/%2\"").arg(test::run(QStringLiteral("DATE_FORMAT(t, \"dd.MM.yyyy\")"), record, context).mid(1).chopped(1),
                                                             test::run(QStringLiteral("DATE_FORMAT(t, \"yyyy-MM-dd\")"), record, context).mid(1).chopped(1)));
            }
        }
        // Known answers, so the comparison above cannot pass by both paths being wrong.
        EvalContext utc;
        EvalContext losAngeles(nullptr, QTimeZone("America/Los_Angeles"));
        QCOMPARE(test::run(QStringLiteral("DATE_FORMAT(t, \"dd.MM.yyyy\")"), R"({"t": "2016-07-03T07:05:35Z"})", utc),
                 QStringLiteral("\"03.07.2016\""));
        QCOMPARE(test::run(QStringLiteral("DATE_FORMAT(t, \"HH:mm Z\")"), R"({"t": "2024-03-10T00:30:00+08:00"})", utc),
                 QStringLiteral("\"00:30 +08:00\""));
        QCOMPARE(test::run(QStringLiteral("DATE_FORMAT(t, \"HH:mm Z\")"), R"({"t": "2024-03-10T02:30:00"})", losAngeles),
                 QStringLiteral("\"03:30 -07:00\"")); // a time in the DST gap moves forward
        QCOMPARE(test::run(QStringLiteral("DATE_FORMAT(t, \"HH:mm Z\", \"Asia/Shanghai\")"), R"({"t": "2016-07-03T07:05:35Z"})", utc),
                 QStringLiteral("\"15:05 +08:00\""));
        QCOMPARE(test::run(QStringLiteral("DATE_FORMAT(t, \"yyyy\")"), R"({"t": "2024-02-30"})", utc),
                 QStringLiteral("<error: DATE_FORMAT: '2024-02-30' is not a date; read it with DATE_PARSE first>"));
    }

    void dates()
    {
        QFETCH(QString, formula);
        QFETCH(QByteArray, record);
        QFETCH(QString, expected);
        EvalContext context;
        QCOMPARE(test::run(formula, record, context), expected);
    }

    void todayAndNowUseTheInjectedClock_data()
    {
        table();
        row("today utc", "TODAY()", "\"2024-03-10\"");
        row("today shanghai", "TODAY(\"Asia/Shanghai\")", "\"2024-03-11\"");
        row("today los angeles", "TODAY(\"America/Los_Angeles\")", "\"2024-03-10\"");
        row("now", "NOW()", "\"2024-03-10T23:30:00Z\"");
        row("now in zone", "NOW(\"Asia/Shanghai\")", "\"2024-03-11T07:30:00+08:00\"");
        row("age in days", "TODAY() - DATE(2024, 1, 1)", "69");
    }
    void todayAndNowUseTheInjectedClock()
    {
        QFETCH(QString, formula);
        QFETCH(QByteArray, record);
        QFETCH(QString, expected);
        FixedClock clock(QDateTime(QDate(2024, 3, 10), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        EvalContext context(&clock);
        QCOMPARE(test::run(formula, record, context), expected);
    }

    void contextZoneIsTheDefault()
    {
        FixedClock clock(QDateTime(QDate(2024, 3, 10), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        EvalContext context(&clock, QTimeZone("Asia/Shanghai"));
        QCOMPARE(test::run(QStringLiteral("TODAY()"), "{}", context), QStringLiteral("\"2024-03-11\""));
        QCOMPARE(test::run(QStringLiteral("DATE_PARSE(\"2024-03-10 08:00\", \"yyyy-MM-dd HH:mm\")"), "{}", context),
                 QStringLiteral("\"2024-03-10T08:00:00+08:00\""));
        // Still no shift for a calendar date.
        QCOMPARE(test::run(QStringLiteral("DATE_PARSE(\"2024-03-10\", \"yyyy-MM-dd\")"), "{}", context),
                 QStringLiteral("\"2024-03-10\""));
        clock.set(QDateTime(QDate(2024, 3, 11), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(test::run(QStringLiteral("TODAY()"), "{}", context), QStringLiteral("\"2024-03-11\""));
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso date") << "ISO" << "1999-12-31";
        QTest::newRow("us") << "MM/dd/yyyy" << "12/31/1999";
        QTest::newRow("long") << "dddd, MMMM d, yyyy" << "Friday, December 31, 1999";
        QTest::newRow("time") << "yyyy-MM-dd HH:mm:ss" << "1999-12-31 23:59:59";
        QTest::newRow("chinese") << "yyyy年M月d日 HH:mm" << "1999年12月31日 23:59";
    }
    void formatRoundTrips()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QString error;
        const auto format = DateFormat::compile(pattern, &error);
        QVERIFY2(format, qPrintable(error));
        const auto parts = format->parse(text);
        QVERIFY(parts);
        QCOMPARE(format->format(*parts), text);
    }
};

QTEST_GUILESS_MAIN(TestFormulaDates)
#include "tst_formuladates.moc"
