package eu.dsrportal.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Retry-After of a throttled token call: whole seconds, never too early, never zero. */
class StaffApiGuardTest {

  @Test
  void retryAfterRoundsUpToWholeSecondsAndIsAtLeastOne() {
    assertThat(StaffApiGuard.retryAfterSeconds(Duration.ofMillis(5_001))).isEqualTo(6);
    assertThat(StaffApiGuard.retryAfterSeconds(Duration.ofSeconds(6))).isEqualTo(6);
    assertThat(StaffApiGuard.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
    assertThat(StaffApiGuard.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
  }
}
