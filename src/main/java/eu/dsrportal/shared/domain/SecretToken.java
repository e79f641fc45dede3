package eu.dsrportal.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens for links in mails (256 bits, URL-safe). Only their SHA-256 hash is stored, so the
 * database alone opens no link.
 */
public final class SecretToken {
  public static final int HASH_LENGTH = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretToken() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hash to store and to compare with; hex, {@value #HASH_LENGTH} characters. */
  public static String hash(String token) {
    return sha256Hex((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of some bytes, in hex. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a token matches a stored hash, in constant time. */
  public static boolean matches(String token, String storedHash) {
    return storedHash != null
        && MessageDigest.isEqual(
            hash(token).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
