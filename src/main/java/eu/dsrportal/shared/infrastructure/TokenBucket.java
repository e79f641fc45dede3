package eu.dsrportal.shared.infrastructure;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one token bucket kept in the database ({@link ThrottleBuckets}): the tokens it held
 * when last refilled, and when that was. It refills greedily, {@code capacity} tokens per {@code
 * period} spread evenly, never above {@code capacity} (as Bucket4j's greedy refill).
 */
public record TokenBucket(double tokens, Instant refilledAt) {

  /** A full bucket at {@code now}. */
  public static TokenBucket full(long capacity, Instant now) {
    return new TokenBucket(capacity, now);
  }

  /** This bucket at {@code now}, with what flowed in since it was last refilled. */
  public TokenBucket refilled(Instant now, long capacity, Duration period) {
    if (!now.isAfter(refilledAt)) {
      return this;
    }
    double added =
        (double) Duration.between(refilledAt, now).toNanos() * capacity / period.toNanos();
    return new TokenBucket(Math.min(capacity, tokens + added), now);
  }

  public boolean hasOne() {
    return tokens >= 1;
  }

  public TokenBucket minus(long taken) {
    return new TokenBucket(tokens - taken, refilledAt);
  }

  /** The whole tokens in the bucket. */
  public long whole() {
    return (long) Math.floor(tokens);
  }

  /** One token back, never above {@code capacity}. */
  public TokenBucket plusOne(long capacity) {
    return new TokenBucket(Math.min(capacity, tokens + 1), refilledAt);
  }

  /** How long until the bucket holds one token (zero when it does). */
  public Duration untilOne(long capacity, Duration period) {
    return hasOne() ? Duration.ZERO : nanosFor(1 - tokens, capacity, period);
  }

  /** When the bucket is full again (from then on the row can go). */
  public Instant fullAt(long capacity, Duration period) {
    return refilledAt.plus(nanosFor(capacity - tokens, capacity, period));
  }

  private static Duration nanosFor(double missing, long capacity, Duration period) {
    return Duration.ofNanos((long) Math.ceil(missing * period.toNanos() / capacity));
  }
}
