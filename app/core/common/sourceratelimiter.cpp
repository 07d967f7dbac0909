#include "common/sourceratelimiter.h"

namespace ztp {

SourceRateLimiter::SourceRateLimiter(int burst, double ratePerSecond)
    : m_burst(qMax(1, burst))
    , m_ratePerSecond(qMax(0.0, ratePerSecond))
{
}

void SourceRateLimiter::refill(Bucket &bucket, Clock::time_point now) const
{
    const std::chrono::duration<double> elapsed = now - bucket.refilled;
    if (elapsed.count() <= 0)
        return;
    bucket.tokens = qMin(double(m_burst), bucket.tokens + elapsed.count() * m_ratePerSecond);
    bucket.refilled = now;
}

bool SourceRateLimiter::admit(const QHostAddress &source, Clock::time_point now)
{
    auto bucket = m_buckets.find(source);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(source, Bucket {double(m_burst), now, 0});
    refill(*bucket, now);
    if (bucket->tokens >= 1.0) {
        bucket->tokens -= 1.0;
        return true;
    }
    ++bucket->suppressed;
    return false;
}

QList<SourceRateLimiter::Suppression> SourceRateLimiter::takeSuppressed(Clock::time_point now)
{
    QList<Suppression> result;
    for (auto bucket = m_buckets.begin(); bucket != m_buckets.end();) {
        if (bucket->suppressed > 0) {
            result.append({bucket.key(), bucket->suppressed});
            bucket->suppressed = 0;
        }
        refill(*bucket, now);
        if (bucket->tokens >= m_burst)
            bucket = m_buckets.erase(bucket);
        else
            ++bucket;
    }
    return result;
}

} // namespace ztp
