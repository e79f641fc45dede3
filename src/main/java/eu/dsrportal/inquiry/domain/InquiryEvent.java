package eu.dsrportal.inquiry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of an inquiry's history: what happened, when, by whom (a user, or "system" for the
 * reminder job), with a note (the extension's reason). Reminders are written by the job itself
 * under their once-key (see {@code InquiryReminders}), never through this class.
 */
@Entity
@Table(name = "inquiry_event")
public class InquiryEvent {
  public static final int NOTE_LENGTH = 2000;

  /** The actor of what the reminder job does. */
  public static final String SYSTEM = "system";

  public enum Type {
    REGISTERED,
    EXTENDED,
    DUE_SOON,
    OVERDUE,
    ANSWERED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "inquiry_id", updatable = false)
  private Inquiry inquiry;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Type type;

  @Column(name = "happened_at", nullable = false, updatable = false)
  private Instant happenedAt;

  @Column(nullable = false, length = 100, updatable = false)
  private String actor;

  @Column(length = NOTE_LENGTH, updatable = false)
  private String note;

  protected InquiryEvent() {}

  InquiryEvent(Inquiry inquiry, Type type, Instant happenedAt, String actor, String note) {
    this.inquiry = Objects.requireNonNull(inquiry);
    this.type = Objects.requireNonNull(type);
    this.happenedAt = Objects.requireNonNull(happenedAt);
    this.actor = Objects.requireNonNull(actor);
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Type getType() {
    return type;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
