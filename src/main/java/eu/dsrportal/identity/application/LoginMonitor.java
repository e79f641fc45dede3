package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.infrastructure.LoginThrottle;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For administrators: refused logins, the accounts an address may not try for now, and clearing an
 * account's failures so the throttle lifts.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class LoginMonitor {
  private static final int RECENT = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Accounts accounts;
  @Inject LoginThrottle throttle;

  /** An existing account that one client address may not try until a time. */
  public record Throttled(long accountId, String username, String address, Instant until) {}

  public List<FailedLogin> recentFailures() {
    audit.granted(AuditAction.FAILED_LOGINS_VIEWED, "FailedLogin", null);
    return em.createQuery(
            "SELECT f FROM FailedLogin f ORDER BY f.attemptedAt DESC, f.id DESC", FailedLogin.class)
        .setMaxResults(RECENT)
        .getResultList();
  }

  /** Existing accounts throttled for some address now, by username. */
  public List<Throttled> throttled() {
    Instant now = clock.instant();
    List<Object[]> pairs =
        em.createQuery(
                "SELECT f.username, f.ip FROM FailedLogin f WHERE f.reason IN :reasons"
                    + " AND f.attemptedAt > :from GROUP BY f.username, f.ip"
                    + " HAVING COUNT(f) >= :max ORDER BY f.username, f.ip",
                Object[].class)
            .setParameter(
                "reasons", List.of(FailedLogin.Reason.INVALID, FailedLogin.Reason.WRONG_CODE))
            .setParameter("from", throttle.policy().windowStart(now))
            .setParameter("max", (long) throttle.policy().maxFailures())
            .setMaxResults(RECENT)
            .getResultList();
    List<Throttled> throttled = new ArrayList<>();
    for (Object[] pair : pairs) {
      String username = (String) pair[0];
      String address = (String) pair[1];
      Optional<UserAccount> account = accounts.byUsername(username);
      account.ifPresent(
          a ->
              throttle
                  .throttledUntil(username, account, address, now)
                  .ifPresent(
                      until -> throttled.add(new Throttled(a.getId(), username, address, until))));
    }
    return throttled;
  }

  /** Forgets the account's failed logins: no address is throttled on it any more. */
  public void clearFailures(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("account");
    }
    account.clearFailures(clock.instant());
    audit.granted(AuditAction.ACCOUNT_UNLOCKED, "UserAccount", accountId);
  }
}
