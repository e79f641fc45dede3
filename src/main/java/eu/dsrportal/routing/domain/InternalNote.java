package eu.dsrportal.routing.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A support colleague's note on a request, for the team only: never shown to the data subject or
 * the customer. Notes are kept as written (no editing), so the thread stays a record.
 */
@Entity
@Table(name = "request_note")
@NamedQuery(
    name = InternalNote.OF_REQUEST,
    query =
        "SELECT n FROM InternalNote n WHERE n.requestId = :requestId ORDER BY n.writtenAt, n.id")
public class InternalNote {
  public static final String OF_REQUEST = "InternalNote.ofRequest";
  public static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(nullable = false, length = 100, updatable = false)
  private String author;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
  private String text;

  protected InternalNote() {}

  public InternalNote(long requestId, String author, Instant at, String text) {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation("teamwork.error.noteEmpty");
    }
    if (text.length() > TEXT_LENGTH) {
      throw new DomainRuleViolation("teamwork.error.noteLong");
    }
    this.requestId = requestId;
    this.author = Objects.requireNonNull(author);
    this.writtenAt = Objects.requireNonNull(at);
    this.text = text.strip();
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }
}
