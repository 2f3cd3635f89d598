#include "core/formats/csvreader.h"
#include "core/formats/fileformat.h"
#include "core/formats/jsonlinesreader.h"
#include "core/mapping/value/valuejson.h"
#include "formatstest.h"

#include <QBuffer>
#include <QProcess>
#include <QtTest>

using namespace crmbridge;
using namespace crmbridge::formats;

/// Every reader over the fixtures in tests/fixtures/formats against golden renderings in
/// expected/, with tiny chunks and batches so that every record, quote and multi-byte character
/// straddles a chunk boundary and a batch boundary somewhere. Set CRMBRIDGE_UPDATE_GOLDEN=1 to
/// rewrite the golden files (then read the diff before committing it).
class TestReaders : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void dialectDetection_data();
    void dialectDetection();
    void csvReportsDialectAndHeader();
    void positionsCountBytesAndLines();
    void jsonValues_data();
    void jsonValues();
    void jsonLinesOfChangingShapes();
    void stopOnBadRecord();
    void recordSizeLimit();
    void waitsForASlowProcess();
    void unknownEncodingIsAUsageError();
    void xmlNeedsARecordPath();
};

void TestReaders::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("recordPath");
    auto add = [](const char *name, const char *file, const char *format, const char *encoding = "",
                  const char *fallback = "", bool header = true, const char *recordPath = "") {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(format)
                            << QString::fromUtf8(encoding) << QString::fromUtf8(fallback) << header
                            << QString::fromUtf8(recordPath);
    };
    add("csv semicolon", "semicolon.csv", "csv");
    add("csv tab", "tab.tsv", "csv");
    add("csv pipe", "pipe.csv", "csv");
    add("csv single quote", "single_quote.csv", "csv");
    add("csv quoted newlines", "quoted_newlines.csv", "csv");
    add("csv utf-8 bom", "bom.csv", "csv");
    add("csv gb18030 explicit", "gb18030.csv", "csv", "GB18030");
    add("csv gb18030 fallback", "gb18030.csv", "csv", "", "GB18030");
    add("csv windows-1252 fallback", "windows1252.csv", "csv");
    add("csv utf-16 bom", "utf16le.csv", "csv");
    add("csv short rows", "short_rows.csv", "csv");
    add("csv no header", "no_header.csv", "csv", "", "", false);
    add("csv unterminated quote", "unterminated.csv", "csv");
    add("csv too many fields", "too_many_fields.csv", "csv");
    add("csv text after quote", "after_quote.csv", "csv");
    add("csv invalid utf-8", "invalid_utf8.csv", "csv", "UTF-8");
    add("jsonl customers", "customers.jsonl", "jsonl");
    add("jsonl bad lines", "bad_line.jsonl", "jsonl");
    add("json nested array", "nested.json", "json");
    add("json unclosed", "unclosed.json", "json");
    add("json not an array", "not_array.json", "json");
    add("json record path", "response.json", "json", "", "", true, "data.items");
    add("json record path missing", "response.json", "json", "", "", true, "data.rows");
    add("json record path not an array", "response.json", "json", "", "", true, "paging");
    add("xml orders", "orders.xml", "xml", "", "", true, "Export/Orders/Order");
    add("xml wildcard", "orders.xml", "xml", "", "", true, "/*/Order");
    add("xml broken", "broken.xml", "xml", "", "", true, "Orders/Order");
}

void TestReaders::golden()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, fallback);
    QFETCH(bool, header);
    QFETCH(QString, recordPath);

    const QString goldenPath = test::formatsFixture(
        QStringLiteral("expected/")
        + QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
        + QStringLiteral(".txt"));
    QString expected;
    // Deferred: the reading thread only cuts records and a parser decodes them (the pipeline's
    // workers); everything read, rejected and reported must be the same.
    for (const bool deferred : { false, true })
    for (const qsizetype chunk : { qsizetype(1024 * 1024), qsizetype(1), qsizetype(3), qsizetype(7) }) {
        for (const qsizetype batchSize : { qsizetype(1000), qsizetype(1), qsizetype(2) }) {
            QFile input(test::formatsFixture(file));
            QVERIFY(input.open(QIODevice::ReadOnly));
            ReaderSettings settings;
            settings.reader.sourceName = file;
            settings.reader.chunkSize = chunk;
            settings.csv.hasHeader = header;
            settings.csv.encoding = encoding.toLatin1();
            if (!fallback.isEmpty())
                settings.csv.fallbackEncoding = fallback.toLatin1();
            settings.xmlRecordPath = recordPath;
            settings.jsonRecordPath = recordPath;
            auto reader = makeReader(*fileFormatFromName(format), &input, settings);
            QVERIFY(reader.ok());
            const QString rendered = test::renderAll(**reader, batchSize, deferred);
            if (expected.isNull()) {
                if (qEnvironmentVariableIsSet("CRMBRIDGE_UPDATE_GOLDEN"))
                    QVERIFY(test::writeFile(goldenPath, rendered.toUtf8()));
                QFile golden(goldenPath);
                QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
                expected = QString::fromUtf8(golden.readAll());
            }
            QCOMPARE(rendered, expected);
        }
    }
}

