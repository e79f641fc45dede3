package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.application.TaskMails.Event;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.AssistanceTask.EstimateType;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.application.StaffDirectory;
import eu.dsrportal.identity.application.StaffDirectory.StaffMember;
import eu.dsrportal.intake.application.RequestQueries;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The support team's side of the tasks: the list (filtered by status, customer and kind), one task,
 * the instructions waiting for someone to take them, and a task staff propose to a customer, which
 * the customer's privacy contact is told of and approves in its portal.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class TaskDesk {

  /** What the staff's list shows; null fields do not filter. */
  public record Filter(AssistanceTask.Status status, Long customerId, AssistanceKind kind) {}

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject TaskViews views;
  @Inject TaskMails mails;
  @Inject CustomerDirectory directory;
  @Inject StaffDirectory staff;
  @Inject RequestQueries requests;

  /** A page (0-based) of the tasks the filter selects, newest first. */
  public TaskRow.Page search(Filter filter, int page) {
    StringBuilder jpql = new StringBuilder("SELECT t FROM AssistanceTask t WHERE 1 = 1");
    if (filter.status() != null) {
      jpql.append(" AND t.status = :status");
    }
    if (filter.customerId() != null) {
      jpql.append(" AND t.customerId = :customerId");
    }
    if (filter.kind() != null) {
      jpql.append(" AND t.kind = :kind");
    }
    jpql.append(" ORDER BY t.requestedAt DESC, t.id DESC");
    TypedQuery<AssistanceTask> query = em.createQuery(jpql.toString(), AssistanceTask.class);
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.customerId() != null) {
      query.setParameter("customerId", filter.customerId());
    }
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    return views.page(query, page);
  }

  /** The customers' instructions nobody has taken yet, the oldest first. */
  public List<TaskRow> waiting(int max) {
    return views.rows(
        em.createQuery(
                "SELECT t FROM AssistanceTask t WHERE t.status = :status"
                    + " ORDER BY t.requestedAt, t.id",
                AssistanceTask.class)
            .setParameter("status", AssistanceTask.Status.REQUESTED)
            .setMaxResults(max)
            .getResultList());
  }

  public long waitingCount() {
    return em.createQuery(
            "SELECT COUNT(t) FROM AssistanceTask t WHERE t.status = :status", Long.class)
        .setParameter("status", AssistanceTask.Status.REQUESTED)
        .getSingleResult();
  }

  public TaskView find(long taskId) {
    TaskView view = views.view(views.task(taskId));
    audit.granted(AuditAction.ASSISTANCE_VIEWED, "AssistanceTask", taskId);
    return view;
  }

  /** The customers a task can be proposed to today. */
  public List<Customer> customers() {
    return directory.active(time.today());
  }

  public List<StaffMember> team() {
    return staff.supportTeam();
  }

  /**
   * Staff propose a task to a customer, optionally on one of its requests (by reference) and with
   * an estimate; the customer is told and approves or declines it in its portal. Returns its id.
   */
  public long propose(
      Long customerId,
      AssistanceKind kind,
      String title,
      String description,
      String requestReference,
      EstimateType estimateType,
      Integer estimateMinutes,
      BigDecimal estimateAmount) {
    PlainText.Check.requirePlain(title, false);
    PlainText.Check.requirePlain(description, true);
    Customer customer = customerId == null ? null : views.customer(customerId);
    if (customer == null) {
      throw new DomainRuleViolation("assistance.error.customerRequired");
    }
    Long requestId = requestOf(customerId, requestReference);
    String by = accounts.callerName();
    AssistanceTask task =
        AssistanceTask.proposed(requestId, customerId, kind, title, description, by, time.now());
    if (estimateType != null) {
      views.applyTerms(task);
      task.estimate(estimateType, estimateMinutes, estimateAmount, null, by, time.now());
    }
    task.assign(by);
    em.persist(task);
    em.flush();
    mails.toCustomer(task, customer, Event.PROPOSED);
    audit.granted(AuditAction.ASSISTANCE_PROPOSED, "AssistanceTask", task.getId());
    return task.getId();
  }

  /** The request of that reference, which must be forwarded to that customer; none when blank. */
  private Long requestOf(long customerId, String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    Long requestId =
        requests
            .byReference(reference.strip().toUpperCase(Locale.ROOT))
            .map(Request::getId)
            .orElse(null);
    boolean forwarded =
        requestId != null
            && !em.createNamedQuery(Forwarding.OF_CUSTOMER_AND_REQUEST, Forwarding.class)
                .setParameter("customerId", customerId)
                .setParameter("requestId", requestId)
                .getResultList()
                .isEmpty();
    if (!forwarded) {
      throw new DomainRuleViolation("assistance.error.requestNotOfCustomer");
    }
    return requestId;
  }
}
