package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.domain.UserAccount.DisabledReason;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Administrators managing accounts; every change is audited. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class UserAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject AccountCreation creation;

  public List<UserAccount> all() {
    audit.granted(AuditAction.USERS_VIEWED, "UserAccount", null);
    return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
        .setMaxResults(1_000)
        .getResultList();
  }

  public UserAccount find(long accountId) {
    UserAccount account = account(accountId);
    audit.granted(AuditAction.USER_VIEWED, "UserAccount", accountId);
    return account;
  }

  /**
   * Creates an account with a one-time password (returned, to be passed on once); the user must
   * choose their own at the first login. Usernames are never reused, also not those of disabled
   * accounts.
   */
  public String create(NewAccount request) {
    AccountCreation.Created created = creation.create(request);
    audit.granted(AuditAction.ACCOUNT_CREATED, "UserAccount", created.account().getId());
    return created.temporaryPassword();
  }

  /** Other roles of the same kind; the user's open sessions end (see ActiveAccountFilter). */
  public void changeRoles(long accountId, Set<Role> roles) {
    account(accountId).changeRoles(roles);
    audit.granted(AuditAction.ROLES_CHANGED, "UserAccount", accountId);
  }

  /** Refused when the account is disabled already (the page may be older than that). */
  public void disable(long accountId) {
    UserAccount account = account(accountId);
    if (!account.isEnabled()) {
      throw new DomainRuleViolation("users.error.alreadyDisabled");
    }
    account.disable(DisabledReason.BY_ADMIN, clock.instant());
    audit.granted(AuditAction.ACCOUNT_DISABLED, "UserAccount", accountId);
  }

  public void enable(long accountId) {
    account(accountId).enable(clock.instant());
    audit.granted(AuditAction.ACCOUNT_ENABLED, "UserAccount", accountId);
  }

  private UserAccount account(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      throw new NotFoundException("account");
    }
    return account;
  }
}
