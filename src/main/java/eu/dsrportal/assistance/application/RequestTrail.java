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
    List<AuditedObject> objects = new ArrayList<>();
    em.createNamedQuery(Request.BY_REFERENCE, Request.class)
        .setParameter("reference", parsed)
        .getResultStream()
        .findFirst()
        .ifPresent(
            request -> {
              objects.add(new AuditedObject("Request", String.valueOf(request.getId())));
              em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
                  .setParameter("requestId", request.getId())
                  .getResultList()
                  .forEach(
                      a -> objects.add(new AuditedObject("Attachment", String.valueOf(a.getId()))));
              em.createQuery(
                      "SELECT t.id FROM AssistanceTask t WHERE t.request.id = :requestId",
                      Long.class)
                  .setParameter("requestId", request.getId())
                  .getResultList()
                  .forEach(
                      id -> objects.add(new AuditedObject("AssistanceTask", String.valueOf(id))));
            });
    return objects;
  }
}
