package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.infrastructure.FileStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Support staff see and download the files kept with a request; every download is audited. */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class Attachments {

  @PersistenceContext EntityManager em;
  @Inject FileStore store;
  @Inject AuditLog audit;

  /** A file to send: its name, media type, size and content (the caller closes it). */
  public record Download(String fileName, String mediaType, long size, InputStream content) {}

  public List<Attachment> ofRequest(long requestId) {
    return em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  public Download open(long attachmentId) throws IOException {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null) {
      throw new NotFoundException("attachment");
    }
    return download(attachment);
  }

  /**
   * A file for a customer user, of a request the caller has already found to be its customer's own
   * (routing's {@code CustomerRequests}, which knows the forwardings; intake does not).
   */
  @RolesAllowed(RoleNames.CUSTOMER)
  public Download openForCustomer(Attachment attachment) throws IOException {
    return download(attachment);
  }

  private Download download(Attachment attachment) throws IOException {
    long attachmentId = attachment.getId();
    audit.granted(AuditAction.ATTACHMENT_DOWNLOADED, "Attachment", attachmentId);
    return new Download(
        attachment.getFileName(),
        attachment.getType().mediaType(),
        attachment.getSize(),
        store.open(attachment.getStorageKey()));
  }
}
