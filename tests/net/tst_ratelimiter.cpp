#include "core/endpoints/ratelimitpresets.h"
#include "core/net/httpmessage.h"
#include "core/net/ratelimiter.h"

#include <QTest>

using namespace crmbridge;

// The rate limiter and the retry arithmetic, driven by a fake clock: pure functions of time.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void slidingWindowAllowsABurstThenWaits()
    {
        RateLimitPolicy policy;
        policy.windows = {{10, 1000}};
        policy.maxInFlight = 100;
        RateLimiter limiter(policy);
        qint64 now = 5000;
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(limiter.waitMs(now), 0);
            limiter.acquire(now);
            limiter.release();
        }
        // The window is full: the 11th waits until the first start leaves it.
        QCOMPARE(limiter.waitMs(now), 1000);
        now += 400;
        QCOMPARE(limiter.waitMs(now), 600);
        now += 600;
        QCOMPARE(limiter.waitMs(now), 0);
    }

    void budgetHoldsOverAWindow()
    {
        // No span of `windowMs` ever sees more than `requests` starts.
        RateLimitPolicy policy;
        policy.windows = {{100, 10000}};
        policy.maxInFlight = 1000;
        RateLimiter limiter(policy);
        qint64 now = 0;
        QList<qint64> starts;
        while (starts.size() < 300) {
            const qint64 wait = limiter.waitMs(now);
            now += wait;
            limiter.acquire(now);
            limiter.release();
            starts.append(now);
        }
        for (qsizetype i = 0; i < starts.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < starts.size() && starts.at(j) < starts.at(i) + 10000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 100, qPrintable(QString::number(inWindow)));
        }
        QCOMPARE(starts.constLast(), 20000); // three full bursts
    }

    void twoWindowsBothCount()
    {
        auto preset = RateLimitPresets::find(QStringLiteral("klaviyo-s"));
        QVERIFY(preset.ok());
        RateLimitPolicy policy = preset->policy;
        policy.maxInFlight = 100;
        RateLimiter limiter(policy);
        qint64 now = 0;
        int started = 0;
        while (now < 60000) {
            now += limiter.waitMs(now);
            if (now >= 60000)
                break;
            limiter.acquire(now);
            limiter.release();
            ++started;
        }
        QCOMPARE(started, 60); // steady: 60 per minute, though the burst allows 3 per second
    }

    void inFlightCap()
    {
        RateLimitPolicy policy;
        policy.maxInFlight = 2;
        RateLimiter limiter(policy);
        QVERIFY(limiter.hasSlot());
        limiter.acquire(0);
        limiter.acquire(0);
        QVERIFY(!limiter.hasSlot());
        limiter.release();
        QVERIFY(limiter.hasSlot());
    }

    void blockUntilHoldsEverything()
    {
        RateLimiter limiter;
        limiter.blockUntil(2500);
        QCOMPARE(limiter.waitMs(1000), 1500);
        QCOMPARE(limiter.waitMs(2500), 0);
    }

    void remainingHeaderSlowsDownBeforeA429()
    {
        auto preset = RateLimitPresets::find(QStringLiteral("hubspot-100-10s"));
        QVERIFY(preset.ok());
        RateLimiter limiter(preset->policy);
        limiter.acquire(0);
        limiter.release();
        limiter.observe({{"X-HubSpot-RateLimit-Remaining", "50"}, {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"}}, 0);
        QCOMPARE(limiter.waitMs(0), 0);
        limiter.observe({{"x-hubspot-ratelimit-remaining", "4"}, {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"}}, 0);
        QCOMPARE(limiter.waitMs(0), 2000); // 10 s spread over the 4 left (+1)
        limiter.observe({{"X-HubSpot-RateLimit-Remaining", "0"}, {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"}}, 100);
        QCOMPARE(limiter.waitMs(100), 10000);
    }

    void fullJitterBackoff()
    {
        RetryPolicy retry;
        retry.baseDelayMs = 500;
        retry.maxDelayMs = 4000;
        QCOMPARE(retry.backoffMs(1, 0.0), 0);
        QCOMPARE(retry.backoffMs(1, 0.999999), 499);
        QCOMPARE(retry.backoffMs(2, 0.5), 500);
        QCOMPARE(retry.backoffMs(3, 0.5), 1000);
        QCOMPARE(retry.backoffMs(10, 0.5), 2000); // capped at maxDelayMs
        QCOMPARE(retry.backoffMs(1000, 0.5), 2000);
    }

    void retryAfterForms()
    {
        QCOMPARE(parseRetryAfter("3", 0).value_or(-1), 3000);
        QCOMPARE(parseRetryAfter(" 0 ", 0).value_or(-1), 0);
        const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", now).value_or(-1), 5000);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now).value_or(-1), 0);
        QVERIFY(!parseRetryAfter("soon", now).has_value());
        QVERIFY(!parseRetryAfter("", now).has_value());
    }

    void idempotency()
    {
        QVERIFY(isIdempotentMethod("GET"));
        QVERIFY(isIdempotentMethod("put"));
        QVERIFY(isIdempotentMethod("DELETE"));
        QVERIFY(!isIdempotentMethod("POST"));
        QVERIFY(!isIdempotentMethod("PATCH"));
        QVERIFY(isWriteMethod("PATCH"));
        QVERIFY(!isWriteMethod("GET"));
    }

    void presetsAreComplete()
    {
        const QList<RateLimitPreset> presets = RateLimitPresets::all();
        for (const char *id : {"hubspot-100-10s", "hubspot-190-10s", "zendesk-team", "zendesk-enterprise", "mailchimp",
                               "salesforce-enterprise", "dynamics365", "klaviyo-m", "intercom"}) {
            auto preset = RateLimitPresets::find(QString::fromLatin1(id));
            QVERIFY2(preset.ok(), id);
            QVERIFY(!preset->label.isEmpty());
            QCOMPARE(preset->policy.preset, QString::fromLatin1(id));
        }
        QCOMPARE(RateLimitPresets::find(QStringLiteral("hubspot-190-10s"))->policy.windows.value(0).requests, 190);
        QCOMPARE(RateLimitPresets::find(QStringLiteral("dynamics365"))->policy.windows.value(0).windowMs, 300000);
        QCOMPARE(RateLimitPresets::find(QStringLiteral("mailchimp"))->policy.maxInFlight, 10);
        auto missing = RateLimitPresets::find(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().contains(QStringLiteral("hubspot-100-10s")));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
