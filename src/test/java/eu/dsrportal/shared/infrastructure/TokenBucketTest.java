package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void aFullBucketGivesItsCapacityThenRefuses() {
    TokenBucket bucket = TokenBucket.full(3, T0);
    for (int i = 0; i < 3; i++) {
      assertThat(bucket.hasOne()).isTrue();
      bucket = bucket.minus(1);
    }
    assertThat(bucket.hasOne()).isFalse();
    assertThat(bucket.untilOne(3, HOUR)).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void itRefillsEvenlyOverThePeriodAndNeverAboveCapacity() {
    TokenBucket empty = new TokenBucket(0, T0);

    assertThat(empty.refilled(T0.plus(Duration.ofMinutes(20)), 3, HOUR).tokens())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(empty.refilled(T0.plus(Duration.ofHours(5)), 3, HOUR).tokens()).isEqualTo(3.0);
    assertThat(empty.refilled(T0.minusSeconds(5), 3, HOUR)).isEqualTo(empty);
  }

  @Test
  void aTokenGivenBackNeverOverfillsTheBucket() {
    assertThat(TokenBucket.full(2, T0).plusOne(2).tokens()).isEqualTo(2.0);
    assertThat(new TokenBucket(0.5, T0).plusOne(2).tokens()).isEqualTo(1.5);
  }

  @Test
  void theBucketIsFullAgainWhenWhatIsMissingHasFlowedIn() {
    assertThat(new TokenBucket(1, T0).fullAt(3, HOUR)).isEqualTo(T0.plus(Duration.ofMinutes(40)));
    assertThat(TokenBucket.full(3, T0).fullAt(3, HOUR)).isEqualTo(T0);
  }
}
