package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.shared.domain.SecretToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional proof-of-work challenge of the public form (ALTCHA, self-hosted: no third party sees
 * the subject). The browser spends a moment of CPU on a signed puzzle; robots sending thousands of
 * forms spend thousands of moments. Each solved challenge is accepted once, on whichever instance
 * ({@link UsedSolutions}); with several instances, set {@code intake.altcha.hmac-key} on all alike.
 */
@ApplicationScoped
public class ProofOfWork {
  private static final Logger LOG = Logger.getLogger(ProofOfWork.class.getName());
  private static final Duration VALIDITY = Duration.ofMinutes(10);

  @Inject Clock clock;
  @Inject UsedSolutions used;

  @Inject
  @ConfigProperty(name = "intake.altcha.enabled")
  boolean enabled;

  /** The HMAC key that signs challenges; every instance needs the same. */
  @Inject
  @ConfigProperty(name = "intake.altcha.hmac-key")
  Optional<String> configuredKey;

  /** How hard the puzzle is: the largest number the browser may have to try. */
  @Inject
  @ConfigProperty(name = "intake.altcha.max-number")
  long maxNumber;

  private String hmacKey;

  @PostConstruct
  void init() {
    hmacKey = configuredKey.filter(k -> !k.isBlank()).orElse(null);
    if (hmacKey == null) {
      hmacKey = SecretToken.newToken();
      if (enabled) {
        LOG.warning(
            "intake.altcha.hmac-key is not set: a random key is used, valid on this instance only");
      }
    }
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Altcha.Challenge challenge() {
    try {
      return Altcha.createChallenge(
          new Altcha.ChallengeOptions()
              .setHmacKey(hmacKey)
              .setMaxNumber(maxNumber)
              .setExpiresInSeconds(VALIDITY.toSeconds()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot create a challenge", e);
    }
  }

  /** Whether the widget's payload solves one of our challenges, unexpired and not used before. */
  public boolean verify(String payload) {
    if (payload == null || payload.isBlank() || payload.length() > 4_000) {
      return false;
    }
    Instant now = clock.instant();
    try {
      if (!Altcha.verifySolution(payload, hmacKey, true)) {
        return false;
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "unreadable proof-of-work payload", e);
      return false;
    }
    return used.firstUse(payload, now.plus(VALIDITY));
  }
}
