package eu.dsrportal.identity.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login attempts per client address, checked before any password is hashed, so that nobody can make
 * the portal spend its CPU on hashing. Kept per instance (in memory): with several instances each
 * allows its own share.
 */
@ApplicationScoped
public class LoginThrottle {
  static final int ATTEMPTS = 30;
  static final Duration PERIOD = Duration.ofMinutes(10);
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public boolean tryAttempt(String clientAddress) {
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(clientAddress, a -> newBucket()).tryConsume(1);
  }

  private static Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(ATTEMPTS).refillGreedy(ATTEMPTS, PERIOD).build())
        .build();
  }
}
