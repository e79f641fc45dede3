package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating an account, for the provider's administrators and for customers' administrators alike:
 * checked details, a username never used before, a one-time password the user must replace at the
 * first login. The caller checks who may create what, and audits.
 */
@Dependent
class AccountCreation {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject OneTimePasswords oneTimePasswords;

  /** The account created and its one-time password, to be passed on to the user once. */
  record Created(UserAccount account, String temporaryPassword) {}

  Created create(NewAccount request) {
    String username = request.getUsername() == null ? "" : request.getUsername().strip();
    if (!username.matches("[a-z0-9._-]{3,100}")) {
      throw new DomainRuleViolation("users.error.username");
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
    String name = request.getDisplayName() == null ? "" : request.getDisplayName().strip();
    String email = request.getEmail() == null ? "" : request.getEmail().strip();
    if (name.isEmpty() || name.length() > 200 || !EmailAddress.isValid(email)) {
      throw new DomainRuleViolation("users.error.details");
    }
    PlainText.Check.requirePlain(name, false);
    // last, so that only a request valid in every other way learns whether a username is taken
    if (accounts.byUsername(username).isPresent()) {
      throw new DomainRuleViolation("users.error.taken");
    }
    // a placeholder no password matches, replaced by the one-time password below
    String hash = new PasswordHasher().hash(OneTimePasswords.generate().toCharArray());
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
    String temporary = oneTimePasswords.issue(account);
    em.persist(account);
    em.flush();
    return new Created(account, temporary);
  }
}
