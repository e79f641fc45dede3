package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.Forwarding;
import java.time.Instant;
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
    ForwardingView forwarding) {

  /** Where the request went. */
  @Schema(name = "Forwarding")
  public record ForwardingView(
      long customerId,
      String customerName,
      Instant forwardedAt,
      String forwardedBy,
      Instant acknowledgedAt) {}

  static RequestView of(Request r, Forwarding forwarding, Customer customer, boolean details) {
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
                forwarding.getAcknowledgedAt()));
  }
}
