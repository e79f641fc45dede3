package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.FailedLogin.Reason;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks usernames and passwords against our own accounts. Unlike the built-in database store it
 * verifies exactly one hash on every path (unknown user, wrong password, disabled or locked
 * account), so neither the answer nor its time tells which usernames exist. Addresses that try too
 * often are refused before any hashing.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final String DUMMY_HASH = HASHER.hash("not-a-real-password".toCharArray());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LoginThrottle throttle;
  @Inject HttpServletRequest request;

  /**
   * Every refusal takes at least this long. The hash dominates the time of a login, but the paths
   * differ in database work by a few per cent; answering no refusal sooner than this floor leaves
   * nothing to measure. Set it above the time one hash takes on the machine.
   */
  @Inject
  @ConfigProperty(name = "login.refusal-floor-ms", defaultValue = "500")
  long refusalFloorMillis;

  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    long start = System.nanoTime();
    CredentialValidationResult result = check(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      long remaining = refusalFloorMillis * 1_000_000 - (System.nanoTime() - start);
      if (remaining > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    return result;
  }

  private CredentialValidationResult check(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String address = request.getRemoteAddr();
    Instant now = clock.instant();
    if (!throttle.tryAttempt(address)) {
      em.persist(new FailedLogin(username, address, Reason.THROTTLED, now));
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<UserAccount> account =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    boolean passwordMatches =
        HASHER.verify(
            credential.getPassword().getValue(),
            account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH));
    if (account.isPresent() && account.get().isLocked(now)) {
      em.persist(new FailedLogin(username, address, Reason.LOCKED, now));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (account.isEmpty() || !passwordMatches || !account.get().isEnabled()) {
      account.ifPresent(a -> a.loginFailed(now));
      em.persist(new FailedLogin(username, address, Reason.INVALID, now));
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount user = account.get();
    user.loggedIn(now);
    return new CredentialValidationResult(
        user.getUsername(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
