package eu.dsrportal.identity.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, 30
 * seconds, a 160-bit secret shown as Base32. A code of the step before or after the current one is
 * accepted too (clocks drift), but never a step at or before the last one used.
 */
public final class OneTimeCodes {
  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  private static final int SECRET_BYTES = 20;
  private static final int TOLERATED_STEPS = 1;
  private static final TimeBasedOneTimePasswordGenerator GENERATOR =
      new TimeBasedOneTimePasswordGenerator(
          STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeCodes() {}

  /** A new random secret, in Base32 as the user types it into an app. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return new Base32().encodeAsString(bytes).replace("=", "");
  }

  public static boolean isSecret(String secret) {
    return secret != null && secret.matches("[A-Z2-7]{16,64}");
  }

  /** The time step an instant falls in. */
  public static long stepOf(Instant at) {
    return at.getEpochSecond() / STEP.getSeconds();
  }

  /** The code of the step an instant falls in. */
  public static String codeAt(String secret, Instant at) {
    try {
      return GENERATOR.generateOneTimePasswordString(key(secret), at);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable secret", e);
    }
  }

  /**
   * The step whose code was typed, if it is the current step or a neighbour and later than {@code
   * lastUsedStep}.
   */
  public static OptionalLong matchingStep(
      String secret, String typed, Instant now, long lastUsedStep) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String code = typed.replaceAll("\\s", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = stepOf(now);
    OptionalLong match = OptionalLong.empty();
    // compare every candidate, in constant time, whatever matched
    for (long step = current - TOLERATED_STEPS; step <= current + TOLERATED_STEPS; step++) {
      String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
      boolean same =
          MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
      if (same && step > lastUsedStep && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  /** The {@code otpauth://} address an authenticator app reads from the enrolment QR code. */
  public static String provisioningUri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Key key(String secret) {
    return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
  }
}
