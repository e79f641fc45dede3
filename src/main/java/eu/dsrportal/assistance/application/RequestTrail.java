package eu.dsrportal.assistance.application;

import eu.dsrportal.audit.application.RequestTrailObjects;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
  @Inject RequestQueries requests;

  @Override
  public List<AuditedObject> of(String reference) {
    Optional<Request> request =
        reference == null
            ? Optional.empty()
            : requests.byReference(reference.toUpperCase(Locale.ROOT));
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
    for (Long taskId :
        em.createQuery(
                "SELECT t.id FROM AssistanceTask t WHERE t.requestId = :requestId ORDER BY t.id",
                Long.class)
            .setParameter("requestId", requestId)
            .getResultList()) {
      objects.add(new AuditedObject("AssistanceTask", String.valueOf(taskId)));
    }
    return objects;
  }
}
