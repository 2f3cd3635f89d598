#pragma once

#include <QDateTime>

#include <atomic>
#include <cstdint>

namespace crmbridge::mapping {

/// Where TODAY() and NOW() get the time: the system clock in the product, a fixed instant in
/// tests and golden files, so formula results never depend on when a test runs.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMsecsSinceEpoch() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMsecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

/// A clock that stands still until told otherwise; safe to read from several threads.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::int64_t msecsSinceEpoch) : m_now(msecsSinceEpoch) { }
    std::int64_t nowMsecsSinceEpoch() const override { return m_now.load(std::memory_order_relaxed); }
    void set(std::int64_t msecsSinceEpoch) { m_now.store(msecsSinceEpoch, std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace crmbridge::mapping
