package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestClosed;
import eu.dsrportal.intake.domain.RequestReopened;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.ForwardingWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What routing does when intake closes a request a customer has, in the closing's transaction: the
 * customer's privacy contact is told it is closed and why (the customer keeps seeing it, as
 * closed). When the provider itself is the controller (contract 1.4C) the request should never have
 * gone out: the forwarding is withdrawn instead, and the customer told to delete it. Reopened, the
 * customer that still has it is told so.
 */
@ApplicationScoped
public class ClosingFollowUp {

  @PersistenceContext EntityManager em;
  @Inject ForwardingMails mails;
  @Inject Event<RoutingEnded> ended;
  @Inject Event<ForwardingWithdrawn> withdrawn;
  @Inject AuditLog audit;

  void onClosed(@Observes RequestClosed event) {
    if (!event.withCustomer()) {
      return;
    }
    Request request = event.request();
    Forwarding forwarding =
        em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
            .setParameter("requestId", request.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (forwarding == null) {
      return;
    }
    Customer customer = em.find(Customer.class, forwarding.getCustomerId());
    if (request.getCloseReason() == CloseReason.PROVIDER_IS_CONTROLLER) {
      forwarding.withdraw(request.getClosedBy(), request.getClosedAt());
      ended.fire(new RoutingEnded(request.getId(), null, request.getClosedAt()));
      withdrawn.fire(new ForwardingWithdrawn(forwarding, request, customer));
      audit.granted(AuditAction.FORWARDING_WITHDRAWN, "Request", request.getId());
    } else {
      mails.closed(request, customer);
    }
  }

  /**
   * A closed request the customer still has is reopened: the customer is told it has it again (one
   * taken back while closed, contract 1.4C, is no longer the customer's: nothing to tell).
   */
  void onReopened(@Observes RequestReopened event) {
    em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
        .setParameter("requestId", event.requestId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            forwarding ->
                mails.reopened(
                    em.find(Request.class, event.requestId()),
                    em.find(Customer.class, forwarding.getCustomerId())));
  }
}
