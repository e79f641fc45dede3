package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.domain.DueKind;
import eu.dsrportal.routing.domain.DueState;
import eu.dsrportal.shared.domain.DataSubjectRight;
import java.io.Serializable;
import java.time.Instant;

/**
 * A request as a staff list shows it: a row of the inbox or of the staff API's list.
 *
 * @param returned whether its customer gave it back ("not ours"): to be routed again
 * @param ageDays whole days since the day it was received, in the provider's calendar
 * @param assignee the username of the colleague working on it, or null
 * @param customerId the customer it is forwarded to, or null (then customerName is null too)
 * @param nextDueAt its next deadline (docs/service-clock.md), or null when it has none
 * @param nextDueKind whose deadline that is, or null
 * @param dueState how close the deadline is, or null
 */
public record RequestSummary(
    long id,
    String reference,
    Instant receivedAt,
    long ageDays,
    String subjectName,
    String subjectEmail,
    String organisation,
    DataSubjectRight right,
    Channel channel,
    RequestStatus status,
    boolean returned,
    String assignee,
    Long customerId,
    String customerName,
    Instant nextDueAt,
    DueKind nextDueKind,
    DueState dueState)
    implements Serializable {}
