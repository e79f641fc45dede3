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

/** A message in a task's thread between the customer and the support team: plain text, kept. */
@Entity
@Table(name = "assistance_comment")
public class TaskComment {
  public static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", updatable = false)
  private AssistanceTask task;

  @Column(nullable = false, length = 100, updatable = false)
  private String author;

  /** Written by a user of the customer (else by the provider's staff). */
  @Column(name = "from_customer", nullable = false, updatable = false)
  private boolean fromCustomer;

  @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
  private String body;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected TaskComment() {}

  TaskComment(AssistanceTask task, String author, boolean fromCustomer, String body, Instant at) {
    this.task = Objects.requireNonNull(task);
    this.author = Objects.requireNonNull(author);
    this.fromCustomer = fromCustomer;
    this.body = Objects.requireNonNull(body);
    this.writtenAt = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public boolean isFromCustomer() {
    return fromCustomer;
  }

  public String getBody() {
    return body;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
