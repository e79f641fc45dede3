package eu.dsrportal.inquiry.domain;

import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.domain.StoredFile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
  public static final int NAME_LENGTH = StoredFile.NAME_LENGTH;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "inquiry_id", updatable = false)
  private Inquiry inquiry;

  @Embedded private StoredFile file;

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
    this.file =
        new StoredFile(fileName, "answer", type, size, storageKey, sha256, uploadedBy, uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public Inquiry getInquiry() {
    return inquiry;
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
}
