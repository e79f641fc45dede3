package eu.dsrportal.inquiry.domain;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.LegalPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the support team is reminded of an open inquiry: once when its due date is {@code
 * workingDaysBefore} working days away or nearer, and once it is overdue, again every {@code
 * repeatDays} days. Each reminder has a key naming it (and the due date it is about, so an
 * extension starts afresh); the job records a key once per inquiry, which makes it safe to run
 * twice.
 */
public record ReminderRule(int workingDaysBefore, int repeatDays) {

  /** The reminder's kind, as its history entry. */
  public enum Kind {
    DUE_SOON,
    OVERDUE
  }

  /** A reminder that is due, and the key it is sent under once. */
  public record Reminder(Kind kind, String onceKey) {}

  public ReminderRule {
    if (workingDaysBefore < 0 || repeatDays < 1) {
      throw new IllegalArgumentException("reminder days: " + workingDaysBefore + ", " + repeatDays);
    }
  }

  /** The reminder due on {@code today} for an open inquiry due on {@code due}, if any. */
  public Optional<Reminder> on(LocalDate today, LocalDate due, HolidayCalendar calendar) {
    if (today.isAfter(due)) {
      long repeat = ChronoUnit.DAYS.between(due.plusDays(1), today) / repeatDays;
      return Optional.of(new Reminder(Kind.OVERDUE, "OVERDUE/" + due + "/" + repeat));
    }
    if (!today.isBefore(LegalPeriod.workingDaysBefore(due, workingDaysBefore, calendar))) {
      return Optional.of(new Reminder(Kind.DUE_SOON, "DUE_SOON/" + due));
    }
    return Optional.empty();
  }
}
