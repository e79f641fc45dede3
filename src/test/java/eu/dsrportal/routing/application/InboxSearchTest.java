package eu.dsrportal.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The inbox search's pure parts: cursors, search text, criteria, the SQL and the paging. */
class InboxSearchTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  private static void refusedWith(Runnable call, String key) {
    assertThatThrownBy(call::run)
        .isInstanceOf(DomainRuleViolation.class)
        .satisfies(e -> assertThat(((DomainRuleViolation) e).messageKey()).isEqualTo(key));
  }

  @Test
  void aCursorSurvivesItsTokenAndTheTokenIsUrlSafe() {
    SearchCursor cursor = new SearchCursor(SortOrder.OLDEST_FIRST, false, AT, 4711);
    String token = cursor.encode();
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(SearchCursor.decode(token, SortOrder.OLDEST_FIRST)).isEqualTo(cursor);
    assertThat(SearchCursor.decode(null, SortOrder.NEWEST_FIRST)).isNull();
    assertThat(SearchCursor.decode("  ", SortOrder.NEWEST_FIRST)).isNull();
  }

  @Test
  void aTokenThatIsNoCursorOfThisOrderIsAClearErrorNotACrash() {
    String newest = new SearchCursor(SortOrder.NEWEST_FIRST, true, AT, 1).encode();
    refusedWith(() -> SearchCursor.decode(newest, SortOrder.OLDEST_FIRST), "search.error.cursor");
    for (String bad :
        List.of(
            "garbage!",
            "%%%",
            "x".repeat(500),
            b64("NA1.2"),
            b64("XA1.2.3"),
            b64("NA99999999999999999999.0.1"),
            b64("NA1.1234567890.1"),
            b64("NA1.0.1; DROP TABLE request"))) {
      refusedWith(() -> SearchCursor.decode(bad, SortOrder.NEWEST_FIRST), "search.error.cursor");
    }
  }

  private static String b64(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theSearchTextIsAReferenceAnAddressOrWords() {
    assertThat(SearchText.parse(" dsr-2026-000123 "))
        .isEqualTo(new SearchText(SearchText.Kind.REFERENCE, "DSR-2026-000123"));
    assertThat(SearchText.parse("Jan.Peeters@Example.org"))
        .isEqualTo(new SearchText(SearchText.Kind.EMAIL, "Jan.Peeters@Example.org"));
    SearchText words = SearchText.parse("Acmé  Retail, NV -jan +peeters* (x)");
    assertThat(words.kind()).isEqualTo(SearchText.Kind.WORDS);
    // operators typed are dropped; short words (below the index's token size) too
    assertThat(words.booleanQuery()).isEqualTo("+Acmé* +Retail* +jan* +peeters*");
    assertThat(SearchText.parse(null)).isNull();
    assertThat(SearchText.parse("   ")).isNull();
    refusedWith(() -> SearchText.parse("a b ++ \"\""), "search.error.tooShort");
    refusedWith(() -> SearchText.parse("x".repeat(201)), "search.error.tooLong");
  }

  @Test
  void criteriaRefuseWhatCannotBeMet() {
    refusedWith(
        () -> new RequestCriteria(null, null, null, null, null, "ann", false, true, null, null),
        "search.error.assignment");
    refusedWith(
        () -> new RequestCriteria(null, null, null, null, null, null, true, true, null, null),
        "search.error.assignment");
    refusedWith(
        () -> new RequestCriteria(null, null, null, null, null, null, false, false, -1, null),
        "search.error.age");
    refusedWith(
        () -> new RequestCriteria("ab", null, null, null, null, null, false, false, null, null),
        "search.error.tooShort");
    RequestCriteria all = RequestCriteria.all();
    assertThat(all.sort()).isEqualTo(SortOrder.NEWEST_FIRST);
    assertThat(new RequestCriteria(" ", null, null, null, null, " ", false, false, 0, null))
        .satisfies(c -> assertThat(c.text()).isNull())
        .satisfies(c -> assertThat(c.assignee()).isNull());
  }

  @Test
  void theQueryIsKeysetWithEveryValueBoundAndNoOffset() {
    RequestCriteria criteria =
        new RequestCriteria(
            "Acme Retail",
            RequestStatus.RECEIVED,
            null,
            null,
            7L,
            null,
            true,
            false,
            30,
            SortOrder.NEWEST_FIRST);
    SearchCursor next = new SearchCursor(SortOrder.NEWEST_FIRST, true, AT, 42);
    KeysetSearch.Sql sql = KeysetSearch.build(criteria, "ann", AT, next, 21, false);
    assertThat(sql.text())
        .doesNotContainIgnoringCase("offset")
        .doesNotContain("Acme", "ann")
        .contains("MATCH (r.subject_name, r.organisation) AGAINST (?2 IN BOOLEAN MODE)")
        .contains(" JOIN forwarding f")
        .contains("r.received_at < ?6 OR (r.received_at = ?7 AND r.id < ?8)")
        .endsWith("ORDER BY r.received_at DESC, r.id DESC LIMIT 21");
    assertThat(sql.parameters())
        .containsExactly(
            "RECEIVED",
            "+Acme* +Retail*",
            7L,
            "ann",
            LocalDateTime.parse("2026-03-01T10:15:30.123456"),
            LocalDateTime.parse("2026-03-01T10:15:30.123456"),
            LocalDateTime.parse("2026-03-01T10:15:30.123456"),
            42L);
    // going back in "newest first" reads the index forwards
    SearchCursor back = new SearchCursor(SortOrder.NEWEST_FIRST, false, AT, 42);
    assertThat(KeysetSearch.build(RequestCriteria.all(), "ann", null, back, 21, false).text())
        .contains("r.status <> 'UNVERIFIED'")
        .contains(" LEFT JOIN forwarding f")
        .contains("r.id > ?3")
        .endsWith("ORDER BY r.received_at ASC, r.id ASC LIMIT 21");
  }

  record Row(Instant receivedAt, Long id) {}

  private static List<Row> rows(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> new Row(AT.minusSeconds(i), (long) 1000 - i))
        .toList();
  }

  @Test
  void pagesKnowTheirNeighbours() {
    // first page, more to come
    KeysetPage<Row> first =
        KeysetSearch.page(rows(0, 4), 3, null, SortOrder.NEWEST_FIRST, Row::receivedAt, Row::id);
    assertThat(first.rows()).containsExactlyElementsOf(rows(0, 3));
    assertThat(first.hasPrevious()).isFalse();
    SearchCursor next = SearchCursor.decode(first.next(), SortOrder.NEWEST_FIRST);
    assertThat(next)
        .isEqualTo(
            new SearchCursor(SortOrder.NEWEST_FIRST, true, rows(2, 3).get(0).receivedAt(), 998));

    // the last page going forward: no next
    KeysetPage<Row> last =
        KeysetSearch.page(rows(3, 5), 3, next, SortOrder.NEWEST_FIRST, Row::receivedAt, Row::id);
    assertThat(last.hasNext()).isFalse();
    assertThat(SearchCursor.decode(last.previous(), SortOrder.NEWEST_FIRST))
        .isEqualTo(
            new SearchCursor(SortOrder.NEWEST_FIRST, false, rows(3, 4).get(0).receivedAt(), 997));

    // going back: read nearest first, shown in order; the first page has no previous
    SearchCursor back = SearchCursor.decode(last.previous(), SortOrder.NEWEST_FIRST);
    List<Row> readBackwards = List.of(rows(2, 3).get(0), rows(1, 2).get(0), rows(0, 1).get(0));
    KeysetPage<Row> again =
        KeysetSearch.page(readBackwards, 3, back, SortOrder.NEWEST_FIRST, Row::receivedAt, Row::id);
    assertThat(again.rows()).containsExactlyElementsOf(rows(0, 3));
    assertThat(again.hasPrevious()).isFalse();
    assertThat(again.hasNext()).isTrue();

    assertThat(
            KeysetSearch.page(
                List.<Row>of(), 3, next, SortOrder.NEWEST_FIRST, Row::receivedAt, Row::id))
        .satisfies(p -> assertThat(p.isEmpty()).isTrue())
        .satisfies(p -> assertThat(p.hasNext() || p.hasPrevious()).isFalse());
  }
}
