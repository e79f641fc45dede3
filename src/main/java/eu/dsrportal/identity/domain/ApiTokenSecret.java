package eu.dsrportal.identity.domain;

import eu.dsrportal.shared.domain.SecretToken;
import java.util.regex.Pattern;

/**
 * The secret of an API token as its owner sees it once: {@code dsr_} and 43 URL-safe characters
 * (256 random bits). Only its hash is stored; its first {@value #PREFIX_LENGTH} characters are
 * stored too, to tell a user's tokens apart, and leave 228 bits unknown.
 */
public record ApiTokenSecret(String value) {
  public static final String MARK = "dsr_";
  public static final int PREFIX_LENGTH = 12;
  private static final Pattern FORMAT = Pattern.compile("dsr_[A-Za-z0-9_-]{43}");

  public static ApiTokenSecret generate() {
    return new ApiTokenSecret(MARK + SecretToken.newToken());
  }

  /** Whether a text can be a token at all: anything else is refused without a database look-up. */
  public static boolean looksLikeToken(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /** The hash to store and to look the token up by. */
  public String hash() {
    return SecretToken.hash(value);
  }

  /** The first characters, not secret, shown in the list of tokens. */
  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  @Override
  public String toString() {
    return prefix() + "…";
  }
}
