package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The support team: the enabled staff accounts a request can be assigned to (SUPPORT, ADMIN). */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class StaffDirectory {

  /** A colleague as the assignment lists show them. */
  public record StaffMember(String username, String displayName) implements Serializable {}

  @PersistenceContext EntityManager em;

  public List<StaffMember> supportTeam() {
    return em.createQuery(
            "SELECT DISTINCT u FROM UserAccount u JOIN u.roles role WHERE u.enabled = TRUE"
                + " AND u.customerId IS NULL AND role IN :roles ORDER BY u.displayName",
            UserAccount.class)
        .setParameter("roles", EnumSet.of(Role.SUPPORT, Role.ADMIN))
        .getResultStream()
        .map(u -> new StaffMember(u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /** Whether a request may be given to this user. */
  public boolean inSupportTeam(String username) {
    return supportTeam().stream().anyMatch(m -> m.username().equals(username));
  }
}
