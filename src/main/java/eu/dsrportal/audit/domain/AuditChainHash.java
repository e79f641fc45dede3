package eu.dsrportal.audit.domain;

import eu.dsrportal.shared.domain.SecretToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The seal of an entry over its fields and the previous entry's hash. Times are taken to the
 * microsecond, as the database stores them; fields are length-prefixed so no two entries hash alike
 * by shifting text between fields.
 *
 * <p>Two versions: entries sealed before migration V15 carry plain SHA-256, which anyone who can
 * write the database could recompute; every later entry carries HMAC-SHA256 with the configured
 * {@link ChainKey}. The head row records where the HMAC part begins ({@code hmac_from_seq}).
 */
public final class AuditChainHash {
  public static final String GENESIS = "0".repeat(64);

  private AuditChainHash() {}

  /** The seal of entries from {@code hmac_from_seq} on. */
  static String hmac(AuditEntry e, long seq, String previousHash, ChainKey key) {
    return key.hmacHex(canonical(e, seq, previousHash));
  }

  /** The seal of entries sealed before V15; only ever checked, never made any more. */
  static String sha256(AuditEntry e, long seq, String previousHash) {
    return SecretToken.sha256Hex(canonical(e, seq, previousHash).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * True when the stored seal of an entry read back from a database copy is the seal of what is
   * stored: HMAC-SHA256 with the key from {@code hmacFromSeq} on, plain SHA-256 before.
   */
  public static boolean matches(SealedEntry e, ChainKey key, long hmacFromSeq) {
    String text =
        canonical(
            e.seq(),
            e.occurredAt(),
            e.actor(),
            e.action(),
            e.objectType(),
            e.objectId(),
            e.outcome(),
            e.clientIp(),
            e.previousHash());
    String expected =
        e.seq() >= hmacFromSeq
            ? key.hmacHex(text)
            : SecretToken.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        String.valueOf(e.entryHash()).getBytes(StandardCharsets.US_ASCII));
  }

  private static String canonical(AuditEntry e, long seq, String previousHash) {
    return canonical(
        seq,
        e.getOccurredAt(),
        e.getActor(),
        e.getAction().name(),
        e.getObjectType(),
        e.getObjectId(),
        e.getOutcome().name(),
        e.getClientIp(),
        previousHash);
  }

  private static String canonical(
      long seq,
      Instant occurredAt,
      String actor,
      String action,
      String objectType,
      String objectId,
      String outcome,
      String clientIp,
      String previousHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          String.valueOf(seq),
          occurredAt.truncatedTo(ChronoUnit.MICROS).toString(),
          actor,
          action,
          objectType,
          objectId,
          outcome,
          clientIp,
          previousHash
        }) {
      String value = field == null ? "" : field;
      canonical.append(value.length()).append(':').append(value).append('|');
    }
    return canonical.toString();
  }
}
