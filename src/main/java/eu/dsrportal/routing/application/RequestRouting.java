package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.ForwardingWithdrawn;
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
 * The support staff's work on requests: a request's details, forwarding (the inbox is {@link
 * RequestSearch}, closing is intake's {@code RequestClosing}).
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestRouting {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Event<RequestForwarded> forwarded;
  @Inject Event<RoutingProgressed> progressed;
  @Inject Event<RoutingEnded> ended;
  @Inject Event<ForwardingWithdrawn> withdrawn;
  @Inject AuditLog audit;
  @Resource SessionContext context;

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

  /** The request's active forwarding: the customer that has it now, if any. */
  public Optional<Forwarding> forwardingOf(long requestId) {
    return em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst();
  }

  /** Every forwarding of the request, ended ones too, oldest first, with the customers' names. */
  public List<ForwardingHistory> history(long requestId) {
    return em.createNamedQuery(Forwarding.OF_REQUEST, Forwarding.class)
        .setParameter("requestId", requestId)
        .getResultStream()
        .map(f -> new ForwardingHistory(f, em.find(Customer.class, f.getCustomerId()).getName()))
        .toList();
  }

  /**
   * Forwards the request to the customer and queues the mails to the customer and the subject. If
   * another customer has it (a wrong forward), that forwarding is withdrawn first, in the same
   * transaction, and that customer told to delete what it received.
   */
  public Forwarding forward(long requestId, long customerId) {
    Request request = em.find(Request.class, requestId);
    Customer customer = em.find(Customer.class, customerId);
    if (request == null || customer == null) {
      throw new NotFoundException(request == null ? "request" : "customer");
    }
    customer.checkForwardable(time.today());
    Optional<Forwarding> active = forwardingOf(requestId);
    Forwarding forwarding =
        Forwarding.forward(
            request, customer, context.getCallerPrincipal().getName(), clock.instant(), active);
    if (active.isPresent()) {
      Forwarding earlier = active.get();
      // flushed before the new row: the database allows one active forwarding per request
      em.flush();
      ended.fire(new RoutingEnded(requestId, null, earlier.getWithdrawnAt()));
      withdrawn.fire(
          new ForwardingWithdrawn(
              earlier, request, em.find(Customer.class, earlier.getCustomerId())));
      audit.granted(AuditAction.FORWARDING_WITHDRAWN, "Request", requestId);
    }
    em.persist(forwarding);
    progressed.fire(new RoutingProgressed(requestId, RequestStatus.FORWARDED));
    forwarded.fire(new RequestForwarded(request, customer));
    audit.granted(AuditAction.REQUEST_FORWARDED, "Request", requestId);
    return forwarding;
  }
}
