package eu.dsrportal.assistance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a task's work history: a time entry or item created, changed or deleted, with its
 * values before and after as text. Append-only, and kept when the entry or item is deleted, so a
 * correction before billing stays visible.
 */
@Entity
@Table(name = "work_history")
public class WorkChange {
  public static final int TEXT_LENGTH = 1000;

  public enum Line {
    TIME,
    ITEM
  }

  public enum Action {
    CREATED,
    CHANGED,
    DELETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Enumerated(EnumType.STRING)
  @Column(name = "line_type", nullable = false, length = 10, updatable = false)
  private Line line;

  @Column(name = "line_id", nullable = false, updatable = false)
  private long lineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Action action;

  @Column(name = "before_text", length = TEXT_LENGTH, updatable = false)
  private String before;

  @Column(name = "after_text", length = TEXT_LENGTH, updatable = false)
  private String after;

  @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected WorkChange() {}

  private WorkChange(
      long taskId,
      Line line,
      long lineId,
      Action action,
      String before,
      String after,
      String by,
      Instant at) {
    this.taskId = taskId;
    this.line = Objects.requireNonNull(line);
    this.lineId = lineId;
    this.action = Objects.requireNonNull(action);
    this.before = cut(before);
    this.after = cut(after);
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(at);
  }

  public static WorkChange created(TimeEntry entry, String by, Instant at) {
    return time(entry, Action.CREATED, null, entry.summary(), by, at);
  }

  public static WorkChange changed(TimeEntry entry, String before, String by, Instant at) {
    return time(entry, Action.CHANGED, before, entry.summary(), by, at);
  }

  public static WorkChange deleted(TimeEntry entry, String by, Instant at) {
    return time(entry, Action.DELETED, entry.summary(), null, by, at);
  }

  public static WorkChange created(AssistanceItem item, String by, Instant at) {
    return item(item, Action.CREATED, null, item.summary(), by, at);
  }

  public static WorkChange changed(AssistanceItem item, String before, String by, Instant at) {
    return item(item, Action.CHANGED, before, item.summary(), by, at);
  }

  public static WorkChange deleted(AssistanceItem item, String by, Instant at) {
    return item(item, Action.DELETED, item.summary(), null, by, at);
  }

  private static WorkChange time(
      TimeEntry e, Action action, String before, String after, String by, Instant at) {
    return new WorkChange(e.getTask().getId(), Line.TIME, e.getId(), action, before, after, by, at);
  }

  private static WorkChange item(
      AssistanceItem i, Action action, String before, String after, String by, Instant at) {
    return new WorkChange(i.getTask().getId(), Line.ITEM, i.getId(), action, before, after, by, at);
  }

  private static String cut(String text) {
    return text == null || text.length() <= TEXT_LENGTH
        ? text
        : text.substring(0, TEXT_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public Line getLine() {
    return line;
  }

  public long getLineId() {
    return lineId;
  }

  public Action getAction() {
    return action;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
