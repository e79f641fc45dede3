package eu.dsrportal.routing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The one query behind the staff inbox, the staff API's list and the customer's list: native SQL,
 * because MariaDB's FULLTEXT {@code MATCH ... AGAINST} has no JPQL form. It returns the ids in the
 * list's order (with the assignee and the customer); the callers load what they show. Every value
 * is a bound parameter; the SQL text only ever holds fixed fragments. See docs/inbox.md.
 */
final class KeysetSearch {

  /**
   * The forwarding that counts for a request: its active one (not withdrawn, not given back), whose
   * generated column {@code active_request_id} is unique (V17). The customer column, the customer
   * filter and the customer's own list see it only, and a request never appears twice.
   */
  static final String ACTIVE_FORWARDING = "f.active_request_id = r.id";

  /**
   * A row found: the request's id, its assignee, the customer it is forwarded to, and its next
   * deadline (null: none) with its kind.
   */
  record Hit(
      long id,
      String assignee,
      Long customerId,
      String customerName,
      Instant nextDueAt,
      String nextDueKind) {}

  /** The SQL and its parameters, in order (positional {@code ?1, ?2 ...}). */
  record Sql(String text, List<Object> parameters) {}

  private KeysetSearch() {}

  /**
   * @param caller the username "mine" means
   * @param receivedBefore the age filter as an instant (null: none)
   * @param forwardedOnly only requests with a forwarding (the customer's list)
   */
  static Sql build(
      RequestCriteria criteria,
      String caller,
      Instant receivedBefore,
      SearchCursor cursor,
      int limit,
      boolean forwardedOnly) {
    return build(criteria, caller, receivedBefore, cursor, limit, forwardedOnly, null);
  }

