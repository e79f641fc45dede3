package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TaskCost;
import eu.dsrportal.assistance.domain.TaskFile;
import eu.dsrportal.assistance.domain.TimeEntry;
import eu.dsrportal.assistance.domain.WorkChange;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the work on a task for its pages, in the caller's transaction (staff or customer). */
@ApplicationScoped
class WorkViews {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;

  TaskWorkView of(AssistanceTask task, boolean withHistory) {
    List<TimeEntry> entries =
        em.createQuery(
                "SELECT e FROM TimeEntry e WHERE e.task.id = :id ORDER BY e.workDate, e.id",
                TimeEntry.class)
            .setParameter("id", task.getId())
            .getResultList();
    List<AssistanceItem> items =
        em.createQuery(
                "SELECT i FROM AssistanceItem i WHERE i.task.id = :id ORDER BY i.date, i.id",
                AssistanceItem.class)
            .setParameter("id", task.getId())
            .getResultList();
    // the customer's contract versions, read here rather than through the customer context's
    // directory, which is for staff only: the customer sees the cost of its own task too
    List<Contract> contracts =
        em.createQuery(
                "SELECT c FROM Contract c WHERE c.customer.id = :id ORDER BY c.validFrom DESC",
                Contract.class)
            .setParameter("id", task.getCustomerId())
            .getResultList();
    LocalDate fixedPriceDay =
        task.getCompletedAt() == null ? time.today() : time.dateOf(task.getCompletedAt());
    TaskCost.Result cost =
        TaskCost.of(
            task.getKind(),
            fixedPriceDay,
            entries.stream()
                .map(e -> new TaskCost.Time(e.getId(), e.getWorkDate(), e.getMinutes()))
                .toList(),
            items.stream()
                .map(i -> new TaskCost.Item(i.getId(), i.getDate(), i.getAmount()))
                .toList(),
            contracts);
    Map<Long, TaskCost.PricedTime> priced = new HashMap<>();
    cost.times().forEach(p -> priced.put(p.time().id(), p));
    return new TaskWorkView(
        task.getId(),
        BillableWork.reference(task.getId()),
        task.getTitle(),
        task.getKind(),
        task.acceptsWork(),
        entries.stream()
            .map(
                e ->
                    new TaskWorkView.Entry(
                        e.getId(),
                        e.getWorkDate(),
                        e.getMinutes(),
                        e.getDescription(),
                        e.getLoggedBy(),
                        e.isBilled(),
                        e.getVersion(),
                        priced.get(e.getId()).chargedMinutes(),
                        priced.get(e.getId()).amount()))
            .toList(),
        items.stream()
            .map(
                i ->
                    new TaskWorkView.Item(
                        i.getId(),
                        i.getDate(),
                        i.getKind(),
                        i.getDescription(),
                        i.getAmount(),
                        i.getCreatedBy(),
                        i.isBilled(),
                        i.getVersion()))
            .toList(),
        withHistory ? history(task.getId()) : List.of(),
        files(task.getId()),
        new TaskWorkView.Cost(
            cost.minutes(),
            cost.timeAmount(),
            cost.fixedPrice(),
            cost.itemsAmount(),
            cost.total(),
            cost.currency(),
            cost.complete()));
  }

  private List<TaskWorkView.Change> history(long taskId) {
    return em.createQuery(
            "SELECT c FROM WorkChange c WHERE c.taskId = :id ORDER BY c.changedAt DESC, c.id DESC",
            WorkChange.class)
        .setParameter("id", taskId)
        .getResultStream()
        .map(
            c ->
                new TaskWorkView.Change(
                    c.getChangedAt(),
                    c.getChangedBy(),
                    c.getLine(),
                    c.getLineId(),
                    c.getAction(),
                    c.getBefore(),
                    c.getAfter()))
        .toList();
  }

  private List<TaskWorkView.File> files(long taskId) {
    return em.createQuery(
            "SELECT f FROM TaskFile f WHERE f.taskId = :id ORDER BY f.file.uploadedAt, f.id",
            TaskFile.class)
        .setParameter("id", taskId)
        .getResultStream()
        .map(
            f ->
                new TaskWorkView.File(
                    f.getId(), f.getFileName(), f.getSize(), f.getUploadedBy(), f.getUploadedAt()))
        .toList();
  }
}
