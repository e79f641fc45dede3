package eu.dsrportal.identity.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login attempts per client address, checked before any password is hashed, so that nobody can make
 * the portal spend its CPU on hashing. Kept per instance (in memory): with several instances each
 * allows its own share.
 */
@ApplicationScoped
public class LoginThrottle {
  private static final int MAX_TRACKED = 100_000;

  @Inject
  @ConfigProperty(name = "login.throttle.attempts", defaultValue = "30")
  int attempts;

  @Inject
  @ConfigProperty(name = "login.throttle.minutes", defaultValue = "10")
  int minutes;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public boolean tryAttempt(String clientAddress) {
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(clientAddress, a -> newBucket()).tryConsume(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(attempts)
                .refillGreedy(attempts, Duration.ofMinutes(minutes))
                .build())
        .build();
  }
}
