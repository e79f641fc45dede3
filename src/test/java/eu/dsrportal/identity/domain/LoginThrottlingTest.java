package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottlingTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private final LoginThrottling throttling = new LoginThrottling(5, Duration.ofMinutes(15));

  private static List<Instant> minutes(int... offsets) {
    return java.util.Arrays.stream(offsets).mapToObj(m -> T0.plus(Duration.ofMinutes(m))).toList();
  }

  @Test
  void fewerFailuresThanTheLimitNeverThrottle() {
    assertThat(throttling.throttledUntil(minutes(0, 1, 2, 3), T0.plus(Duration.ofMinutes(4))))
        .isEmpty();
  }

  @Test
  void theFifthFailureThrottlesUntilTheOldestCountingOneLeavesTheWindow() {
    List<Instant> failures = minutes(0, 1, 2, 3, 4);
    assertThat(throttling.throttledUntil(failures, T0.plus(Duration.ofMinutes(5))))
        .contains(T0.plus(Duration.ofMinutes(15)));
    assertThat(throttling.throttledUntil(failures, T0.plus(Duration.ofMinutes(15))))
        .as("decayed by itself")
        .isEmpty();
  }

  @Test
  void withMoreFailuresTheFifthNewestDecides() {
    assertThat(
            throttling.throttledUntil(minutes(0, 2, 4, 6, 8, 10), T0.plus(Duration.ofMinutes(11))))
        .contains(T0.plus(Duration.ofMinutes(17)));
  }

  @Test
  void theWindowStartsSoLongBeforeNow() {
    assertThat(throttling.windowStart(T0)).isEqualTo(T0.minus(Duration.ofMinutes(15)));
  }
}
