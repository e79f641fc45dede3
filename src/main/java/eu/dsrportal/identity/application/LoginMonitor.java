package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.LoginThrottling;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For administrators: refused logins, the accounts an address may not try for now, and clearing an
 * account's failures so the throttle lifts.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class LoginMonitor {
  private static final int RECENT = 200;
  private static final Comparator<List<String>> PAIR_ORDER =
      Comparator.<List<String>, String>comparing(pair -> pair.get(0))
          .thenComparing(pair -> pair.get(1));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
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

  /**
   * Existing accounts throttled for some address now, by username: the failures of the window and
   * their accounts in two queries, the rule applied per account and address.
   */
  public List<Throttled> throttled() {
    Instant now = clock.instant();
    LoginThrottling policy = throttle.policy();
    Map<List<String>, List<Instant>> failuresByPair = new TreeMap<>(PAIR_ORDER);
    em.createQuery(
            "SELECT f.username, f.ip, f.attemptedAt FROM FailedLogin f WHERE f.reason IN :reasons"
                + " AND f.attemptedAt > :from ORDER BY f.attemptedAt",
            Object[].class)
        .setParameter("reasons", LoginThrottle.COUNTING)
        .setParameter("from", policy.windowStart(now))
        .getResultList()
        .forEach(
            row ->
                failuresByPair
                    .computeIfAbsent(
                        List.of((String) row[0], (String) row[1]), pair -> new ArrayList<>())
                    .add((Instant) row[2]));
    failuresByPair.values().removeIf(failures -> failures.size() < policy.maxFailures());
    if (failuresByPair.isEmpty()) {
      return List.of();
    }
    Map<String, UserAccount> accountsByName = new HashMap<>();
    em.createQuery("SELECT u FROM UserAccount u WHERE u.username IN :names", UserAccount.class)
        .setParameter("names", failuresByPair.keySet().stream().map(pair -> pair.get(0)).toList())
        .getResultList()
        .forEach(account -> accountsByName.put(account.getUsername(), account));
    List<Throttled> throttled = new ArrayList<>();
    failuresByPair.forEach(
        (pair, failures) -> {
          UserAccount account = accountsByName.get(pair.get(0));
          if (account == null) {
            return;
          }
          Instant from = account.failuresCountFrom(policy.windowStart(now), pair.get(1));
          policy
              .throttledUntil(failures.stream().filter(at -> at.isAfter(from)).toList(), now)
              .ifPresent(
                  until ->
                      throttled.add(
                          new Throttled(account.getId(), pair.get(0), pair.get(1), until)));
        });
    return throttled.size() > RECENT ? throttled.subList(0, RECENT) : throttled;
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
