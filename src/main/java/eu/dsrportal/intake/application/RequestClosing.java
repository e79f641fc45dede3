package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestClosed;
import eu.dsrportal.intake.domain.RequestReopened;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Support staff close a request (spam, not a GDPR request, a duplicate, withdrawn, not for a
 * customer of ours, answered, the provider itself is the controller) and reopen it: its status is
 * intake's, so closing is too. The subject's mail ({@link IntakeMails}) and the customer's (routing
 * observes {@link RequestClosed}) are queued in the same transaction.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestClosing {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Event<RequestClosed> closed;
  @Inject Event<RequestReopened> reopened;
  @Resource SessionContext context;

  /** Closes the request for a reason the subject will see on the status page. */
  public void close(long requestId, CloseReason reason) {
    Request request = find(requestId);
    request.close(reason, context.getCallerPrincipal().getName(), clock.instant());
    closed.fire(new RequestClosed(request, request.isWithCustomer()));
    audit.granted(AuditAction.REQUEST_CLOSED, "Request", requestId);
  }

  /**
   * Reopens a closed request: it returns to the status it had (received, or forwarded to and
   * acknowledged by the customer that still has it). Nobody is mailed: the customer sees it open
   * again in its list.
   */
  public void reopen(long requestId) {
    find(requestId).reopen();
    reopened.fire(new RequestReopened(requestId));
    audit.granted(AuditAction.REQUEST_REOPENED, "Request", requestId);
  }

  private Request find(long requestId) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    return request;
  }
}
