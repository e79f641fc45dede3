package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks up accounts; the caller's own account decides which customer's data it may see. */
@Stateless
@PermitAll
public class Accounts {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  public Optional<UserAccount> byUsername(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public String callerName() {
    return context.getCallerPrincipal().getName();
  }

  /** The customer the calling user belongs to; empty for staff and anonymous callers. */
  public Optional<Long> callerCustomerId() {
    return byUsername(callerName()).filter(UserAccount::isEnabled).map(UserAccount::getCustomerId);
  }
}
