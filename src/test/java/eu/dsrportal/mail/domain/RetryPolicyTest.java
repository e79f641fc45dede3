package eu.dsrportal.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10));

  @Test
  void aPermanentRefusalFailsAtOnce() {
    assertThat(policy.nextAttempt(DeliveryFailure.PERMANENT, 1, NOW)).isEmpty();
  }

  @Test
  void transientFailuresBackOffExponentiallyThenGiveUp() {
    assertThat(policy.nextAttempt(DeliveryFailure.TRANSIENT, 1, NOW)).contains(NOW.plusSeconds(30));
    assertThat(policy.nextAttempt(DeliveryFailure.TRANSIENT, 2, NOW)).contains(NOW.plusSeconds(60));
    assertThat(policy.nextAttempt(DeliveryFailure.TRANSIENT, 4, NOW))
        .contains(NOW.plusSeconds(240));
    assertThat(policy.nextAttempt(DeliveryFailure.TRANSIENT, 5, NOW)).isEmpty();
  }

  @Test
  void theBackOffIsCappedAtHalfAnHour() {
    RetryPolicy patient = new RetryPolicy(100, Duration.ofSeconds(10));
    assertThat(patient.nextAttempt(DeliveryFailure.TRANSIENT, 30, NOW))
        .contains(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void anUnavailableServerIsProbedSoonAndNeverFailsTheMail() {
    assertThat(policy.nextAttempt(DeliveryFailure.SERVER_UNAVAILABLE, 1, NOW))
        .contains(NOW.plusSeconds(10));
    assertThat(policy.nextAttempt(DeliveryFailure.SERVER_UNAVAILABLE, 500, NOW))
        .contains(NOW.plusSeconds(10));
  }
}
