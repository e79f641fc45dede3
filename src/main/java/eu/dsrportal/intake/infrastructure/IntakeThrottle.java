package eu.dsrportal.intake.infrastructure;

import eu.dsrportal.shared.infrastructure.RateLimiter;
import eu.dsrportal.shared.infrastructure.ThrottleBuckets;
import eu.dsrportal.shared.infrastructure.ThrottleKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * New requests per client address and per subject e-mail address (shared by all instances, in the
 * database, {@link ThrottleBuckets}): enough for any person, too few to flood the inbox or to
 * mail-bomb someone else's address. An IPv6 client counts by its /64 network and an e-mail address
 * without its {@code +tag} ({@link ThrottleKeys}). A submission takes its address's token first
 * ({@link #passAddress}), then its e-mail address's in the transaction that stores it ({@link
 * #takeEmailHere}); if that one is refused, the address's token is given back ({@link #giveBack}):
 * both or neither.
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

  /** A client address's token, taken before its submission is stored. */
  public record AddressPass(String key, boolean leased) {}

  /**
   * Takes one token of the client address's bucket, before and outside the transaction that stores
   * the submission (from this instance's lease of it when the bucket is large, {@link
   * RateLimiter#takeLeased}; else in a short transaction of its own, so that a flood from one
   * address does not queue the storing transactions on its row). Empty if refused.
   */
  public Optional<AddressPass> passAddress(String clientAddress) {
    if (clientAddress == null) {
      return Optional.of(new AddressPass(null, false));
    }
    String key = ThrottleKeys.network(clientAddress);
    boolean leased = perAddress.leases();
    Optional<Duration> refused =
        leased ? perAddress.takeLeased(key) : buckets.takeAll(List.of(perAddress.takeOf(key)));
    return refused.isPresent() ? Optional.empty() : Optional.of(new AddressPass(key, leased));
  }

  /**
   * Takes one token of the e-mail address's bucket in the caller's transaction, the one that stores
   * the submission, which must be rolled back when this answers false: one statement for an address
   * not seen before, and its row stays locked only while that one request is stored.
   */
  public boolean takeEmailHere(String email) {
    return email == null
        || buckets.takeAllHere(List.of(perEmail.takeOf(ThrottleKeys.mailbox(email)))).isEmpty();
  }

  /** Gives the address's token back: its submission was refused after all (its e-mail address). */
  public void giveBack(AddressPass pass) {
    if (pass.key() == null) {
      return;
    }
    if (pass.leased()) {
      perAddress.giveBackLeased(pass.key());
    } else {
      perAddress.giveBack(pass.key());
    }
  }
}
