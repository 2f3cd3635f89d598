#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"
#include "core/formats/errorfilewriter.h"
#include "core/formats/jsonarrayreader.h"
#include "core/formats/jsonlinesreader.h"
#include "core/formats/jsonwriter.h"
#include "core/mapping/value/valuejson.h"
#include "formatstest.h"

#include <QBuffer>
#include <QtTest>

using namespace crmbridge;
using namespace crmbridge::formats;
using mapping::Decimal;
using mapping::Value;

namespace {

mapping::Object customer(mapping::FieldIndexPtr shape, int id, QString name, QString note)
{
    mapping::Object record(std::move(shape));
    record.at(0) = Value::fromInt(id);
    record.at(1) = Value(std::move(name));
    record.at(2) = Value(std::move(note));
    record.at(3) = Value(Decimal(-1050, 2));
    record.at(4) = Value(id % 2 == 0);
    record.at(5) = Value::array({ Value(QStringLiteral("a")), Value::null() });
    return record;
}

std::vector<mapping::Object> sampleRecords()
{
    auto shape = std::make_shared<const mapping::FieldIndex>(
        QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                      QStringLiteral("balance"), QStringLiteral("vip"), QStringLiteral("tags") });
    return { customer(shape, 1, QStringLiteral("Ann"), QStringLiteral("plain")),
             customer(shape, 2, QStringLiteral("Bo, \"B\""), QStringLiteral("two\r\nlines")),
             customer(shape, 3, QStringLiteral("王小明 😀"), QString()),
             customer(shape, 4, QStringLiteral("tab\there"), QStringLiteral("\\ back ") + QChar(1)) };
}

} // namespace

/// The writers: exact bytes for the tricky cells, the same JSON as mapping::writeJson, and round
/// trips through the readers.
class TestWriters : public QObject
{
    Q_OBJECT

private slots:
    void csvBytes();
    void csvColumnOrderAndMissingFields();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void jsonLinesMatchesWriteJson();
    void jsonTextAtEveryPositionMatchesWriteJson();
    void jsonManyShapesMatchWriteJson();
    void jsonLinesRoundTrip();
    void jsonArrayRoundTrip();
    void emptyOutputs();
    void encodeThenWriteEncodedEqualsWrite();
    void errorFile();
};

void TestWriters::csvBytes()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, {}, {});
    const auto records = sampleRecords();
    QVERIFY(writer.write(std::span<const mapping::Object>(records)).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(bytes,
             QByteArray("id,name,note,balance,vip,tags\r\n"
                        "1,Ann,plain,-10.50,false,\"[\"\"a\"\",null]\"\r\n"
                        "2,\"Bo, \"\"B\"\"\",\"two\r\nlines\",-10.50,true,\"[\"\"a\"\",null]\"\r\n"
                        "3,王小明 😀,,-10.50,false,\"[\"\"a\"\",null]\"\r\n"
                        "4,tab\there,\\ back \x01,-10.50,true,\"[\"\"a\"\",null]\"\r\n"));
}

void TestWriters::csvColumnOrderAndMissingFields()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriterOptions options;
    options.byteOrderMark = true;
    options.crlf = false;
    options.delimiter = ';';
    CsvWriter writer(&buffer, { QStringLiteral("name"), QStringLiteral("absent"), QStringLiteral("id") },
                     options);
    const auto records = sampleRecords();
    QVERIFY(writer.write(records[1]).ok());
    QVERIFY(
        writer.write(*mapping::makeObject({ { QStringLiteral("id"), Value(QStringLiteral("x;y")) } })).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFname;absent;id\n\"Bo, \"\"B\"\"\";;2\n;;\"x;y\"\n"));
}

void TestWriters::csvRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("comma crlf") << ',' << false << true;
    QTest::newRow("semicolon bom") << ';' << true << true;
    QTest::newRow("tab lf") << '\t' << false << false;
    QTest::newRow("pipe bom lf") << '|' << true << false;
}

