package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** For administrators: refused logins, locked accounts, and lifting a lock. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class LoginMonitor {
  private static final int RECENT = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;

  public List<FailedLogin> recentFailures() {
    audit.granted(AuditAction.FAILED_LOGINS_VIEWED, "FailedLogin", null);
    return em.createQuery(
            "SELECT f FROM FailedLogin f ORDER BY f.attemptedAt DESC, f.id DESC", FailedLogin.class)
        .setMaxResults(RECENT)
        .getResultList();
  }

  public List<UserAccount> lockedAccounts() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.lockedUntil > :now ORDER BY u.username",
            UserAccount.class)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  public void unlock(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("account");
    }
    account.unlock();
    audit.granted(AuditAction.ACCOUNT_UNLOCKED, "UserAccount", accountId);
  }
}
