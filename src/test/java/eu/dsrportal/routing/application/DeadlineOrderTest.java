package eu.dsrportal.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The lists in deadline order and the overdue filter (docs/service-clock.md), as SQL. */
class DeadlineOrderTest {
  static final Instant DUE = Instant.parse("2026-05-11T21:59:59.999999Z");
  static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");
  static final RequestCriteria BY_DEADLINE =
      new RequestCriteria(
          null, null, null, null, null, null, false, false, null, SortOrder.DEADLINE, false);

  @Test
  void cursorsOfTheDeadlineOrderKeepTheirKeyOrItsAbsence() {
    SearchCursor withDue = new SearchCursor(SortOrder.DEADLINE, true, DUE, 42);
    assertThat(SearchCursor.decode(withDue.encode(), SortOrder.DEADLINE)).isEqualTo(withDue);
    SearchCursor none = new SearchCursor(SortOrder.DEADLINE, false, null, 7);
    assertThat(SearchCursor.decode(none.encode(), SortOrder.DEADLINE)).isEqualTo(none);
    // one order's cursor is refused in another
    assertThatThrownBy(() -> SearchCursor.decode(withDue.encode(), SortOrder.NEWEST_FIRST))
        .isInstanceOf(DomainRuleViolation.class);
    SearchCursor newest = new SearchCursor(SortOrder.NEWEST_FIRST, true, DUE, 1);
    assertThatThrownBy(() -> SearchCursor.decode(newest.encode(), SortOrder.DEADLINE))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void deadlineOrderPutsTheSoonestFirstAndRequestsWithoutOneLast() {
    assertThat(KeysetSearch.build(BY_DEADLINE, "ann", null, null, 21, false, NOW).text())
        .contains(" LEFT JOIN request_deadline d ON d.request_id = r.id")
        .endsWith("ORDER BY d.next_due_at IS NULL ASC, d.next_due_at ASC, r.id ASC LIMIT 21");
    // next page after a row with a deadline: later ones, and all without
    KeysetSearch.Sql next =
        KeysetSearch.build(
            BY_DEADLINE,
            "ann",
            null,
            new SearchCursor(SortOrder.DEADLINE, true, DUE, 42),
            21,
            false,
            NOW);
    assertThat(next.text())
        .contains(
            "(d.next_due_at > ?2 OR (d.next_due_at = ?3 AND r.id > ?1) OR d.next_due_at IS NULL)");
    assertThat(next.parameters())
        .containsExactly(
            42L,
            LocalDateTime.parse("2026-05-11T21:59:59.999999"),
            LocalDateTime.parse("2026-05-11T21:59:59.999999"));
    // next page among those without: only they, by id
    assertThat(
            KeysetSearch.build(
                    BY_DEADLINE,
                    "ann",
                    null,
                    new SearchCursor(SortOrder.DEADLINE, true, null, 42),
                    21,
                    false,
                    NOW)
                .text())
        .contains("AND d.next_due_at IS NULL AND r.id > ?1");
    // back from the first without: every row with one, read backwards
    assertThat(
            KeysetSearch.build(
                    BY_DEADLINE,
                    "ann",
                    null,
                    new SearchCursor(SortOrder.DEADLINE, false, null, 42),
                    21,
                    false,
                    NOW)
                .text())
        .contains("(d.next_due_at IS NOT NULL OR r.id < ?1)")
        .endsWith("ORDER BY d.next_due_at IS NULL DESC, d.next_due_at DESC, r.id DESC LIMIT 21");
  }

  @Test
  void theOverdueFilterJoinsTheDeadlinesAndComparesWithNow() {
    RequestCriteria overdue =
        new RequestCriteria(
            null, null, null, null, null, null, false, false, null, SortOrder.NEWEST_FIRST, true);
    KeysetSearch.Sql sql = KeysetSearch.build(overdue, "ann", null, null, 21, false, NOW);
    assertThat(sql.text())
        .contains(" JOIN request_deadline d")
        .doesNotContain("LEFT JOIN request_deadline")
        .contains("d.next_due_at < ?1");
    assertThat(sql.parameters()).containsExactly(LocalDateTime.parse("2026-05-12T08:00:00"));
  }
}
