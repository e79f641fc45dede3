package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.StaffDirectory;
import eu.dsrportal.identity.application.StaffDirectory.StaffMember;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.Assignment;
import eu.dsrportal.routing.domain.InternalNote;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The support team shares the work on requests: who works on one (assign to a colleague, take it,
 * give it back) and their internal notes, which never reach subjects or customers.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestTeamwork {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject StaffDirectory staff;
  @Resource SessionContext context;

  public Optional<Assignment> assignmentOf(long requestId) {
    return Optional.ofNullable(em.find(Assignment.class, requestId));
  }

  /** The colleagues a request can be assigned to. */
  public List<StaffMember> colleagues() {
    return staff.supportTeam();
  }

  /** Assigns an open request to a colleague of the support team (or to the caller: taking it). */
  public void assign(long requestId, String assignee) {
    Request request = open(requestId);
    if (!staff.inSupportTeam(assignee)) {
      throw new DomainRuleViolation("teamwork.error.assignee");
    }
    Optional<Assignment> current = assignmentOf(request.getId());
    if (current.isPresent()) {
      current.get().reassign(assignee, caller(), clock.instant());
    } else {
      em.persist(new Assignment(request.getId(), assignee, caller(), clock.instant()));
    }
    audit.granted(AuditAction.REQUEST_ASSIGNED, "Request", requestId);
  }

  /** The caller takes the request. */
  public void take(long requestId) {
    assign(requestId, caller());
  }

  /** Nobody works on the request any more: back to the unassigned ones. */
  public void unassign(long requestId) {
    if (em.find(Request.class, requestId) == null) {
      throw new NotFoundException("request");
    }
    assignmentOf(requestId).ifPresent(em::remove);
    audit.granted(AuditAction.REQUEST_UNASSIGNED, "Request", requestId);
  }

  /** The team's notes on the request, oldest first. */
  public List<InternalNote> notes(long requestId) {
    return em.createNamedQuery(InternalNote.OF_REQUEST, InternalNote.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  public InternalNote addNote(long requestId, @PlainText(multiline = true) String text) {
    if (em.find(Request.class, requestId) == null) {
      throw new NotFoundException("request");
    }
    InternalNote note = new InternalNote(requestId, caller(), clock.instant(), text);
    em.persist(note);
    audit.granted(AuditAction.REQUEST_NOTE_ADDED, "Request", requestId);
    return note;
  }

  private Request open(long requestId) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    if (request.isClosed()) {
      throw new DomainRuleViolation("request.error.closed");
    }
    return request;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
