package eu.dsrportal.audit.domain;

import eu.dsrportal.shared.domain.SecretToken;
import java.nio.charset.StandardCharsets;
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

  private static String canonical(AuditEntry e, long seq, String previousHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          String.valueOf(seq),
          e.getOccurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
          e.getActor(),
          e.getAction().name(),
          e.getObjectType(),
          e.getObjectId(),
          e.getOutcome().name(),
          e.getClientIp(),
          previousHash
        }) {
      String value = field == null ? "" : field;
      canonical.append(value.length()).append(':').append(value).append('|');
    }
    return canonical.toString();
  }
}