void TestWriters::csvRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, {}, { delimiter, bom, crlf, true });
        const auto records = sampleRecords();
        QVERIFY(writer.write(std::span<const mapping::Object>(records)).ok());
        QVERIFY(writer.finish().ok());
    }
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ReaderOptions readerOptions;
    readerOptions.chunkSize = 5;
    CsvReader reader(&buffer, {}, readerOptions);
    RecordBatch batch;
    QVERIFY(reader.readBatch(batch, 100).ok());
    QCOMPARE(reader.dialect().delimiter, delimiter);
    QCOMPARE(reader.dialect().byteOrderMark, bom);
    const auto records = sampleRecords();
    QCOMPARE(batch.size(), qsizetype(records.size()));
    for (std::size_t i = 0; i < records.size(); ++i) {
        // CSV has only text: every cell comes back as the text the writer wrote.
        const mapping::Object &read = batch.records()[i];
        QCOMPARE(read.value(u"name").text(), records[i].value(u"name").text());
        QCOMPARE(read.value(u"note").text(), records[i].value(u"note").text());
        QCOMPARE(read.value(u"balance").text(), QStringLiteral("-10.50"));
        QCOMPARE(read.value(u"tags").text(), QStringLiteral("[\"a\",null]"));
    }
}

void TestWriters::jsonLinesMatchesWriteJson()
{
    const auto records = sampleRecords();
    QByteArray expected;
    for (const mapping::Object &record : records) {
        mapping::writeJson(Value(std::make_shared<const mapping::Object>(record)), expected);
        expected += '\n';
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonLinesWriter writer(&buffer);
    QVERIFY(writer.write(std::span<const mapping::Object>(records)).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(bytes, expected);
}

void TestWriters::jsonTextAtEveryPositionMatchesWriteJson()
{
    // Printable ASCII runs are encoded eight characters at a time; every other character one at a
    // time. Put each special character at every position of texts up to 20 long (so it falls
    // inside, at the edge of and after a block of eight) and compare with mapping::writeJson,
    // flat records and nested ones alike; and the CSV writer's UTF-8 with QString::toUtf8().
    const QString specials[] = {
        QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"), QString(QChar(1)), QString(QChar(0x1F)),
        QString(QChar(0x7F)), QString(QChar(0x80)), QStringLiteral("é"), QString(QChar(0x7FF)), QString(QChar(0x800)),
        QStringLiteral("张"), QString(QChar(0xFFFF)), QStringLiteral("😀"), QString(QChar(0xD800)), QString(QChar(0xDC00)),
        QStringLiteral("/"), QStringLiteral("~"), QStringLiteral(" ")};
    auto shape = std::make_shared<const mapping::FieldIndex>(QStringList{QStringLiteral("t"), QStringLiteral("名字 \"x\"")});
    auto outer = std::make_shared<const mapping::FieldIndex>(QStringList{QStringLiteral("inner"), QStringLiteral("n")});
    for (const QString &special : specials) {
        // An unpaired surrogate is written as U+FFFD (writeJson() writes '?' instead).
        const bool unpaired = special.front().isSurrogate() && special.size() == 1;
        const auto writeJsonAsEncoder = [unpaired](const Value &value) {
            QByteArray bytes;
            mapping::writeJson(value, bytes);
            if (unpaired)
                bytes.replace('?', "\xEF\xBF\xBD");
            return bytes;
        };
        for (int length = 0; length <= 20; ++length) {
            for (int at = 0; at <= length; ++at) {
                QString text;
                for (int i = 0; i < length; ++i)
                    text += QLatin1Char(char('a' + i % 26));
                text.insert(at, special);
                mapping::Object flat(shape);
                flat.at(0) = Value(text);
                flat.at(1) = Value(text + text);
                QByteArray expected = writeJsonAsEncoder(Value(std::make_shared<const mapping::Object>(flat)));
                QByteArray actual;
                appendJsonObject(actual, flat);
                QCOMPARE(actual, expected);

                mapping::Object nested(outer);
                nested.at(0) = Value(std::make_shared<const mapping::Object>(flat));
                nested.at(1) = Value::array({Value(text), Value(Decimal(-5, 1))});
                expected = writeJsonAsEncoder(Value(std::make_shared<const mapping::Object>(nested)));
                actual.clear();
                appendJsonObject(actual, nested);
                QCOMPARE(actual, expected);

                if (!unpaired) {
                    QByteArray utf8;
                    appendUtf8(utf8, text);
                    QCOMPARE(utf8, text.toUtf8());
                }
            }
        }
    }
}

void TestWriters::jsonManyShapesMatchWriteJson()
{
    // Field names are encoded once per shape and thread, in a small cache: more shapes than it
    // holds, nested in each other, must still come out with their own names.
    std::vector<mapping::FieldIndexPtr> shapes;
    for (int s = 0; s < 20; ++s)
        shapes.push_back(std::make_shared<const mapping::FieldIndex>(
            QStringList{QStringLiteral("a%1").arg(s), QStringLiteral("字段%1").arg(s), QStringLiteral("child")}));
    for (int round = 0; round < 3; ++round) {
        for (int s = 0; s < 20; ++s) {
            Value child;
            for (int depth = 0; depth < 12; ++depth) {
                const int which = (s + depth * 7) % 20;
                auto object = std::make_shared<mapping::Object>(shapes[std::size_t(which)]);
                object->at(0) = Value::fromInt(depth);
                object->at(1) = Value(QStringLiteral("值%1").arg(which));
                object->at(2) = child;
                child = Value(mapping::ObjectPtr(std::move(object)));
            }
            QByteArray expected;
            mapping::writeJson(child, expected);
            QByteArray actual;
            appendJsonObject(actual, child.object());
            QCOMPARE(actual, expected);
        }
    }
}

void TestWriters::jsonLinesRoundTrip()
{
    QFile input(test::formatsFixture(QStringLiteral("customers.jsonl")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    RecordBatch batch;
    QVERIFY(reader.readBatch(batch, 100).ok());
    QCOMPARE(batch.size(), 3);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonLinesWriter writer(&buffer);
    QVERIFY(writer.write(batch.records()).ok());
    QVERIFY(writer.finish().ok());
    // Exact digits and scale survive (1.50 stays 1.50); a number too long for a Decimal is text.
    QCOMPARE(bytes,
             QByteArray("{\"id\":1,\"name\":\"Ann\",\"balance\":19.99,\"vip\":true,\"tags\":[\"a\",\"b\"],"
                        "\"address\":{\"city\":\"Oslo\",\"zip\":\"0150\"}}\n"
                        "{\"id\":2,\"name\":\"Boé "
                        "\\\"B\\\"\",\"balance\":1.50,\"vip\":false,\"tags\":[],\"address\":null}\n"
                        "{\"id\":\"12345678901234567890123\",\"name\":\"Big\",\"balance\":-0.001}\n"));

    QBuffer back(&bytes);
    QVERIFY(back.open(QIODevice::ReadOnly));
    JsonLinesReader again(&back);
    RecordBatch second;
    QVERIFY(again.readBatch(second, 100).ok());
    QCOMPARE(second.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(Value(std::make_shared<const mapping::Object>(second.records()[std::size_t(i)]))
                == Value(std::make_shared<const mapping::Object>(batch.records()[std::size_t(i)])));
    QVERIFY(second.records()[1].value(u"balance").number().identical(Decimal(150, 2)));
}

void TestWriters::jsonArrayRoundTrip()
{
    const auto records = sampleRecords();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonArrayWriter writer(&buffer);
        QVERIFY(writer.write(std::span<const mapping::Object>(records).first(1)).ok());
        QVERIFY(writer.write(std::span<const mapping::Object>(records).subspan(1)).ok());
        QVERIFY(writer.finish().ok());
    }
    QVERIFY(bytes.startsWith("[\n{\"id\":1,"));
    QVERIFY(bytes.endsWith("}\n]\n"));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayReader reader(&buffer);
    RecordBatch batch;
    QVERIFY(reader.readBatch(batch, 100).ok());
    QCOMPARE(batch.size(), qsizetype(records.size()));
    for (std::size_t i = 0; i < records.size(); ++i)
        QVERIFY(Value(std::make_shared<const mapping::Object>(batch.records()[i]))
                == Value(std::make_shared<const mapping::Object>(records[i])));
}

void TestWriters::emptyOutputs()
{
    QByteArray json;
    QBuffer jsonBuffer(&json);
    QVERIFY(jsonBuffer.open(QIODevice::WriteOnly));
    JsonArrayWriter jsonWriter(&jsonBuffer);
    QVERIFY(jsonWriter.finish().ok());
    QCOMPARE(json, QByteArray("[\n]\n"));

    QByteArray csv;
    QBuffer csvBuffer(&csv);
    QVERIFY(csvBuffer.open(QIODevice::WriteOnly));
    CsvWriter csvWriter(&csvBuffer, { QStringLiteral("a"), QStringLiteral("b c") });
    QVERIFY(csvWriter.finish().ok());
    QCOMPARE(csv, QByteArray("a,b c\r\n"));
}

void TestWriters::encodeThenWriteEncodedEqualsWrite()
{
    const auto records = sampleRecords();
    const std::span<const mapping::Object> all(records);
    QByteArray direct;
    {
        QBuffer buffer(&direct);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonArrayWriter writer(&buffer);
        QVERIFY(writer.write(all.first(2)).ok());
        QVERIFY(writer.write(all.subspan(2)).ok());
        QVERIFY(writer.finish().ok());
    }
    QByteArray encoded;
    {
        QBuffer buffer(&encoded);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonArrayWriter writer(&buffer);
        QByteArray first;
        QByteArray second;
        writer.encode(all.first(2), first);
        writer.encode(all.subspan(2), second);
        QVERIFY(writer.writeEncoded(first, 2).ok());
        QVERIFY(writer.writeEncoded(QByteArrayView(), 0).ok()); // an empty batch adds nothing
        QVERIFY(writer.writeEncoded(second, 2).ok());
        QVERIFY(writer.finish().ok());
    }
    QCOMPARE(encoded, direct);
}

void TestWriters::errorFile()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ErrorFileWriter errors(&buffer, { QStringLiteral("source key") });
    const RejectedRecord rejected { { 7, 9, 3, 120 },
                                    Error::input(QStringLiteral("bad"),
                                                 QStringLiteral("x.csv, record 7, line 9:3"),
                                                 QStringLiteral("Fix it.")) };
    QVERIFY(errors.write(rejected).ok());
    QVERIFY(errors
                .write({ 8, 10, 1, 130 }, QStringLiteral("email"), QStringLiteral("not an email: \"x\""),
                       { QStringLiteral("C-8") })
                .ok());
    QVERIFY(errors.finish().ok());
    QCOMPARE(errors.count(), 2);
    QCOMPARE(bytes,
             QByteArray("record,line,column,field,reason,source key\r\n"
                        "7,9,3,,\"bad (x.csv, record 7, line 9:3). Fix it.\",\r\n"
                        "8,10,1,email,\"not an email: \"\"x\"\"\",C-8\r\n"));

    QByteArray empty;
    QBuffer emptyBuffer(&empty);
    QVERIFY(emptyBuffer.open(QIODevice::WriteOnly));
    ErrorFileWriter none(&emptyBuffer);
    QVERIFY(none.finish().ok());
    QCOMPARE(empty, QByteArray("record,line,column,field,reason\r\n"));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
