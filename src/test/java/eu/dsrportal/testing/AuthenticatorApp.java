package eu.dsrportal.testing;

import eu.dsrportal.identity.domain.OneTimeCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;

/**
 * The tests' authenticator app: knows the secrets users enrolled and gives a code the portal has
 * not seen yet. The portal accepts each code once and the codes of the neighbouring 30-second
 * steps, so three logins fit in one step; a fourth waits for the next step.
 */
public final class AuthenticatorApp {
  /** The demo administrator's secret in the test deployment (see arquillian.xml). */
  public static final String ADMIN_SECRET = "ITADMINSECRETXYZITADMINSECRETXYZ";

  private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
  private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

  static {
    SECRETS.put("admin", ADMIN_SECRET);
  }

  private AuthenticatorApp() {}

  public static void enrolled(String username, String secret) {
    SECRETS.put(username, secret.replace(" ", ""));
    LAST_STEP.remove(username);
  }

  public static boolean knows(String username) {
    return SECRETS.containsKey(username);
  }

  /** A code for the user's secret that was not used before. */
  public static synchronized String nextCode(String username) {
    String secret = SECRETS.get(username);
    Instant now = Instant.now();
    // the previous step's code stays valid until the current step ends: use it only with time to
    // spare
    long secondsIntoStep = now.getEpochSecond() % OneTimeCodes.STEP.getSeconds();
    long earliest = OneTimeCodes.stepOf(now) - (secondsIntoStep < 20 ? 1 : 0);
    long step = Math.max(earliest, LAST_STEP.getOrDefault(username, 0L) + 1);
    Awaitility.await()
        .atMost(Duration.ofSeconds(65))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> OneTimeCodes.stepOf(Instant.now()) + 1 >= step);
    LAST_STEP.put(username, step);
    return OneTimeCodes.codeAt(
        secret, Instant.ofEpochSecond(step * OneTimeCodes.STEP.getSeconds()));
  }

  /** The code of the current step, whether used or not (to test that a code is taken once). */
  public static String currentCode(String username) {
    return OneTimeCodes.codeAt(SECRETS.get(username), Instant.now());
  }
}
