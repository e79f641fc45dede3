package eu.dsrportal.assistance.domain;

import eu.dsrportal.shared.domain.FileType;
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
 * A deliverable of a task (an export, a report): stored outside the web application under a random
 * key, never under the name it came with, and only ever served as a download to the staff and to
 * the task's customer.
 */
@Entity
@Table(name = "task_file")
public class TaskFile {
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Column(name = "file_name", nullable = false, length = NAME_LENGTH, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private FileType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "storage_key", nullable = false, length = 64, updatable = false)
  private String storageKey;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

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
    this.type = Objects.requireNonNull(type);
    this.fileName = type.safeName(fileName, "deliverable", NAME_LENGTH);
    this.size = size;
    this.storageKey = Objects.requireNonNull(storageKey);
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public String getFileName() {
    return fileName;
  }

  public FileType getType() {
    return type;
  }

  public long getSize() {
    return size;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
