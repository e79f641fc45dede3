package eu.dsrportal.routing.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Who on the support team works on a request. Routing's fact about intake's request, kept in its
 * own table (one row per assigned request, none when unassigned), so intake never hears of it.
 */
@Entity
@Table(name = "request_assignment")
public class Assignment {
  public static final int USERNAME_LENGTH = 100;

  @Id
  @Column(name = "request_id", updatable = false)
  private long requestId;

  @Column(nullable = false, length = USERNAME_LENGTH)
  private String assignee;

  @Column(name = "assigned_by", nullable = false, length = USERNAME_LENGTH)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Version private long version;

  protected Assignment() {}

  public Assignment(long requestId, String assignee, String by, Instant at) {
    this.requestId = requestId;
    reassign(assignee, by, at);
  }

  /** Gives the request to another colleague (or the same one again: nothing changes then). */
  public void reassign(String assignee, String by, Instant at) {
    if (assignee == null || assignee.isBlank() || assignee.length() > USERNAME_LENGTH) {
      throw new DomainRuleViolation("teamwork.error.assignee");
    }
    if (assignee.equals(this.assignee)) {
      return;
    }
    this.assignee = assignee;
    this.assignedBy = Objects.requireNonNull(by);
    this.assignedAt = Objects.requireNonNull(at);
  }

  public long getRequestId() {
    return requestId;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
