package eu.dsrportal.mail.domain;

import java.time.Instant;
import java.util.List;

/**
 * A queued mail a worker holds a claim on, read in the claim's transaction so that it is sent
 * outside any transaction. {@link #messageId()} is the same on every attempt, so that a mail sent
 * twice after a crash is recognisably one mail.
 */
public record ClaimedMail(
    long id, Instant createdAt, int attempts, MailMessage mail, List<MailAttachment> attachments) {

  /** A stable Message-ID for this outbox row, in the sender's domain. */
  public String messageId(String domain) {
    return "<outbox." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
  }
}
