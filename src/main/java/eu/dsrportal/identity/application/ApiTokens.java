package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.ApiToken;
import eu.dsrportal.identity.domain.ApiTokenSecret;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Staff manage their own API tokens on their account page: make one (its secret is shown once and
 * never stored), list them, revoke one. Customer users have none: the API is the provider's.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN})
public class ApiTokens {
  /** The lifetimes a user may choose, in days; none means until revoked. */
  public static final Set<Integer> LIFETIMES_DAYS = Set.of(30, 90, 365);

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;

  /** A token just made: the secret to show once, and the stored token. */
  public record Created(ApiTokenSecret secret, ApiToken token) {}

  /** The caller's tokens, newest first, revoked ones too. */
  public List<ApiToken> own() {
    return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
        .setParameter("accountId", ownAccount().getId())
        .getResultList();
  }

  /**
   * Makes a token of the caller's named {@code name}, valid for {@code lifetimeDays} (one of {@link
   * #LIFETIMES_DAYS}) or, for null, until revoked.
   */
  public Created create(String name, Integer lifetimeDays) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()
        || trimmed.length() > ApiToken.NAME_LENGTH
        || !PlainText.Check.isPlain(trimmed, false)) {
      throw new DomainRuleViolation("apiTokens.error.name");
    }
    if (lifetimeDays != null && !LIFETIMES_DAYS.contains(lifetimeDays)) {
      throw new DomainRuleViolation("apiTokens.error.expiry");
    }
    UserAccount account = ownAccount();
    Instant now = clock.instant();
    ApiTokenSecret secret = ApiTokenSecret.generate();
    ApiToken token =
        new ApiToken(
            account.getId(),
            trimmed,
            secret,
            now,
            lifetimeDays == null ? null : now.plus(Duration.ofDays(lifetimeDays)));
    em.persist(token);
    em.flush();
    audit.granted(AuditAction.API_TOKEN_CREATED, "ApiToken", token.getId());
    return new Created(secret, token);
  }

  /** Revokes one of the caller's own tokens; another user's is not found. */
  public void revoke(long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getAccountId().equals(ownAccount().getId())) {
      throw new NotFoundException("token");
    }
    token.revoke(clock.instant());
    audit.granted(AuditAction.API_TOKEN_REVOKED, "ApiToken", tokenId);
  }

  private UserAccount ownAccount() {
    return accounts
        .byUsername(accounts.callerName())
        .orElseThrow(() -> new NotFoundException("account"));
  }
}
