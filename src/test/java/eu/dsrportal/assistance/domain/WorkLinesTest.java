package eu.dsrportal.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Time entries and items change by the rules they were made by, until billed. */
class WorkLinesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final AssistanceTask task = AssistanceTask.requested(1L, 7, "Export", "acme", NOW);

  @Test
  void aTimeEntryIsCorrectedByTheRulesItWasLoggedByUntilBilled() {
    TimeEntry entry = new TimeEntry(task, TODAY, 30, "query", "support", NOW);
    entry.change(TODAY.minusDays(2), 45, "  query and export ", TODAY);
    assertThat(entry.getWorkDate()).isEqualTo(TODAY.minusDays(2));
    assertThat(entry.getMinutes()).isEqualTo(45);
    assertThat(entry.summary()).isEqualTo("2026-11-23, 45 min: query and export");

    assertThatThrownBy(() -> entry.change(TODAY.plusDays(1), 45, "x", TODAY))
        .hasMessage("time.error.date");
    assertThatThrownBy(() -> entry.change(TODAY, 0, "x", TODAY)).hasMessage("time.error.minutes");
    assertThatThrownBy(() -> entry.change(TODAY, 1441, "x", TODAY))
        .hasMessage("time.error.minutes");
    assertThatThrownBy(() -> entry.change(TODAY, 30, " ", TODAY))
        .hasMessage("time.error.descriptionRequired");
    assertThat(entry.getMinutes()).as("a refused change changes nothing").isEqualTo(45);

    entry.bill(99);
    assertThatThrownBy(() -> entry.change(TODAY, 30, "later", TODAY))
        .hasMessage("time.error.billed");
    assertThatThrownBy(entry::requireUnbilled).hasMessage("time.error.billed");
  }

  @Test
  void anItemIsCorrectedByTheRulesItWasAddedByUntilBilled() {
    AssistanceItem item =
        new AssistanceItem(
            task, TODAY, AssistanceItem.Kind.EXPENSE, "courier", new BigDecimal("12.5"), "s", NOW);
    item.change(
        TODAY.minusDays(1),
        AssistanceItem.Kind.FIXED_PRICE,
        "export",
        new BigDecimal("250"),
        TODAY);
    assertThat(item.getAmount()).isEqualByComparingTo("250.00");
    assertThat(item.summary()).isEqualTo("2026-11-24, FIXED_PRICE 250.00: export");

    assertThatThrownBy(
            () ->
                item.change(
                    TODAY.plusDays(1), AssistanceItem.Kind.EXPENSE, "x", BigDecimal.TEN, TODAY))
        .hasMessage("time.error.date");
    assertThatThrownBy(
            () -> item.change(TODAY, AssistanceItem.Kind.EXPENSE, "x", BigDecimal.ZERO, TODAY))
        .hasMessage("item.error.amount");
    assertThatThrownBy(
            () -> item.change(TODAY, AssistanceItem.Kind.EXPENSE, "", BigDecimal.TEN, TODAY))
        .hasMessage("item.error.descriptionRequired");

    item.bill(99);
    assertThatThrownBy(
            () -> item.change(TODAY, AssistanceItem.Kind.EXPENSE, "x", BigDecimal.TEN, TODAY))
        .hasMessage("item.error.billed");
    assertThatThrownBy(item::requireUnbilled).hasMessage("item.error.billed");
  }

  @Test
  void theHistoryKeepsTheValuesBeforeAndAfter() {
    TimeEntry entry =
        stored(new TimeEntry(stored(task, 3L), TODAY, 30, "query", "support", NOW), 4L);
    String before = entry.summary();
    entry.change(TODAY, 40, "query", TODAY);
    WorkChange change = WorkChange.changed(entry, before, "support", NOW);
    assertThat(change.getAction()).isEqualTo(WorkChange.Action.CHANGED);
    assertThat(change.getLine()).isEqualTo(WorkChange.Line.TIME);
    assertThat(change.getTaskId()).isEqualTo(3L);
    assertThat(change.getLineId()).isEqualTo(4L);
    assertThat(change.getBefore()).isEqualTo("2026-11-25, 30 min: query");
    assertThat(change.getAfter()).isEqualTo("2026-11-25, 40 min: query");
    WorkChange deleted = WorkChange.deleted(entry, "support", NOW);
    assertThat(deleted.getBefore()).isEqualTo("2026-11-25, 40 min: query");
    assertThat(deleted.getAfter()).isNull();
  }

  /** Gives an entity the id the database would. */
  private static <T> T stored(T entity, long id) {
    try {
      java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
