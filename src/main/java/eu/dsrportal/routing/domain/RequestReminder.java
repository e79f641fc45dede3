package eu.dsrportal.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder, escalation or SLA notice sent about a request: its history, and the unique key
 * (request, forwarding, kind, sequence) that keeps the job from sending one twice. Written by the
 * job with an {@code INSERT IGNORE} (see {@code ServiceClockReminders}); read here.
 */
@Entity
@Table(name = "request_reminder")
@NamedQuery(
    name = RequestReminder.OF_REQUEST,
    query =
        "SELECT r FROM RequestReminder r WHERE r.requestId = :requestId ORDER BY r.sentAt, r.id")
public class RequestReminder {
  public static final String OF_REQUEST = "RequestReminder.ofRequest";

  @Id private Long id;

  @Column(name = "request_id")
  private long requestId;

  @Column(name = "forwarding_id")
  private long forwardingId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20)
  private ReminderKind kind;

  @Column(name = "sequence")
  private int sequence;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "recipients", length = 1000)
  private String recipients;

  protected RequestReminder() {}

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getForwardingId() {
    return forwardingId;
  }

  public ReminderKind getKind() {
    return kind;
  }

  public int getSequence() {
    return sequence;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  /** To whom it went: addresses for the customer's contacts, usernames for staff. */
  public String getRecipients() {
    return recipients;
  }
}
