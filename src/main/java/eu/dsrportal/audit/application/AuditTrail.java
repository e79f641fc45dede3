package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.audit.domain.AuditChainHash;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.audit.domain.ChainKey;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** For administrators: searching the trail, exporting it, and checking its hash chain. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class AuditTrail {
  public static final int MAX_RESULTS = 5_000;
  private static final int PAGE = 1_000;
  private static final int RECENT = 200;
  private static final List<AuditAction> SESSION_ACTIONS =
      List.of(
          AuditAction.LOGGED_IN,
          AuditAction.LOGGED_IN_WITH_SECOND_FACTOR,
          AuditAction.LOGGED_OUT,
          AuditAction.SESSION_ENDED,
          AuditAction.PAGE_REFUSED);

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject ProviderTime time;
  @Inject RequestTrailObjects requestTrail;
  @Inject AuditChainKey chainKey;

  /** Newest first, at most {@link #MAX_RESULTS}. */
  public List<AuditEntry> search(AuditFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (notBlank(filter.getReference())) {
      List<RequestTrailObjects.AuditedObject> objects =
          requestTrail.of(filter.getReference().strip());
      if (objects.isEmpty()) {
        audit.granted(AuditAction.AUDIT_SEARCHED, "AuditEntry", null);
        return List.of();
      }
      List<String> anyOf = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        anyOf.add("(a.objectType = :type" + i + " AND a.objectId = :id" + i + ")");
        parameters.put("type" + i, objects.get(i).type());
        parameters.put("id" + i, objects.get(i).id());
      }
      where.add("(" + String.join(" OR ", anyOf) + ")");
    }
    if (notBlank(filter.getActor())) {
      where.add("a.actor = :actor");
      parameters.put("actor", filter.getActor().strip());
    }
    if (notBlank(filter.getObjectType())) {
      where.add("a.objectType = :objectType");
      parameters.put("objectType", filter.getObjectType().strip());
    }
    if (notBlank(filter.getObjectId())) {
      where.add("a.objectId = :objectId");
      parameters.put("objectId", filter.getObjectId().strip());
    }
    if (filter.getFrom() != null) {
      where.add("a.occurredAt >= :from");
      parameters.put("from", time.startOf(filter.getFrom()));
    }
    if (filter.getTo() != null) {
      where.add("a.occurredAt < :to");
      parameters.put("to", time.startOf(filter.getTo().plusDays(1)));
    }
    if (filter.isDeniedOnly()) {
      where.add("a.outcome = :denied");
      parameters.put("denied", AuditEntry.Outcome.DENIED);
    }
    String jpql =
        "SELECT a FROM AuditEntry a"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY a.occurredAt DESC, a.id DESC";
    TypedQuery<AuditEntry> query = em.createQuery(jpql, AuditEntry.class);
    parameters.forEach(query::setParameter);
    audit.granted(AuditAction.AUDIT_SEARCHED, "AuditEntry", null);
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  /**
   * Walks the sealed entries in chain order, recomputing each hash and checking that each links to
   * the one before; names the first entry that was changed, or the first sequence number missing.
   */
  public ChainVerification verifyChain() {
    audit.granted(AuditAction.AUDIT_CHAIN_VERIFIED, "AuditEntry", null);
    ChainKey key = chainKey.key();
    long hmacFromSeq = head().hmacFromSeq();
    long expectedSeq = 1;
    String previousHash = AuditChainHash.GENESIS;
    while (true) {
      List<AuditEntry> page =
          em.createQuery(
                  "SELECT a FROM AuditEntry a WHERE a.chainSeq >= :seq ORDER BY a.chainSeq",
                  AuditEntry.class)
              .setParameter("seq", expectedSeq)
              .setMaxResults(PAGE)
              .getResultList();
      if (page.isEmpty()) {
        // entries cut off the end of the chain show as a head further than the last entry
        long headSeq =
            ((Number)
                    em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1")
                        .getSingleResult())
                .longValue();
        return headSeq == expectedSeq - 1
            ? ChainVerification.intact(expectedSeq - 1)
            : ChainVerification.brokenAt(expectedSeq - 1, null, expectedSeq);
      }
      for (AuditEntry entry : page) {
        if (entry.getChainSeq() != expectedSeq) {
          return ChainVerification.brokenAt(expectedSeq - 1, null, expectedSeq);
        }
        if (!Objects.equals(entry.getPreviousHash(), previousHash)
            || !entry.hashMatches(key, hmacFromSeq)) {
          return ChainVerification.brokenAt(expectedSeq - 1, entry.getId(), expectedSeq);
        }
        previousHash = entry.getEntryHash();
        expectedSeq++;
      }
      em.clear();
    }
  }

  /** Logins, logouts, sessions the portal ended and pages refused: the newest {@value #RECENT}. */
  public List<AuditEntry> recentSessions() {
    audit.granted(AuditAction.AUDIT_SEARCHED, "AuditEntry", null);
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.action IN :actions"
                + " ORDER BY a.occurredAt DESC, a.id DESC",
            AuditEntry.class)
        .setParameter("actions", SESSION_ACTIONS)
        .setMaxResults(RECENT)
        .getResultList();
  }

  /**
   * The chain's head, for administrators to keep outside the database (the audit export ends with
   * it): with the key, a head kept elsewhere shows whether the trail was rewritten since.
   */
  public ChainHead head() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT last_seq, last_hash,"
                        + " DATE_FORMAT(sealed_at, '%Y-%m-%dT%H:%i:%s.%fZ'), hmac_from_seq"
                        + " FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
    return new ChainHead(
        ((Number) row[0]).longValue(),
        (String) row[1],
        row[2] == null ? null : Instant.parse((String) row[2]),
        ((Number) row[3]).longValue());
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
