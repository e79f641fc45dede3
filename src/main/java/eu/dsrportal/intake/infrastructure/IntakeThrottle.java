package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.shared.infrastructure.RateLimiter;
import eu.dsrportal.shared.infrastructure.ThrottleBuckets;
import eu.dsrportal.shared.infrastructure.ThrottleKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * New requests per client address and per subject e-mail address (shared by all instances, in the
 * database, {@link ThrottleBuckets}): enough for any person, too few to flood the inbox or to
 * mail-bomb someone else's address. An IPv6 client counts by its /64 network and an e-mail address
 * without its {@code +tag} ({@link ThrottleKeys}).
 */
@ApplicationScoped
public class IntakeThrottle {

  @Inject
  @ConfigProperty(name = "intake.throttle.per-address-per-hour")
  long perAddressPerHour;

  @Inject
  @ConfigProperty(name = "intake.throttle.per-email-per-day")
  long perEmailPerDay;

  @Inject ThrottleBuckets buckets;

  private RateLimiter perAddress;
  private RateLimiter perEmail;

  @PostConstruct
  void configure() {
    perAddress =
        RateLimiter.shared("intake.address", perAddressPerHour, Duration.ofHours(1), buckets);
    perEmail = RateLimiter.shared("intake.email", perEmailPerDay, Duration.ofDays(1), buckets);
  }

  /**
   * Whether one more request from this address for this e-mail address is allowed now; if it is, it
   * counts against both, else against neither (one short transaction of its own: call it outside
   * the one that stores the request, which it would otherwise hold up).
   */
  public boolean tryAcquire(String clientAddress, String email) {
    List<RateLimiter.Buckets.Take> takes = new ArrayList<>(2);
    if (clientAddress != null) {
      takes.add(perAddress.takeOf(ThrottleKeys.network(clientAddress)));
    }
    if (email != null) {
      takes.add(perEmail.takeOf(ThrottleKeys.mailbox(email)));
    }
    return takes.isEmpty() || buckets.takeAll(takes).isEmpty();
  }
}
