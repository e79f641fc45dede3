package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.application.StaffAnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as the staff API shows it. */
@Schema(name = "StaffRequest", description = "A request as support staff see it")
public record RequestView(
    String reference,
    String status,
    @Schema(description = "The kind of request: the data subject's right") String kind,
    String channel,
    String origin,
    Instant receivedAt,
    String subjectName,
    String subjectEmail,
    String organisation,
    String service,
    String language,
    String description,
    boolean notificationForbidden,
    String closeReason,
    Instant closedAt,
    ForwardingView forwarding,
    @Schema(
            description =
                "The customer's GDPR art. 12(3) deadline to answer the data subject (YYYY-MM-DD,"
                    + " to the end of that day), counted from receipt in the customer's holiday"
                    + " calendar; null before the request is forwarded and for an authority's"
                    + " demand or a third party's request, where art. 12(3) sets none",
            nullable = true)
        @JsonbNillable
        LocalDate answerDue,
    @Schema(description = "Whether the customer extended that deadline by two months")
        boolean answerExtended) {

  /** Where the request went. */
  @Schema(name = "Forwarding")
  public record ForwardingView(
      long customerId,
      String customerName,
      Instant forwardedAt,
      String forwardedBy,
      Instant acknowledgedAt) {}

  static RequestView of(
      Request r, Forwarding forwarding, Customer customer, boolean details, ZoneId providerZone) {
    StaffAnswerDeadline deadline = StaffAnswerDeadline.of(r, forwarding, customer, providerZone);
    return new RequestView(
        r.getReference().value(),
        r.getStatus().name(),
        r.getRight().name(),
        r.getChannel().name(),
        r.getOrigin().name(),
        r.getReceivedAt(),
        r.getSubjectName(),
        r.getSubjectEmail(),
        r.getOrganisation(),
        r.getServiceUsed(),
        r.getLanguage().name().toLowerCase(java.util.Locale.ROOT),
        details ? r.getDescription() : null,
        r.isNotificationForbidden(),
        r.getCloseReason() == null ? null : r.getCloseReason().name(),
        r.getClosedAt(),
        forwarding == null
            ? null
            : new ForwardingView(
                forwarding.getCustomerId(),
                customer == null ? null : customer.getName(),
                forwarding.getForwardedAt(),
                forwarding.getForwardedBy(),
                forwarding.getAcknowledgedAt()),
        deadline.due(),
        deadline.due() != null && deadline.isExtended());
  }
}
