package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The staff API's list of requests: newest first, optionally one status and one kind, by keyset
 * paging (the position after the last row seen, never an offset). A small query of its own until
 * the inbox's search serves the API too.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class RequestListing {
  public static final int MAX_LIMIT = 100;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** Where a page ends: the last row's time of receipt and id, as an opaque cursor. */
  public record Position(Instant receivedAt, long id) {
    public String cursor() {
      long micros = receivedAt.getEpochSecond() * 1_000_000 + receivedAt.getNano() / 1_000;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor holds; empty for anything that is not one of ours. */
    public static Optional<Position> of(String cursor) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)
                .split("\\.");
        if (parts.length != 2) {
          return Optional.empty();
        }
        long micros = Long.parseLong(parts[0]);
        long id = Long.parseLong(parts[1]);
        if (micros < 0 || id < 1) {
          return Optional.empty();
        }
        return Optional.of(
            new Position(
                Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000), id));
      } catch (IllegalArgumentException | NullPointerException e) {
        return Optional.empty();
      }
    }
  }

  /** A page of requests and, when there are more, where the next begins. */
  public record Page(List<Request> rows, Position next) {}

  /**
   * Up to {@code limit} requests after {@code after} (null: from the newest); {@code status} null
   * means every status but unverified, as in the inbox.
   */
  public Page page(RequestStatus status, DataSubjectRight kind, Position after, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    StringBuilder jpql = new StringBuilder("SELECT r FROM Request r WHERE ");
    jpql.append(status == null ? "r.status <> :unverified" : "r.status = :status");
    if (kind != null) {
      jpql.append(" AND r.right = :kind");
    }
    if (after != null) {
      jpql.append(
          " AND (r.receivedAt < :afterAt OR (r.receivedAt = :afterAt AND r.id < :afterId))");
    }
    jpql.append(" ORDER BY r.receivedAt DESC, r.id DESC");
    TypedQuery<Request> query = em.createQuery(jpql.toString(), Request.class);
    if (status == null) {
      query.setParameter("unverified", RequestStatus.UNVERIFIED);
    } else {
      query.setParameter("status", status);
    }
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (after != null) {
      query.setParameter("afterAt", after.receivedAt()).setParameter("afterId", after.id());
    }
    List<Request> rows = query.setMaxResults(size + 1).getResultList();
    audit.granted(AuditAction.INBOX_VIEWED, "Request", null);
    if (rows.size() <= size) {
      return new Page(rows, null);
    }
    Request last = rows.get(size - 1);
    return new Page(rows.subList(0, size), new Position(last.getReceivedAt(), last.getId()));
  }
}
