package eu.dsrportal.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A request's next deadline ({@link ServiceClock#next}), kept in its own row so that the lists sort
 * and filter by it with an index; written in the transaction of every step that moves it.
 */
@Entity
@Table(name = "request_deadline")
public class RequestDeadline {

  @Id
  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "next_due_at", nullable = false)
  private Instant nextDueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_due_kind", nullable = false, length = 20)
  private DueKind nextDueKind;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  protected RequestDeadline() {}

  public RequestDeadline(long requestId) {
    this.requestId = requestId;
  }

  public void set(ServiceClock.Due due, Long customerId, Instant at) {
    this.nextDueAt = Objects.requireNonNull(due.at());
    this.nextDueKind = Objects.requireNonNull(due.kind());
    this.customerId = customerId;
    this.computedAt = Objects.requireNonNull(at);
  }

  public Long getRequestId() {
    return requestId;
  }

  public Instant getNextDueAt() {
    return nextDueAt;
  }

  public DueKind getNextDueKind() {
    return nextDueKind;
  }

  public Long getCustomerId() {
    return customerId;
  }
}
