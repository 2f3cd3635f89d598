#include "core/sandbox/sandboxserver.h"

#include "core/sandbox/sandboxdata.h"
#include "core/sandbox/sandboxhttpserver.h"
#include "core/sandbox/sandboxsystem.h"
#include "core/sandbox/sandboxsystems.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace crmbridge {

struct SandboxServer::Running
{
    std::unique_ptr<SandboxSystem> system;
    QThread *thread = nullptr;
    SandboxHttpServer *http = nullptr;
    SandboxSystemInfo info;
};

SandboxServer::SandboxServer(QObject *parent) : QObject(parent)
{
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &SandboxServer::pollCounts);
}

SandboxServer::~SandboxServer()
{
    stop();
}

Result<QList<SandboxSystemInfo>> SandboxServer::start(const SandboxOptions &options)
{
    stop();
    if (options.basePort != 0 && options.basePort + SandboxSystemCount - 1 > 65535) {
        return Error::usage(tr("The base port %1 leaves no room for the %2 sandbox systems.").arg(options.basePort).arg(SandboxSystemCount),
                            tr("Choose a --base-port of at most %1, or 0 for free ports.").arg(65535 - SandboxSystemCount + 1));
    }
    if (options.scale < 1)
        return Error::usage(tr("The sandbox scale must be 1 or more, got %1.").arg(options.scale), tr("Give --scale 1 or more."));
    m_options = options;
    const SandboxDataset data = SandboxData::generate(options.seed, options.scale);
    m_discrepancies = data.discrepancies;

    QList<std::shared_ptr<Running>> running;
    for (SandboxSystemId id : allSandboxSystems()) {
        auto r = std::make_shared<Running>();
        r->system = createSandboxSystem(id, options.seed, options.scale);
        r->system->reset(data);
        r->system->setRateLimitsEnabled(options.rateLimits);
        r->system->faults().setFaults(options.faults.value(id));
        r->thread = new QThread;
        r->thread->setObjectName(u"sandbox-"_s + sandboxSystemKey(id));
        r->http = new SandboxHttpServer(r->system.get());
        r->http->moveToThread(r->thread);
        r->thread->start();
        running.append(r);
        const quint16 port = options.basePort == 0 ? 0 : quint16(options.basePort + static_cast<int>(id));
        Result<quint16> listened = Error::internal(u"not started"_s);
        QMetaObject::invokeMethod(
            r->http, [&] { listened = r->http->listenOnLoopback(port); }, Qt::BlockingQueuedConnection);
        if (!listened) {
            m_systems = running;
            stop();
            return listened.error();
        }
        r->info.id = id;
        r->info.key = sandboxSystemKey(id);
        r->info.name = r->system->name();
        r->info.vendor = r->system->vendor();
        r->info.port = listened.value();
        r->info.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(listened.value()));
        r->info.credentials = r->system->credentials();
    }
    m_systems = running;
    m_lastTotal = 0;
    m_countTimer.start();
    emit started();
    return systems();
}

void SandboxServer::stop()
{
    if (m_systems.isEmpty())
        return;
    m_countTimer.stop();
    for (const std::shared_ptr<Running> &r : std::as_const(m_systems)) {
        SandboxHttpServer *http = r->http;
        QMetaObject::invokeMethod(
            http, [http] {
                http->close();
                delete http;
            },
            Qt::BlockingQueuedConnection);
        r->thread->quit();
        r->thread->wait();
        delete r->thread;
    }
    m_systems.clear();
    emit stopped();
}

QList<SandboxSystemInfo> SandboxServer::systems() const
{
    QList<SandboxSystemInfo> list;
    for (const std::shared_ptr<Running> &r : m_systems)
        list.append(r->info);
    return list;
}

SandboxSystemInfo SandboxServer::system(SandboxSystemId id) const
{
    for (const std::shared_ptr<Running> &r : m_systems) {
        if (r->info.id == id)
            return r->info;
    }
    SandboxSystemInfo info;
    info.id = id;
    info.key = sandboxSystemKey(id);
    return info;
}

SandboxSystem *SandboxServer::find(SandboxSystemId id) const
{
    for (const std::shared_ptr<Running> &r : m_systems) {
        if (r->info.id == id)
            return r->system.get();
    }
    return nullptr;
}

