package eu.dsrportal.assistance.domain;

import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A deliverable of a task (an export, a report): stored outside the web application under a random
 * key, never under the name it came with, and only ever served as a download to the staff and to
 * the task's customer.
 */
@Entity
@Table(name = "task_file")
public class TaskFile {
  public static final int NAME_LENGTH = StoredFile.NAME_LENGTH;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Embedded private StoredFile file;

  protected TaskFile() {}

  public TaskFile(
      long taskId,
      String fileName,
      FileType type,
      long size,
      String storageKey,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.taskId = taskId;
    this.file =
        new StoredFile(
            fileName, "deliverable", type, size, storageKey, sha256, uploadedBy, uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public String getFileName() {
    return file.getFileName();
  }

  public FileType getType() {
    return file.getType();
  }

  public long getSize() {
    return file.getSize();
  }

  public String getStorageKey() {
    return file.getStorageKey();
  }

  public String getSha256() {
    return file.getSha256();
  }

  public String getUploadedBy() {
    return file.getUploadedBy();
  }

  public Instant getUploadedAt() {
    return file.getUploadedAt();
  }
}
