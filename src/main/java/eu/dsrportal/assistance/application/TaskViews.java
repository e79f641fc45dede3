package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the customer's and the staff's task services share, in the caller's transaction: loading a
 * task, reading it as a view or a list page (customer names and request references in one query
 * each), and the contract's estimate terms.
 */
@ApplicationScoped
public class TaskViews {
  static final int PAGE_SIZE = 25;
  private static final int EXCERPT = 80;

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;

  AssistanceTask task(long id) {
    AssistanceTask task = em.find(AssistanceTask.class, id);
    if (task == null) {
      throw new NotFoundException("task");
    }
    return task;
  }

  TaskView view(AssistanceTask task) {
    Customer customer = em.find(Customer.class, task.getCustomerId());
    return TaskView.of(
        task,
        customer == null ? null : customer.getName(),
        task.getRequestId() == null
            ? null
            : references(List.of(task.getRequestId())).get(task.getRequestId()));
  }

  /** A page (0-based) of the query's tasks; the query orders them. */
  TaskRow.Page page(TypedQuery<AssistanceTask> query, int number) {
    int page = Math.max(0, number);
    List<AssistanceTask> tasks =
        query.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
    boolean hasNext = tasks.size() > PAGE_SIZE;
    List<AssistanceTask> shown = hasNext ? tasks.subList(0, PAGE_SIZE) : tasks;
    return new TaskRow.Page(rows(shown), page, hasNext);
  }

  List<TaskRow> rows(List<AssistanceTask> tasks) {
    Map<Long, String> names = new HashMap<>();
    List<Long> customerIds = tasks.stream().map(AssistanceTask::getCustomerId).distinct().toList();
    if (!customerIds.isEmpty()) {
      em.createQuery("SELECT c.id, c.name FROM Customer c WHERE c.id IN :ids", Object[].class)
          .setParameter("ids", customerIds)
          .getResultList()
          .forEach(row -> names.put((Long) row[0], (String) row[1]));
    }
    Map<Long, String> references =
        references(
            tasks.stream().map(AssistanceTask::getRequestId).filter(id -> id != null).toList());
    return tasks.stream()
        .map(
            t ->
                new TaskRow(
                    t.getId(),
                    BillableWork.reference(t.getId()),
                    names.get(t.getCustomerId()),
                    t.getKind(),
                    t.getTitle() != null ? t.getTitle() : excerpt(t.getInstruction()),
                    t.getStatus(),
                    t.getRequestedAt(),
                    t.getAssignee(),
                    t.getRequestId() == null ? null : references.get(t.getRequestId())))
        .toList();
  }

  Map<Long, String> references(Collection<Long> requestIds) {
    Map<Long, String> references = new HashMap<>();
    if (!requestIds.isEmpty()) {
      em.createQuery("SELECT r.id, r.reference FROM Request r WHERE r.id IN :ids", Object[].class)
          .setParameter("ids", requestIds)
          .getResultList()
          .forEach(row -> references.put((Long) row[0], String.valueOf(row[1])));
    }
    return references;
  }

  /** The estimate terms of the customer's contract in force today (none: no approval needed). */
  void applyTerms(AssistanceTask task) {
    em.createNamedQuery(Contract.IN_FORCE, Contract.class)
        .setParameter("customerId", task.getCustomerId())
        .setParameter("day", time.today())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            c -> task.applyTerms(c.isEstimateApprovalRequired(), c.getEstimateTolerancePercent()));
  }

  Customer customer(long customerId) {
    return em.find(Customer.class, customerId);
  }

  private static String excerpt(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
  }
}
