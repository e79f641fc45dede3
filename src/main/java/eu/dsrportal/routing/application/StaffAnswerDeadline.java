package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The customer's art. 12(3) deadline of a request as the provider's staff see it: none for an
 * authority's demand or a third party's request (the origin says which); not known before the
 * request is forwarded (the deadline runs from receipt, but in the calendar of the customer that
 * has it); else the date, and the extension the customer recorded, if any.
 *
 * @param due null where none applies or before the forward
 * @param firstDue the first month's deadline (null as {@code due})
 */
public record StaffAnswerDeadline(
    RequestOrigin origin,
    LocalDate due,
    LocalDate firstDue,
    Instant extendedAt,
    String extendedBy,
    String extensionReason) {

  /** {@code forwarding}: the active one, or null; {@code customer}: the one it went to. */
  public static StaffAnswerDeadline of(
      Request request, Forwarding forwarding, Customer customer, ZoneId providerZone) {
    Optional<AnswerDeadline> deadline =
        forwarding == null || customer == null
            ? Optional.empty()
            : AnswerDeadline.of(request, forwarding, customer.getHolidayCalendar(), providerZone);
    boolean extended = forwarding != null && forwarding.isExtended();
    return new StaffAnswerDeadline(
        request.getOrigin(),
        deadline.map(AnswerDeadline::due).orElse(null),
        deadline.map(AnswerDeadline::firstDue).orElse(null),
        extended ? forwarding.getExtendedAt() : null,
        extended ? forwarding.getExtendedBy() : null,
        extended ? forwarding.getExtensionReason() : null);
  }

  /** Whether art. 12(3) sets the customer a deadline: on a data subject's own request only. */
  public boolean isApplicable() {
    return origin == RequestOrigin.DATA_SUBJECT;
  }

  public boolean isExtended() {
    return extendedAt != null;
  }
}