void TestReaders::dialectDetection_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("complete");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',' << '"' << true;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("a;b\n1,5;2,25\n3;4\n") << ';' << '"' << true;
    QTest::newRow("tab") << QByteArray("a\tb\n\"x, y\"\tz\n") << '\t' << '"' << true;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|' << '"' << false;
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("a;b\n\"1;2;3\";4\n\"5;6\";7\n") << ';' << '"' << true;
    QTest::newRow("quoted line breaks do not count")
        << QByteArray("a,b\n\"x\ny;z\",1\n2,3\n") << ',' << '"' << true;
    QTest::newRow("single quotes") << QByteArray("a,b\n'x, y',1\n'z',2\n") << ',' << '\'' << true;
    QTest::newRow("one column") << QByteArray("email\na@x.io\n") << ',' << '"' << true;
    QTest::newRow("apostrophe is not a quote")
        << QByteArray("city;n\n's-Hertogenbosch;1\n") << ';' << '"' << true;
    QTest::newRow("commas in a semicolon file's data")
        << QByteArray("name;amount\nSmith, John;1,5\nDoe, Jane, Jr;2,25\n") << ';' << '"' << true;
    QTest::newRow("cut last line ignored") << QByteArray("a|b\n1|2\n3|4|5|6,7,8,9") << '|' << '"' << false;
}

void TestReaders::dialectDetection()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, complete);
    const CsvDialect dialect = CsvDialect::detect(sample, complete);
    QCOMPARE(dialect.delimiter, delimiter);
    QCOMPARE(dialect.quote, quote);
}

void TestReaders::csvReportsDialectAndHeader()
{
    QFile input(test::formatsFixture(QStringLiteral("gb18030.csv")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    CsvOptions options;
    options.fallbackEncoding = "GB18030";
    CsvReader reader(&input, options);
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.dialect().encoding, QByteArray("GB18030"));
    QCOMPARE(reader.dialect().delimiter, ',');
    QCOMPARE(reader.header(),
             (QStringList { QStringLiteral("客户编号"), QStringLiteral("姓名"), QStringLiteral("城市") }));

    QFile bom(test::formatsFixture(QStringLiteral("bom.csv")));
    QVERIFY(bom.open(QIODevice::ReadOnly));
    CsvReader bomReader(&bom);
    QVERIFY(bomReader.open().ok());
    QVERIFY(bomReader.dialect().byteOrderMark);
    QCOMPARE(bomReader.header().first(), QStringLiteral("email")); // no U+FEFF glued to it
}

void TestReaders::positionsCountBytesAndLines()
{
    QByteArray text("id,note\n1,\"two\nlines\"\n2,é\n");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    RecordBatch batch;
    QVERIFY(reader.readBatch(batch, 10).ok());
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.positions()[0].line, 2);
    QCOMPARE(batch.positions()[0].byteOffset, 8);
    QCOMPARE(batch.positions()[1].record, 2);
    QCOMPARE(batch.positions()[1].line, 4);
    QCOMPARE(batch.positions()[1].byteOffset, text.indexOf("2,"));
    // The shape is shared, not one FieldIndex per record.
    QCOMPARE(batch.records()[0].fields(), batch.records()[1].fields());
    QCOMPARE(batch.records()[1].value(u"note").text(), QStringLiteral("é"));
    QVERIFY(reader.readBatch(batch, 10).ok());
    QVERIFY(batch.isEmpty());
}

