package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.CustomerLoginPolicy;
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
  @Inject OneTimePasswords oneTimePasswords;

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
    long customerId = callerCustomer();
    request.setCustomerId(customerId);
    AccountCreation.Created created;
    try {
      created = creation.create(request);
    } catch (DomainRuleViolation e) {
      if ("users.error.taken".equals(e.messageKey())) {
        // someone may be probing which usernames exist: on the record
        audit.denied(AuditAction.ACCOUNT_CREATED, "Customer", customerId);
      }
      throw e;
    }
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
    if (!account.isEnabled()) {
      throw new DomainRuleViolation("users.error.alreadyDisabled");
    }
    account.disable(DisabledReason.BY_CUSTOMER, clock.instant());
    audit.granted(AuditAction.ACCOUNT_DISABLED, "UserAccount", accountId);
  }

  public void enable(long accountId) {
    own(accountId, AuditAction.ACCOUNT_ENABLED).enableByCustomer(clock.instant());
    audit.granted(AuditAction.ACCOUNT_ENABLED, "UserAccount", accountId);
  }

  /** Sets a one-time password, returned to be passed on to the user once. */
  public String resetPassword(long accountId) {
    UserAccount account = own(accountId, AuditAction.PASSWORD_RESET);
    String temporary = oneTimePasswords.issue(account);
    audit.granted(AuditAction.PASSWORD_RESET, "UserAccount", accountId);
    return temporary;
  }

  /** Whether the caller's customer requires a second factor of all its users. */
  public boolean secondFactorRequired() {
    CustomerLoginPolicy policy = em.find(CustomerLoginPolicy.class, callerCustomer());
    return policy != null && policy.isSecondFactorRequired();
  }

  /**
   * The caller's customer requires (or no longer requires) a second factor of all its users; those
   * without one enrol at their next page.
   */
  public void requireSecondFactor(boolean required) {
    long customerId = callerCustomer();
    CustomerLoginPolicy policy = em.find(CustomerLoginPolicy.class, customerId);
    if (policy == null) {
      policy = new CustomerLoginPolicy(customerId);
      em.persist(policy);
    }
    policy.requireSecondFactor(required, accounts.callerName(), clock.instant());
    audit.granted(AuditAction.LOGIN_POLICY_CHANGED, "Customer", customerId);
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
