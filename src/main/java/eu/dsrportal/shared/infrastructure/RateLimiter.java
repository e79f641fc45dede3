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
import java.util.function.LongSupplier;

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

    /**
     * Takes up to {@code most} whole tokens of the key's bucket at once, for a lease ({@link
     * #takeLeased}); answers how many (none when it has none).
     */
    long lease(Take take, long most);

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

  /** Buckets at least this large are leased by each instance in blocks ({@link #takeLeased}). */
  static final long LEASE_FROM_CAPACITY = 1_000;

  /** A lease's block: a hundredth of the bucket, at most this many tokens. */
  static final long LEASE_MOST = 100;

  /** How long a lease's tokens may be used; what is left then is dropped. */
  static final Duration LEASE_TIME = Duration.ofSeconds(10);

  static final int MAX_LEASES = 10_000;

  private final String name;
  private final Buckets shared;
  private final LongSupplier ticker;
  private final Map<String, Lease> leases;

  private final long capacity;
  private final Duration period;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Bucket> buckets;

  public RateLimiter(long capacity, Duration period) {
    this(capacity, period, MAX_TRACKED);
  }

  RateLimiter(long capacity, Duration period, int maxTracked) {
    this(null, capacity, period, maxTracked, null, System::nanoTime);
  }

  private RateLimiter(
      String name,
      long capacity,
      Duration period,
      int maxTracked,
      Buckets shared,
      LongSupplier ticker) {
    this.name = name;
    this.shared = shared;
    this.ticker = ticker;
    this.leases = lruMap(MAX_LEASES);
    this.capacity = capacity;
    this.period = period;
    this.buckets = lruMap(maxTracked);
  }

  /** A map that forgets the entry used longest ago past {@code most} entries. */
  private static <V> Map<String, V> lruMap(int most) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > most;
      }
    };
  }

  /**
   * A limiter whose buckets are in {@code buckets}, shared by every instance; {@code name} keeps
   * the keys of different throttles apart.
   */
  public static RateLimiter shared(String name, long capacity, Duration period, Buckets buckets) {
    return shared(name, capacity, period, buckets, System::nanoTime);
  }

  /**
   * As {@link #shared(String, long, Duration, Buckets)}, with the monotonic clock of its leases.
   */
  static RateLimiter shared(
      String name, long capacity, Duration period, Buckets buckets, LongSupplier ticker) {
    return new RateLimiter(name, capacity, period, 0, buckets, ticker);
  }

  /**
   * Whether this limiter's buckets are large enough to be leased ({@link #takeLeased}): at least
   * {@value #LEASE_FROM_CAPACITY} tokens, so that a lease's block is at least ten of them.
   */
  public boolean leases() {
    return shared != null && capacity >= LEASE_FROM_CAPACITY;
  }

  /**
   * One token of the key's shared bucket, from this instance's lease of a block of it: most takes
   * then cost no database round trip. When the lease is used up or older than {@link #LEASE_TIME},
   * a new block is taken from the shared bucket (a hundredth of it, at most {@value #LEASE_MOST}
   * tokens); a lease's unused tokens are dropped then. So the instances together never let more
   * through than the bucket allows; at worst they refuse a block's worth early. Empty if taken,
   * else how long until the key's bucket has one again. Only for {@link #leases() leasing}
   * limiters.
   */
  public Optional<Duration> takeLeased(String key) {
    if (!leases()) {
      throw new IllegalStateException("buckets of " + capacity + " are not leased");
    }
    long now = ticker.getAsLong();
    lock.lock();
    try {
      Lease lease = leases.get(key);
      if (lease != null && lease.left > 0 && now - lease.since < LEASE_TIME.toNanos()) {
        lease.left--;
        return Optional.empty();
      }
    } finally {
      lock.unlock();
    }
    // outside the lock: a round trip to the database (two threads may both lease a block; the
    // second one's replaces the first's, whose rest is dropped)
    long block = Math.min(LEASE_MOST, capacity / 100);
    long taken = shared.lease(takeOf(key), block);
    if (taken == 0) {
      return Optional.of(waitFor(key).orElse(Duration.ofSeconds(1)));
    }
    lock.lock();
    try {
      leases.put(key, new Lease(taken - 1, now));
    } finally {
      lock.unlock();
    }
    return Optional.empty();
  }

  /**
   * Gives a token taken with {@link #takeLeased} back to this instance's lease of the key's bucket
   * (a token not used after all); dropped if that lease has ended meanwhile.
   */
  public void giveBackLeased(String key) {
    lock.lock();
    try {
      Lease lease = leases.get(key);
      if (lease != null) {
        lease.left++;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Tokens of one key's shared bucket this instance took at once, and since when (ticker). */
  private static final class Lease {
    long left;
    final long since;

    Lease(long left, long since) {
      this.left = left;
      this.since = since;
    }
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
