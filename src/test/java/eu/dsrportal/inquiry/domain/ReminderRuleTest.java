package eu.dsrportal.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.inquiry.domain.ReminderRule.Kind;
import eu.dsrportal.inquiry.domain.ReminderRule.Reminder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the support team is reminded of an open inquiry, and under which key (sent once each). */
class ReminderRuleTest {
  private static final ReminderRule RULE = new ReminderRule(5, 7);
  // Friday 10 April 2026; five working days before it, Easter Monday (6 April) skipped: Thursday 2
  private static final LocalDate DUE = LocalDate.of(2026, 4, 10);

  @Test
  void nothingBeforeTheLastWorkingDays() {
    assertThat(RULE.on(LocalDate.of(2026, 4, 1), DUE, HolidayCalendar.BE)).isEmpty();
  }

  @Test
  void dueSoonFromNWorkingDaysBeforeToTheDueDateUnderOneKey() {
    Reminder first = RULE.on(LocalDate.of(2026, 4, 2), DUE, HolidayCalendar.BE).orElseThrow();
    Reminder onTheDay = RULE.on(DUE, DUE, HolidayCalendar.BE).orElseThrow();

    assertThat(first).isEqualTo(new Reminder(Kind.DUE_SOON, "DUE_SOON/2026-04-10"));
    assertThat(onTheDay).isEqualTo(first);
  }

  @Test
  void overdueTheDayAfterAndAgainEveryRepeat() {
    assertThat(RULE.on(LocalDate.of(2026, 4, 11), DUE, HolidayCalendar.BE))
        .contains(new Reminder(Kind.OVERDUE, "OVERDUE/2026-04-10/0"));
    assertThat(RULE.on(LocalDate.of(2026, 4, 17), DUE, HolidayCalendar.BE))
        .contains(new Reminder(Kind.OVERDUE, "OVERDUE/2026-04-10/0"));
    assertThat(RULE.on(LocalDate.of(2026, 4, 18), DUE, HolidayCalendar.BE))
        .contains(new Reminder(Kind.OVERDUE, "OVERDUE/2026-04-10/1"));
    assertThat(RULE.on(LocalDate.of(2026, 4, 25), DUE, HolidayCalendar.BE))
        .contains(new Reminder(Kind.OVERDUE, "OVERDUE/2026-04-10/2"));
  }

  @Test
  void aNewDueDateHasItsOwnKeys() {
    assertThat(RULE.on(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 11), HolidayCalendar.BE))
        .contains(new Reminder(Kind.DUE_SOON, "DUE_SOON/2026-05-11"));
  }
}