void TestReaders::jsonValues_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected"); // the record as written back, or "error L:C"
    QTest::newRow("escapes") << QByteArray(R"({"a":"q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00"})")
                             << QByteArray(R"({"a":"q\"b\\s/n\nt\tué😀"})");
    QTest::newRow("numbers as written") << QByteArray(R"({"a":0,"b":-0.50,"c":1e3,"d":1.5E-2,"e":100})")
                                        << QByteArray(R"({"a":0,"b":-0.50,"c":1000,"d":0.015,"e":100})");
    QTest::newRow("too long for a decimal")
        << QByteArray(R"({"id":1234567890123456789012})") << QByteArray(R"({"id":"1234567890123456789012"})");
    QTest::newRow("repeated key keeps the last value")
        << QByteArray(R"({"a":1,"b":2,"a":3})") << QByteArray(R"({"a":3,"b":2})");
    QTest::newRow("nesting") << QByteArray(R"( { "o" : { "p" : [ { } , [ ] , null ] } } )")
                             << QByteArray(R"({"o":{"p":[{},[],null]}})");
    QTest::newRow("utf-8 key") << QByteArray(R"({"姓名":"王"})") << QByteArray(R"({"姓名":"王"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << QByteArray("error 1:8");
    QTest::newRow("bad literal") << QByteArray(R"({"a":tru})") << QByteArray("error 1:6");
    QTest::newRow("bad number") << QByteArray(R"({"a":-})") << QByteArray("error 1:7");
    QTest::newRow("unclosed string") << QByteArray(R"({"a":"x})") << QByteArray("error 1:6");
    QTest::newRow("bad escape") << QByteArray(R"({"é":"\x"})") << QByteArray("error 1:7");
    QTest::newRow("lone surrogate escape") << QByteArray(R"({"a":"\ud83d"})") << QByteArray("error 1:7");
    QTest::newRow("text after object") << QByteArray(R"({"a":1} 2)") << QByteArray("error 1:9");
    QTest::newRow("too deep") << QByteArray(R"({"a":)") + QByteArray(70, '[') + QByteArray(70, ']') + '}'
                              << QByteArray("error 1:70");
}

void TestReaders::jsonValues()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    QBuffer buffer(&line);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&buffer);
    RecordBatch batch;
    QVERIFY(reader.readBatch(batch, 10).ok());
    QByteArray actual;
    if (batch.size() == 1) {
        appendJsonObject(actual, batch.records()[0]);
    } else {
        QCOMPARE(batch.rejected.size(), std::size_t(1));
        const QString where = batch.rejected[0].error.where;
        actual = "error " + where.mid(where.lastIndexOf(QLatin1Char(' ')) + 1).toUtf8();
    }
    QCOMPARE(actual, expected);
}

void TestReaders::jsonLinesOfChangingShapes()
{
    // The parser compares each object's keys with the previous object's at the same depth and
    // builds a new shape only from the first key that differs: the same keys, more, fewer, other
    // order, escaped, Chinese, empty objects, nested objects and arrays of objects of varying
    // shapes must all read as a plain JSON parse reads them, deferred or not.
    const QByteArray lines[] = {
        R"({"id": 1, "name": "Ann", "tags": ["a"], "addr": {"city": "X", "zip": "1"}})",
        R"({"id": 2, "name": "Bo", "tags": [], "addr": {"city": "Y", "zip": "2"}})",
        R"({"id": 3, "name": "Cy", "tags": ["b"], "addr": {"city": "Z"}})",
        R"({"id": 4, "name": "Di", "tags": ["c"], "addr": {"city": "W", "zip": "4", "country": "DE"}})",
        R"({"name": "Ed", "id": 5})",
        R"({"id": 6})",
        R"({"id": 7, "name": "Fay", "extra": true})",
        R"({})",
        R"({})",
        R"({"id": 8, "na\u006de": "Gus", "姓名": "张伟"})",
        R"({"id": 9, "name": "Hal", "姓名": "李娜"})",
        R"({"id": 10, "name\"q": "quoted key", "姓名": "王芳"})",
        R"({"id": 11, "lines": [{"sku": "A", "qty": 1}, {"sku": "B"}, {"qty": 3, "sku": "C"}, {}]})",
        R"({"id": 12, "lines": [{"sku": "D", "qty": 1}, {"sku": "E", "qty": 2}]})",
        R"({"id": 1, "name": "Ann", "tags": ["a"], "addr": {"city": "X", "zip": "1"}})",
        R"({"id": 13, "i": 1, "idx": 2})",
        R"({"id": 14, "idx": 1, "i": 2})",
        R"({"i": 15})",
        R"({"id": 16, "name": "a long value that spans more than sixteen bytes, with \"escapes\" and ünïcödé"})",
    };
    QByteArray input;
    QByteArray expected;
    for (const QByteArray &line : lines) {
        input += line + '\n';
        mapping::JsonValueReader plain;
        const auto value = plain.parse(line);
        QVERIFY2(value.ok(), line.constData());
        formats::appendJsonObject(expected, value.value().object());
        expected += '\n';
    }
    for (const bool deferred : { false, true }) {
        for (const qsizetype batchSize : { qsizetype(1), qsizetype(3), qsizetype(100) }) {
            QBuffer buffer(&input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            JsonLinesReader reader(&buffer);
            QByteArray actual;
            const QString rendered = test::renderAll(reader, batchSize, deferred);
            for (const QString &row : rendered.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                actual += row.section(QLatin1Char(' '), 2).toUtf8() + '\n';
            QCOMPARE(actual, expected);
        }
    }
    // A repeated key keeps its first position and its last value.
    QByteArray repeated = R"({"a": 1, "b": 2})" "\n" R"({"a": 1, "b": 2, "a": 3})" "\n" R"({"a": 4, "b": 5})" "\n";
    QBuffer buffer(&repeated);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&buffer);
    QCOMPARE(test::renderAll(reader, 10, true),
             QStringLiteral("#1 1:1 {\"a\":1,\"b\":2}\n#2 2:1 {\"a\":3,\"b\":2}\n#3 3:1 {\"a\":4,\"b\":5}\n"));
}

