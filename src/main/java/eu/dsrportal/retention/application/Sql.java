package eu.dsrportal.retention.application;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for the native SQL this context runs over other contexts' tables. */
final class Sql {
  private static final int BATCH = 500;

  private Sql() {}

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    if (column instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
  }

  static long number(Object column) {
    return ((Number) column).longValue();
  }

  /** Longs from a one-column native query with one parameter. */
  static List<Long> ids(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Long> ids = new ArrayList<>();
    for (Object row : query.getResultList()) {
      ids.add(number(row));
    }
    return ids;
  }

  /** Strings from a native query whose {@code :ids} is filled with the ids, in batches. */
  static List<String> strings(EntityManager em, String sql, Collection<Long> ids) {
    List<String> out = new ArrayList<>();
    for (List<Long> batch : batches(ids)) {
      for (Object row : em.createNativeQuery(sql.replace(":ids", in(batch))).getResultList()) {
        out.add((String) row);
      }
    }
    return out;
  }

  /** Longs from a one-column native query whose {@code :ids} is filled with the ids. */
  static List<Long> idsIn(EntityManager em, String sql, Collection<Long> ids) {
    List<Long> out = new ArrayList<>();
    for (List<Long> batch : batches(ids)) {
      for (Object row : em.createNativeQuery(sql.replace(":ids", in(batch))).getResultList()) {
        out.add(number(row));
      }
    }
    return out;
  }

  /** Runs an update whose {@code :ids} is filled with the ids, in batches; rows changed. */
  static int update(EntityManager em, String sql, Collection<Long> ids, Object... parameters) {
    int changed = 0;
    for (List<Long> batch : batches(ids)) {
      var query = em.createNativeQuery(sql.replace(":ids", in(batch)));
      for (int i = 0; i < parameters.length; i++) {
        query.setParameter(i + 1, parameters[i]);
      }
      changed += query.executeUpdate();
    }
    return changed;
  }

  /** Counts the rows of a query whose {@code :ids} is filled with the ids. */
  static long count(EntityManager em, String sql, Collection<Long> ids) {
    long total = 0;
    for (List<Long> batch : batches(ids)) {
      total += number(em.createNativeQuery(sql.replace(":ids", in(batch))).getSingleResult());
    }
    return total;
  }

  private static List<List<Long>> batches(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return batches;
  }

  // ids are Longs from the database: safe to write into the statement
  private static String in(List<Long> batch) {
    StringBuilder s = new StringBuilder();
    for (Long id : batch) {
      s.append(s.length() == 0 ? "" : ",").append(id.longValue());
    }
    return s.toString();
  }
}
