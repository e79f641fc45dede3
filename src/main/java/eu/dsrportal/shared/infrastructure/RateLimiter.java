package eu.dsrportal.shared.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * So many attempts per key (a client address, an e-mail address) and period: a Bucket4j token
 * bucket per key, in memory, so per instance. Forgets every key when it tracks too many (an
 * attacker cycling keys gains a fresh bucket, as a new key would anyway).
 */
public final class RateLimiter {
  private static final int MAX_TRACKED = 100_000;

  private final long capacity;
  private final Duration period;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(long capacity, Duration period) {
    this.capacity = capacity;
    this.period = period;
  }

  public boolean tryAcquire(String key) {
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }
}
