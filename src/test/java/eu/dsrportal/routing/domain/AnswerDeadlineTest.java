package eu.dsrportal.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** GDPR art. 12(3) counted as Regulation 1182/71 art. 3 counts a period of months. */
class AnswerDeadlineTest {

  @ParameterizedTest(name = "received {0} ({1}): due {2}")
  @CsvSource({
    // month ends: the same date, or the month's last day
    "2026-01-31, BE, 2026-03-02", // 28 February 2026 is a Saturday
    "2028-01-31, BE, 2028-02-29", // leap year: Tuesday 29 February
    "2027-01-31, NL, 2027-03-01", // 28 February 2027 is a Sunday
    "2026-03-31, BE, 2026-04-30",
    "2026-01-15, BE, 2026-02-16", // 15 February 2026 is a Sunday
    // received on a weekend: counted from that day all the same
    "2026-01-03, BE, 2026-02-03",
    "2026-02-07, NL, 2026-03-09", // lands on Saturday 7 March
    // Easter Monday, Ascension Day, Whit Monday: both calendars
    "2026-03-06, BE, 2026-04-07",
    "2026-03-06, NL, 2026-04-07",
    "2026-04-14, BE, 2026-05-15",
    "2026-04-14, NL, 2026-05-15",
    "2026-04-25, BE, 2026-05-26",
    "2026-04-25, NL, 2026-05-26",
    // Belgian days only
    "2026-06-21, BE, 2026-07-22",
    "2026-06-21, NL, 2026-07-21",
    "2026-10-11, BE, 2026-11-12",
    "2026-10-11, NL, 2026-11-11",
    "2026-07-15, BE, 2026-08-17", // 15 August 2026 is a Saturday anyway
    // Dutch days only: King's Day, 5 May, Tweede Kerstdag
    "2026-03-27, NL, 2026-04-28",
    "2026-03-27, BE, 2026-04-27",
    "2026-04-05, NL, 2026-05-06",
    "2026-04-05, BE, 2026-05-05",
    "2025-11-26, NL, 2025-12-29",
    "2025-11-26, BE, 2025-12-26",
    // New Year's Day
    "2025-12-01, BE, 2026-01-02"
  })
  void oneMonthEndsOnTheSameDateOrTheNextWorkingDay(
      LocalDate received, HolidayCalendar calendar, LocalDate due) {
    assertThat(new AnswerDeadline(received, calendar, false).due()).isEqualTo(due);
  }

  @ParameterizedTest(name = "received {0} ({1}), extended: due {2}")
  @CsvSource({
    "2026-01-31, BE, 2026-04-30",
    "2025-11-30, BE, 2026-03-02", // 28 February 2026 is a Saturday
    "2026-03-06, NL, 2026-06-08", // 6 June 2026 is a Saturday
    "2026-02-21, BE, 2026-05-21"
  })
  void anExtendedPeriodIsThreeMonthsFromReceipt(
      LocalDate received, HolidayCalendar calendar, LocalDate due) {
    assertThat(new AnswerDeadline(received, calendar, true).due()).isEqualTo(due);
  }

  @Test
  void theExtensionIsOnlyPossibleWhileTheFirstMonthRuns() {
    AnswerDeadline deadline =
        new AnswerDeadline(LocalDate.parse("2026-01-31"), HolidayCalendar.BE, false);
    // due Monday 2 March: extending on that very day is still in time
    assertThat(deadline.extendOn(LocalDate.parse("2026-03-02")).due()).isEqualTo("2026-04-30");
    assertThat(deadline.extendOn(LocalDate.parse("2026-02-01")).extended()).isTrue();
    assertThatThrownBy(() -> deadline.extendOn(LocalDate.parse("2026-03-03")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("deadline.error.extensionTooLate");
    AnswerDeadline extended = deadline.extendOn(LocalDate.parse("2026-02-10"));
    assertThatThrownBy(() -> extended.extendOn(LocalDate.parse("2026-02-11")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("deadline.error.alreadyExtended");
  }

  /** The rule itself, for every day of seven years in both calendars. */
  @ParameterizedTest
  @EnumSource(HolidayCalendar.class)
  void everyDueDateIsTheFirstWorkingDayFromTheSameDateNextMonth(HolidayCalendar calendar) {
    for (LocalDate received = LocalDate.parse("2024-01-01");
        received.isBefore(LocalDate.parse("2031-01-01"));
        received = received.plusDays(1)) {
      LocalDate due = new AnswerDeadline(received, calendar, false).due();
      LocalDate sameDate = received.plusMonths(1);
      assertThat(sameDate.getDayOfMonth())
          .isEqualTo(Math.min(received.getDayOfMonth(), sameDate.lengthOfMonth()));
      assertThat(due).isAfterOrEqualTo(sameDate);
      assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(calendar.isHoliday(due)).isFalse();
      for (LocalDate skipped = sameDate; skipped.isBefore(due); skipped = skipped.plusDays(1)) {
        assertThat(calendar.isWorkingDay(skipped)).as("%s skipped", skipped).isFalse();
      }
    }
  }
}
