package eu.dsrportal.audit.domain;

import eu.dsrportal.shared.domain.SecretToken;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/**
 * SHA-256 over an entry's fields and the previous entry's hash. Times are taken to the microsecond,
 * as the database stores them; fields are length-prefixed so no two entries hash alike by shifting
 * text between fields.
 */
public final class AuditChainHash {
  public static final String GENESIS = "0".repeat(64);

  private AuditChainHash() {}

  static String of(AuditEntry e, long seq, String previousHash) {
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
    return SecretToken.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }
}
