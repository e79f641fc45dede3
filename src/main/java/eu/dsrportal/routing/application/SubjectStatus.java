package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.application.RequestIntake;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.Forwarding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The subject's status page: the reference and the status token from the subject's mail show the
 * request's status; anything else shows nothing, and does not say whether the reference exists.
 */
@Stateless
@PermitAll
public class SubjectStatus {

  @PersistenceContext EntityManager em;
  @Inject RequestIntake intake;
  @Inject AuditLog audit;

  public Optional<SubjectStatusView> find(String reference, String token) {
    Optional<Request> request = intake.byReference(reference);
    if (request.isEmpty() || !request.get().statusTokenMatches(token)) {
      audit.denied(AuditAction.STATUS_VIEWED, "Request", request.map(Request::getId).orElse(null));
      return Optional.empty();
    }
    Request found = request.get();
    Optional<Forwarding> forwarding =
        em.createNamedQuery(Forwarding.OF_REQUEST, Forwarding.class)
            .setParameter("requestId", found.getId())
            .getResultStream()
            .findFirst();
    audit.granted(AuditAction.STATUS_VIEWED, "Request", found.getId());
    return Optional.of(
        new SubjectStatusView(
            found.getReference().value(),
            found.getRight(),
            found.getReceivedAt(),
            found.getStatus(),
            forwarding.map(f -> f.getCustomer().getName()).orElse(null),
            forwarding.map(f -> f.getCustomer().getPublicContact()).orElse(null),
            found.getCloseReason()));
  }
}
