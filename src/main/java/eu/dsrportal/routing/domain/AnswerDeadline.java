package eu.dsrportal.routing.domain;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.LegalPeriod;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's deadline to answer a data subject (GDPR art. 12(3)), counted as Regulation 1182/71
 * art. 3 counts periods: it starts on the day the provider received the request (the conservative
 * date: the controller gains no time by waiting for its processor); a period of months ends at the
 * end of the day in the last month with the same date as the day of receipt, or of that month's
 * last day when it has no such date; and a period whose last day is a Saturday, a Sunday or a
 * public holiday of the customer's calendar ends at the end of the next working day. Extended once,
 * by two further months (three from receipt), and only while the first month runs.
 *
 * @param received the day the provider received the request (Europe/Brussels)
 * @param calendar the customer's holiday calendar
 * @param extended whether the customer extended the period (art. 12(3), second sentence)
 */
public record AnswerDeadline(LocalDate received, HolidayCalendar calendar, boolean extended) {
  static final int MONTHS = 1;
  static final int EXTENDED_MONTHS = 3;

  public AnswerDeadline {
    Objects.requireNonNull(received);
    Objects.requireNonNull(calendar);
  }

  /**
   * The art. 12(3) deadline of a request as its customer has it ({@code forwarding}: the active
   * one, or null before the request is forwarded), in the customer's calendar; none for an
   * authority's demand or a third party's request, where art. 12(3) sets no clock.
   */
  public static Optional<AnswerDeadline> of(
      Request request, Forwarding forwarding, HolidayCalendar calendar, ZoneId providerZone) {
    if (request.getOrigin() != RequestOrigin.DATA_SUBJECT) {
      return Optional.empty();
    }
    return Optional.of(
        new AnswerDeadline(
            request.getReceivedAt().atZone(providerZone).toLocalDate(),
            calendar,
            forwarding != null && forwarding.isExtended()));
  }

  /** The deadline the first month gives, whether or not it was extended. */
  public LocalDate firstDue() {
    return new AnswerDeadline(received, calendar, false).due();
  }

  /** The last day to answer, to its end. */
  public LocalDate due() {
    return LegalPeriod.ofMonths(received, extended ? EXTENDED_MONTHS : MONTHS, calendar);
  }

  /**
   * The deadline extended by two months, on {@code today}: once, and only while the first month
   * runs (up to and including its last day).
   */
  public AnswerDeadline extendOn(LocalDate today) {
    if (extended) {
      throw new DomainRuleViolation("deadline.error.alreadyExtended");
    }
    if (today.isAfter(firstDue())) {
      throw new DomainRuleViolation("deadline.error.extensionTooLate");
    }
    return new AnswerDeadline(received, calendar, true);
  }
}
