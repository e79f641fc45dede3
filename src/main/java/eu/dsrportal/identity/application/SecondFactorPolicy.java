package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.CustomerLoginPolicy;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may not work without a second factor: the roles configured in {@code
 * security.second-factor.roles} (administrators always), and every user of a customer that requires
 * it for its users.
 */
@ApplicationScoped
public class SecondFactorPolicy {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "security.second-factor.roles")
  List<String> configuredRoles;

  private Set<Role> rolesRequiring;

  @PostConstruct
  void configure() {
    rolesRequiring = rolesRequiring(configuredRoles);
  }

  /** The configured role names, ADMIN always among them; a name that is no role fails the start. */
  static Set<Role> rolesRequiring(List<String> names) {
    Set<Role> roles = EnumSet.of(Role.ADMIN);
    names.stream()
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .map(Role::valueOf)
        .forEach(roles::add);
    return roles;
  }

  public boolean requires(UserAccount account) {
    return account.mustHaveSecondFactor(rolesRequiring, customerRequires(account));
  }

  public boolean needsEnrolment(UserAccount account) {
    // most requests come from users who have one: no look at their customer's policy then
    return !account.hasSecondFactor()
        && account.needsSecondFactorEnrolment(rolesRequiring, customerRequires(account));
  }

  private boolean customerRequires(UserAccount account) {
    if (!account.isCustomerUser()) {
      return false;
    }
    CustomerLoginPolicy policy = em.find(CustomerLoginPolicy.class, account.getCustomerId());
    return policy != null && policy.isSecondFactorRequired();
  }
}
