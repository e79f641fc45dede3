package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.FailedLogin.Reason;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.infrastructure.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks usernames and passwords against our own accounts. Unlike the built-in database store it
 * verifies exactly one hash on every path (unknown user, wrong password, disabled account, expired
 * one-time password), so neither the answer nor its time tells which usernames exist. Addresses
 * that try too often, on any account or on this one, are refused before any hashing. A good login
 * is recorded in the audit trail with the client address.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final String DUMMY_HASH = HASHER.hash("not-a-real-password".toCharArray());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LoginThrottle throttle;
  @Inject ClientAddress clientAddress;
  @Inject PendingSecondFactor pending;
  @Inject LoginSession loginSession;
  @Inject AuditLog audit;

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
    String address = clientAddress.current();
    Instant now = clock.instant();
    if (!throttle.tryAttempt(address)) {
      return refused(username, address, Reason.THROTTLED, now);
    }
    Optional<UserAccount> account = lockedAccount(username);
    if (throttle.throttled(username, account, address, now)) {
      return refused(username, address, Reason.THROTTLED, now);
    }
    boolean passwordMatches =
        HASHER.verify(
            credential.getPassword().getValue(),
            account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH));
    if (account.isEmpty() || !passwordMatches || !account.get().isEnabled()) {
      return refused(username, address, Reason.INVALID, now);
    }
    UserAccount user = account.get();
    if (user.isPasswordExpired(now)) {
      return refused(username, address, Reason.EXPIRED, now);
    }
    if (user.hasSecondFactor()) {
      // the password was right; no role until the code is right too
      pending.begin(user.getUsername(), now);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return loggedIn(user, address, now, AuditAction.LOGGED_IN);
  }

  /**
   * The second step: the code of the user whose password was just accepted in this session. Wrong
   * codes count as failed logins, so guessing codes is throttled like guessing passwords.
   */
  @Transactional
  public CredentialValidationResult validate(OneTimeCodeCredential credential) {
    Instant now = clock.instant();
    Optional<String> username = pending.username(now);
    if (username.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String address = clientAddress.current();
    if (!throttle.tryAttempt(address)) {
      return refused(username.get(), address, Reason.THROTTLED, now);
    }
    Optional<UserAccount> account = lockedAccount(username.get());
    if (account.isEmpty()
        || !account.get().isEnabled()
        || throttle.throttled(username.get(), account, address, now)) {
      pending.clear();
      return refused(username.get(), address, Reason.THROTTLED, now);
    }
    UserAccount user = account.get();
    if (!user.acceptCode(credential.code(), now)) {
      em.persist(new FailedLogin(username.get(), address, Reason.WRONG_CODE, now));
      em.flush();
      if (throttle.throttled(username.get(), account, address, now)) {
        pending.clear();
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    pending.clear();
    return loggedIn(user, address, now, AuditAction.LOGGED_IN_WITH_SECOND_FACTOR);
  }

  private CredentialValidationResult refused(
      String username, String address, Reason reason, Instant now) {
    em.persist(new FailedLogin(username, address, reason, now));
    return CredentialValidationResult.INVALID_RESULT;
  }

  private Optional<UserAccount> lockedAccount(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private CredentialValidationResult loggedIn(
      UserAccount user, String address, Instant now, AuditAction how) {
    user.loggedIn(now, FailedLogin.fittedAddress(address));
    loginSession.begin(user, now);
    audit.grantedAs(user.getUsername(), how, "UserAccount", user.getId());
    return new CredentialValidationResult(
        user.getUsername(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
