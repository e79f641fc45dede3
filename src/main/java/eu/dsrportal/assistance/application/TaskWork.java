package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.assistance.domain.TimeEntry;
import eu.dsrportal.assistance.domain.WorkChange;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
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

/**
 * Staff record the work on a task: time entries and items, logged through the task, corrected or
 * deleted until an invoice bills them (then locked), each step in the task's work history and the
 * audit trail. {@code version} is the one the staff member saw: a line changed meanwhile by a
 * colleague is not overwritten ({@code action.error.unavailable}), and billing refuses a draft
 * whose lines changed or are gone ({@link BillableWork#lock}).
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class TaskWork {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject WorkViews views;

  public TaskWorkView work(long taskId) {
    return views.of(task(taskId), true);
  }

  public long logTime(long taskId, LocalDate date, int minutes, String description) {
    checkText(description, TimeEntry.DESCRIPTION_LENGTH, "time.error.descriptionTooLong");
    TimeEntry entry = task(taskId).logTime(date, minutes, description, accounts.callerName(), time);
    em.persist(entry);
    em.flush();
    em.persist(WorkChange.created(entry, accounts.callerName(), time.now()));
    audit.granted(AuditAction.TIME_LOGGED, "AssistanceTask", taskId);
    return entry.getId();
  }

  public void changeTime(
      long entryId, long version, LocalDate date, int minutes, String description) {
    checkText(description, TimeEntry.DESCRIPTION_LENGTH, "time.error.descriptionTooLong");
    TimeEntry entry = entry(entryId, version);
    String before = entry.summary();
    int grows = minutes - entry.getMinutes();
    if (grows > 0) {
      // more time on a task is held to its estimate as new time is (docs/assistance.md)
      entry.getTask().checkEstimate(entry.getTask().totalMinutes() + grows);
    }
    entry.change(date, minutes, description, time.today());
    if (!before.equals(entry.summary())) {
      em.persist(WorkChange.changed(entry, before, accounts.callerName(), time.now()));
    }
    audit.granted(AuditAction.TIME_CHANGED, "TimeEntry", entryId);
  }

  public void deleteTime(long entryId, long version) {
    TimeEntry entry = entry(entryId, version);
    entry.requireUnbilled();
    em.persist(WorkChange.deleted(entry, accounts.callerName(), time.now()));
    em.remove(entry);
    audit.granted(AuditAction.TIME_DELETED, "TimeEntry", entryId);
  }

  public long addItem(
      long taskId,
      LocalDate date,
      AssistanceItem.Kind kind,
      String description,
      BigDecimal amount) {
    checkText(description, AssistanceItem.DESCRIPTION_LENGTH, "item.error.descriptionTooLong");
    AssistanceItem item =
        task(taskId).addItem(date, kind, description, amount, accounts.callerName(), time);
    em.persist(item);
    em.flush();
    em.persist(WorkChange.created(item, accounts.callerName(), time.now()));
    audit.granted(AuditAction.ITEM_ADDED, "AssistanceItem", item.getId());
    return item.getId();
  }

  public void changeItem(
      long itemId,
      long version,
      LocalDate date,
      AssistanceItem.Kind kind,
      String description,
      BigDecimal amount) {
    checkText(description, AssistanceItem.DESCRIPTION_LENGTH, "item.error.descriptionTooLong");
    AssistanceItem item = item(itemId, version);
    String before = item.summary();
    item.change(date, kind, description, amount, time.today());
    if (!before.equals(item.summary())) {
      em.persist(WorkChange.changed(item, before, accounts.callerName(), time.now()));
    }
    audit.granted(AuditAction.ITEM_CHANGED, "AssistanceItem", itemId);
  }

  public void deleteItem(long itemId, long version) {
    AssistanceItem item = item(itemId, version);
    item.requireUnbilled();
    em.persist(WorkChange.deleted(item, accounts.callerName(), time.now()));
    em.remove(item);
    audit.granted(AuditAction.ITEM_DELETED, "AssistanceItem", itemId);
  }

  private static void checkText(String text, int max, String tooLongKey) {
    if (text != null && text.length() > max) {
      throw new DomainRuleViolation(tooLongKey);
    }
    PlainText.Check.requirePlain(text, false);
  }

  /**
   * The entry as the staff member saw it, locked against billing locking it meanwhile; billed is
   * told as such, changed or gone as "no longer available".
   */
  private TimeEntry entry(long id, long version) {
    TimeEntry entry = em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    entry.requireUnbilled();
    if (entry.getVersion() != version) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    return entry;
  }

  private AssistanceItem item(long id, long version) {
    AssistanceItem item = em.find(AssistanceItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (item == null) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    item.requireUnbilled();
    if (item.getVersion() != version) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    return item;
  }

  private AssistanceTask task(long id) {
    AssistanceTask task = em.find(AssistanceTask.class, id);
    if (task == null) {
      throw new NotFoundException("task");
    }
    return task;
  }
}
