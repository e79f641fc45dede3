package eu.dsrportal.assistance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a task's documented instruction (art. 5.2). Version 1 is the instruction as the
 * customer gave it (or the staff's proposal the customer approved); a later change by the customer
 * is a new version. Versions are never changed or deleted.
 */
@Entity
@Table(name = "assistance_instruction")
public class InstructionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", updatable = false)
  private AssistanceTask task;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int number;

  @Column(
      name = "text",
      nullable = false,
      length = AssistanceTask.INSTRUCTION_LENGTH,
      updatable = false)
  private String text;

  @Column(name = "created_by", nullable = false, length = 100, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected InstructionVersion() {}

  InstructionVersion(AssistanceTask task, int number, String text, String by, Instant at) {
    this.task = Objects.requireNonNull(task);
    this.number = number;
    this.text = Objects.requireNonNull(text);
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
