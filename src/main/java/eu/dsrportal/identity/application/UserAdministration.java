package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.domain.UserAccount.DisabledReason;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators managing accounts; every change is audited. */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Accounts accounts;

  public List<UserAccount> all() {
    audit.granted("USERS_VIEWED", "UserAccount", null);
    return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
        .setMaxResults(1_000)
        .getResultList();
  }

  /**
   * Creates an account with a one-time password (returned, to be passed on once); the user must
   * choose their own at the first login. Usernames are never reused, also not those of disabled
   * accounts.
   */
  public String create(NewAccount request) {
    String username = request.getUsername() == null ? "" : request.getUsername().strip();
    if (!username.matches("[a-z0-9._-]{3,100}")) {
      throw new DomainRuleViolation("users.error.username");
    }
    if (accounts.byUsername(username).isPresent()) {
      throw new DomainRuleViolation("users.error.taken");
    }
    Set<Role> roles = request.getRoles().stream().map(Role::valueOf).collect(Collectors.toSet());
    if (roles.isEmpty()) {
      throw new DomainRuleViolation("users.error.roles");
    }
    boolean customerUser = roles.stream().anyMatch(Role::isCustomerRole);
    if (customerUser
        && (request.getCustomerId() == null || !roles.stream().allMatch(Role::isCustomerRole))) {
      throw new DomainRuleViolation("users.error.customer");
    }
    String temporary = PasswordChanges.temporaryPassword();
    String hash = new PasswordHasher().hash(temporary.toCharArray());
    String name = request.getDisplayName() == null ? "" : request.getDisplayName().strip();
    String email = request.getEmail() == null ? "" : request.getEmail().strip();
    if (name.isEmpty() || !EmailAddress.isValid(email)) {
      throw new DomainRuleViolation("users.error.details");
    }
    UserAccount account =
        customerUser
            ? UserAccount.ofCustomer(
                username,
                name,
                email,
                hash,
                request.getCustomerId(),
                roles.contains(Role.CUSTOMER_ADMIN),
                clock.instant())
            : UserAccount.staff(username, name, email, hash, roles, clock.instant());
    account.resetPassword(hash, clock.instant());
    em.persist(account);
    em.flush();
    audit.granted("ACCOUNT_CREATED", "UserAccount", account.getId());
    return temporary;
  }

  public void disable(long accountId) {
    account(accountId).disable(DisabledReason.BY_ADMIN, clock.instant());
    audit.granted("ACCOUNT_DISABLED", "UserAccount", accountId);
  }

  public void enable(long accountId) {
    account(accountId).enable(clock.instant());
    audit.granted("ACCOUNT_ENABLED", "UserAccount", accountId);
  }

  private UserAccount account(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      throw new NotFoundException("account");
    }
    return account;
  }
}
