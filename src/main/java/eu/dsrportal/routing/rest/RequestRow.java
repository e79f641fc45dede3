package eu.dsrportal.routing.rest;

import eu.dsrportal.routing.application.RequestSummary;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request in the staff API's list: what the inbox shows of it (no description). */
@Schema(name = "StaffRequestRow")
public record RequestRow(
    String reference,
    String status,
    @Schema(description = "The kind of request: the data subject's right") String kind,
    String channel,
    Instant receivedAt,
    @Schema(description = "Whole days since it was received, in the provider's calendar")
        long ageDays,
    String subjectName,
    String subjectEmail,
    String organisation,
    @Schema(description = "Its customer gave it back (\"not ours\"): to be routed again")
        boolean returned,
    @Schema(description = "The username of the colleague assigned to it, if any") String assignee,
    @Schema(description = "The customer it is forwarded to, if any") Long customerId,
    String customerName,
    @Schema(description = "Its next deadline (docs/service-clock.md), if it has one")
        Instant nextDueAt,
    @Schema(description = "Whose deadline: FORWARD (ours), ACKNOWLEDGE or ANSWER (the customer's)")
        String nextDueKind,
    @Schema(description = "How close the deadline is: OK, DUE_TODAY or OVERDUE") String dueState) {

  static RequestRow of(RequestSummary r) {
    return new RequestRow(
        r.reference(),
        r.status().name(),
        r.right().name(),
        r.channel().name(),
        r.receivedAt(),
        r.ageDays(),
        r.subjectName(),
        r.subjectEmail(),
        r.organisation(),
        r.returned(),
        r.assignee(),
        r.customerId(),
        r.customerName(),
        r.nextDueAt(),
        r.nextDueKind() == null ? null : r.nextDueKind().name(),
        r.dueState() == null ? null : r.dueState().name());
  }
}
