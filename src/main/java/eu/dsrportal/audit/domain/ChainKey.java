package eu.dsrportal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the audit chain is sealed with (HMAC-SHA256). It lives in the configuration, not in
 * the database, so that someone who can write the database cannot re-seal a changed trail.
 */
public final class ChainKey {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  private ChainKey(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  public static ChainKey of(String secret) {
    if (Objects.requireNonNull(secret).isBlank()) {
      throw new IllegalArgumentException("empty audit chain key");
    }
    return new ChainKey(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** HMAC-SHA256 of the text, in hex (64 characters, as the SHA-256 hashes before it). */
  public String hmacHex(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "ChainKey[hidden]";
  }
}
