package eu.dsrportal.shared.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * So many attempts per key (a client address, an e-mail address) and period: a token bucket per
 * key. The portal's throttles keep their buckets in the database ({@link #shared}, {@link
 * ThrottleBuckets}), so that every instance counts against the same bucket; without a store (unit
 * tests, tools) a Bucket4j bucket per key in memory. The callers make the keys ({@link
 * ThrottleKeys}), so that one person's many addresses count as one.
 *
 * <p>It tracks at most {@code maxTracked} keys; past that it forgets the key used longest ago, not
 * every key: an attacker cycling keys then pushes out only keys that have been quiet, while the
 * buckets of keys in use (an address that is being refused right now) keep their state.
 */
public final class RateLimiter {
  static final int MAX_TRACKED = 100_000;

  /** Where shared buckets live: one take or give-back per call, atomic across instances. */
  public interface Buckets {
    /** One token of one key's bucket. */
    record Take(String key, long capacity, Duration period) {}

    /** Takes one token of the key's bucket; empty if taken, else how long until one is there. */
    default Optional<Duration> take(String key, long capacity, Duration period) {
      return takeAll(List.of(new Take(key, capacity, period)));
    }

    /**
     * Takes one token of each bucket, all or none (one round of locks, one commit): empty if all
     * were taken, else how long until every one of them has one again.
     */
    Optional<Duration> takeAll(List<Take> takes);

    /**
     * Without taking or locking anything: empty if the key's bucket has a token now, else how long
     * until it has one.
     */
    Optional<Duration> waitFor(String key, long capacity, Duration period);

    /** Gives one token back to the key's bucket (never above its capacity). */
    void giveBack(String key, long capacity, Duration period);
  }

  private final String name;
  private final Buckets shared;

  private final long capacity;
  private final Duration period;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Bucket> buckets;

  public RateLimiter(long capacity, Duration period) {
    this(capacity, period, MAX_TRACKED);
  }

  RateLimiter(long capacity, Duration period, int maxTracked) {
    this(null, capacity, period, maxTracked, null);
  }

  private RateLimiter(String name, long capacity, Duration period, int maxTracked, Buckets shared) {
    this.name = name;
    this.shared = shared;
    this.capacity = capacity;
    this.period = period;
    this.buckets =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxTracked;
          }
        };
  }

  /**
   * A limiter whose buckets are in {@code buckets}, shared by every instance; {@code name} keeps
   * the keys of different throttles apart.
   */
  public static RateLimiter shared(String name, long capacity, Duration period, Buckets buckets) {
    return new RateLimiter(name, capacity, period, 0, buckets);
  }

  /**
   * One token of the key's shared bucket, to take together with others ({@link Buckets#takeAll}).
   */
  public Buckets.Take takeOf(String key) {
    if (shared == null) {
      throw new IllegalStateException("only shared limiters take together");
    }
    return new Buckets.Take(name + ":" + key, capacity, period);
  }

  /**
   * Without taking anything: empty if the key has an attempt left now, else how long until it has.
   * Attempts made at the same moment may all see the last one left.
   */
  public Optional<Duration> waitFor(String key) {
    if (shared != null) {
      return shared.waitFor(name + ":" + key, capacity, period);
    }
    EstimationProbe probe = bucketOf(key).estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  public boolean tryAcquire(String key) {
    return shared != null
        ? shared.take(name + ":" + key, capacity, period).isEmpty()
        : bucketOf(key).tryConsume(1);
  }

  /**
   * Takes one attempt for the key if one is left and answers empty; otherwise takes nothing and
   * answers how long until the key has one again (for a {@code Retry-After}).
   */
  public Optional<Duration> tryAcquireOrWait(String key) {
    if (shared != null) {
      return shared.take(name + ":" + key, capacity, period);
    }
    ConsumptionProbe probe = bucketOf(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /**
   * Gives back an attempt taken for the key that turned out not to count (never more than the
   * bucket holds).
   */
  public void giveBack(String key) {
    if (shared != null) {
      shared.giveBack(name + ":" + key, capacity, period);
      return;
    }
    bucketOf(key).addTokens(1);
  }

  /** The key's bucket, made the most recently used (an access-ordered map changes on get too). */
  private Bucket bucketOf(String key) {
    lock.lock();
    try {
      return buckets.computeIfAbsent(key, k -> newBucket());
    } finally {
      lock.unlock();
    }
  }

  int tracked() {
    lock.lock();
    try {
      return buckets.size();
    } finally {
      lock.unlock();
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }
}
