package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.TaskCost;
import eu.dsrportal.assistance.domain.WorkChange;
import eu.dsrportal.shared.domain.AssistanceKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The work on one task as its pages show it: time entries and items (billed ones locked), their
 * history, the deliverable files and the indicative cost ({@link TaskCost}, before any free
 * allowance, excluding VAT). The customer's view has no history.
 */
public record TaskWorkView(
    long taskId,
    String reference,
    String title,
    AssistanceKind kind,
    boolean acceptsWork,
    List<Entry> entries,
    List<Item> items,
    List<Change> history,
    List<File> files,
    Cost cost)
    implements Serializable {

  /** A time entry; {@code charged} and {@code amount} are null when not priced by time. */
  public record Entry(
      long id,
      LocalDate date,
      int minutes,
      String description,
      String by,
      boolean billed,
      long version,
      Integer charged,
      BigDecimal amount)
      implements Serializable {}

  public record Item(
      long id,
      LocalDate date,
      AssistanceItem.Kind kind,
      String description,
      BigDecimal amount,
      String by,
      boolean billed,
      long version)
      implements Serializable {}

  public record Change(
      Instant at,
      String by,
      WorkChange.Line line,
      long lineId,
      WorkChange.Action action,
      String before,
      String after)
      implements Serializable {}

  public record File(long id, String fileName, long size, String by, Instant at)
      implements Serializable {}

  /** The task's time and indicative cost; {@code fixedPrice} null when priced by time. */
  public record Cost(
      int minutes,
      BigDecimal timeAmount,
      BigDecimal fixedPrice,
      BigDecimal itemsAmount,
      BigDecimal total,
      String currency,
      boolean complete)
      implements Serializable {}

  public boolean hasBilledWork() {
    return entries.stream().anyMatch(Entry::billed) || items.stream().anyMatch(Item::billed);
  }
}
