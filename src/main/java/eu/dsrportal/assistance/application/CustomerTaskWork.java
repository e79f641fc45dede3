package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The work on one of the customer's own tasks, read-only: the time and items, what they cost by its
 * contract (indicative, before any free allowance) and the deliverable files. Another customer's
 * task is not found.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerTaskWork {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject WorkViews views;

  public TaskWorkView work(long taskId) {
    AssistanceTask task = em.find(AssistanceTask.class, taskId);
    long customerId = accounts.callerCustomerId().orElse(-1L);
    if (task == null || task.getCustomerId() != customerId) {
      audit.denied(AuditAction.ASSISTANCE_VIEWED, "AssistanceTask", taskId);
      throw new NotFoundException("task");
    }
    return views.of(task, false);
  }
}
