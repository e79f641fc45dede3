package eu.dsrportal.breach.application;

import eu.dsrportal.shared.domain.Language;
import java.time.Instant;

/**
 * A customer a breach affects, as the notice would reach it: its primary privacy contact and
 * language; when it was last told of this breach, and whether of the current revision.
 *
 * @param lastToldAt null when never
 */
public record NoticeRecipient(
    long customerId,
    String customerName,
    String contactName,
    String contactEmail,
    Language language,
    Instant lastToldAt,
    boolean toldOfThisRevision) {

  /** "Name <address>", as a mail client shows a recipient. */
  public String mailbox() {
    return contactName + " <" + contactEmail + ">";
  }
}
