#include "models/common/requestcounter.h"

#include "core/net/httpclient.h"

namespace crmbridge {

RequestCounter::RequestCounter(QObject *parent)
    : QObject(parent)
{ }

void RequestCounter::track(HttpClient *client)
{
    if (!client || m_counts.contains(client))
        return;
    const QObject *key = client;
    m_counts.insert(key, 0);
    connect(client, &HttpClient::inFlightChanged, this, [this, key](int count) { set(key, count); });
    // The key is only compared, never dereferenced, once the client is gone.
    connect(client, &QObject::destroyed, this, [this, key] {
        set(key, 0);
        m_counts.remove(key);
    });
    set(key, client->inFlight());
}

void RequestCounter::set(const QObject *client, int count)
{
    auto it = m_counts.find(client);
    if (it == m_counts.end())
        return;
    const int total = m_total - it.value() + count;
    it.value() = count;
    if (total == m_total)
        return;
    m_total = total;
    emit inFlightChanged(m_total);
}

} // namespace crmbridge
