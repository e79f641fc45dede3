package eu.dsrportal.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The throttles' token buckets in MariaDB ({@code throttle_bucket}), so that every instance counts
 * against the same bucket. A take locks the buckets' rows until its transaction ends (a short one
 * of its own, {@link #takeAll}, or the caller's, {@link #takeAllHere}), so two instances never both
 * take the last token; several buckets are taken together, all or none, in the order of their keys
 * (no deadlock between two takers). A row is locked by an insert that makes a new bucket with the
 * token already taken, or locks the one there: an exclusive lock at once, never a shared one to
 * upgrade, nor a gap lock for a bucket not there yet. Large buckets are leased per instance a block
 * at a time ({@link #lease}, {@link RateLimiter#takeLeased}). The row's key is a SHA-256 of the
 * throttle's name and key: no client address or e-mail address is stored. Buckets that would be
 * full again are deleted hourly.
 */
@Stateless
@LocalBean
@PermitAll
public class ThrottleBuckets implements RateLimiter.Buckets {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ScheduledJobs jobs;
  @Resource SessionContext context;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Duration> takeAll(List<Take> takes) {
    Optional<Duration> refused = takeAllHere(takes);
    if (refused.isPresent()) {
      context.setRollbackOnly();
    }
    return refused;
  }

  /**
   * As {@link #takeAll}, in the caller's transaction, which must be rolled back when this answers a
   * refusal (a new bucket's row may already hold a taken token). The rows stay locked until that
   * transaction ends: for buckets that only one caller at a time uses (an e-mail address's), taken
   * in the transaction that stores what they count.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Optional<Duration> takeAllHere(List<Take> takes) {
    Instant now = clock.instant();
    Optional<Duration> refused = Optional.empty();
    for (Take take : takes.stream().sorted(Comparator.comparing(t -> hash(t.key()))).toList()) {
      String id = hash(take.key());
      Optional<TokenBucket> existing = lockedOrNew(id, take, 1, now);
      if (existing.isEmpty()) {
        continue; // a new bucket, full less the token just taken
      }
      TokenBucket bucket = existing.get();
      if (!bucket.hasOne()) {
        Duration wait = bucket.untilOne(take.capacity(), take.period());
        refused = Optional.of(refused.filter(w -> w.compareTo(wait) > 0).orElse(wait));
      } else if (refused.isEmpty()) {
        store(id, bucket.minus(1), take.capacity(), take.period());
      }
    }
    return refused;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long lease(Take take, long most) {
    Instant now = clock.instant();
    String id = hash(take.key());
    Optional<TokenBucket> existing = lockedOrNew(id, take, most, now);
    if (existing.isEmpty()) {
      return most;
    }
    TokenBucket bucket = existing.get();
    long taken = Math.min(most, bucket.whole());
    if (taken > 0) {
      store(id, bucket.minus(taken), take.capacity(), take.period());
    }
    return taken;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Duration> waitFor(String key, long capacity, Duration period) {
    Instant now = clock.instant();
    List<?> rows =
        sql("SELECT tokens, refilled_at FROM throttle_bucket WHERE bucket_key = ?")
            .setParameter(1, hash(key))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    TokenBucket bucket = bucket((Object[]) rows.get(0)).refilled(now, capacity, period);
    return bucket.hasOne() ? Optional.empty() : Optional.of(bucket.untilOne(capacity, period));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void giveBack(String key, long capacity, Duration period) {
    Instant now = clock.instant();
    String id = hash(key);
    Take take = new Take(key, capacity, period);
    lockedOrNew(id, take, 0, now)
        .ifPresent(bucket -> store(id, bucket.plusOne(capacity), capacity, period));
  }

  @Schedule(hour = "*", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    Instant now = clock.instant();
    jobs.runOnce(
        "throttle-bucket-purge",
        now,
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        () -> context.getBusinessObject(ThrottleBuckets.class).purge(now));
  }

  /** Deletes the buckets that are full again at {@code now}; returns how many. */
  public int purge(Instant now) {
    return sql("DELETE FROM throttle_bucket WHERE full_at <= ?")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
  }

  /**
   * The bucket's row, locked until the transaction ends, refilled up to {@code now}; or, for a
   * bucket not there yet, empty: its row was just made, full less {@code taking} tokens (one
   * statement for a new key, as most e-mail addresses are). The insert changes a row that exists
   * (its {@code full_at}, a microsecond later: the caller's update or rollback mostly sets it right
   * again, and the purge is a microsecond later if not), so that its answer tells the two apart: 1
   * for a new row, 2 for one that was there (a row left as it was would answer 1 too, as the driver
   * counts found rows). Either way it takes an exclusive lock at once, never a shared one to
   * upgrade, nor a gap lock for a bucket not there yet.
   */
  private Optional<TokenBucket> lockedOrNew(String id, Take take, long taking, Instant now) {
    TokenBucket fresh = new TokenBucket(take.capacity() - taking, now);
    int answer =
        sql("INSERT INTO throttle_bucket (bucket_key, tokens, refilled_at, full_at)"
                + " VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE full_at = full_at + INTERVAL 1 MICROSECOND")
            .setParameter(1, id)
            .setParameter(2, fresh.tokens())
            .setParameter(3, utc(now))
            .setParameter(4, utc(fresh.fullAt(take.capacity(), take.period())))
            .executeUpdate();
    if (answer == 1) {
      return Optional.empty();
    }
    // a locking read: it sees the row as it is now, not as the transaction's first read saw it
    Object[] row =
        (Object[])
            sql("SELECT tokens, refilled_at FROM throttle_bucket WHERE bucket_key = ? FOR UPDATE")
                .setParameter(1, id)
                .getSingleResult();
    return Optional.of(bucket(row).refilled(now, take.capacity(), take.period()));
  }

  /**
   * A statement on the buckets' table, which is no entity's: nothing the caller's transaction holds
   * in its persistence context need be written before it (a flush would compare all of it, for
   * every bucket taken in a group commit).
   */
  private Query sql(String statement) {
    return em.createNativeQuery(statement).setFlushMode(FlushModeType.COMMIT);
  }

  private static TokenBucket bucket(Object[] row) {
    return new TokenBucket(((Number) row[0]).doubleValue(), instant(row[1]));
  }

  private void store(String id, TokenBucket bucket, long capacity, Duration period) {
    sql("UPDATE throttle_bucket SET tokens = ?, refilled_at = ?, full_at = ?"
            + " WHERE bucket_key = ?")
        .setParameter(1, bucket.tokens())
        .setParameter(2, utc(bucket.refilledAt()))
        .setParameter(3, utc(bucket.fullAt(capacity, period)))
        .setParameter(4, id)
        .executeUpdate();
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    LocalDateTime local =
        value instanceof LocalDateTime l ? l : ((Timestamp) value).toLocalDateTime();
    return local.toInstant(ZoneOffset.UTC);
  }
}
