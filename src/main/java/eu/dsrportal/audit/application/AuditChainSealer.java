package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.audit.domain.ChainKey;
import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Seals new audit entries into the hash chain (HMAC-SHA256 with {@link AuditChainKey}) every few
 * seconds, in the order of their ids. The chain head row is locked while sealing, so sealers on
 * several instances take turns and the chain never forks; and the timer runs once cluster-wide per
 * due time ({@link ScheduledJobs}).
 */
@Singleton
public class AuditChainSealer {
  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject AuditChainKey chainKey;
  @Inject Clock clock;
  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scheduled() {
    Instant now = clock.instant();
    AuditChainSealer self = context.getBusinessObject(AuditChainSealer.class);
    jobs.runOnce(
        "audit-chain-sealer",
        now,
        Duration.ofSeconds(5),
        Duration.ofMinutes(1),
        () -> self.sealPending());
  }

  /** Seals what is not sealed yet; returns how many entries it sealed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealPending() {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    long seq = ((Number) head[0]).longValue();
    String hash = (String) head[1];
    List<AuditEntry> pending =
        em.createQuery(
                "SELECT a FROM AuditEntry a WHERE a.chainSeq IS NULL ORDER BY a.id",
                AuditEntry.class)
            .setMaxResults(BATCH)
            .getResultList();
    if (pending.isEmpty()) {
      return 0;
    }
    ChainKey key = chainKey.key();
    for (AuditEntry entry : pending) {
      entry.seal(++seq, hash, key);
      hash = entry.getEntryHash();
    }
    em.createNativeQuery(
            "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, sealed_at = ? WHERE id = 1")
        .setParameter(1, seq)
        .setParameter(2, hash)
        .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
    return pending.size();
  }
}
