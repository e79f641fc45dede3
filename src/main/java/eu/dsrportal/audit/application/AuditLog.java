package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.audit.domain.AuditEntry.Outcome;
import eu.dsrportal.shared.infrastructure.ClientAddress;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Writes audit entries inside the transaction of the action they record, so that an action without
 * its entry (or the reverse) cannot be committed. Denied attempts use a new transaction: the action
 * itself is rolled back, the record of the attempt is not.
 */
@Stateless
@PermitAll
public class AuditLog {

  public static final String ANONYMOUS = "anonymous";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Resource SessionContext context;
  @Inject ClientAddress clientAddress;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void granted(AuditAction action, String objectType, Object objectId) {
    write(action, objectType, objectId, Outcome.GRANTED);
  }

  /**
   * Who acts and from which client address, taken in the thread that serves their HTTP request, for
   * an entry written in another one (intake's group commit, where one caller's thread stores
   * others' requests).
   */
  public record Caller(String actor, String clientAddress) {}

  /**
   * The caller of an EJB with this principal (none, or the container's anonymous one: anonymous).
   */
  public static String actorOf(Principal principal) {
    String name = principal == null ? null : principal.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? ANONYMOUS : name;
  }

  /** As {@link #granted}, for a caller whose thread this is not ({@link Caller}). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void grantedFor(Caller caller, AuditAction action, String objectType, Object objectId) {
    write(caller.actor(), action, objectType, objectId, Outcome.GRANTED, caller.clientAddress());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void denied(AuditAction action, String objectType, Object objectId) {
    write(action, objectType, objectId, Outcome.DENIED);
  }

  /**
   * An entry for a named actor, where the container does not know the caller yet or any more (a
   * login, a logout, a session the portal ends); in the caller's transaction, or a new one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void grantedAs(String actor, AuditAction action, String objectType, Object objectId) {
    write(actor, action, objectType, objectId, Outcome.GRANTED);
  }

  /** A refusal for a named actor (see {@link #grantedAs}), in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deniedAs(String actor, AuditAction action, String objectType, Object objectId) {
    write(actor, action, objectType, objectId, Outcome.DENIED);
  }

  private void write(AuditAction action, String objectType, Object objectId, Outcome outcome) {
    write(caller(), action, objectType, objectId, outcome);
  }

  private void write(
      String actor, AuditAction action, String objectType, Object objectId, Outcome outcome) {
    write(actor, action, objectType, objectId, outcome, clientAddress.current());
  }

  private void write(
      String actor,
      AuditAction action,
      String objectType,
      Object objectId,
      Outcome outcome,
      String address) {
    em.persist(
        new AuditEntry(
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor == null || actor.isBlank() ? ANONYMOUS : actor,
            action,
            objectType,
            objectId == null ? null : String.valueOf(objectId),
            outcome,
            address));
  }

  private String caller() {
    return actorOf(context.getCallerPrincipal());
  }
}