  /**
   * @param now the instant "overdue" is measured against (needed with the overdue filter only)
   */
  static Sql build(
      RequestCriteria criteria,
      String caller,
      Instant receivedBefore,
      SearchCursor cursor,
      int limit,
      boolean forwardedOnly,
      Instant now) {
    List<Object> p = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT r.id, a.assignee, f.customer_id, c.name, d.next_due_at, d.next_due_kind"
                + " FROM request r"
                + " LEFT JOIN request_assignment a ON a.request_id = r.id"
                + (criteria.overdue() ? " JOIN" : " LEFT JOIN")
                + " request_deadline d ON d.request_id = r.id"
                + (forwardedOnly || criteria.customerId() != null ? " JOIN" : " LEFT JOIN")
                + " forwarding f ON "
                + ACTIVE_FORWARDING
                + " LEFT JOIN customer c ON c.id = f.customer_id WHERE ");
    if (criteria.status() == null) {
      sql.append("r.status <> 'UNVERIFIED'");
    } else {
      sql.append("r.status = ").append(bind(p, criteria.status().name()));
    }
    SearchText text = criteria.searchText();
    if (text != null) {
      switch (text.kind()) {
        case REFERENCE -> sql.append(" AND r.reference = ").append(bind(p, text.value()));
        case EMAIL -> sql.append(" AND r.subject_email = ").append(bind(p, text.value()));
        case WORDS ->
            sql.append(" AND MATCH (r.subject_name, r.organisation) AGAINST (")
                .append(bind(p, text.booleanQuery()))
                .append(" IN BOOLEAN MODE)");
      }
    }
    if (criteria.kind() != null) {
      sql.append(" AND r.data_subject_right = ").append(bind(p, criteria.kind().name()));
    }
    if (criteria.channel() != null) {
      sql.append(" AND r.channel = ").append(bind(p, criteria.channel().name()));
    }
    if (criteria.customerId() != null) {
      sql.append(" AND f.customer_id = ").append(bind(p, criteria.customerId()));
    }
    if (criteria.mine()) {
      sql.append(" AND a.assignee = ").append(bind(p, caller));
    } else if (criteria.assignee() != null) {
      sql.append(" AND a.assignee = ").append(bind(p, criteria.assignee()));
    } else if (criteria.unassigned()) {
      sql.append(" AND a.request_id IS NULL");
    }
    if (receivedBefore != null) {
      sql.append(" AND r.received_at < ").append(bind(p, utc(receivedBefore)));
    }
    if (criteria.overdue()) {
      if (now == null) {
        throw new IllegalArgumentException("the overdue filter needs now");
      }
      sql.append(" AND d.next_due_at < ").append(bind(p, utc(now)));
    }
    boolean descending =
        cursor == null ? criteria.sort() == SortOrder.NEWEST_FIRST : cursor.descending();
    if (criteria.sort() == SortOrder.DEADLINE) {
      return deadlineOrder(sql, p, cursor, descending, limit);
    }
    if (cursor != null) {
      // written as an OR, not as a row comparison, so that MariaDB reads it as a range of the index
      String op = descending ? " < " : " > ";
      String at = bind(p, utc(cursor.receivedAt()));
      String at2 = bind(p, utc(cursor.receivedAt()));
      String id = bind(p, cursor.id());
      sql.append(" AND (r.received_at")
          .append(op)
          .append(at)
          .append(" OR (r.received_at = ")
          .append(at2)
          .append(" AND r.id")
          .append(op)
          .append(id)
          .append("))");
    }
    String direction = descending ? " DESC" : " ASC";
    sql.append(" ORDER BY r.received_at").append(direction).append(", r.id").append(direction);
    sql.append(" LIMIT ").append(limit); // an int, not text: no binding needed
    return new Sql(sql.toString(), p);
  }

  /**
   * Deadline order: soonest first, requests without a deadline last (by id); keyset on
   * (next_due_at, id) through the index of {@code request_deadline}.
   */
  private static Sql deadlineOrder(
      StringBuilder sql, List<Object> p, SearchCursor cursor, boolean descending, int limit) {
    if (cursor != null) {
      Instant key = cursor.receivedAt();
      String id = bind(p, cursor.id());
      if (key == null) {
        // among the rows without a deadline, or (backwards) any row with one
        sql.append(
            descending
                ? " AND (d.next_due_at IS NOT NULL OR r.id < " + id + ")"
                : " AND d.next_due_at IS NULL AND r.id > " + id);
      } else {
        String op = descending ? " < " : " > ";
        String at = bind(p, utc(key));
        String at2 = bind(p, utc(key));
        sql.append(" AND (d.next_due_at")
            .append(op)
            .append(at)
            .append(" OR (d.next_due_at = ")
            .append(at2)
            .append(" AND r.id")
            .append(op)
            .append(id)
            .append(")")
            .append(descending ? ")" : " OR d.next_due_at IS NULL)");
      }
    }
    String direction = descending ? " DESC" : " ASC";
    sql.append(" ORDER BY d.next_due_at IS NULL")
        .append(direction)
        .append(", d.next_due_at")
        .append(direction)
        .append(", r.id")
        .append(direction);
    sql.append(" LIMIT ").append(limit);
    return new Sql(sql.toString(), p);
  }

  /**
   * Runs the search: at most {@code pageSize} hits in the list's order, and whether there are more
   * beyond them (in the direction read).
   */
  static List<Hit> run(EntityManager em, Sql sql) {
    Query query = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.parameters().size(); i++) {
      query.setParameter(i + 1, sql.parameters().get(i));
    }
    List<Hit> hits = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      hits.add(
          new Hit(
              ((Number) columns[0]).longValue(),
              (String) columns[1],
              columns[2] == null ? null : ((Number) columns[2]).longValue(),
              (String) columns[3],
              instant(columns[4]),
              (String) columns[5]));
    }
    return hits;
  }

  /**
   * The page of rows read with {@code limit = pageSize + 1}: trimmed, in the list's order, with the
   * cursors of its neighbours.
   */
  static <T> KeysetPage<T> page(
      List<T> read,
      int pageSize,
      SearchCursor cursor,
      SortOrder sort,
      Function<T, Instant> receivedAt,
      Function<T, Long> id) {
    boolean more = read.size() > pageSize;
    List<T> rows = new ArrayList<>(read.subList(0, Math.min(pageSize, read.size())));
    boolean backwards = cursor != null && !cursor.after();
    if (backwards) {
      Collections.reverse(rows);
    }
    if (rows.isEmpty()) {
      return new KeysetPage<>(List.of(), null, null);
    }
    T first = rows.get(0);
    T last = rows.get(rows.size() - 1);
    String next =
        backwards || more
            ? new SearchCursor(sort, true, receivedAt.apply(last), id.apply(last)).encode()
            : null;
    String previous =
        (backwards && more) || (!backwards && cursor != null)
            ? new SearchCursor(sort, false, receivedAt.apply(first), id.apply(first)).encode()
            : null;
    return new KeysetPage<>(List.copyOf(rows), next, previous);
  }

  private static String bind(List<Object> parameters, Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  private static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    LocalDateTime utc =
        column instanceof LocalDateTime local
            ? local
            : ((java.sql.Timestamp) column).toLocalDateTime();
    return utc.toInstant(ZoneOffset.UTC);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
