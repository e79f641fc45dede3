package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * A customer user's view of the requests forwarded to its own customer. Isolation is enforced here,
 * not only in the pages: every query is bound to the caller's customer, and another customer's
 * request is "not found", exactly like one that does not exist.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerRequests {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;

  public List<CustomerRequestView> list() {
    long customerId = callerCustomer();
    audit.granted(AuditAction.CUSTOMER_REQUESTS_VIEWED, "Customer", customerId);
    return em.createNamedQuery(Forwarding.OF_CUSTOMER, Forwarding.class)
        .setParameter("customerId", customerId)
        .setMaxResults(500)
        .getResultStream()
        .map(CustomerRequestView::new)
        .toList();
  }

  public CustomerRequestView find(long requestId) {
    CustomerRequestView view = new CustomerRequestView(own(requestId, AuditAction.REQUEST_VIEWED));
    audit.granted(AuditAction.REQUEST_VIEWED, "Request", requestId);
    return view;
  }

  public void acknowledge(long requestId) {
    own(requestId, AuditAction.REQUEST_ACKNOWLEDGED)
        .acknowledge(accounts.callerName(), clock.instant());
    audit.granted(AuditAction.REQUEST_ACKNOWLEDGED, "Request", requestId);
  }

  /**
   * The caller's own forwarding of the request, for other use cases of the customer (assistance).
   */
  public Forwarding own(long requestId, AuditAction action) {
    return em.createNamedQuery(Forwarding.OF_CUSTOMER_AND_REQUEST, Forwarding.class)
        .setParameter("customerId", callerCustomer())
        .setParameter("requestId", requestId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> {
              audit.denied(action, "Request", requestId);
              return new NotFoundException("request");
            });
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
