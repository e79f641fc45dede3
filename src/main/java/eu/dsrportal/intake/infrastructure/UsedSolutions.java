package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The proof-of-work solutions already used, in the database ({@code proof_of_work_used}, keyed by a
 * SHA-256 of the payload): a solution is accepted once, whichever instance it reaches, even when
 * two arrive at the same moment (the primary key decides). Rows go once their challenge expired.
 */
@Stateless
@PermitAll
public class UsedSolutions {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  /** Records the payload as used until {@code expiresAt}; true only for its first use. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean firstUse(String payload, Instant expiresAt) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO proof_of_work_used (payload_hash, expires_at) VALUES (?, ?)")
            .setParameter(1, sha256(payload))
            .setParameter(2, LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  @Schedule(hour = "*", minute = "43", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    Instant now = clock.instant();
    jobs.runOnce(
        "proof-of-work-purge",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        () -> context.getBusinessObject(UsedSolutions.class).purge(now));
  }

  /** Deletes the solutions whose challenge expired before {@code now}; returns how many. */
  public int purge(Instant now) {
    return em.createNativeQuery("DELETE FROM proof_of_work_used WHERE expires_at <= ?")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
