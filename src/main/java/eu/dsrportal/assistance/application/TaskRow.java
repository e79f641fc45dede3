package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask.Status;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A task as the lists show it: what, for whom, in which state. */
public record TaskRow(
    long id,
    String reference,
    String customerName,
    AssistanceKind kind,
    String title,
    Status status,
    Instant requestedAt,
    String assignee,
    String requestReference)
    implements Serializable {

  /** One page of a list of tasks, newest first. */
  public record Page(List<TaskRow> rows, int number, boolean hasNext) implements Serializable {
    public boolean hasPrevious() {
      return number > 0;
    }
  }
}
