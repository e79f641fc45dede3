package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.RestoreKind;
import eu.dsrportal.audit.domain.RestoreOutcome;
import eu.dsrportal.audit.domain.RestoreRecord;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A restore as an administrator enters it: when as a date and a time of the provider's zone. */
public class RestoreForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{restores.restoredOn.required}")
  private LocalDate restoredOn;

  @NotNull(message = "{restores.restoredTime.required}")
  private LocalTime restoredTime;

  @NotNull(message = "{restores.kind.required}")
  private RestoreKind kind = RestoreKind.DRILL;

  @NotBlank(message = "{restores.backup.required}")
  @Size(max = RestoreRecord.BACKUP_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String backupName;

  @NotBlank(message = "{restores.scope.required}")
  @Size(max = RestoreRecord.SCOPE_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String scope;

  @NotNull(message = "{restores.outcome.required}")
  private RestoreOutcome outcome = RestoreOutcome.SUCCEEDED;

  @NotBlank(message = "{restores.restoredBy.required}")
  @Size(max = RestoreRecord.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String restoredBy;

  @Size(max = RestoreRecord.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String reEntered;

  @Size(max = RestoreRecord.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String notes;

  Instant restoredAt(ZoneId zone) {
    return restoredOn.atTime(restoredTime).atZone(zone).toInstant();
  }

  public LocalDate getRestoredOn() {
    return restoredOn;
  }

  public void setRestoredOn(LocalDate restoredOn) {
    this.restoredOn = restoredOn;
  }

  public LocalTime getRestoredTime() {
    return restoredTime;
  }

  public void setRestoredTime(LocalTime restoredTime) {
    this.restoredTime = restoredTime;
  }

  public RestoreKind getKind() {
    return kind;
  }

  public void setKind(RestoreKind kind) {
    this.kind = kind;
  }

  public String getBackupName() {
    return backupName;
  }

  public void setBackupName(String backupName) {
    this.backupName = backupName;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public RestoreOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(RestoreOutcome outcome) {
    this.outcome = outcome;
  }

  public String getRestoredBy() {
    return restoredBy;
  }

  public void setRestoredBy(String restoredBy) {
    this.restoredBy = restoredBy;
  }

  public String getReEntered() {
    return reEntered;
  }

  public void setReEntered(String reEntered) {
    this.reEntered = reEntered;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
