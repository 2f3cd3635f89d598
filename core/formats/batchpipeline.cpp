#include "core/formats/batchpipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace crmbridge::formats {

struct BatchPipeline::State
{
    std::mutex mutex;
    std::condition_variable freeChanged;
    std::condition_variable workChanged;
    std::condition_variable doneChanged;

    std::vector<std::unique_ptr<PipelineBatch>> storage;
    std::vector<PipelineBatch *> free;
    std::deque<PipelineBatch *> work;
    std::map<qint64, PipelineBatch *> done;
    int capacity = 0;
    int inFlight = 0;
    bool readerDone = false;
    qint64 totalBatches = -1;
    bool stop = false;
    std::optional<Error> error;

    // Keeps the first error; later ones are consequences of stopping.
    void fail(Error e)
    {
        if (!error)
            error = std::move(e);
        stop = true;
        freeChanged.notify_all();
        workChanged.notify_all();
        doneChanged.notify_all();
    }
};

namespace {

template<typename Fn> Status guarded(Fn &&fn)
{
    try {
        return fn();
    } catch (const std::exception &e) {
        return Error::internal(
            QStringLiteral("Unexpected exception in the pipeline: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

BatchPipeline::BatchPipeline(PipelineOptions options)
    : m_options(options)
{
    m_options.threads = qMax(1, m_options.threads);
    m_options.batchSize = qMax(qsizetype(1), m_options.batchSize);
    if (m_options.queueDepth <= 0)
        m_options.queueDepth = 2 * m_options.threads + 2;
}

BatchPipeline::~BatchPipeline() = default;

void BatchPipeline::cancel()
{
    m_cancelled.store(true);
    std::lock_guard guard(m_stateMutex);
    if (State *state = m_state) {
        std::lock_guard lock(state->mutex);
        Error error;
        error.kind = Error::Kind::Interrupted;
        error.what = tr("The run was cancelled");
        error.hint = tr("Run it again to process the remaining records.");
        state->fail(std::move(error));
    }
}

Status BatchPipeline::run(RecordReader &reader, const Transform &transform, const Sink &sink)
{
    State state;
    state.capacity = m_options.queueDepth;
    m_stats = {};
    {
        std::lock_guard guard(m_stateMutex);
        m_state = &state;
    }
    if (m_cancelled.load())
        cancel();

    std::vector<std::unique_ptr<RecordParser>> parsers;
    if (m_options.parseOnWorkers && reader.setDeferredParsing(true)) {
        for (int worker = 0; worker < m_options.threads; ++worker)
            parsers.push_back(reader.newParser());
    }

    std::thread readerThread([&] {
        for (qint64 sequence = 0;; ++sequence) {
            PipelineBatch *batch = nullptr;
            {
                std::unique_lock lock(state.mutex);
                state.freeChanged.wait(lock, [&] {
                    return state.stop || !state.free.empty() || int(state.storage.size()) < state.capacity;
                });
                if (state.stop)
                    return;
                if (!state.free.empty()) {
                    batch = state.free.back();
                    state.free.pop_back();
                } else {
                    state.storage.push_back(std::make_unique<PipelineBatch>());
                    batch = state.storage.back().get();
                }
                ++state.inFlight;
                m_stats.peakBatchesInFlight = qMax(m_stats.peakBatchesInFlight, state.inFlight);
            }
            const Status status =
                guarded([&] { return reader.readBatch(batch->input, m_options.batchSize); });
            std::lock_guard lock(state.mutex);
            if (!status || batch->input.isEmpty()) {
                state.free.push_back(batch);
                --state.inFlight;
                if (!status) {
                    state.fail(status.error());
                } else {
                    state.readerDone = true;
                    state.totalBatches = sequence;
                    state.workChanged.notify_all();
                    state.doneChanged.notify_all();
                }
                return;
            }
            batch->sequence = sequence;
            state.work.push_back(batch);
            state.workChanged.notify_one();
        }
    });

    std::vector<std::thread> workers;
    for (int worker = 0; worker < m_options.threads; ++worker) {
        workers.emplace_back([&, worker] {
            for (;;) {
                PipelineBatch *batch = nullptr;
                {
                    std::unique_lock lock(state.mutex);
                    state.workChanged.wait(
                        lock, [&] { return state.stop || !state.work.empty() || state.readerDone; });
                    if (state.stop || state.work.empty())
                        return;
                    batch = state.work.front();
                    state.work.pop_front();
                }
                const Status status = guarded([&] {
                    if (!parsers.empty())
                        parsers[std::size_t(worker)]->parse(batch->input);
                    return transform ? transform(*batch, worker) : Status();
                });
                std::lock_guard lock(state.mutex);
                if (!status) {
                    state.fail(status.error());
                    return;
                }
                state.done.emplace(batch->sequence, batch);
                state.doneChanged.notify_all();
            }
        });
    }

    // The sink: this thread, in sequence order.
    for (qint64 next = 0;; ++next) {
        PipelineBatch *batch = nullptr;
        {
            std::unique_lock lock(state.mutex);
            state.doneChanged.wait(lock, [&] {
                return state.stop || state.done.count(next) > 0
                    || (state.readerDone && next == state.totalBatches);
            });
            if (state.stop || (state.readerDone && next == state.totalBatches && state.done.empty()))
                break;
            auto it = state.done.find(next);
            batch = it->second;
            state.done.erase(it);
        }
        const Status status = sink ? guarded([&] { return sink(*batch); }) : Status();
        std::lock_guard lock(state.mutex);
        ++m_stats.batches;
        m_stats.records += batch->input.size();
        m_stats.rejected += qint64(batch->input.rejected.size());
        state.free.push_back(batch);
        --state.inFlight;
        state.freeChanged.notify_one();
        if (!status) {
            state.fail(status.error());
            break;
        }
    }

    readerThread.join();
    for (std::thread &worker : workers)
        worker.join();
    {
        std::lock_guard guard(m_stateMutex);
        m_state = nullptr;
    }
    if (!parsers.empty())
        reader.setDeferredParsing(false);
    m_stats.batchesAllocated = int(state.storage.size());
    if (state.error)
        return *state.error;
    return {};
}

} // namespace crmbridge::formats
