package eu.dsrportal.assistance.web;

import eu.dsrportal.assistance.application.TaskWork;
import eu.dsrportal.assistance.application.TaskWorkView;
import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.TimeEntry;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The staff's work block of a task (include task-work.xhtml, parameter taskId): time entries and
 * items with their history; log, change, delete until billed. One view may show several tasks (a
 * request's), so the work and the two forms are kept per task.
 */
@Named
@ViewScoped
public class TaskWorkBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskWork taskWork;
  @Inject ProviderTime time;

  private final Map<Long, TaskWorkView> works = new HashMap<>();
  private final Map<Long, TimeForm> timeForms = new HashMap<>();
  private final Map<Long, ItemForm> itemForms = new HashMap<>();

  /**
   * The task's work as this view showed it last: each response reads it once afresh (others, and
   * the page's other blocks, may have changed it), and actions check against what was shown.
   */
  public TaskWorkView work(long taskId) {
    if (Rendering.firstTimeInThisResponse("taskWork", taskId)) {
      works.put(taskId, taskWork.work(taskId));
    }
    return works.computeIfAbsent(taskId, taskWork::work);
  }

  public TimeForm timeForm(long taskId) {
    return timeForms.computeIfAbsent(taskId, id -> TimeForm.empty(time.today()));
  }

  public ItemForm itemForm(long taskId) {
    return itemForms.computeIfAbsent(taskId, id -> ItemForm.empty(time.today()));
  }

  public LocalDate getToday() {
    return time.today();
  }

  public int getMaxMinutes() {
    return TimeEntry.MAX_MINUTES;
  }

  public int getTimeDescriptionLength() {
    return TimeEntry.DESCRIPTION_LENGTH;
  }

  public int getItemDescriptionLength() {
    return AssistanceItem.DESCRIPTION_LENGTH;
  }

  public AssistanceItem.Kind[] getItemKinds() {
    return AssistanceItem.Kind.values();
  }

  /** Logs the time, or saves the entry being changed. */
  public void saveTime(long taskId) {
    TimeForm form = timeForm(taskId);
    if (form.date == null || form.minutes == null) {
      Messages.error("time.error.incomplete");
      return;
    }
    if (form.entryId == null) {
      if (!work(taskId).acceptsWork()) {
        unavailable(taskId);
        return;
      }
      run(
          taskId,
          () -> taskWork.logTime(taskId, form.date, form.minutes, form.description),
          "time.logged");
    } else {
      if (!shown(taskId, form.entryId, true)) {
        return;
      }
      run(
          taskId,
          () ->
              taskWork.changeTime(
                  form.entryId, form.version, form.date, form.minutes, form.description),
          "work.time.changed");
    }
  }

  public void editTime(long taskId, long entryId) {
    work(taskId).entries().stream()
        .filter(e -> e.id() == entryId && !e.billed())
        .findFirst()
        .ifPresentOrElse(
            e ->
                timeForms.put(
                    taskId,
                    new TimeForm(e.id(), e.version(), e.date(), e.minutes(), e.description())),
            () -> unavailable(taskId));
  }

  public void deleteTime(long taskId, long entryId) {
    work(taskId).entries().stream()
        .filter(e -> e.id() == entryId && !e.billed())
        .findFirst()
        .ifPresentOrElse(
            e -> run(taskId, () -> taskWork.deleteTime(e.id(), e.version()), "work.time.deleted"),
            () -> unavailable(taskId));
  }

  public void cancelTime(long taskId) {
    timeForms.remove(taskId);
  }

  /** Adds the item, or saves the item being changed. */
  public void saveItem(long taskId) {
    ItemForm form = itemForm(taskId);
    if (form.date == null || form.kind == null || form.amount == null) {
      Messages.error("work.item.error.incomplete");
      return;
    }
    if (form.itemId == null) {
      if (!work(taskId).acceptsWork()) {
        unavailable(taskId);
        return;
      }
      run(
          taskId,
          () -> taskWork.addItem(taskId, form.date, form.kind, form.description, form.amount),
          "work.item.added");
    } else {
      if (!shown(taskId, form.itemId, false)) {
        return;
      }
      run(
          taskId,
          () ->
              taskWork.changeItem(
                  form.itemId, form.version, form.date, form.kind, form.description, form.amount),
          "work.item.changed");
    }
  }

  public void editItem(long taskId, long itemId) {
    work(taskId).items().stream()
        .filter(i -> i.id() == itemId && !i.billed())
        .findFirst()
        .ifPresentOrElse(
            i ->
                itemForms.put(
                    taskId,
                    new ItemForm(
                        i.id(), i.version(), i.date(), i.kind(), i.description(), i.amount())),
            () -> unavailable(taskId));
  }

  public void deleteItem(long taskId, long itemId) {
    work(taskId).items().stream()
        .filter(i -> i.id() == itemId && !i.billed())
        .findFirst()
        .ifPresentOrElse(
            i -> run(taskId, () -> taskWork.deleteItem(i.id(), i.version()), "work.item.deleted"),
            () -> unavailable(taskId));
  }

  public void cancelItem(long taskId) {
    itemForms.remove(taskId);
  }

  private boolean shown(long taskId, long lineId, boolean time) {
    TaskWorkView work = work(taskId);
    boolean shown =
        time
            ? work.entries().stream().anyMatch(e -> e.id() == lineId && !e.billed())
            : work.items().stream().anyMatch(i -> i.id() == lineId && !i.billed());
    if (!shown) {
      unavailable(taskId);
    }
    return shown;
  }

  private void unavailable(long taskId) {
    Messages.error("action.error.unavailable");
    reset(taskId);
  }

  private void run(long taskId, Runnable action, String successKey) {
    try {
      action.run();
      Messages.info(successKey);
      reset(taskId);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      works.remove(taskId);
    } catch (NotFoundException e) {
      Messages.error("error.notFound");
      reset(taskId);
    }
  }

  /** Reads the task's work again and empties its forms. */
  private void reset(long taskId) {
    works.remove(taskId);
    timeForms.remove(taskId);
    itemForms.remove(taskId);
  }

  /** The time form: a new entry ({@code entryId} null) or the entry being changed. */
  public static final class TimeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long entryId;
    private final long version;
    private LocalDate date;
    private Integer minutes;
    private String description;

    TimeForm(Long entryId, long version, LocalDate date, Integer minutes, String description) {
      this.entryId = entryId;
      this.version = version;
      this.date = date;
      this.minutes = minutes;
      this.description = description;
    }

    static TimeForm empty(LocalDate today) {
      return new TimeForm(null, 0, today, null, null);
    }

    public Long getEntryId() {
      return entryId;
    }

    public boolean isEditing() {
      return entryId != null;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** The item form: a new item ({@code itemId} null) or the item being changed. */
  public static final class ItemForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long itemId;
    private final long version;
    private LocalDate date;
    private AssistanceItem.Kind kind;
    private String description;
    private java.math.BigDecimal amount;

    ItemForm(
        Long itemId,
        long version,
        LocalDate date,
        AssistanceItem.Kind kind,
        String description,
        java.math.BigDecimal amount) {
      this.itemId = itemId;
      this.version = version;
      this.date = date;
      this.kind = kind;
      this.description = description;
      this.amount = amount;
    }

    static ItemForm empty(LocalDate today) {
      return new ItemForm(null, 0, today, AssistanceItem.Kind.EXPENSE, null, null);
    }

    public Long getItemId() {
      return itemId;
    }

    public boolean isEditing() {
      return itemId != null;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public AssistanceItem.Kind getKind() {
      return kind;
    }

    public void setKind(AssistanceItem.Kind kind) {
      this.kind = kind;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public java.math.BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(java.math.BigDecimal amount) {
      this.amount = amount;
    }
  }
}
