package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Token buckets per key; a full table forgets the key used longest ago, not all (issue 9). */
class RateLimiterTest {
  private static final Duration DAY = Duration.ofDays(1);

  @Test
  void eachKeyHasItsOwnBucket() {
    RateLimiter limiter = new RateLimiter(2, DAY);
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
    assertThat(limiter.tryAcquire("b")).isTrue();
  }

  @Test
  void lookingWhetherAKeyHasAnAttemptLeftTakesNone() {
    RateLimiter limiter = new RateLimiter(1, DAY);
    assertThat(limiter.waitFor("a")).isEmpty();
    assertThat(limiter.waitFor("a")).isEmpty();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.waitFor("a"))
        .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(DAY));
  }

  @Test
  void aFullTableForgetsTheOldestKeyAndKeepsTheStateOfRecentOnes() {
    RateLimiter limiter = new RateLimiter(1, DAY, 3);
    assertThat(limiter.tryAcquire("refused")).isTrue();
    assertThat(limiter.tryAcquire("old")).isTrue();
    assertThat(limiter.tryAcquire("refused")).as("used again: now the most recent").isFalse();
    assertThat(limiter.tryAcquire("other")).isTrue();

    assertThat(limiter.tryAcquire("new")).as("a fourth key").isTrue();

    assertThat(limiter.tracked()).isEqualTo(3);
    assertThat(limiter.tryAcquire("refused")).as("still refused: its bucket was kept").isFalse();
    assertThat(limiter.tryAcquire("other")).as("kept too").isFalse();
    assertThat(limiter.tryAcquire("old")).as("forgotten: a fresh bucket").isTrue();
  }

  @Test
  void cyclingManyKeysNeverClearsTheWholeTable() {
    RateLimiter limiter = new RateLimiter(1, DAY);
    assertThat(limiter.tryAcquire("attacker")).isTrue();
    for (int i = 0; i < RateLimiter.MAX_TRACKED + 10; i++) {
      limiter.tryAcquire("cycled-" + i);
      if (i % 1000 == 0) {
        assertThat(limiter.tryAcquire("attacker")).as("still refused after %d keys", i).isFalse();
      }
    }
    assertThat(limiter.tracked()).isEqualTo(RateLimiter.MAX_TRACKED);
    assertThat(limiter.tryAcquire("attacker")).isFalse();
  }

  @Test
  void anEmptyBucketSaysHowLongUntilItsNextAttemptAndTakesNothing() {
    RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1));
    assertThat(limiter.tryAcquireOrWait("a")).isEmpty();
    assertThat(limiter.tryAcquireOrWait("a")).isEmpty();
    assertThat(limiter.tryAcquireOrWait("a"))
        .as("one attempt comes back every 30 s")
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
    assertThat(limiter.tryAcquireOrWait("b")).isEmpty();
  }

  @Test
  void anAttemptGivenBackCanBeTakenAgainButNeverMoreThanTheBucketHolds() {
    RateLimiter limiter = new RateLimiter(1, DAY);
    assertThat(limiter.tryAcquireOrWait("a")).isEmpty();
    limiter.giveBack("a");
    assertThat(limiter.tryAcquireOrWait("a")).isEmpty();
    assertThat(limiter.tryAcquireOrWait("a")).isPresent();

    limiter.giveBack("b");
    limiter.giveBack("b");
    assertThat(limiter.tryAcquire("b")).isTrue();
    assertThat(limiter.tryAcquire("b")).as("a full bucket takes no more").isFalse();
  }

  @Test
  void aSharedLimiterAsksItsStoreUnderItsOwnNameAndKey() {
    java.util.List<String> calls = new java.util.ArrayList<>();
    RateLimiter.Buckets store =
        new RateLimiter.Buckets() {
          @Override
          public java.util.Optional<Duration> take(String key, long capacity, Duration period) {
            calls.add("take " + key + " " + capacity + " " + period);
            return key.endsWith("busy")
                ? java.util.Optional.of(Duration.ofSeconds(7))
                : java.util.Optional.empty();
          }

          @Override
          public java.util.Optional<Duration> takeAll(java.util.List<Take> takes) {
            calls.add("take all " + takes);
            return java.util.Optional.empty();
          }

          @Override
          public java.util.Optional<Duration> waitFor(String key, long capacity, Duration period) {
            calls.add("look " + key);
            return java.util.Optional.empty();
          }

          @Override
          public void giveBack(String key, long capacity, Duration period) {
            calls.add("back " + key);
          }

          @Override
          public long lease(Take take, long most) {
            calls.add("lease " + take.key() + " " + most);
            return 0;
          }
        };
    RateLimiter limiter = RateLimiter.shared("intake.address", 4, DAY, store);

    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquireOrWait("busy")).contains(Duration.ofSeconds(7));
    limiter.giveBack("10.0.0.1");
    assertThat(limiter.waitFor("10.0.0.2")).isEmpty();
    assertThat(limiter.takeOf("10.0.0.3"))
        .isEqualTo(new RateLimiter.Buckets.Take("intake.address:10.0.0.3", 4, DAY));

    assertThat(calls)
        .containsExactly(
            "take intake.address:10.0.0.1 4 PT24H",
            "take intake.address:busy 4 PT24H",
            "back intake.address:10.0.0.1",
            "look intake.address:10.0.0.2");
  }

  /**
   * One shared bucket in memory, as {@link ThrottleBuckets} keeps it in the database, counting the
   * round trips made to it.
   */
  private static final class OneBucketStore implements RateLimiter.Buckets {
    TokenBucket bucket;
    int leases;
    final java.time.Instant at = java.time.Instant.parse("2026-12-04T10:00:00Z");

    OneBucketStore(long capacity) {
      bucket = TokenBucket.full(capacity, at);
    }

    @Override
    public java.util.Optional<Duration> takeAll(java.util.List<Take> takes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.Optional<Duration> waitFor(String key, long capacity, Duration period) {
      return bucket.hasOne()
          ? java.util.Optional.empty()
          : java.util.Optional.of(bucket.untilOne(capacity, period));
    }

    @Override
    public void giveBack(String key, long capacity, Duration period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long lease(Take take, long most) {
      leases++;
      long taken = Math.min(most, bucket.whole());
      bucket = bucket.minus(taken);
      return taken;
    }
  }

  @Test
  void aLargeBucketIsLeasedInBlocksAndTheInstancesTogetherNeverTakeMoreThanItHolds() {
    OneBucketStore store = new OneBucketStore(1_000);
    long[] tick = {0};
    RateLimiter first = RateLimiter.shared("intake.address", 1_000, DAY, store, () -> tick[0]);
    RateLimiter second = RateLimiter.shared("intake.address", 1_000, DAY, store, () -> tick[0]);
    RateLimiter small = RateLimiter.shared("intake.address", 999, DAY, store);
    assertThat(first.leases()).isTrue();
    assertThat(small.leases()).as("below 1,000 every take is a round trip").isFalse();

    for (int i = 0; i < 25; i++) {
      assertThat(first.takeLeased("10.0.0.1")).as("first, take " + i).isEmpty();
    }
    assertThat(store.leases).as("blocks of a hundredth: 10 tokens each").isEqualTo(3);

    int taken = 25;
    while (second.takeLeased("10.0.0.1").isEmpty()) {
      taken++;
    }
    assertThat(taken)
        .as("the first instance's 5 leased tokens left are not the second's")
        .isEqualTo(995);
    assertThat(first.takeLeased("10.0.0.1")).as("its own lease still holds them").isEmpty();
    assertThat(second.takeLeased("10.0.0.1")).hasValueSatisfying(w -> assertThat(w).isPositive());
  }

  @Test
  void aLeaseEndsAfterItsTimeAndATokenGivenBackGoesToTheLease() {
    OneBucketStore store = new OneBucketStore(10_000);
    long[] tick = {0};
    RateLimiter limiter = RateLimiter.shared("intake.address", 10_000, DAY, store, () -> tick[0]);

    assertThat(limiter.takeLeased("10.0.0.1")).isEmpty();
    assertThat(store.leases).isOne();
    assertThat(store.bucket.whole()).as("a block of 100").isEqualTo(9_900);
    limiter.giveBackLeased("10.0.0.1");
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.takeLeased("10.0.0.1")).isEmpty();
    }
    assertThat(store.leases).as("the token given back was used from the lease").isOne();

    tick[0] = RateLimiter.LEASE_TIME.toNanos();
    assertThat(limiter.takeLeased("10.0.0.1")).isEmpty();
    assertThat(store.leases).as("a new block after the lease's time").isEqualTo(2);
  }
}
