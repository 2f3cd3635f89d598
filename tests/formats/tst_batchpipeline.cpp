#include "core/formats/batchpipeline.h"
#include "core/formats/csvreader.h"
#include "core/formats/jsonlinesreader.h"
#include "core/formats/jsonwriter.h"
#include "formatstest.h"

#include <QBuffer>
#include <QtTest>

#include <atomic>
#include <random>
#include <thread>

using namespace crmbridge;
using namespace crmbridge::formats;
using mapping::Value;

namespace {

/// A QIODevice that generates `count` CSV rows on the fly, so a large input is streamed
/// without ever existing in memory (not even in the test).
class GeneratedCsv : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 count)
        : m_count(count)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next > m_count)
                    break;
                m_pending = m_next == 0 ? QByteArray("id,name,email,city,balance\n")
                                        : QByteArray::number(m_next) + ",Customer "
                        + QByteArray::number(m_next) + ",c" + QByteArray::number(m_next)
                        + "@example.com,\"Oslo, NO\"," + QByteArray::number(m_next % 1000) + ".25\n";
                ++m_next;
            }
            const qint64 n = qMin(maxSize - written, qint64(m_pending.size()));
            std::memcpy(data + written, m_pending.constData(), std::size_t(n));
            m_pending.remove(0, qsizetype(n));
            written += n;
        }
        m_produced += written;
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_count;
    qint64 m_next = 0;
    qint64 m_produced = 0;
    QByteArray m_pending;
};

QByteArray numberedLines(int count)
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += "{\"n\":" + QByteArray::number(i) + "}\n";
    return text;
}

} // namespace

/// The read → transform on N threads → write in order pipeline: order, errors, cancellation
/// and bounded memory. No timing assertions: the machine is shared.
class TestBatchPipeline : public QObject
{
    Q_OBJECT

private slots:
    void keepsInputOrder_data();
    void keepsInputOrder();
    void transformErrorStopsTheRun();
    void readerErrorStopsTheRun();
    void sinkErrorStopsTheRun();
    void cancelFromAnotherThread();
    void cancelledBeforeRun();
    void rejectedRecordsTravelWithTheirBatch();
    void constantMemoryOverALargeInput();
};

void TestBatchPipeline::keepsInputOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("1 thread") << 1 << 7;
    QTest::newRow("2 threads") << 2 << 5;
    QTest::newRow("4 threads, batch 1") << 4 << 1;
    QTest::newRow("8 threads, big batch") << 8 << 300;
}

void TestBatchPipeline::keepsInputOrder()
{
    QFETCH(int, threads);
    QFETCH(int, batchSize);
    QByteArray text = numberedLines(2000);
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    QByteArray output;
    QBuffer outputDevice(&output);
    QVERIFY(outputDevice.open(QIODevice::WriteOnly));
    JsonLinesWriter writer(&outputDevice);

    BatchPipeline pipeline({ threads, batchSize, 0 });
    std::atomic<int> sinkCalls = 0;
    std::thread::id sinkThread;
    const Status status = pipeline.run(
        reader,
        [&](PipelineBatch &batch, int worker) -> Status {
            if (worker < 0 || worker >= threads)
                return Error::internal(QStringLiteral("bad worker index"));
            // Uneven work, so batches finish out of order.
            std::mt19937 random(unsigned(batch.sequence));
            std::this_thread::sleep_for(std::chrono::microseconds(random() % 300));
            batch.encoded.resize(0);
            writer.encode(batch.input.records(), batch.encoded);
            batch.encodedRecords = batch.input.size();
            return {};
        },
        [&](PipelineBatch &batch) -> Status {
            sinkThread = std::this_thread::get_id();
            ++sinkCalls;
            return writer.writeEncoded(batch.encoded, batch.encodedRecords);
        });
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
    QVERIFY(writer.finish().ok());
    QCOMPARE(output, text);
    QCOMPARE(sinkThread, std::this_thread::get_id());
    QCOMPARE(pipeline.stats().records, 2000);
    QCOMPARE(pipeline.stats().batches, (2000 + batchSize - 1) / batchSize);
    QCOMPARE(sinkCalls.load(), int(pipeline.stats().batches));
    QVERIFY(pipeline.stats().batchesAllocated <= 2 * threads + 2);
}

void TestBatchPipeline::transformErrorStopsTheRun()
{
    QByteArray text = numberedLines(1000);
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    BatchPipeline pipeline({ 2, 10, 0 });
    qint64 lastWritten = -1;
    bool inOrder = true;
    const Status status = pipeline.run(
        reader,
        [](PipelineBatch &batch, int) -> Status {
            if (batch.sequence == 30)
                return Error::input(QStringLiteral("record is invalid"), QStringLiteral("batch 30"));
            return {};
        },
        [&](PipelineBatch &batch) -> Status {
            inOrder = inOrder && batch.sequence == lastWritten + 1;
            lastWritten = batch.sequence;
            return {};
        });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().what, QStringLiteral("record is invalid"));
    QVERIFY(inOrder);
    QVERIFY(lastWritten < 30); // never past the failed batch
}

