package eu.dsrportal.mail.domain;

/**
 * A plain-text mail: to whom, about what, and why it is sent (for staff, never personal data). A
 * mail to a request's data subject (or to whoever wrote for them) names that request in {@code
 * subjectRequestId}, so that its recipient goes with the request's personal data
 * (docs/retention.md); null for mails to customers and staff.
 */
public record MailMessage(
    String recipient, String subject, String body, String purpose, Long subjectRequestId) {

  /** A mail to a customer or a staff member. */
  public MailMessage(String recipient, String subject, String body, String purpose) {
    this(recipient, subject, body, purpose, null);
  }

  /** A mail to the data subject of request {@code requestId}. */
  public static MailMessage toSubjectOf(
      long requestId, String recipient, String subject, String body, String purpose) {
    return new MailMessage(recipient, subject, body, purpose, requestId);
  }
}
