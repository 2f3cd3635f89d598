#include "core/sync/syncjob.h"
#include "core/workspace/workspacewriter.h"

#include "core/formats/fileformat.h"
#include "core/mapping/value/valuejson.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPromise>

// SyncJob, reading: the target and the source (pages or a file) into the planner. The writing
// half is syncjob.cpp.

namespace crmbridge::sync {

PageWalker *SyncJob::walk(HttpClient *client, const Entity &entity, const QList<QPair<QString, QString>> &query,
                          std::function<void(const QJsonArray &)> onPage, std::function<void()> next,
                          std::function<void(const Error &)> onFailure)
{
    auto *walker = new PageWalker(client, entity, this);
    walker->setQuery(query);
    m_walkers.append(walker);
    connect(walker, &PageWalker::pageReady, this, [onPage = std::move(onPage)](const QJsonArray &records, int) { onPage(records); });
    connect(walker, &PageWalker::finished, this, [this, walker, next = std::move(next), onFailure = std::move(onFailure)](bool ok) {
        m_walkers.removeAll(walker);
        walker->deleteLater();
        if (m_finished)
            return; // another reader failed or the job is over; this one was stopped
        if (m_cancelled) {
            if (!m_walkers.isEmpty())
                return; // the last reader to stop ends the job
            return m_runId > 0 && m_kind != Kind::Plan ? finishRun() : done(RunStatus::Interrupted);
        }
        if (!ok && onFailure) {
            onFailure(walker->status().error());
            return;
        }
        if (!ok) {
            fail(walker->status().error()); // first: the job is finished, so the others' answers are ignored
            for (const QPointer<PageWalker> &other : QList<QPointer<PageWalker>>(m_walkers)) {
                if (other)
                    other->cancel();
            }
            return;
        }
        next();
    });
    return walker;
}

void SyncJob::readTarget(const std::function<void()> &next, const std::function<void(const Error &)> &onFailure)
{
    m_progress.phase = SyncPhase::ReadingTarget;
    emitProgress(true);
    PageWalker *walker = walk(m_targetClient.get(), m_targetEntity, m_profile.target.query, [this](const QJsonArray &records) {
        for (const QJsonValue &r : records)
            m_planner->addTarget(r.toObject());
        m_progress.read += records.size();
        emitProgress();
    }, next, onFailure);
    walker->start();
}

void SyncJob::sourcePage(const QJsonArray &records)
{
    // Mapped on the pool while the next pages come in; taken by the planner in order.
    auto promise = std::make_shared<QPromise<SyncPlanner::MappedSources>>();
    m_pagesMapping.push_back(promise->future());
    promise->start();
    const qint64 firstRow = std::exchange(m_sourceRows, m_sourceRows + records.size());
    m_mapPool.start([this, promise, records, firstRow, planner = m_planner.get(), idField = m_sourceEntity.idField] {
        promise->addResult(planner->mapSources(records, idField, firstRow));
        promise->finish();
        QMetaObject::invokeMethod(this, &SyncJob::drainMapped, Qt::QueuedConnection);
    });
}

void SyncJob::drainMapped()
{
    if (m_finished || m_cancelled)
        return;
    bool took = false;
    while (!m_pagesMapping.empty() && m_pagesMapping.front().isFinished()) {
        m_planner->addMapped(m_pagesMapping.front().takeResult());
        m_pagesMapping.pop_front();
        took = true;
    }
    if (!took)
        return;
    makeTextsAhead();
    planIfRead();
}

void SyncJob::planIfRead()
{
    if (m_targetComplete && m_walkers.isEmpty() && m_pagesMapping.empty() && !m_finished)
        planned();
}

void SyncJob::makeTextsAhead()
{
    if (!m_writer)
        return;
    constexpr qsizetype Chunk = 128;
    const QList<PlanItem> &items = m_planner->items();
    while (items.size() - m_textsAheadCount >= Chunk) {
        // A copy of the items (their data is shared, not copied): the planner's list grows meanwhile.
        auto chunk = std::make_shared<TextsChunk>();
        chunk->items = items.mid(m_textsAheadCount, Chunk);
        m_textsAhead.append(chunk);
        m_writer->post([chunk] {
            chunk->make();
            return Status();
        });
        m_textsAheadCount += Chunk;
    }
}

void SyncJob::TextsChunk::make()
{
    if (taken.exchange(true))
        return; // the other thread has it
    texts.reserve(items.size());
    for (const PlanItem &item : std::as_const(items))
        texts.append(RunStore::planItemTexts(item));
}

QList<RunStore::PlanItemTexts> SyncJob::textsMadeAhead()
{
    QList<RunStore::PlanItemTexts> all;
    if (m_textsAhead.isEmpty() || !m_writer)
        return all;
    // The chunks the writer has not started yet are made here, from the last, while it works
    // through them from the first; then wait for it to finish the one it is on.
    for (auto it = m_textsAhead.crbegin(); it != m_textsAhead.crend(); ++it)
        (*it)->make();
    m_writer->run([] { return Status(); }).ok();
    all.reserve(m_textsAheadCount);
    for (const auto &chunk : std::exchange(m_textsAhead, {}))
        all.append(std::move(chunk->texts));
    m_textsAheadCount = 0;
    return all;
}

void SyncJob::readBoth()
{
    // The target and the source are read at the same time (two servers, or two connections to
    // one). The planner maps source records as they come, but matches them only once the whole
    // target is in.
    const bool fromFile = m_profile.source.isFile();
    m_targetComplete = false;
    if (!fromFile)
        m_planner->waitForTarget();
    readTarget([this, fromFile] {
        m_targetComplete = true;
        m_progress.phase = SyncPhase::ReadingSource;
        emitProgress(true);
        m_planner->targetComplete();
        makeTextsAhead();
        if (fromFile) {
            if (Status s = readFile(); !s)
                return fail(s.error());
        }
        planIfRead();
    });
    if (fromFile)
        return;
    HttpClient *client = m_sourceClient ? m_sourceClient.get() : m_targetClient.get();
    PageWalker *walker = walk(client, m_sourceEntity, m_profile.source.query, [this](const QJsonArray &records) {
        m_progress.read += records.size();
        sourcePage(records);
        emitProgress();
    }, [this] { planIfRead(); });
    walker->start();
}

Status SyncJob::readFile()
{
    const QString path = m_profile.source.file;
    std::optional<formats::FileFormat> format = m_profile.source.fileFormat.isEmpty()
        ? formats::fileFormatForPath(path)
        : formats::fileFormatFromName(m_profile.source.fileFormat);
    if (!format) {
        return Error::config(tr("Cannot tell the format of the source file"), path,
                             tr("Set the profile's source file_format to csv, jsonl or json."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the source file: %1").arg(file.errorString()), path, tr("Check the path in the profile."));
    formats::ReaderSettings settings;
    settings.reader.sourceName = QDir::toNativeSeparators(path); // errors name the file
    auto reader = formats::makeReader(*format, &file, settings);
    if (!reader)
        return reader.error();
    formats::RecordBatch batch;
    while (true) {
        if (Status s = reader.value()->readBatch(batch, 1024); !s)
            return s;
        if (batch.isEmpty())
            break;
        // Records and the ones the reader could not read, in file order; the key is the record's
        // number in the file (a bad line does not shift the keys of those after it).
        const auto records = batch.records();
        std::size_t good = 0, bad = 0;
        while (good < records.size() || bad < batch.rejected.size()) {
            const bool takeBad = bad < batch.rejected.size()
                && (good == records.size() || batch.rejected[bad].position.record < batch.positions()[good].record);
            if (takeBad) {
                const formats::RejectedRecord &r = batch.rejected[bad++];
                m_planner->addUnreadableSource(QString::number(r.position.record), r.error.message());
            } else {
                const QJsonObject record
                    = mapping::toQJsonValue(mapping::Value(std::make_shared<const mapping::Object>(records[good]))).toObject();
                m_planner->addSource(record, QString::number(batch.positions()[good].record));
                ++good;
            }
            ++m_progress.read;
        }
    }
    return {};
}

} // namespace crmbridge::sync
