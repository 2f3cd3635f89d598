#pragma once

#include <QHash>
#include <QObject>

namespace crmbridge {

class HttpClient;

/// Counts the HTTP requests in flight across every HttpClient the window creates, for the status
/// bar. A page hands each client it makes to track(); a client that is destroyed (or aborted)
/// stops counting. Lives in the composition root and reaches the pages through PageContext.
class RequestCounter : public QObject
{
    Q_OBJECT

public:
    explicit RequestCounter(QObject *parent = nullptr);

    void track(HttpClient *client);
    int inFlight() const { return m_total; }

signals:
    void inFlightChanged(int count);

private:
    void set(const QObject *client, int count);

    QHash<const QObject *, int> m_counts;
    int m_total = 0;
};

} // namespace crmbridge
