package eu.dsrportal.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private final RetentionPolicy policy = new RetentionPolicy(24, 30, 24);

  private static Instant brussels(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(BRUSSELS).toInstant();
  }

  @Test
  void aRequestIsDueTheMomentItsMonthsAfterClosingHavePassedOnTheBrusselsCalendar() {
    Instant closed = brussels(2024, 3, 31, 23, 30);
    assertThat(policy.requestDue(closed, null, brussels(2026, 3, 31, 23, 29))).isFalse();
    assertThat(policy.requestDue(closed, null, brussels(2026, 3, 31, 23, 30))).isTrue();
  }

  @Test
  void theEndOfAShortMonthCountsAsTheSameDayAMonthLater() {
    Instant closed = brussels(2026, 1, 31, 10, 0);
    RetentionPolicy oneMonth = new RetentionPolicy(1, 30, 24);
    assertThat(oneMonth.requestDue(closed, null, brussels(2026, 2, 28, 9, 59))).isFalse();
    assertThat(oneMonth.requestDue(closed, null, brussels(2026, 2, 28, 10, 0))).isTrue();
  }

  @Test
  void aCustomersOwnPeriodReplacesTheDefaultShorterOrLonger() {
    Instant closed = brussels(2025, 1, 10, 12, 0);
    Instant now = brussels(2026, 1, 11, 12, 0);
    assertThat(policy.requestDue(closed, null, now)).isFalse();
    assertThat(policy.requestDue(closed, 12, now)).isTrue();
    assertThat(policy.requestDue(brussels(2023, 2, 10, 12, 0), 36, now)).isFalse();
    assertThat(policy.monthsFor(null)).isEqualTo(24);
    assertThat(policy.monthsFor(6)).isEqualTo(6);
  }

  @Test
  void mailBodiesAndOrphansHaveTheirOwnCutOffs() {
    Instant now = Instant.parse("2026-12-04T03:41:00Z");
    assertThat(policy.mailBodiesSentBefore(now)).isEqualTo(Instant.parse("2026-11-04T03:41:00Z"));
    assertThat(policy.orphansWrittenBefore(now)).isEqualTo(Instant.parse("2026-12-03T03:41:00Z"));
  }

  @Test
  void periodsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new RetentionPolicy(0, 30, 24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPolicy(241, 30, 24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPolicy(24, 0, 24))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
