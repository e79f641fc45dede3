package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TimeEntry;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.routing.application.CustomerRequests;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Assistance on one request, for the request pages: customers give an instruction on it (the
 * support team is told), staff take it on, log time and complete it (see {@link TaskActions}).
 */
@Stateless
public class AssistanceDesk {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject CustomerRequests customerRequests;
  @Inject AuditLog audit;
  @Inject TaskActions actions;
  @Inject TaskViews views;
  @Inject TaskMails mails;

  /** A customer user asks for help on one of its own requests, with a written instruction. */
  @RolesAllowed(RoleNames.CUSTOMER)
  public long ask(long requestId, String instruction) {
    if (instruction != null && instruction.length() > AssistanceTask.INSTRUCTION_LENGTH) {
      throw new DomainRuleViolation("assistance.error.instructionTooLong");
    }
    PlainText.Check.requirePlain(instruction, true);
    Forwarding forwarding = customerRequests.own(requestId, AuditAction.ASSISTANCE_ASKED);
    AssistanceTask task =
        AssistanceTask.requested(
            forwarding.getRequestId(),
            forwarding.getCustomerId(),
            instruction,
            accounts.callerName(),
            clock.instant());
    em.persist(task);
    em.flush();
    mails.toSupportTeam(task, views.customer(task.getCustomerId()), TaskMails.Event.INSTRUCTED);
    audit.granted(AuditAction.ASSISTANCE_ASKED, "AssistanceTask", task.getId());
    return task.getId();
  }

  /** The tasks on one of the caller's own requests (customer view). */
  @RolesAllowed(RoleNames.CUSTOMER)
  public List<AssistanceTask> ownTasks(long requestId) {
    customerRequests.own(requestId, AuditAction.ASSISTANCE_VIEWED);
    return tasksOf(requestId);
  }

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public List<AssistanceTask> tasksOfRequest(long requestId) {
    return tasksOf(requestId);
  }

  /** See {@link TaskActions#accept}: the customer is told. */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public void accept(long taskId, String title) {
    if (title != null && title.length() > AssistanceTask.TITLE_LENGTH) {
      throw new DomainRuleViolation("assistance.error.titleTooLong");
    }
    actions.accept(taskId, title);
  }

  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public void logTime(long taskId, LocalDate workDate, int minutes, String description) {
    if (description != null && description.length() > TimeEntry.DESCRIPTION_LENGTH) {
      throw new DomainRuleViolation("time.error.descriptionTooLong");
    }
    PlainText.Check.requirePlain(description, false);
    TimeEntry entry =
        task(taskId).logTime(workDate, minutes, description, accounts.callerName(), time);
    em.persist(entry);
    audit.granted(AuditAction.TIME_LOGGED, "AssistanceTask", taskId);
  }

  /** See {@link TaskActions#complete}: the customer is told. */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public void complete(long taskId) {
    actions.complete(taskId);
  }

  private List<AssistanceTask> tasksOf(long requestId) {
    return em.createQuery(
            "SELECT t FROM AssistanceTask t WHERE t.requestId = :requestId ORDER BY t.requestedAt",
            AssistanceTask.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  private AssistanceTask task(long id) {
    AssistanceTask task = em.find(AssistanceTask.class, id);
    if (task == null) {
      throw new NotFoundException("task");
    }
    return task;
  }
}
