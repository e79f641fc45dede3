package eu.dsrportal.inquiry.application;

import eu.dsrportal.inquiry.domain.AnswerFile;
import eu.dsrportal.inquiry.domain.InquiryFile;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.infrastructure.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files of answers: checked (PDF, PNG or JPEG by content, at most {@code attachments.max-bytes}
 * each, at most {@link #MAX_FILES}) before any is stored, and opened for a download.
 */
@ApplicationScoped
public class InquiryFiles {
  public static final int MAX_FILES = 5;

  @Inject FileStore store;

  @Inject
  @ConfigProperty(name = "attachments.max-bytes")
  long maxBytes;

  /** A file as staff uploaded it: the name their computer gave it and its bytes. */
  public record UploadedFile(String fileName, byte[] content) {}

  /** A file to send: its name, media type, size and content (the caller closes it). */
  public record Download(String fileName, String mediaType, long size, InputStream content) {}

  /** Checks every file, then stores them all; a file refused stores none. */
  List<AnswerFile> store(List<UploadedFile> uploads) {
    if (uploads.size() > MAX_FILES) {
      throw new DomainRuleViolation("inquiry.error.fileCount");
    }
    List<FileType> types = new ArrayList<>();
    for (UploadedFile upload : uploads) {
      if (upload.content().length > maxBytes) {
        throw new DomainRuleViolation("inquiry.error.fileSize");
      }
      types.add(
          FileType.of(upload.content())
              .orElseThrow(() -> new DomainRuleViolation("inquiry.error.fileType")));
    }
    List<AnswerFile> stored = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      UploadedFile upload = uploads.get(i);
      stored.add(
          new AnswerFile(
              upload.fileName(),
              types.get(i),
              upload.content().length,
              store.store(upload.content()),
              sha256(upload.content())));
    }
    return stored;
  }

  Download open(InquiryFile file) throws IOException {
    return new Download(
        file.getFileName(),
        file.getType().mediaType(),
        file.getSize(),
        store.open(file.getStorageKey()));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
