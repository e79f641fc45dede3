package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.PasswordPolicy;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.infrastructure.LoginSession;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Users changing their own password, administrators resetting one. */
@Stateless
public class PasswordChanges {
  private static final PasswordPolicy POLICY = new PasswordPolicy();
  private static final PasswordHasher HASHER = new PasswordHasher();

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject OneTimePasswords oneTimePasswords;
  @Inject LoginSession loginSession;

  /**
   * Changes the caller's password; returns the message keys of what is wrong (the current password,
   * or the new one's policy problems), empty when it was changed. The user's other sessions end;
   * this one goes on.
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN, RoleNames.CUSTOMER})
  public List<String> changeOwn(String currentPassword, String newPassword) {
    UserAccount account =
        accounts
            .byUsername(accounts.callerName())
            .orElseThrow(() -> new NotFoundException("account"));
    if (currentPassword == null
        || !HASHER.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
      audit.denied(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId());
      return List.of("password.error.current");
    }
    List<String> problems = POLICY.problems(newPassword, account.getUsername(), account.getEmail());
    if (!problems.isEmpty()) {
      return problems;
    }
    if (newPassword.equals(currentPassword)) {
      return List.of("password.error.same");
    }
    UserAccount changed = em.find(UserAccount.class, account.getId());
    changed.changePassword(HASHER.hash(newPassword.toCharArray()), clock.instant());
    loginSession.keepAfterOwnChange(changed);
    audit.granted(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId());
    return List.of();
  }

  /** Sets a random one-time password, returned to be passed on to the user once. */
  @RolesAllowed(RoleNames.ADMIN)
  public String resetByAdmin(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("account");
    }
    String temporary = oneTimePasswords.issue(account);
    audit.granted(AuditAction.PASSWORD_RESET, "UserAccount", accountId);
    return temporary;
  }
}
