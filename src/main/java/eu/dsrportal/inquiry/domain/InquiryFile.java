package eu.dsrportal.inquiry.domain;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file of an answer: stored outside the web application under a random key, never under the name
 * it came with, and only ever served as a download to the staff and to the inquiry's customer.
 */
@Entity
@Table(name = "inquiry_file")
public class InquiryFile {
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "inquiry_id", updatable = false)
  private Inquiry inquiry;

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

  protected InquiryFile() {}

  InquiryFile(
      Inquiry inquiry,
      String fileName,
      FileType type,
      long size,
      String storageKey,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.inquiry = Objects.requireNonNull(inquiry);
    this.type = Objects.requireNonNull(type);
    this.fileName = safeName(fileName, type);
    this.size = size;
    this.storageKey = Objects.requireNonNull(storageKey);
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  /**
   * A name fit for a download header: no path, no control, format or lone surrogate characters (a
   * right-to-left override before "fdp.exe" shows it as ending in "exe.pdf"), the type's extension.
   */
  static String safeName(String name, FileType type) {
    return type.safeName(name, "answer", NAME_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Inquiry getInquiry() {
    return inquiry;
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
}
