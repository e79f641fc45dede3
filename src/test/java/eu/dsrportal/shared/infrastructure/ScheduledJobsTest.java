package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledJobsTest {

  @Test
  void instancesFiringALittleApartAgreeOnTheDueTime() {
    Instant due = Instant.parse("2026-03-02T03:17:00Z");

    assertThat(ScheduledJobs.dueTime(due.minusMillis(40), Duration.ofMinutes(1))).isEqualTo(due);
    assertThat(ScheduledJobs.dueTime(due.plusSeconds(12), Duration.ofMinutes(1))).isEqualTo(due);
    assertThat(ScheduledJobs.dueTime(due.plusMillis(2_100), Duration.ofSeconds(5))).isEqualTo(due);
  }

  @Test
  void successiveFiringsHaveSuccessiveDueTimes() {
    Instant first = Instant.parse("2026-03-02T10:00:05Z");

    assertThat(ScheduledJobs.dueTime(first.plusSeconds(5), Duration.ofSeconds(5)))
        .isAfter(ScheduledJobs.dueTime(first, Duration.ofSeconds(5)));
  }
}
