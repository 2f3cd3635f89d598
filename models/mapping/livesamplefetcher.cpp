#include "models/mapping/livesamplefetcher.h"

#include "core/endpoints/secretstore.h"
#include "core/mapping/value/valuejson.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "models/common/requestcounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crmbridge {

LiveSampleFetcher::LiveSampleFetcher(QObject *parent)
    : QObject(parent)
{ }

LiveSampleFetcher::~LiveSampleFetcher()
{
    stop();
}

void LiveSampleFetcher::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void LiveSampleFetcher::setActivityRecorder(ActivityRecorder *recorder)
{
    m_activity = recorder;
}

void LiveSampleFetcher::setRequestCounter(RequestCounter *counter)
{
    m_requests = counter;
}

void LiveSampleFetcher::stop()
{
    ++m_generation;
    if (m_walker) {
        m_walker->disconnect(this);
        m_walker->cancel();
        m_walker->deleteLater();
        m_walker = nullptr;
    }
    if (m_client) {
        m_client->abortAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_records.clear();
}

void LiveSampleFetcher::cancel()
{
    if (!isRunning())
        return;
    stop();
    LiveSampleResult result;
    result.cancelled = true;
    emit finished(result);
}

void LiveSampleFetcher::start(const Endpoint &endpoint, const Entity &entity, const Environment &environment,
                              int limit)
{
    stop();
    const quint64 generation = m_generation;
    m_limit = qMax(1, limit);
    m_client = new HttpClient(endpoint, this);
    m_client->setEnvironment(environment);
    m_client->setSecretStore(m_secrets);
    m_client->setActivityRecorder(m_activity);
    if (m_requests)
        m_requests->track(m_client);
    m_walker = new PageWalker(m_client, entity, this);
    if (entity.pagination.pageSize > 0)
        m_walker->setMaxPages((m_limit + entity.pagination.pageSize - 1) / entity.pagination.pageSize);

    connect(m_walker, &PageWalker::pageReady, this, [this, generation](const QJsonArray &page, int pageNumber) {
        if (generation != m_generation)
            return;
        mapping::JsonValueReader reader;
        for (const QJsonValue &item : page) {
            if (int(m_records.size()) >= m_limit)
                break;
            if (!item.isObject())
                continue;
            auto value = reader.parse(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
            if (value && value->isObject())
                m_records.push_back(value->object());
        }
        emit progress(int(m_records.size()), pageNumber);
        if (int(m_records.size()) >= m_limit) {
            // Enough for the preview: stop walking; what came is the result.
            LiveSampleResult result;
            result.pages = pageNumber;
            finish(std::move(result));
        }
    });
    connect(m_walker, &PageWalker::finished, this, [this, generation](bool ok) {
        if (generation != m_generation || !m_walker)
            return;
        LiveSampleResult result;
        result.pages = m_walker->pages();
        if (!ok)
            result.error = m_walker->status().error().message();
        finish(std::move(result));
    });
    m_walker->start();
}

void LiveSampleFetcher::finish(LiveSampleResult result)
{
    result.records = std::make_shared<const std::vector<mapping::Object>>(std::move(m_records));
    m_records = {};
    stop();
    emit finished(result);
}

} // namespace crmbridge
