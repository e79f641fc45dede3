package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DataSubjectRight;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the subject may see of their own request: where it is and, once forwarded, whom it went to
 * and how to reach them (the customer's public contact, contract art. 6.5), and while that
 * organisation has it, the date by which it must answer (GDPR art. 12(3)) and, when it extended
 * that period, when and why (the subject must be told of an extension and its reasons). Nothing
 * else.
 *
 * @param answerDue null unless the request is a data subject's own and a customer has it, open
 * @param extendedOn the provider's date of the extension; null unless the customer extended
 */
public record SubjectStatusView(
    String reference,
    DataSubjectRight right,
    Instant receivedAt,
    RequestStatus status,
    String forwardedTo,
    String forwardedToContact,
    CloseReason closeReason,
    LocalDate answerDue,
    LocalDate extendedOn,
    String extensionReason) {

  public boolean extended() {
    return extendedOn != null;
  }
}
