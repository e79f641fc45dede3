package eu.dsrportal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A file a user uploaded, as its owner (an inquiry's answer, a task's deliverable) records it:
 * stored outside the web application under a random key ({@code FileStore}), never under the name
 * it came with; its type told by its content, its name made safe for a download header, its digest
 * and who uploaded it when.
 */
@Embeddable
public class StoredFile implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int NAME_LENGTH = 200;

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

  protected StoredFile() {}

  /**
   * {@code fallbackName} names the file when nothing of the name it came with is usable (no path,
   * no control, format or lone surrogate characters survive; the type's extension is added).
   */
  public StoredFile(
      String fileName,
      String fallbackName,
      FileType type,
      long size,
      String storageKey,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.type = Objects.requireNonNull(type);
    this.fileName = type.safeName(fileName, fallbackName, NAME_LENGTH);
    this.size = size;
    this.storageKey = Objects.requireNonNull(storageKey);
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
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
