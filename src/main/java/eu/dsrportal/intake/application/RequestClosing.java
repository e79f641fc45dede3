package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Support staff close a request (a duplicate, withdrawn, not for a customer of ours, answered): its
 * status is intake's, so closing is too; staff do it from the request page.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestClosing {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Resource SessionContext context;

  /** Closes the request for a reason the subject will see on the status page. */
  public void close(long requestId, CloseReason reason) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    request.close(reason, context.getCallerPrincipal().getName(), clock.instant());
    audit.granted(AuditAction.REQUEST_CLOSED, "Request", requestId);
  }
}
