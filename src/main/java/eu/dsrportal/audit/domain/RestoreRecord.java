package eu.dsrportal.audit.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
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
 * One entry of the restore log (Annex B): a backup restored, in a drill or for real, by whom, what
 * it covered, how it went and what had to be re-entered by hand. Never changed once written: a
 * correction is a new entry.
 */
@Entity
@Table(name = "restore_log")
public class RestoreRecord {
  public static final int BACKUP_LENGTH = 200;
  public static final int SCOPE_LENGTH = 500;
  public static final int NAME_LENGTH = 100;
  public static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "restored_at", nullable = false, updatable = false)
  private Instant restoredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RestoreKind kind;

  @Column(name = "backup_name", nullable = false, length = BACKUP_LENGTH, updatable = false)
  private String backupName;

  @Column(nullable = false, length = SCOPE_LENGTH, updatable = false)
  private String scope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RestoreOutcome outcome;

  @Column(name = "restored_by", nullable = false, length = NAME_LENGTH, updatable = false)
  private String restoredBy;

  @Column(name = "re_entered", updatable = false)
  private String reEntered;

  @Column(updatable = false)
  private String notes;

  @Column(name = "recorded_by", nullable = false, length = NAME_LENGTH, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected RestoreRecord() {}

  /**
   * A restore as the administrator records it at {@code recordedAt}: it cannot lie in the future,
   * and one that did not fully succeed says what went wrong.
   */
  public RestoreRecord(
      Instant restoredAt,
      RestoreKind kind,
      String backupName,
      String scope,
      RestoreOutcome outcome,
      String restoredBy,
      String reEntered,
      String notes,
      String recordedBy,
      Instant recordedAt) {
    if (restoredAt.isAfter(recordedAt)) {
      throw new DomainRuleViolation("restores.error.future");
    }
    if (outcome != RestoreOutcome.SUCCEEDED && blank(notes)) {
      throw new DomainRuleViolation("restores.error.notesRequired");
    }
    this.restoredAt = restoredAt;
    this.kind = Objects.requireNonNull(kind);
    this.backupName = backupName.strip();
    this.scope = scope.strip();
    this.outcome = Objects.requireNonNull(outcome);
    this.restoredBy = restoredBy.strip();
    this.reEntered = blank(reEntered) ? null : reEntered.strip();
    this.notes = blank(notes) ? null : notes.strip();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public Long getId() {
    return id;
  }

  public Instant getRestoredAt() {
    return restoredAt;
  }

  public RestoreKind getKind() {
    return kind;
  }

  public String getBackupName() {
    return backupName;
  }

  public String getScope() {
    return scope;
  }

  public RestoreOutcome getOutcome() {
    return outcome;
  }

  public String getRestoredBy() {
    return restoredBy;
  }

  /** What had to be re-entered by hand (work done after the backup was taken); null: nothing. */
  public String getReEntered() {
    return reEntered;
  }

  public String getNotes() {
    return notes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
