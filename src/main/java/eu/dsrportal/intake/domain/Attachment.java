package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.domain.StoredFile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private Request request;

  @Embedded private StoredFile file;

  protected Attachment() {}

  /** The request's file, as every uploaded file is recorded ({@link StoredFile}). */
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
    this.file =
        new StoredFile(
            fileName, "attachment", type, size, storageKey, sha256, uploadedBy, uploadedAt);
  }

  public Long getId() {
    return id;
  }

  public Request getRequest() {
    return request;
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
