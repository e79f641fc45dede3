package eu.dsrportal.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A mail waiting to be sent, sent, or given up on after too many failed attempts. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
  public static final int ERROR_LENGTH = 1000;

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Lob
  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false, length = 40, updatable = false)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  /** {@link MailPriority#rank()}: lower leaves first. */
  @Column(nullable = false, updatable = false)
  private int priority;

  /** Until when a worker holds this mail (it is being sent); null when nobody does. */
  @Column(name = "claimed_until", insertable = false, updatable = false)
  private Instant claimedUntil;

  /** Sent to a request's data subject (docs/retention.md): its recipient goes with its body. */
  @Column(name = "to_subject", nullable = false, updatable = false)
  private boolean toSubject;

  @Column(name = "subject_request_id", updatable = false)
  private Long subjectRequestId;

  /** When retention emptied its body (docs/retention.md); such a mail is never sent again. */
  @Column(name = "body_cleared_at", insertable = false, updatable = false)
  private Instant bodyClearedAt;

  @Version private long version;

  protected OutboxMessage() {}

  public OutboxMessage(MailMessage mail, Instant now) {
    this.recipient = Objects.requireNonNull(mail.recipient());
    this.subject = Objects.requireNonNull(mail.subject());
    this.body = Objects.requireNonNull(mail.body());
    this.purpose = Objects.requireNonNull(mail.purpose());
    this.toSubject = mail.subjectRequestId() != null;
    this.subjectRequestId = mail.subjectRequestId();
    this.priority = MailPriority.of(mail.purpose()).rank();
    this.status = Status.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void sent(Instant at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  /**
   * Records a failed attempt under the retry policy: FAILED at once for a permanent refusal or
   * after too many transient ones (shown to staff), otherwise due again at the policy's next try.
   */
  public void attemptFailed(DeliveryFailure failure, String error, Instant at, RetryPolicy policy) {
    attempts++;
    lastError = trimError(error);
    policy
        .nextAttempt(failure, attempts, at)
        .ifPresentOrElse(next -> nextAttemptAt = next, () -> status = Status.FAILED);
  }

  /** A transient failure with retries backing off; FAILED after {@code maxAttempts}. */
  public void attemptFailed(String error, Instant at, int maxAttempts) {
    attemptFailed(
        DeliveryFailure.TRANSIENT,
        error,
        at,
        new RetryPolicy(maxAttempts, java.time.Duration.ZERO));
  }

  /** An error text as stored: at most {@link #ERROR_LENGTH} characters. */
  public static String trimError(String error) {
    return error == null
        ? "unknown error"
        : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
  }

  /** Staff ask for a failed message to be tried again. */
  public void retry(Instant at) {
    if (status != Status.FAILED) {
      throw new IllegalStateException("only failed messages are retried");
    }
    status = Status.PENDING;
    attempts = 0;
    nextAttemptAt = at;
  }

  public MailMessage toMail() {
    return new MailMessage(recipient, subject, body, purpose, subjectRequestId);
  }

  /** True when retention emptied its body: there is nothing left to send. */
  public boolean isBodyCleared() {
    return bodyClearedAt != null;
  }

  public Long getSubjectRequestId() {
    return subjectRequestId;
  }

  public boolean isToSubject() {
    return toSubject;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getPurpose() {
    return purpose;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  public MailPriority getPriority() {
    return MailPriority.values()[priority];
  }

  /** A worker holds the mail and is sending it now. */
  public boolean isClaimedAt(Instant now) {
    return claimedUntil != null && claimedUntil.isAfter(now);
  }
}
