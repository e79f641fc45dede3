package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.intake.application.Attachments;
import eu.dsrportal.intake.application.Attachments.Download;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * A customer user's view of the requests forwarded to its own customer. Isolation is enforced here,
 * not only in the pages: every query is bound to the caller's customer and to its <em>active</em>
 * forwarding, and another customer's request (or one taken back from this customer, or given back
 * by it) is "not found", exactly like one that does not exist.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerRequests {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Event<RoutingProgressed> progressed;
  @Inject Event<RoutingEnded> ended;
  @Inject Attachments attachments;
  @Inject AuditLog audit;

  public List<CustomerRequestView> list() {
    long customerId = callerCustomer();
    audit.granted(AuditAction.CUSTOMER_REQUESTS_VIEWED, "Customer", customerId);
    return em.createNamedQuery(Forwarding.OF_CUSTOMER, Object[].class)
        .setParameter("customerId", customerId)
        .setMaxResults(500)
        .getResultStream()
        .map(row -> new CustomerRequestView((Forwarding) row[0], (Request) row[1], time.zone()))
        .toList();
  }

  public CustomerRequestView find(long requestId) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_VIEWED);
    CustomerRequestView view =
        new CustomerRequestView(forwarding, requestOf(forwarding), time.zone())
            .withAttachments(
                em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
                    .setParameter("requestId", requestId)
                    .getResultStream()
                    .map(CustomerAttachmentView::new)
                    .toList());
    audit.granted(AuditAction.REQUEST_VIEWED, "Request", requestId);
    return view;
  }

  public void acknowledge(long requestId) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_ACKNOWLEDGED);
    forwarding.acknowledge(requestOf(forwarding), accounts.callerName(), clock.instant());
    progressed.fire(new RoutingProgressed(requestId, RequestStatus.ACKNOWLEDGED));
    audit.granted(AuditAction.REQUEST_ACKNOWLEDGED, "Request", requestId);
  }

  /**
   * The customer answers "not ours", with its reason: it loses the request, which goes back to the
   * provider's inbox, flagged, for staff to route again.
   */
  public void giveBack(long requestId, String reason) {
    Forwarding forwarding = own(requestId, AuditAction.REQUEST_RETURNED);
    forwarding.giveBack(requestOf(forwarding), accounts.callerName(), reason, clock.instant());
    ended.fire(
        new RoutingEnded(requestId, forwarding.getReturnReason(), forwarding.getReturnedAt()));
    audit.granted(AuditAction.REQUEST_RETURNED, "Request", requestId);
  }

  /**
   * A file of a request the caller's customer has (an authority's demand and its copy, a scanned
   * letter); any other file is "not found", and refused in the trail.
   */
  public Download openAttachment(long attachmentId) throws IOException {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null) {
      throw new NotFoundException("attachment");
    }
    own(attachment.getRequest().getId(), AuditAction.ATTACHMENT_DOWNLOADED);
    return attachments.openForCustomer(attachment);
  }

  /**
   * The caller's own active forwarding of the request, for other use cases of the customer
   * (assistance): a request taken back from the customer, or given back by it, is not its own.
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

  private Request requestOf(Forwarding forwarding) {
    return em.find(Request.class, forwarding.getRequestId());
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
