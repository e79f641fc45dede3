package eu.dsrportal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

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
          e.getAction(),
          e.getObjectType(),
          e.getObjectId(),
          e.getOutcome().name(),
          e.getClientIp(),
          previousHash
        }) {
      String value = field == null ? "" : field;
      canonical.append(value.length()).append(':').append(value).append('|');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("SHA-256 is not available", e1);
    }
  }
}
