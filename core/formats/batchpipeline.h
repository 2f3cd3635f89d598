#pragma once

#include "core/common/result.h"
#include "core/formats/recordreader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace crmbridge::formats {

/// One batch on its way through a BatchPipeline. Batches are recycled: every member keeps its
/// storage from one use to the next, so a transform should clear (not reallocate) what it fills.
struct PipelineBatch
{
    qint64 sequence = 0; ///< 0, 1, 2, ... in input order
    RecordBatch input; ///< filled by the reader
    std::vector<mapping::Object> output; ///< for the transform's records
    std::vector<RejectedRecord> invalid; ///< for the transform's rejected records
    QByteArray encoded; ///< for bytes a transform encodes (RecordWriter::encode) for the sink
    qint64 encodedRecords = 0;
};

struct PipelineOptions
{
    int threads = 2; ///< transform workers
    qsizetype batchSize = 2048; ///< records per batch
    /// Batches alive at once (being read, queued, transformed or waiting to be written); 0 means
    /// 2 × threads + 2. Memory is bounded by queueDepth × batchSize records, whatever the input.
    int queueDepth = 0;
    /// Let the reading thread only cut records and parse them on the workers, in parallel, when
    /// the reader can (RecordReader::setDeferredParsing). The transform sees the same records.
    bool parseOnWorkers = true;
};

struct PipelineStats
{
    qint64 batches = 0;
    qint64 records = 0; ///< read
    qint64 rejected = 0; ///< rejected by the reader (or its parser)
    int batchesAllocated = 0;
    int peakBatchesInFlight = 0;
};

/// Streams a RecordReader through a transform on N worker threads into a sink that sees the
/// batches in input order: read on one thread, transform in parallel, write in order. When the
/// reader can defer parsing, the reading thread only cuts records and each worker parses its
/// batch before transforming it, so decoding runs in parallel too and every value is allocated
/// and freed on the worker that uses it.
///
/// Guarantees: the sink runs on the thread that called run(), batch after batch in sequence
/// order, never concurrently; at most queueDepth batches exist at any time (the reader waits when
/// they are all in use), so memory does not grow with the input; locking is per batch, never per
/// record. The first error from the reader, a transform or the sink stops the run and is
/// returned; cancel() (from any thread) stops it with an Interrupted error. After an error or a
/// cancel the sink may have written a prefix of the batches, never a batch out of order.
///
/// How `map` uses it (one EvalContext and output vector per worker, encoding on the workers):
///     BatchPipeline pipeline({threads, 2048, 0});
///     Status s = pipeline.run(reader,
///         [&](PipelineBatch &b, int worker) {
///             b.output.resize(std::size_t(b.input.size())); // reused, shapes kept
///             ... map b.input.records()[i] into b.output[i], invalid ones into b.invalid ...
///             b.encoded.resize(0);
///             writer.encode(b.output, b.encoded);
///             b.encodedRecords = qint64(b.output.size());
///             return Status();
///         },
///         [&](PipelineBatch &b) {
///             for (const RejectedRecord &r : b.input.rejected) errors.write(r);
///             return writer.writeEncoded(b.encoded, b.encodedRecords);
///         });
class BatchPipeline
{
    Q_DECLARE_TR_FUNCTIONS(BatchPipeline)

public:
    /// Transforms one batch on worker `worker` (0 ≤ worker < threads): keep per-thread state
    /// (an EvalContext, a scratch buffer) in a vector indexed by it.
    using Transform = std::function<Status(PipelineBatch &batch, int worker)>;
    using Sink = std::function<Status(PipelineBatch &batch)>;

    explicit BatchPipeline(PipelineOptions options = {});
    ~BatchPipeline();

    /// Runs the whole input through; returns when every batch is written or on the first error.
    Status run(RecordReader &reader, const Transform &transform, const Sink &sink);
    /// Stops a run from any thread; a reader blocked on a slow device finishes its read first.
    /// A cancelled pipeline stays cancelled: a later run() returns Interrupted at once.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    /// Counters of the last run (read them after run() returns).
    PipelineStats stats() const { return m_stats; }

private:
    struct State;
    PipelineOptions m_options;
    PipelineStats m_stats;
    std::atomic<bool> m_cancelled { false };
    std::mutex m_stateMutex; ///< guards m_state against a run() ending during cancel()
    State *m_state = nullptr;
};

} // namespace crmbridge::formats
