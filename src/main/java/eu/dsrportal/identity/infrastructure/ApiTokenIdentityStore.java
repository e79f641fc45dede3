package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.SecondFactorPolicy;
import eu.dsrportal.identity.domain.ApiToken;
import eu.dsrportal.identity.domain.ApiTokenSecret;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the bearer token of an API call. The token stands for its owner as the account is now: the
 * account's current staff roles, and nothing when the account is disabled, must change its
 * password, lacks a second factor its roles require, or is a customer's. Refusals are audited.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SecondFactorPolicy secondFactors;
  @Inject AuditLog audit;

  @Transactional
  public CredentialValidationResult validate(ApiTokenCredential credential) {
    Instant now = clock.instant();
    if (!ApiTokenSecret.looksLikeToken(credential.token())) {
      return refused(AuditLog.ANONYMOUS, null);
    }
    ApiToken token =
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
            .setParameter("hash", new ApiTokenSecret(credential.token()).hash())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (token == null) {
      return refused(AuditLog.ANONYMOUS, null);
    }
    UserAccount account = em.find(UserAccount.class, token.getAccountId());
    Set<String> roles =
        account == null
            ? Set.of()
            : account.roles().stream()
                .filter(r -> !r.isCustomerRole())
                .map(Role::name)
                .collect(Collectors.toSet());
    if (account == null
        || !token.isUsable(now)
        || !account.isEnabled()
        || account.isCustomerUser()
        || account.isMustChangePassword()
        || roles.isEmpty()
        || secondFactors.needsEnrolment(account)) {
      return refused(account == null ? AuditLog.ANONYMOUS : account.getUsername(), token.getId());
    }
    token.usedAt(now);
    return new CredentialValidationResult(account.getUsername(), roles);
  }

  private CredentialValidationResult refused(String actor, Long tokenId) {
    audit.deniedAs(actor, AuditAction.API_TOKEN_REFUSED, "ApiToken", tokenId);
    return CredentialValidationResult.INVALID_RESULT;
  }
}
