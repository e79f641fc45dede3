package eu.dsrportal.assistance.application;

import eu.dsrportal.audit.application.RequestTrailObjects;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audited objects of one request for the audit trail: the request, its attachments and its
 * assistance tasks (assistance is the context that knows all three).
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class RequestTrail implements RequestTrailObjects {

  @PersistenceContext EntityManager em;

  @Override
  public List<AuditedObject> of(String reference) {
    RequestReference parsed;
    try {
      parsed = RequestReference.parse(reference.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    Optional<Request> request =
        em.createNamedQuery(Request.BY_REFERENCE, Request.class)
            .setParameter("reference", parsed)
            .getResultStream()
            .findFirst();
    if (request.isEmpty()) {
      return List.of();
    }
    long requestId = request.get().getId();
    List<AuditedObject> objects = new ArrayList<>();
    objects.add(new AuditedObject("Request", String.valueOf(requestId)));
    for (Attachment attachment :
        em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
            .setParameter("requestId", requestId)
            .getResultList()) {
      objects.add(new AuditedObject("Attachment", String.valueOf(attachment.getId())));
    }
    // by the column, which holds the request's id however the task maps its request
    for (Object taskId :
        em.createNativeQuery("SELECT id FROM assistance_task WHERE request_id = ? ORDER BY id")
            .setParameter(1, requestId)
            .getResultList()) {
      objects.add(new AuditedObject("AssistanceTask", String.valueOf(taskId)));
    }
    return objects;
  }
}
