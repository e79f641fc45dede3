package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.RequestForwarded;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
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
import java.util.List;
import java.util.Optional;

/**
 * The support staff's work on requests: the inbox, a request's details, forwarding (closing is
 * intake's {@code RequestClosing}).
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestRouting {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Event<RequestForwarded> forwarded;
  @Inject Event<RoutingProgressed> progressed;
  @Inject AuditLog audit;
  @Resource SessionContext context;

  private static final String IN_STATUS =
      "(r.status = :status OR (:status IS NULL AND r.status <> :unverified))";

  /**
   * A page of the inbox, newest first; {@code status} null means every status but unverified (those
   * are shown on demand only, by asking for their status).
   */
  public List<Request> inbox(RequestStatus status, int first, int pageSize) {
    audit.granted(AuditAction.INBOX_VIEWED, "Request", null);
    return em.createQuery(
            "SELECT r FROM Request r WHERE " + IN_STATUS + " ORDER BY r.receivedAt DESC, r.id DESC",
            Request.class)
        .setParameter("status", status)
        .setParameter("unverified", RequestStatus.UNVERIFIED)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long count(RequestStatus status) {
    return em.createQuery("SELECT COUNT(r) FROM Request r WHERE " + IN_STATUS, Long.class)
        .setParameter("status", status)
        .setParameter("unverified", RequestStatus.UNVERIFIED)
        .getSingleResult();
  }

  /** The request, opened by staff: recorded as a viewing. */
  public Request request(long id) {
    Request request = reread(id);
    audit.granted(AuditAction.REQUEST_VIEWED, "Request", id);
    return request;
  }

  /**
   * The request again, shown after an action on it on the same page (a forward, a close): not a new
   * viewing, so not recorded again; the action has its own entry.
   */
  public Request reread(long id) {
    Request request = em.find(Request.class, id);
    if (request == null) {
      throw new NotFoundException("request");
    }
    return request;
  }

  public Optional<Forwarding> forwardingOf(long requestId) {
    return em.createNamedQuery(Forwarding.OF_REQUEST, Forwarding.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  /** Forwards the request to the customer and queues the mails to the customer and the subject. */
  public Forwarding forward(long requestId, long customerId) {
    Request request = em.find(Request.class, requestId);
    Customer customer = em.find(Customer.class, customerId);
    if (request == null || customer == null) {
      throw new NotFoundException(request == null ? "request" : "customer");
    }
    customer.checkForwardable(time.today());
    Forwarding forwarding =
        Forwarding.forward(
            request,
            customer,
            context.getCallerPrincipal().getName(),
            clock.instant(),
            forwardingOf(requestId));
    em.persist(forwarding);
    progressed.fire(new RoutingProgressed(requestId, RequestStatus.FORWARDED));
    forwarded.fire(new RequestForwarded(request, customer));
    audit.granted(AuditAction.REQUEST_FORWARDED, "Request", requestId);
    return forwarding;
  }
}
