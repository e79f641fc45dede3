package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.RequestReminder;
import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Staff read our own clock on a request (the request page's panel); reading it is not audited. */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class ServiceClockQueries {

  @PersistenceContext EntityManager em;
  @Inject DeadlineKeeper keeper;

  public ServiceClockPanel panel(long requestId) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    Forwarding forwarding =
        em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
            .setParameter("requestId", requestId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    ServiceClock clock =
        keeper.clockFor(forwarding == null ? null : (Long) forwarding.getCustomerId());
    Instant forwarded = forwarding == null ? null : forwarding.getForwardedAt();
    return new ServiceClockPanel(
        clock.forwardingDue(DeadlineKeeper.startOf(request)),
        forwarded,
        forwarded == null ? null : clock.acknowledgementDue(forwarded),
        forwarding == null ? null : forwarding.getAcknowledgedAt(),
        forwarded == null ? null : clock.escalationDue(forwarded),
        em.createNamedQuery(RequestReminder.OF_REQUEST, RequestReminder.class)
            .setParameter("requestId", requestId)
            .getResultList());
  }
}
