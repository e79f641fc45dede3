package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DataSubjectRight;
import java.time.Instant;

/**
 * What the subject may see of their own request: where it is and, once forwarded, whom it went to
 * and how to reach them (the customer's public contact, contract art. 6.5). Nothing else.
 */
public record SubjectStatusView(
    String reference,
    DataSubjectRight right,
    Instant receivedAt,
    RequestStatus status,
    String forwardedTo,
    String forwardedToContact,
    CloseReason closeReason) {}
