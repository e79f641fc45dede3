package eu.dsrportal.identity.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.SecretToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token of a staff user, for the provider's own tools. It stands for its owner: it
 * carries no roles of its own, the account's current roles apply at each call, and it stops working
 * when the account does. Only the hash of its secret is kept.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.OF_ACCOUNT,
    query =
        "SELECT t FROM ApiToken t WHERE t.accountId = :accountId"
            + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
public class ApiToken {
  public static final String OF_ACCOUNT = "ApiToken.ofAccount";
  public static final String BY_HASH = "ApiToken.byHash";
  public static final int NAME_LENGTH = 100;

  /** A use is written down at most this often, so a busy tool does not write on every call. */
  static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(nullable = false, length = NAME_LENGTH, updatable = false)
  private String name;

  @Column(nullable = false, length = ApiTokenSecret.PREFIX_LENGTH, updatable = false)
  private String prefix;

  @Column(
      name = "token_hash",
      nullable = false,
      length = SecretToken.HASH_LENGTH,
      updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  /** A new token of the account; the secret is the caller's to show once, and then forget. */
  public ApiToken(
      long accountId, String name, ApiTokenSecret secret, Instant createdAt, Instant expiresAt) {
    this.accountId = accountId;
    this.name = Objects.requireNonNull(name);
    this.prefix = secret.prefix();
    this.tokenHash = secret.hash();
    this.createdAt = Objects.requireNonNull(createdAt);
    if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
      throw new DomainRuleViolation("apiTokens.error.expiry");
    }
    this.expiresAt = expiresAt;
  }

  /** Whether the token may be used at {@code now}: not revoked, not expired. */
  public boolean isUsable(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** A call was made with it; written at most once a minute. */
  public void usedAt(Instant now) {
    if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION))) {
      lastUsedAt = now;
    }
  }

  /** Its owner revoked it: it never works again. */
  public void revoke(Instant at) {
    if (revokedAt != null) {
      throw new DomainRuleViolation("apiTokens.error.revoked");
    }
    revokedAt = at;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
