#include "core/orders/outboxworker.h"

#include "core/orders/orderservice.h"

#include <QRandomGenerator>

namespace crmbridge::orders {

OutboxWorker::OutboxWorker(OrderService &service, QObject *parent)
    : QObject(parent), m_service(service), m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::pump);
    connect(&m_service, &OrderService::outboxChanged, this, [this] {
        if (m_running || m_draining)
            QTimer::singleShot(0, this, &OutboxWorker::pump);
    });
}

void OutboxWorker::start()
{
    m_running = true;
    QTimer::singleShot(0, this, &OutboxWorker::pump);
}

void OutboxWorker::stop()
{
    m_running = false;
    m_timer.stop();
}

void OutboxWorker::drain()
{
    m_draining = true;
    m_sendAllNow = true;
    m_delivered = 0;
    m_failed = 0;
    QTimer::singleShot(0, this, &OutboxWorker::pump);
}

qint64 OutboxWorker::backoffMs(int attempts) const
{
    // Full jitter: uniform in [0, min(max, base * 2^(attempts-1))], never below a tenth of the base.
    const double ceiling = qMin<double>(m_policy.maxDelayMs, double(m_policy.baseDelayMs) * double(1LL << qMin(attempts - 1, 30)));
    return qMax<qint64>(m_policy.baseDelayMs / 10, qint64(ceiling * m_random()));
}

void OutboxWorker::pump()
{
    if (m_pumping || (!m_running && !m_draining))
        return;
    m_pumping = true;
    const int room = m_policy.parallel - int(m_inFlight.size());
    if (room > 0) {
        // drain() first sends whatever is pending at once; entries it retries then keep their backoff.
        auto due = m_service.store().due(QDateTime::currentDateTimeUtc(), m_sendAllNow, room + int(m_busyOrders.size()));
        m_sendAllNow = false;
        if (due) {
            int started = 0;
            for (const OutboxEntry &entry : due.value()) {
                if (started >= room)
                    break;
                if (m_inFlight.contains(entry.id) || m_busyOrders.contains(entry.orderId))
                    continue;
                ++started;
                attempt(entry);
            }
        }
    }
    m_pumping = false;
    schedule();
}

void OutboxWorker::schedule()
{
    auto next = m_service.store().nextDue();
    if (!next || !next->isValid()) {
        if (m_inFlight.isEmpty() && m_draining) {
            m_draining = false;
            emit drained(m_delivered, m_failed);
        }
        return;
    }
    const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next.value()));
    if (m_inFlight.size() < qsizetype(m_policy.parallel) && (wait > 0 || m_inFlight.isEmpty()))
        m_timer.start(int(qMin<qint64>(wait, 60000)) + (wait > 0 ? 5 : 0));
}

void OutboxWorker::attempt(const OutboxEntry &entry)
{
    // Count the attempt (and when to try again) before making it: a crash mid-attempt leaves an
    // entry that the next worker picks up after the backoff, never one that is lost.
    const QDateTime retryAt = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(entry.attempts + 1));
    if (Status s = m_service.store().beginAttempt(entry.id, retryAt); !s) {
        emit failed(entry, s.error().message());
        return;
    }
    OutboxEntry current = entry;
    ++current.attempts;
    m_inFlight.insert(entry.id);
    m_busyOrders.insert(entry.orderId);
    auto done = [this, current](const StepResult &result) { finished(current, result); };
    if (entry.kind == OutboxEntry::Kind::Event)
        m_service.deliverEvent(current, this, done);
    else
        m_service.deliverAction(current, this, done);
}

void OutboxWorker::finished(const OutboxEntry &entry, const StepResult &result)
{
    m_inFlight.remove(entry.id);
    m_busyOrders.remove(entry.orderId);
    OrderStore &store = m_service.store();
    if (result.ok()) {
        ++m_delivered;
        OutboxEntry deliveredEntry = entry;
        deliveredEntry.state = OutboxEntry::State::Delivered;
        emit delivered(deliveredEntry);
    } else {
        const QString error = result.error ? result.error->message() : OrderService::tr("unknown error");
        OrderEvent e;
        e.orderId = entry.orderId;
        e.actor = OrderService::tr("outbox worker");
        e.transition = entry.transition;
        e.mode = entry.kind == OutboxEntry::Kind::Event ? notificationModeName(NotificationMode::Event)
                                                        : notificationModeName(NotificationMode::Async);
        e.outboxId = entry.id;
        e.error = error;
        if (result.retryable && entry.attempts < m_policy.maxAttempts) {
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(entry.attempts));
            (void)store.markRetry(entry.id, error, next);
            e.outcome = OrderEvent::Outcome::Retrying;
            (void)store.appendEvent(e);
            emit retrying(entry, error, next);
        } else {
            ++m_failed;
            (void)store.markFailed(entry.id, error);
            e.outcome = result.failure == StepResult::Failure::Conflict ? OrderEvent::Outcome::Conflict : OrderEvent::Outcome::Failed;
            (void)store.appendEvent(e);
            OutboxEntry failedEntry = entry;
            failedEntry.state = OutboxEntry::State::Failed;
            emit failed(failedEntry, error);
        }
        emit m_service.orderChanged(entry.orderId);
    }
    emit m_service.outboxChanged();
    QTimer::singleShot(0, this, &OutboxWorker::pump);
}

} // namespace crmbridge::orders
