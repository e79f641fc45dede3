package eu.dsrportal.routing.application;

import eu.dsrportal.intake.application.RequestClosing;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk actions of the inbox. Each request is one transaction of its own (this bean runs without
 * one), so a request a colleague changed meanwhile is refused and reported while the others go
 * through; each is audited like the single action.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestBulk {
  private static final Logger LOG = Logger.getLogger(RequestBulk.class.getName());

  /** Which requests the action was done to, and which it was refused for (by id). */
  public record Outcome(List<Long> done, List<Long> refused) {}

  @Inject RequestTeamwork teamwork;
  @Inject RequestClosing closing;

  public Outcome assign(List<Long> requestIds, String assignee) {
    return each(requestIds, id -> teamwork.assign(id, assignee));
  }

  /** Closes each request as spam: no mail goes to the sender (the closing decides that). */
  public Outcome closeAsSpam(List<Long> requestIds) {
    return each(requestIds, id -> closing.close(id, CloseReason.SPAM));
  }

  private static Outcome each(List<Long> requestIds, LongConsumer action) {
    List<Long> done = new ArrayList<>();
    List<Long> refused = new ArrayList<>();
    for (Long id : requestIds) {
      try {
        action.accept(id);
        done.add(id);
      } catch (RuntimeException e) {
        // a rule (closed meanwhile), a request gone, or a colleague's concurrent change
        // (EJB-wrapped
        // optimistic lock): that one is reported, the batch goes on
        if (e instanceof EJBException) {
          LOG.log(
              Level.INFO,
              "Bulk action refused for request {0}: {1}",
              new Object[] {id, e.getClass().getName()});
        }
        refused.add(id);
      }
    }
    return new Outcome(List.copyOf(done), List.copyOf(refused));
  }
}
