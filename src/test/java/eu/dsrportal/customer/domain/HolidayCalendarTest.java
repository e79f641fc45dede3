package eu.dsrportal.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

  @ParameterizedTest
  @CsvSource({
    "2008, 2008-03-23",
    "2016, 2016-03-27",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
    assertThat(HolidayCalendar.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void belgiumHasItsTenLegalHolidays() {
    assertThat(HolidayCalendar.BE.holidays(2026))
        .containsExactly(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-04-06"), // Easter Monday
            LocalDate.parse("2026-05-01"),
            LocalDate.parse("2026-05-14"), // Ascension Day
            LocalDate.parse("2026-05-25"), // Whit Monday
            LocalDate.parse("2026-07-21"),
            LocalDate.parse("2026-08-15"),
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-11"),
            LocalDate.parse("2026-12-25"));
  }

  @Test
  void theNetherlandsHasTheDaysOfTheAlgemeneTermijnenwet() {
    assertThat(HolidayCalendar.NL.holidays(2026))
        .containsExactly(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-04-06"), // tweede Paasdag
            LocalDate.parse("2026-04-27"), // King's Day
            LocalDate.parse("2026-05-05"),
            LocalDate.parse("2026-05-14"), // Hemelvaartsdag
            LocalDate.parse("2026-05-25"), // tweede Pinksterdag
            LocalDate.parse("2026-12-25"),
            LocalDate.parse("2026-12-26"));
    assertThat(HolidayCalendar.NL.isHoliday(LocalDate.parse("2026-04-03")))
        .as("Good Friday is not in the law's list")
        .isFalse();
  }

  @Test
  void kingsDayIsThe26thWhenThe27thIsASunday() {
    assertThat(HolidayCalendar.NL.isHoliday(LocalDate.parse("2025-04-26"))).isTrue();
    assertThat(HolidayCalendar.NL.isHoliday(LocalDate.parse("2025-04-27"))).isFalse();
    assertThat(HolidayCalendar.NL.isHoliday(LocalDate.parse("2026-04-27"))).isTrue();
  }

  @Test
  void ascensionDayOnAFixedHolidayIsOneDay() {
    // 2008: Ascension Day on 1 May; 2016: on 5 May
    assertThat(HolidayCalendar.BE.holidays(2008))
        .hasSize(9)
        .contains(LocalDate.parse("2008-05-01"));
    assertThat(HolidayCalendar.NL.holidays(2016))
        .hasSize(7)
        .contains(LocalDate.parse("2016-05-05"));
  }

  @Test
  void theNextWorkingDaySkipsWeekendsAndHolidays() {
    // Friday 25 December 2026: Saturday, Sunday, then Monday 28th
    assertThat(HolidayCalendar.BE.thisOrNextWorkingDay(LocalDate.parse("2026-12-25")))
        .isEqualTo("2026-12-28");
    // Friday 26 December 2025: a working day in Belgium, Tweede Kerstdag in the Netherlands
    assertThat(HolidayCalendar.BE.thisOrNextWorkingDay(LocalDate.parse("2025-12-26")))
        .isEqualTo("2025-12-26");
    assertThat(HolidayCalendar.NL.thisOrNextWorkingDay(LocalDate.parse("2025-12-26")))
        .isEqualTo("2025-12-29");
  }
}
