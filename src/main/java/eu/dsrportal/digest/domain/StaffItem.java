package eu.dsrportal.digest.domain;

import eu.dsrportal.shared.domain.DataSubjectRight;
import java.time.Instant;
import java.util.Objects;

/**
 * An open request's next deadline of our own clock, as the staff digest lists it.
 *
 * @param assignee the support user working on it; null when unassigned
 */
public record StaffItem(
    long requestId,
    String reference,
    DataSubjectRight right,
    DueKind dueKind,
    Instant dueAt,
    String assignee) {

  public StaffItem {
    Objects.requireNonNull(reference);
    Objects.requireNonNull(right);
    Objects.requireNonNull(dueKind);
    Objects.requireNonNull(dueAt);
  }

  public boolean isOverdue(Instant now) {
    return dueAt.isBefore(now);
  }
}
