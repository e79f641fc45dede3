package eu.dsrportal.inquiry.domain;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.LegalPeriod;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The provider's period to answer an inquiry, counted from the day the provider received it, as
 * Regulation 1182/71 counts periods ({@link LegalPeriod}) in the provider's calendar: audit
 * information (art. 8.5) one month, two once extended ("met een gelijke periode"); the
 * sub-processor list (art. 11.3) 30 days, not extendable. Either rolls to the next working day.
 *
 * @param kind what is asked for
 * @param received the day the provider received the inquiry (Europe/Brussels)
 * @param calendar the provider's holiday calendar
 * @param extended whether the provider extended the period (art. 8.5 only)
 */
public record InquiryClock(
    InquiryKind kind, LocalDate received, HolidayCalendar calendar, boolean extended) {
  static final int MONTHS = 1;
  static final int EXTENDED_MONTHS = 2;
  static final int SUBPROCESSOR_LIST_DAYS = 30;

  public InquiryClock {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(received);
    Objects.requireNonNull(calendar);
  }

  /** The last day to answer, to its end. */
  public LocalDate due() {
    return switch (kind) {
      case AUDIT_INFORMATION ->
          LegalPeriod.ofMonths(received, extended ? EXTENDED_MONTHS : MONTHS, calendar);
      case SUBPROCESSOR_LIST -> LegalPeriod.ofDays(received, SUBPROCESSOR_LIST_DAYS, calendar);
    };
  }

  /** Whether {@link #extendOn} would accept {@code today}. */
  public boolean extendableOn(LocalDate today) {
    return kind == InquiryKind.AUDIT_INFORMATION && !extended && !today.isAfter(due());
  }

  /**
   * The period extended by one further month, on {@code today}: audit information only, once, and
   * only while the first period runs (up to and including its last day).
   */
  public InquiryClock extendOn(LocalDate today) {
    if (kind != InquiryKind.AUDIT_INFORMATION) {
      throw new DomainRuleViolation("inquiry.error.notExtendable");
    }
    if (extended) {
      throw new DomainRuleViolation("inquiry.error.alreadyExtended");
    }
    if (today.isAfter(due())) {
      throw new DomainRuleViolation("inquiry.error.extensionTooLate");
    }
    return new InquiryClock(kind, received, calendar, true);
  }
}
