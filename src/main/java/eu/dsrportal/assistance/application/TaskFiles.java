package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TaskFile;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.infrastructure.FileStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A task's deliverable files: staff upload them (PDF, PNG or JPEG by content, at most {@code
 * assistance.file-max-bytes} each); staff and the task's customer download them, always as
 * attachments. Another customer's file is not found.
 */
@Stateless
public class TaskFiles {

  @PersistenceContext EntityManager em;
  @Inject FileStore store;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "assistance.file-max-bytes")
  long maxBytes;

  /** A file as staff uploaded it: the name their computer gave it and its bytes. */
  public record Upload(String fileName, byte[] content) {}

  /** A file to send: its name, media type, size and content (the caller closes it). */
  public record Download(String fileName, String mediaType, long size, InputStream content) {}

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public long upload(long taskId, Upload upload) {
    AssistanceTask task = em.find(AssistanceTask.class, taskId);
    if (task == null) {
      throw new NotFoundException("task");
    }
    if (upload.content().length == 0) {
      throw new DomainRuleViolation("work.file.error.empty");
    }
    if (upload.content().length > maxBytes) {
      throw new DomainRuleViolation("work.file.error.size");
    }
    FileType type =
        FileType.of(upload.content())
            .orElseThrow(() -> new DomainRuleViolation("work.file.error.type"));
    TaskFile file =
        new TaskFile(
            taskId,
            upload.fileName(),
            type,
            upload.content().length,
            store.store(upload.content()),
            sha256(upload.content()),
            accounts.callerName(),
            time.now());
    em.persist(file);
    em.flush();
    audit.granted(AuditAction.TASK_FILE_UPLOADED, "TaskFile", file.getId());
    return file.getId();
  }

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public Download openForStaff(long fileId) throws IOException {
    TaskFile file = em.find(TaskFile.class, fileId);
    if (file == null) {
      throw new NotFoundException("file");
    }
    audit.granted(AuditAction.ATTACHMENT_DOWNLOADED, "TaskFile", fileId);
    return open(file);
  }

  @RolesAllowed(RoleNames.CUSTOMER)
  public Download openForCustomer(long fileId) throws IOException {
    TaskFile file = em.find(TaskFile.class, fileId);
    if (file == null) {
      audit.denied(AuditAction.ATTACHMENT_DOWNLOADED, "TaskFile", fileId);
      throw new NotFoundException("file");
    }
    AssistanceTask task = em.find(AssistanceTask.class, file.getTaskId());
    if (task.getCustomerId() != accounts.callerCustomerId().orElse(-1L)) {
      audit.denied(AuditAction.ATTACHMENT_DOWNLOADED, "TaskFile", fileId);
      throw new NotFoundException("file");
    }
    audit.granted(AuditAction.ATTACHMENT_DOWNLOADED, "TaskFile", fileId);
    return open(file);
  }

  private Download open(TaskFile file) throws IOException {
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
