// crmbridge-cli map run as a real process over the fixtures in tests/fixtures/cli-map: every input
// and output format, standard input and output, the errors CSV and exit 1, a mapping that does not
// compile (exit 2 with line:column), a missing input, byte-identical output on 1 and 4 threads, and
// SIGINT (exit 3, a clean prefix of the output). No timed assertions.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace crmbridge;

namespace {

QString fixture(const QString &name)
{
    return test::fixturesDir() + QStringLiteral("/cli-map/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList mapArgs(const QString &mapping, const QStringList &more)
{
    return QStringList { QStringLiteral("map"), QStringLiteral("--mapping"), mapping } + more;
}

/// `rows` customer rows as CSV; every 97th has a bad e-mail, every 1000th one field too many.
QByteArray generatedCsv(int rows)
{
    QByteArray csv = "id,first_name,last_name,email,country,created_at,revenue\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + ",  First" + n + " ,Last" + n + ","
            + (i % 97 == 0 ? QByteArray(QByteArray("broken-") + n)
                           : QByteArray(QByteArray("User") + n + "@Example.com"))
            + "," + (i % 3 == 0 ? "de" : "FR") + ",2020-0" + QByteArray::number(i % 9 + 1) + "-1"
            + QByteArray::number(i % 10) + "T10:00:00Z," + QByteArray::number(i % 1000) + "."
            + QByteArray::number(i % 90 + 10) + (i % 1000 == 0 ? ",extra" : "") + "\n";
    }
    return csv;
}

} // namespace

class TestCliMap : public QObject
{
    Q_OBJECT

private slots:
    void csvToJsonlWithInvalidRows()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.jsonl"));
        const QString errors = home.file(QStringLiteral("errors.csv"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                 { QStringLiteral("--input"), fixture(QStringLiteral("customers.csv")),
                                   QStringLiteral("--output"), output, QStringLiteral("--errors"), errors }),
                         home.path());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(readFile(output), readFile(fixture(QStringLiteral("csv-to-jsonl.expected.jsonl"))));
        QCOMPARE(readFile(errors), readFile(fixture(QStringLiteral("csv-to-jsonl.errors.csv"))));
        // The errors file says which record, which field and why.
        const QByteArray expectedErrors = readFile(errors);
        QVERIFY(expectedErrors.startsWith("record,line,column,field,reason,source_key\r\n"));
        QVERIFY(expectedErrors.contains("4,5,1,email,'not-an-email' is not a valid e-mail address,4"));
        QVERIFY2(r.err.contains(QStringLiteral("2 records invalid")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 valid, 2 invalid")), qPrintable(r.out));
    }

    void jsonlToCsv()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.csv"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                 { QStringLiteral("--input"), fixture(QStringLiteral("customers.jsonl")),
                                   QStringLiteral("--output"), output, QStringLiteral("--json") }),
                         home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(output), readFile(fixture(QStringLiteral("jsonl-to-csv.expected.csv"))));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("records")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("valid")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("invalid")).toInt(), 0);
        QVERIFY(summary.contains(QStringLiteral("seconds")));
        QVERIFY(summary.contains(QStringLiteral("recordsPerSecond")));
        QVERIFY(summary.value(QStringLiteral("errorsFile")).isNull());
    }

    void jsonArrayInputAndExplicitFormats_data()
    {
        QTest::addColumn<QStringList>("formatArgs");
        QTest::newRow("from the extension") << QStringList {};
        QTest::newRow("named") << QStringList { QStringLiteral("--input-format"), QStringLiteral("json"),
                                                QStringLiteral("--output-format"), QStringLiteral("jsonl") };
    }

    void jsonArrayInputAndExplicitFormats()
    {
        QFETCH(QStringList, formatArgs);
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.txt"));
        QStringList args = { QStringLiteral("--input"), fixture(QStringLiteral("customers.json")),
                             QStringLiteral("--output"),
                             formatArgs.isEmpty() ? home.file(QStringLiteral("out.jsonl")) : output };
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")), args + formatArgs), home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(formatArgs.isEmpty() ? home.file(QStringLiteral("out.jsonl")) : output),
                 readFile(fixture(QStringLiteral("json-to-jsonl.expected.jsonl"))));
    }

    void jsonArrayOutput()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.json"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                 { QStringLiteral("--input"), fixture(QStringLiteral("customers.jsonl")),
                                   QStringLiteral("--output"), output }),
                         home.path());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readFile(output), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.array().size(), 4);
        QCOMPARE(document.array().at(0).toObject().value(QStringLiteral("country")).toString(),
                 QStringLiteral("Germany"));
    }

    void standardInputToStandardOutput()
    {
        test::TempDir home;
        QProcess process;
        process.setStandardInputFile(fixture(QStringLiteral("customers.jsonl")));
        process.start(
            test::cliPath(),
            mapArgs(fixture(QStringLiteral("mapping.json")),
                    { QStringLiteral("--input"), QStringLiteral("-"), QStringLiteral("--input-format"),
                      QStringLiteral("jsonl"), QStringLiteral("--output"), QStringLiteral("-"),
                      QStringLiteral("--output-format"), QStringLiteral("csv"), QStringLiteral("--json") }));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        // The records alone on stdout; the summary moves to stderr.
        QCOMPARE(process.readAllStandardOutput(),
                 readFile(fixture(QStringLiteral("jsonl-to-csv.expected.csv"))));
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardError()).object();
        QCOMPARE(summary.value(QStringLiteral("valid")).toInt(), 4);
    }

    void standardInputNeedsAFormat()
    {
        test::TempDir home;
        const auto r = test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")), {}), home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--input-format")), qPrintable(r.err));
    }

    void malformedLineGoesToTheErrorsFile()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.jsonl"));
        const QString errors = home.file(QStringLiteral("errors.csv"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                 { QStringLiteral("--input"), fixture(QStringLiteral("malformed.jsonl")),
                                   QStringLiteral("--output"), output, QStringLiteral("--errors"), errors }),
                         home.path());
        QCOMPARE(r.exitCode, 1);
        // The run went on past the broken line: records 1 and 4 are mapped, in order.
        const QList<QByteArray> lines = readFile(output).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("{\"customer_id\":30,"));
        QVERIFY(lines.at(1).startsWith("{\"customer_id\":33,"));
        const QList<QByteArray> rows = readFile(errors).trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).startsWith("2,2,1,,") && rows.at(1).contains("line 2:"), rows.at(1).constData());
        QVERIFY2(rows.at(2).startsWith("3,3,1,email,is required,32"), rows.at(2).constData());
    }

    void brokenMappingListsEveryProblem()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.jsonl"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("broken-mapping.json")),
                                 { QStringLiteral("--input"), fixture(QStringLiteral("customers.csv")),
                                   QStringLiteral("--output"), output }),
                         home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("2 problems")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rule name, 1:26: Unknown function UPPPER")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rule email, 1:18:")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(output)); // nothing was done
    }

    void mappingThatIsNotJsonNamesLineAndColumn()
    {
        test::TempDir home;
        const QString mapping = home.file(QStringLiteral("bad.json"));
        QVERIFY(test::writeFile(
            mapping,
            "{\"format_version\": 1, \"rules\": [\n  {\"target\": \"a\", \"formula\": \"1\"},\n"
            "  {\"target\": \"b\" \"formula\": \"2\"}\n]}\n"));
        const auto r = test::runCli(
            mapArgs(mapping, { QStringLiteral("--input"), fixture(QStringLiteral("customers.csv")) }),
            home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mapping + QStringLiteral(", line 3:")), qPrintable(r.err));
    }

    void missingInputIsExit2NamingTheFile()
    {
        test::TempDir home;
        const QString input = home.file(QStringLiteral("no-such-file.csv"));
        const QString output = home.file(QStringLiteral("out.jsonl"));
        const auto r =
            test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                 { QStringLiteral("--input"), input, QStringLiteral("--output"), output }),
                         home.path());
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(input), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(output));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no mapping") << QStringList { QStringLiteral("map") } << "--mapping";
        QTest::newRow("bad threads") << mapArgs(fixture(QStringLiteral("mapping.json")),
                                                { QStringLiteral("--input"),
                                                  fixture(QStringLiteral("customers.csv")),
                                                  QStringLiteral("--threads"), QStringLiteral("0") })
                                     << "--threads";
        QTest::newRow("bad format") << mapArgs(fixture(QStringLiteral("mapping.json")),
                                               { QStringLiteral("--input"),
                                                 fixture(QStringLiteral("customers.csv")),
                                                 QStringLiteral("--output-format"), QStringLiteral("xlsx") })
                                    << "--output-format";
        QTest::newRow("unknown extension")
            << mapArgs(fixture(QStringLiteral("mapping.json")),
                       { QStringLiteral("--input"), fixture(QStringLiteral("mapping.json")),
                         QStringLiteral("--output"), QStringLiteral("out.parquet") })
            << "out.parquet";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        test::TempDir home;
        const auto r = test::runCli(args, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void oneAndFourThreadsGiveTheSameBytes_data()
    {
        QTest::addColumn<QString>("outputName");
        QTest::newRow("jsonl") << QStringLiteral("out.jsonl");
        QTest::newRow("csv") << QStringLiteral("out.csv");
        QTest::newRow("json") << QStringLiteral("out.json");
    }

    void oneAndFourThreadsGiveTheSameBytes()
    {
        QFETCH(QString, outputName);
        test::TempDir home;
        const QString input = home.file(QStringLiteral("customers.csv"));
        QVERIFY(test::writeFile(input, generatedCsv(30000)));
        QByteArray outputs[2];
        QByteArray errors[2];
        const int threads[2] = { 1, 4 };
        for (int i = 0; i < 2; ++i) {
            const QString output = home.file(QString::number(threads[i]) + outputName);
            const QString errorsFile = home.file(QString::number(threads[i]) + QStringLiteral("-errors.csv"));
            const auto r =
                test::runCli(mapArgs(fixture(QStringLiteral("mapping.json")),
                                     { QStringLiteral("--input"), input, QStringLiteral("--output"), output,
                                       QStringLiteral("--errors"), errorsFile, QStringLiteral("--threads"),
                                       QString::number(threads[i]), QStringLiteral("--json") }),
                             home.path());
            QCOMPARE(r.exitCode, 1);
            const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(summary.value(QStringLiteral("records")).toInt(), 30000);
            QCOMPARE(summary.value(QStringLiteral("invalid")).toInt(),
                     30000 / 97 + 30000 / 1000 - 30000 / 97000);
            outputs[i] = readFile(output);
            errors[i] = readFile(errorsFile);
        }
        QVERIFY(!outputs[0].isEmpty());
        QVERIFY(outputs[0] == outputs[1]);
        QVERIFY(errors[0] == errors[1]);
        // In input order: the first records come first.
        QVERIFY2(outputs[0].contains("\"customer_id\":1,") || outputs[0].contains("\n1,First1 LAST1"),
                 outputs[0].left(200).constData());
        QVERIFY(errors[0].contains("\r\n97,98,1,email,'broken-97' is not a valid e-mail address,97\r\n"));
    }

    void interruptStopsCleanly()
    {
        test::TempDir home;
        const QString output = home.file(QStringLiteral("out.jsonl"));
        QProcess process;
        process.start(
            test::cliPath(),
            mapArgs(fixture(QStringLiteral("mapping.json")),
                    { QStringLiteral("--input-format"), QStringLiteral("csv"), QStringLiteral("--output"),
                      output, QStringLiteral("--threads"), QStringLiteral("2") }));
        QVERIFY(process.waitForStarted());
        // Standard input stays open: the command is mid-stream when the signal comes.
        const QByteArray csv = generatedCsv(20000);
        process.write(csv);
        QVERIFY(process.waitForBytesWritten(60000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(output).size() > 0, 60000);
        ::kill(pid_t(process.processId()), SIGINT);
        process.write(csv.mid(csv.indexOf('\n') + 1)); // wakes a reader waiting for input
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(process.readAllStandardError().contains("Interrupted after"), "no interruption message");
        // What was written is whole records, in order from the first.
        const QByteArray written = readFile(output);
        QVERIFY(written.endsWith('\n'));
        QVERIFY(written.startsWith("{\"customer_id\":1,"));
        for (const QByteArray &line : written.trimmed().split('\n'))
            QCOMPARE(QJsonDocument::fromJson(line).isObject(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "tst_cli_map.moc"
