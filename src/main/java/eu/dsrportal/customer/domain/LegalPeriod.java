package eu.dsrportal.customer.domain;

import java.time.LocalDate;

/**
 * The end of a period counted as Regulation 1182/71 art. 3 counts it, from the day of the event
 * that starts it (that day itself not counted): a period of months ends on the day of the last
 * month with the same date, or on that month's last day when it has no such date; a period of days
 * ends on the last of those days; either, when it is a Saturday, a Sunday or a public holiday of
 * the calendar, ends on the next working day. Used by the customer's art. 12(3) deadline ({@code
 * routing.domain.AnswerDeadline}) and the contract's own periods.
 */
public final class LegalPeriod {
  private LegalPeriod() {}

  /** The last day of a period of {@code months} months starting on {@code start}. */
  public static LocalDate ofMonths(LocalDate start, int months, HolidayCalendar calendar) {
    // plusMonths keeps the date, or takes the month's last day when it has none: the rule itself
    return calendar.thisOrNextWorkingDay(start.plusMonths(months));
  }

  /** The last day of a period of {@code days} calendar days starting on {@code start}. */
  public static LocalDate ofDays(LocalDate start, int days, HolidayCalendar calendar) {
    return calendar.thisOrNextWorkingDay(start.plusDays(days));
  }

  /** The working day {@code count} working days before {@code day} (the day itself if 0). */
  public static LocalDate workingDaysBefore(LocalDate day, int count, HolidayCalendar calendar) {
    LocalDate d = day;
    int left = count;
    while (left > 0) {
      d = d.minusDays(1);
      if (calendar.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