void TestBatchPipeline::readerErrorStopsTheRun()
{
    QByteArray text("id,name\n1,a\n2,\"never closed\n");
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    CsvReader reader(&input, {}, { QStringLiteral("broken.csv"), false });
    BatchPipeline pipeline({ 2, 1, 0 });
    const Status status = pipeline.run(reader, {}, {});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().where, QStringLiteral("broken.csv, record 2, line 3:3"));
}

void TestBatchPipeline::sinkErrorStopsTheRun()
{
    QByteArray text = numberedLines(500);
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    BatchPipeline pipeline({ 2, 10, 0 });
    int sinkCalls = 0;
    const Status status = pipeline.run(reader, {}, [&](PipelineBatch &) -> Status {
        if (++sinkCalls == 3)
            return Error::io(QStringLiteral("disk full"));
        return {};
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, Error::Kind::Io);
    QCOMPARE(sinkCalls, 3);
}

void TestBatchPipeline::cancelFromAnotherThread()
{
    GeneratedCsv input(10'000'000); // far more than the test will ever read
    CsvReader reader(&input);
    BatchPipeline pipeline({ 2, 100, 0 });
    std::atomic<qint64> written = 0;
    const Status status = pipeline.run(reader, {}, [&](PipelineBatch &batch) -> Status {
        written += batch.input.size();
        if (written >= 5000) {
            std::thread([&] { pipeline.cancel(); }).join();
        }
        return {};
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, Error::Kind::Interrupted);
    QVERIFY(pipeline.isCancelled());
    QVERIFY(input.produced() < 100 * 1024 * 1024);
}

void TestBatchPipeline::cancelledBeforeRun()
{
    QByteArray text = numberedLines(10);
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    BatchPipeline pipeline;
    pipeline.cancel();
    const Status status = pipeline.run(reader, {}, {});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, Error::Kind::Interrupted);
}

void TestBatchPipeline::rejectedRecordsTravelWithTheirBatch()
{
    QFile input(test::formatsFixture(QStringLiteral("bad_line.jsonl")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&input);
    BatchPipeline pipeline({ 2, 2, 0 });
    QList<qint64> rejected;
    QList<qint64> read;
    const Status status = pipeline.run(reader, {}, [&](PipelineBatch &batch) -> Status {
        for (const RejectedRecord &r : batch.input.rejected)
            rejected << r.position.record;
        for (const RecordPosition &p : batch.input.positions())
            read << p.record;
        return {};
    });
    QVERIFY(status.ok());
    QCOMPARE(rejected, (QList<qint64> { 2, 3 }));
    QCOMPARE(read, (QList<qint64> { 1, 4 }));
    QCOMPARE(pipeline.stats().rejected, 2);
}

void TestBatchPipeline::constantMemoryOverALargeInput()
{
    // 200,000 records streamed through: the number of batches alive never passes the queue
    // depth, so memory is bounded by queueDepth × batchSize records whatever the input size.
    const qint64 count = 200'000;
    GeneratedCsv input(count);
    CsvReader reader(&input);
    JsonLinesWriter writer(nullptr);
    const PipelineOptions options { 2, 1000, 4 };
    BatchPipeline pipeline(options);
    qint64 seen = 0;
    qint64 checksum = 0;
    qsizetype largestEncoded = 0;
    const Status status = pipeline.run(
        reader,
        [&](PipelineBatch &batch, int) -> Status {
            batch.encoded.resize(0);
            writer.encode(batch.input.records(), batch.encoded);
            return {};
        },
        [&](PipelineBatch &batch) -> Status {
            seen += batch.input.size();
            checksum += batch.input.records()[0].value(u"id").text().toLongLong();
            largestEncoded = qMax(largestEncoded, batch.encoded.size());
            return {};
        });
    QVERIFY(status.ok());
    QCOMPARE(seen, count);
    QCOMPARE(pipeline.stats().records, count);
    // First ids of the batches: 1, 1001, 2001, ...
    QCOMPARE(checksum, (count / 1000) * 1 + 1000 * (count / 1000) * (count / 1000 - 1) / 2);
    QVERIFY(pipeline.stats().peakBatchesInFlight <= options.queueDepth);
    QVERIFY(pipeline.stats().batchesAllocated <= options.queueDepth);
    QVERIFY(largestEncoded < 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestBatchPipeline)
#include "tst_batchpipeline.moc"
