package eu.dsrportal.identity.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 in the self-describing form {@code pbkdf2-sha512:iterations:salt:hash}, so the
 * cost can rise later without breaking stored hashes.
 */
public final class PasswordHasher {
  public static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "pbkdf2-sha512";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  public PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  /** Compares in constant time; a malformed stored hash never verifies. */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