quint64 SandboxServer::requestCount(SandboxSystemId id) const
{
    SandboxSystem *s = find(id);
    return s ? s->log().count() : 0;
}

QHash<SandboxSystemId, quint64> SandboxServer::requestCounts() const
{
    QHash<SandboxSystemId, quint64> counts;
    for (const std::shared_ptr<Running> &r : m_systems)
        counts.insert(r->info.id, r->system->log().count());
    return counts;
}

QJsonArray SandboxServer::requestLog(SandboxSystemId id, int limit) const
{
    SandboxSystem *s = find(id);
    return s ? s->log().toJson(limit) : QJsonArray();
}

QJsonObject SandboxServer::recordCounts(SandboxSystemId id) const
{
    SandboxSystem *s = find(id);
    return s ? s->counts() : QJsonObject();
}

SandboxFaults SandboxServer::faults(SandboxSystemId id) const
{
    SandboxSystem *s = find(id);
    return s ? s->faults().faults() : m_options.faults.value(id);
}

void SandboxServer::setFaults(SandboxSystemId id, const SandboxFaults &faults)
{
    m_options.faults.insert(id, faults);
    if (SandboxSystem *s = find(id))
        s->faults().setFaults(faults);
    emit faultsChanged(id);
}

void SandboxServer::clearFaults()
{
    for (SandboxSystemId id : allSandboxSystems())
        setFaults(id, {});
}

void SandboxServer::setRateLimitsEnabled(bool enabled)
{
    m_options.rateLimits = enabled;
    for (const std::shared_ptr<Running> &r : std::as_const(m_systems))
        r->system->setRateLimitsEnabled(enabled);
    emit rateLimitsChanged(enabled);
}

SandboxRateLimit SandboxServer::rateLimit(SandboxSystemId id) const
{
    SandboxSystem *s = find(id);
    return s ? s->rateLimit() : SandboxRateLimit{};
}

void SandboxServer::setRateLimit(SandboxSystemId id, const SandboxRateLimit &limit)
{
    if (SandboxSystem *s = find(id))
        s->setRateLimit(limit);
}

void SandboxServer::reset()
{
    if (m_systems.isEmpty())
        return;
    const SandboxDataset data = SandboxData::generate(m_options.seed, m_options.scale);
    m_discrepancies = data.discrepancies;
    for (const std::shared_ptr<Running> &r : std::as_const(m_systems))
        r->system->reset(data);
    m_lastTotal = 0;
    emit dataReset();
    emit requestCountsChanged();
}

void SandboxServer::pollCounts()
{
    quint64 total = 0;
    for (const std::shared_ptr<Running> &r : std::as_const(m_systems))
        total += r->system->log().count();
    if (total != m_lastTotal) {
        m_lastTotal = total;
        emit requestCountsChanged();
    }
}

QJsonObject SandboxServer::toJson(const SandboxSystemInfo &info)
{
    QJsonObject credentials{{u"scheme"_s, info.credentials.scheme}};
    if (!info.credentials.username.isEmpty())
        credentials.insert(u"username"_s, info.credentials.username);
    if (!info.credentials.password.isEmpty())
        credentials.insert(u"password"_s, info.credentials.password);
    if (!info.credentials.token.isEmpty())
        credentials.insert(u"token"_s, info.credentials.token);
    credentials.insert(u"authorization"_s, QString::fromLatin1(info.credentials.authorizationHeader()));
    return QJsonObject{{u"id"_s, info.key},
                       {u"name"_s, info.name},
                       {u"vendor"_s, info.vendor},
                       {u"url"_s, info.baseUrl.toString()},
                       {u"port"_s, info.port},
                       {u"credentials"_s, credentials}};
}

QJsonObject SandboxServer::toJson() const
{
    QJsonArray list;
    for (const SandboxSystemInfo &info : systems())
        list.append(toJson(info));
    return QJsonObject{{u"seed"_s, static_cast<qint64>(m_options.seed)},
                       {u"scale"_s, m_options.scale},
                       {u"rateLimits"_s, m_options.rateLimits},
                       {u"systems"_s, list}};
}

} // namespace crmbridge