void TestReaders::stopOnBadRecord()
{
    QFile input(test::formatsFixture(QStringLiteral("bad_line.jsonl")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    ReaderOptions options;
    options.sourceName = QStringLiteral("bad_line.jsonl");
    options.stopOnBadRecord = true;
    auto reader = makeReader(FileFormat::JsonLines, &input, { options, {}, {}, {} });
    QVERIFY(reader.ok());
    RecordBatch batch;
    QVERIFY((*reader)->readBatch(batch, 100).ok()); // the good record before the bad one
    QCOMPARE(batch.size(), 1);
    const Status status = (*reader)->readBatch(batch, 100);
    QVERIFY(!status.ok());
    QVERIFY(batch.isEmpty());
    QCOMPARE(status.error().kind, Error::Kind::Input);
    QCOMPARE(status.error().where, QStringLiteral("bad_line.jsonl, record 2, line 2:25"));
}

void TestReaders::recordSizeLimit()
{
    // An unclosed quote early in a large file must not make the reader hold the whole file.
    QByteArray text("id,note\n1,\"open");
    text += QByteArray(200'000, 'x');
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ReaderOptions options;
    options.sourceName = QStringLiteral("big.csv");
    options.maxRecordBytes = 10'000;
    options.chunkSize = 4096;
    CsvReader reader(&buffer, {}, options);
    RecordBatch batch;
    const Status status = reader.readBatch(batch, 10);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().what.contains(QStringLiteral("longer than")),
             qPrintable(status.error().message()));
    QCOMPARE(status.error().where, QStringLiteral("big.csv, byte 9"));
}

void TestReaders::waitsForASlowProcess()
{
    // A process (like a socket) answers read() with 0 while its output is on the way; that is
    // not the end of the input.
    QProcess process;
    process.start(
        QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("printf 'a,b\\n1,2\\n'; sleep 0.3; printf '3,4\\n'") });
    QVERIFY(process.waitForStarted());
    CsvReader reader(&process);
    RecordBatch batch;
    qsizetype records = 0;
    for (;;) {
        const Status status = reader.readBatch(batch, 10);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        if (batch.isEmpty())
            break;
        records += batch.size();
    }
    QCOMPARE(records, 2);
    QCOMPARE(reader.header(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    process.waitForFinished(); // false when it has already finished, which is fine
    QCOMPARE(process.exitCode(), 0);
}

void TestReaders::unknownEncodingIsAUsageError()
{
    QByteArray text("a,b\n1,2\n");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvOptions options;
    options.encoding = "no-such-encoding";
    CsvReader reader(&buffer, options);
    const Status status = reader.open();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, Error::Kind::Usage);
}

void TestReaders::xmlNeedsARecordPath()
{
    QByteArray text("<a/>");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(!makeReader(FileFormat::Xml, &buffer, {}).ok());
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
