package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time passwords administrators hand out (for a new account or a reset): random, to be
 * replaced at the first login, and usable for {@code login.one-time-password-hours} only.
 */
@ApplicationScoped
public class OneTimePasswords {
  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "login.one-time-password-hours")
  int validHours;

  /** Gives the account a new one-time password, returned to be passed on to the user once. */
  public String issue(UserAccount account) {
    String temporary = generate();
    account.resetPassword(
        HASHER.hash(temporary.toCharArray()), clock.instant(), Duration.ofHours(validHours));
    return temporary;
  }

  /** 20 random letters and digits in groups of five: easy to read out, about 98 bits. */
  static String generate() {
    StringBuilder temporary = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        temporary.append('-');
      }
      temporary.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return temporary.toString();
  }
}
