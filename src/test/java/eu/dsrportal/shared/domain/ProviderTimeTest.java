package eu.dsrportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProviderTimeTest {

  private static ProviderTime at(String instant) {
    return new ProviderTime(
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ProviderTime.DEFAULT_ZONE);
  }

  @Test
  void halfPastMidnightInBrusselsInWinterIsAlreadyTheNewDayAndMonth() {
    ProviderTime time = at("2026-01-31T23:30:00Z"); // 00:30 on 1 February, UTC+1
    assertThat(time.today()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(time.thisMonth()).isEqualTo(YearMonth.of(2026, 2));
  }

  @Test
  void halfPastMidnightInBrusselsInSummerIsAlreadyTheNewDayAndMonth() {
    ProviderTime time = at("2026-07-31T22:30:00Z"); // 00:30 on 1 August, UTC+2
    assertThat(time.today()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(time.thisMonth()).isEqualTo(YearMonth.of(2026, 8));
  }

  @Test
  void halfPastElevenInBrusselsIsStillTheSameDay() {
    assertThat(at("2026-01-31T22:30:00Z").today()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(at("2026-07-31T21:30:00Z").today()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(at("2026-12-31T22:30:00Z").thisMonth()).isEqualTo(YearMonth.of(2026, 12));
  }

  @Test
  void aDayStartsAtMidnightInBrussels() {
    ProviderTime time = at("2026-07-01T12:00:00Z");
    assertThat(time.startOf(LocalDate.of(2026, 7, 1)))
        .isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
    assertThat(time.startOf(LocalDate.of(2026, 1, 1)))
        .isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(time.dateOf(Instant.parse("2026-06-30T22:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 7, 1));
  }
}
