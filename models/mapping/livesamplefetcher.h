#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"
#include "models/mapping/previewrunner.h"

#include <QObject>
#include <QPointer>

namespace crmbridge {

class ActivityRecorder;
class HttpClient;
class PageWalker;
class RequestCounter;
class SecretStore;

/// What a live sample fetch brought back: the records (at most the limit), or why it failed.
struct LiveSampleResult
{
    SampleRecords records;
    int pages = 0;
    QString error; ///< empty on success; otherwise says what failed, with the URL and status
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Fetches the first pages of an entity through its endpoint (HttpClient + PageWalker, with the
/// environment, secrets, rate limits and retries the endpoint has) until `limit` records, for the
/// mapping preview. Asynchronous: the network runs in QNetworkAccessManager, never blocking the
/// GUI thread; each page is turned into records as it arrives (one page at a time, small).
/// A new start() or cancel() drops the run before it (generation token), so finished() always
/// belongs to the latest request.
class LiveSampleFetcher : public QObject
{
    Q_OBJECT

public:
    explicit LiveSampleFetcher(QObject *parent = nullptr);
    ~LiveSampleFetcher() override;

    void setSecretStore(SecretStore *store);
    void setActivityRecorder(ActivityRecorder *recorder);
    void setRequestCounter(RequestCounter *counter);

    void start(const Endpoint &endpoint, const Entity &entity, const Environment &environment,
               int limit = PreviewRunner::MaxRecords);
    void cancel();
    bool isRunning() const { return m_walker != nullptr; }

signals:
    void progress(int records, int pages);
    void finished(const crmbridge::LiveSampleResult &result);

private:
    void finish(LiveSampleResult result);
    void stop();

    QPointer<SecretStore> m_secrets;
    QPointer<ActivityRecorder> m_activity;
    QPointer<RequestCounter> m_requests;
    HttpClient *m_client = nullptr;
    PageWalker *m_walker = nullptr;
    std::vector<mapping::Object> m_records;
    int m_limit = PreviewRunner::MaxRecords;
    quint64 m_generation = 0;
};

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::LiveSampleResult)
