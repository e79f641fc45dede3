package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks usernames and passwords against our own accounts. Unlike the built-in database store it
 * always verifies a hash, also for unknown users, so the answer time does not reveal which
 * usernames exist. Lockout and dormant accounts come with the security issue.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final String DUMMY_HASH = HASHER.hash("not-a-real-password".toCharArray());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<UserAccount> account =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", credential.getCaller())
            .getResultStream()
            .findFirst();
    boolean passwordMatches =
        HASHER.verify(
            credential.getPassword().getValue(),
            account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH));
    if (account.isEmpty() || !passwordMatches || !account.get().isEnabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount user = account.get();
    user.loggedIn(clock.instant());
    return new CredentialValidationResult(
        user.getUsername(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
