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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A customer's administrator managing the users of their own customer, and only those: any other
 * account is "not found" (and the attempt audited as denied), whatever its id.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER_ADMIN)
public class CustomerUserAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Accounts accounts;
  @Inject AccountCreation creation;

  public List<UserAccount> all() {
    long customerId = callerCustomer();
    audit.granted(AuditAction.USERS_VIEWED, "Customer", customerId);
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.customerId = :customer ORDER BY u.username",
            UserAccount.class)
        .setParameter("customer", customerId)
        .setMaxResults(1_000)
        .getResultList();
  }

  /** A new user of the caller's customer; returns the one-time password to pass on once. */
  public String create(NewAccount request, boolean customerAdmin) {
    List<String> roles = new ArrayList<>(List.of(Role.CUSTOMER.name()));
    if (customerAdmin) {
      roles.add(Role.CUSTOMER_ADMIN.name());
    }
    request.setRoles(roles);
    request.setCustomerId(callerCustomer());
    AccountCreation.Created created = creation.create(request);
    audit.granted(AuditAction.ACCOUNT_CREATED, "UserAccount", created.account().getId());
    return created.temporaryPassword();
  }

  public void setCustomerAdmin(long accountId, boolean customerAdmin) {
    UserAccount account = own(accountId, AuditAction.ROLES_CHANGED);
    notSelf(account);
    account.changeRoles(
        customerAdmin ? EnumSet.of(Role.CUSTOMER, Role.CUSTOMER_ADMIN) : EnumSet.of(Role.CUSTOMER));
    audit.granted(AuditAction.ROLES_CHANGED, "UserAccount", accountId);
  }

  public void disable(long accountId) {
    UserAccount account = own(accountId, AuditAction.ACCOUNT_DISABLED);
    notSelf(account);
    account.disable(DisabledReason.BY_ADMIN, clock.instant());
    audit.granted(AuditAction.ACCOUNT_DISABLED, "UserAccount", accountId);
  }

  public void enable(long accountId) {
    own(accountId, AuditAction.ACCOUNT_ENABLED).enable(clock.instant());
    audit.granted(AuditAction.ACCOUNT_ENABLED, "UserAccount", accountId);
  }

  /** Sets a one-time password, returned to be passed on to the user once. */
  public String resetPassword(long accountId) {
    UserAccount account = own(accountId, AuditAction.PASSWORD_RESET);
    String temporary = PasswordChanges.resetToTemporary(account, clock.instant());
    audit.granted(AuditAction.PASSWORD_RESET, "UserAccount", accountId);
    return temporary;
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }

  private UserAccount own(long accountId, AuditAction action) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null || !Long.valueOf(callerCustomer()).equals(account.getCustomerId())) {
      audit.denied(action, "UserAccount", accountId);
      throw new NotFoundException("account");
    }
    return account;
  }

  private void notSelf(UserAccount account) {
    if (account.getUsername().equals(accounts.callerName())) {
      throw new DomainRuleViolation("users.error.self");
    }
  }
}
