package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.FileType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file kept with a request: stored outside the web application under a random key, never under
 * the name it came with, and only ever served as a download.
 */
@Entity
@Table(name = "request_attachment")
@NamedQuery(
    name = Attachment.OF_REQUEST,
    query = "SELECT a FROM Attachment a WHERE a.request.id = :requestId ORDER BY a.id")
public class Attachment {
  public static final String OF_REQUEST = "Attachment.ofRequest";
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private Request request;

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

  protected Attachment() {}

  public Attachment(
      Request request,
      String fileName,
      FileType type,
      long size,
      String storageKey,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.request = Objects.requireNonNull(request);
    this.fileName = safeName(fileName, type);
    this.type = Objects.requireNonNull(type);
    this.size = size;
    this.storageKey = Objects.requireNonNull(storageKey);
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  /**
   * A name fit for a download header: no path, no control, format or lone surrogate characters (a
   * right-to-left override, U+202E, before "fdp.exe" shows the name as ending in "exe.pdf"), the
   * type's extension.
   */
  static String safeName(String name, FileType type) {
    return type.safeName(name, "attachment", NAME_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Request getRequest() {
    return request;
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
