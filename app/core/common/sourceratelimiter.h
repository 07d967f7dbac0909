#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <chrono>

namespace ztp {

// A token bucket per source address: each source may send `burst` messages at once and then
// `ratePerSecond` on average. Messages beyond that are counted as suppressed, so one chatty
// or looping device cannot flood the device timeline, the history or the log. Time is passed in, so
// tests need no sleeping.
class SourceRateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    struct Suppression
    {
        QHostAddress source;
        quint64 count = 0;
    };

    SourceRateLimiter(int burst, double ratePerSecond);

    // True when a message from `source` at `now` may pass; false counts it as suppressed.
    bool admit(const QHostAddress &source, Clock::time_point now);
    // Returns the suppressed counts since the last call, one entry per source that had any, and
    // resets them. Forgets sources whose buckets have refilled, so spoofed source addresses
    // cannot grow the table without bound.
    QList<Suppression> takeSuppressed(Clock::time_point now);

    int burst() const { return m_burst; }
    double ratePerSecond() const { return m_ratePerSecond; }
    qsizetype sourceCount() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point refilled;
        quint64 suppressed = 0;
    };

    void refill(Bucket &bucket, Clock::time_point now) const;

    int m_burst;
    double m_ratePerSecond;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace ztp
