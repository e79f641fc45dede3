package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TimeEntry;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assistance context's side of billing: which work is not billed yet, and locking work to the
 * invoice that bills it. Billing reads and locks work only through here, so the assistance context
 * keeps its rule that billed work never changes.
 */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class BillableWork {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;

  /**
   * A task as an invoice line needs it. {@code agreedFixedPrice} is a fixed price agreed for this
   * task (e.g. an approved fixed-price estimate), else null; {@code completedOn} is the provider's
   * day it was done, else null.
   */
  public record Task(
      long id,
      String reference,
      AssistanceKind kind,
      String title,
      String instruction,
      int instructionVersion,
      Long requestId,
      String requestReference,
      AssistanceTask.Status status,
      LocalDate completedOn,
      BigDecimal agreedFixedPrice,
      boolean fixedPriceBilled) {}

  public record Time(
      long id,
      long taskId,
      LocalDate date,
      int minutes,
      String description,
      String loggedBy,
      long version) {}

  public record Item(
      long id,
      long taskId,
      LocalDate date,
      AssistanceItem.Kind kind,
      String description,
      BigDecimal amount,
      long version) {}

  /** Work of one customer: its tasks and the time entries and items on them, in date order. */
  public record Work(List<Task> tasks, List<Time> times, List<Item> items) {
    public boolean isEmpty() {
      return tasks.isEmpty() && times.isEmpty() && items.isEmpty();
    }
  }

  /**
   * The customer's work not billed yet, dated on or before {@code upTo}: time entries, items, and
   * the tasks they belong to plus every task done on or before that day whose fixed price (if any)
   * is not billed.
   */
  public Work unbilled(long customerId, LocalDate upTo) {
    List<TimeEntry> entries =
        em.createQuery(
                "SELECT e FROM TimeEntry e JOIN FETCH e.task t WHERE t.customerId = :customerId"
                    + " AND e.invoiceId IS NULL AND e.workDate <= :upTo ORDER BY e.workDate, e.id",
                TimeEntry.class)
            .setParameter("customerId", customerId)
            .setParameter("upTo", upTo)
            .getResultList();
    List<AssistanceItem> items =
        em.createQuery(
                "SELECT i FROM AssistanceItem i JOIN FETCH i.task t WHERE t.customerId = :customerId"
                    + " AND i.invoiceId IS NULL AND i.date <= :upTo ORDER BY i.date, i.id",
                AssistanceItem.class)
            .setParameter("customerId", customerId)
            .setParameter("upTo", upTo)
            .getResultList();
    List<AssistanceTask> done =
        em.createQuery(
                "SELECT t FROM AssistanceTask t WHERE t.customerId = :customerId"
                    + " AND t.status = :done AND t.invoiceId IS NULL AND t.completedAt < :before",
                AssistanceTask.class)
            .setParameter("customerId", customerId)
            .setParameter("done", AssistanceTask.Status.DONE)
            .setParameter("before", time.startOf(upTo.plusDays(1)))
            .getResultList();
    Set<AssistanceTask> tasks = new LinkedHashSet<>();
    entries.forEach(e -> tasks.add(e.getTask()));
    items.forEach(i -> tasks.add(i.getTask()));
    tasks.addAll(done);
    return new Work(
        tasks(tasks),
        entries.stream().map(BillableWork::time).toList(),
        items.stream().map(BillableWork::item).toList());
  }

  /** Minutes not billed yet, per customer and kind, worked in a period (for billing's reports). */
  public record UnbilledTime(long customerId, AssistanceKind kind, long minutes) {}

  /** All customers' time not billed yet, worked from {@code from} to {@code to}: one query. */
  public List<UnbilledTime> unbilledTime(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT t.customerId, t.kind, SUM(e.minutes) FROM TimeEntry e JOIN e.task t"
                + " WHERE e.invoiceId IS NULL AND e.workDate BETWEEN :from AND :to"
                + " GROUP BY t.customerId, t.kind",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            row ->
                new UnbilledTime(
                    ((Number) row[0]).longValue(),
                    (AssistanceKind) row[1],
                    ((Number) row[2]).longValue()))
        .toList();
  }

  /** The work an invoice billed: the trail behind each of its lines. */
  public Work billedOn(long invoiceId) {
    List<TimeEntry> entries =
        em.createQuery(
                "SELECT e FROM TimeEntry e WHERE e.invoiceId = :invoiceId ORDER BY e.workDate, e.id",
                TimeEntry.class)
            .setParameter("invoiceId", invoiceId)
            .getResultList();
    List<AssistanceItem> items =
        em.createQuery(
                "SELECT i FROM AssistanceItem i WHERE i.invoiceId = :invoiceId ORDER BY i.date, i.id",
                AssistanceItem.class)
            .setParameter("invoiceId", invoiceId)
            .getResultList();
    List<AssistanceTask> fixed =
        em.createQuery(
                "SELECT t FROM AssistanceTask t WHERE t.invoiceId = :invoiceId",
                AssistanceTask.class)
            .setParameter("invoiceId", invoiceId)
            .getResultList();
    Set<AssistanceTask> tasks = new LinkedHashSet<>();
    entries.forEach(e -> tasks.add(e.getTask()));
    items.forEach(i -> tasks.add(i.getTask()));
    tasks.addAll(fixed);
    return new Work(
        tasks(tasks),
        entries.stream().map(BillableWork::time).toList(),
        items.stream().map(BillableWork::item).toList());
  }

  /**
   * Locks the work to the invoice in the caller's transaction. Refused with {@code
   * billing.error.workChanged} when any entry or item changed since it was read (its version), was
   * deleted, or is billed already — the draft is then out of date. {@code fixedPriceTaskIds} are
   * the tasks whose fixed price the invoice bills.
   */
  public void lock(
      long invoiceId,
      Collection<Time> times,
      Collection<Item> items,
      Collection<Long> fixedPriceTaskIds) {
    for (Time t : times) {
      TimeEntry entry = em.find(TimeEntry.class, t.id(), LockModeType.PESSIMISTIC_WRITE);
      if (entry == null || entry.getVersion() != t.version()) {
        throw new DomainRuleViolation("billing.error.workChanged");
      }
      entry.bill(invoiceId);
    }
    for (Item i : items) {
      AssistanceItem item = em.find(AssistanceItem.class, i.id(), LockModeType.PESSIMISTIC_WRITE);
      if (item == null || item.getVersion() != i.version()) {
        throw new DomainRuleViolation("billing.error.workChanged");
      }
      item.bill(invoiceId);
    }
    for (Long taskId : fixedPriceTaskIds) {
      AssistanceTask task = em.find(AssistanceTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
      if (task == null) {
        throw new DomainRuleViolation("billing.error.workChanged");
      }
      task.billFixedPrice(invoiceId);
    }
    em.flush();
  }

  private List<Task> tasks(Collection<AssistanceTask> tasks) {
    if (!tasks.isEmpty()) {
      // the instruction's versions of all the tasks in one query, not one per task
      em.createQuery(
              "SELECT DISTINCT t FROM AssistanceTask t LEFT JOIN FETCH t.versions"
                  + " WHERE t.id IN :ids",
              AssistanceTask.class)
          .setParameter("ids", tasks.stream().map(AssistanceTask::getId).toList())
          .getResultList();
    }
    Map<Long, String> references = new HashMap<>();
    List<Long> requestIds =
        tasks.stream().map(AssistanceTask::getRequestId).filter(id -> id != null).toList();
    if (!requestIds.isEmpty()) {
      em.createQuery("SELECT r.id, r.reference FROM Request r WHERE r.id IN :ids", Object[].class)
          .setParameter("ids", requestIds)
          .getResultList()
          .forEach(row -> references.put((Long) row[0], String.valueOf(row[1])));
    }
    return tasks.stream()
        .map(
            t ->
                new Task(
                    t.getId(),
                    reference(t.getId()),
                    t.getKind(),
                    t.getTitle(),
                    t.getInstruction(),
                    t.getInstructionVersion(),
                    t.getRequestId(),
                    t.getRequestId() == null ? null : references.get(t.getRequestId()),
                    t.getStatus(),
                    t.getCompletedAt() == null ? null : time.dateOf(t.getCompletedAt()),
                    t.agreedFixedPrice(),
                    t.getInvoiceId() != null))
        .toList();
  }

  /** How a task is referred to on invoices and pages. */
  public static String reference(long taskId) {
    return "T-" + taskId;
  }

  private static Time time(TimeEntry e) {
    return new Time(
        e.getId(),
        e.getTask().getId(),
        e.getWorkDate(),
        e.getMinutes(),
        e.getDescription(),
        e.getLoggedBy(),
        e.getVersion());
  }

  private static Item item(AssistanceItem i) {
    return new Item(
        i.getId(),
        i.getTask().getId(),
        i.getDate(),
        i.getKind(),
        i.getDescription(),
        i.getAmount(),
        i.getVersion());
  }
}
