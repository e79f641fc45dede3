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
  @Inject PendingSecondFactor pending;

  /**
   * Every refusal takes at least this long. The hash dominates the time of a login, but the paths
   * differ in database work by a few per cent; answering no refusal sooner than this floor leaves
   * nothing to measure. Set it above the time one hash takes on the machine.
   */
  @Inject
  @ConfigProperty(name = "login.refusal-floor-ms")
  long refusalFloorMillis;

  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    long start = System.nanoTime();
    pending.clear();
    CredentialValidationResult result = check(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        && !pending.awaitsCode(clock.instant())) {
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
    Optional<UserAccount> account = lockedAccount(username);
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
    if (user.hasSecondFactor()) {
      // the password was right; no role until the code is right too
      pending.begin(user.getUsername(), now);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return loggedIn(user, now);
  }

  /**
   * The second step: the code of the user whose password was just accepted in this session. Wrong
   * codes count as failed logins, so guessing codes locks the account like guessing passwords.
   */
  @Transactional
  public CredentialValidationResult validate(OneTimeCodeCredential credential) {
    Instant now = clock.instant();
    Optional<String> username = pending.username(now);
    if (username.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String address = request.getRemoteAddr();
    if (!throttle.tryAttempt(address)) {
      em.persist(new FailedLogin(username.get(), address, Reason.THROTTLED, now));
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<UserAccount> account = lockedAccount(username.get());
    if (account.isEmpty() || !account.get().isEnabled() || account.get().isLocked(now)) {
      pending.clear();
      em.persist(new FailedLogin(username.get(), address, Reason.LOCKED, now));
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount user = account.get();
    if (!user.acceptCode(credential.code(), now)) {
      user.loginFailed(now);
      em.persist(new FailedLogin(username.get(), address, Reason.WRONG_CODE, now));
      if (user.isLocked(now)) {
        pending.clear();
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    pending.clear();
    return loggedIn(user, now);
  }

  private Optional<UserAccount> lockedAccount(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static CredentialValidationResult loggedIn(UserAccount user, Instant now) {
    user.loggedIn(now);
    return new CredentialValidationResult(
        user.getUsername(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
