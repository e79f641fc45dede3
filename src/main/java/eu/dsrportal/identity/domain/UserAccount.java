package eu.dsrportal.identity.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who logs in: provider staff, or a user of one customer (role CUSTOMER, bound to that
 * customer). Usernames are never reused, so a disabled account keeps its row.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {
  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final int USERNAME_LENGTH = 100;
  public static final int DISPLAY_NAME_LENGTH = 200;
  public static final int EMAIL_LENGTH = 254;
  public static final int MAX_FAILURES = 5;
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCK = Duration.ofMinutes(15);
  public static final Duration LONGEST_LOCK = Duration.ofHours(24);
  public static final Period DORMANCY = Period.ofMonths(6);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
  private String displayName;

  @Column(nullable = false, length = EMAIL_LENGTH)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "customer_id")
  private Long customerId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "first_failure_at")
  private Instant firstFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "lock_count", nullable = false)
  private int lockCount;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "disabled_reason", length = 20)
  private DisabledReason disabledReason;

  @Column(name = "totp_secret", length = 64)
  private String totpSecret;

  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  @Column(name = "totp_enrolled_at")
  private Instant totpEnrolledAt;

  /** Why an account no longer logs in. */
  public enum DisabledReason {
    DORMANT,
    BY_ADMIN
  }

  protected UserAccount() {}

  private UserAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Long customerId,
      Instant createdAt) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.customerId = customerId;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public static UserAccount staff(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    requireFitting(roles, null);
    return new UserAccount(username, displayName, email, passwordHash, roles, null, createdAt);
  }

  public static UserAccount ofCustomer(
      String username,
      String displayName,
      String email,
      String passwordHash,
      long customerId,
      boolean customerAdmin,
      Instant createdAt) {
    return new UserAccount(
        username,
        displayName,
        email,
        passwordHash,
        customerAdmin ? EnumSet.of(Role.CUSTOMER, Role.CUSTOMER_ADMIN) : EnumSet.of(Role.CUSTOMER),
        customerId,
        createdAt);
  }

  /**
   * Staff hold staff roles only; a customer's user is always CUSTOMER and may also manage its
   * customer's users.
   */
  private static void requireFitting(Set<Role> roles, Long customerId) {
    boolean fits =
        customerId == null
            ? !roles.isEmpty() && roles.stream().noneMatch(Role::isCustomerRole)
            : roles.contains(Role.CUSTOMER) && roles.stream().allMatch(Role::isCustomerRole);
    if (!fits) {
      throw new DomainRuleViolation("users.roles.mismatch");
    }
  }

  /** An administrator gives the account other roles, of the same kind (staff or customer). */
  public void changeRoles(Set<Role> newRoles) {
    requireFitting(newRoles, customerId);
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean isCustomerUser() {
    return customerId != null;
  }

  public boolean hasSecondFactor() {
    return totpSecret != null;
  }

  /** Administrators may not work without a second factor; they enrol at their next login. */
  public boolean needsSecondFactorEnrolment() {
    return !hasSecondFactor() && roles().contains(Role.ADMIN);
  }

  /**
   * The user proved they hold the secret by typing its current code.
   *
   * @return false when the code does not match: nothing changes
   */
  public boolean enrolSecondFactor(String secret, String code, Instant at) {
    OptionalLong step = OneTimeCodes.matchingStep(secret, code, at, 0);
    if (step.isEmpty()) {
      return false;
    }
    totpSecret = secret;
    totpLastStep = step.getAsLong();
    totpEnrolledAt = at;
    return true;
  }

  /**
   * Checks a one-time code; a code is accepted once only.
   *
   * @return false for a wrong, expired or already used code
   */
  public boolean acceptCode(String code, Instant at) {
    if (totpSecret == null) {
      return false;
    }
    OptionalLong step = OneTimeCodes.matchingStep(totpSecret, code, at, totpLastStep);
    step.ifPresent(s -> totpLastStep = s);
    return step.isPresent();
  }

  /** The second factor is removed (by its owner, or by an administrator when the phone is lost). */
  public void removeSecondFactor() {
    totpSecret = null;
    totpLastStep = 0;
    totpEnrolledAt = null;
  }

  public void loggedIn(Instant at) {
    lastLoginAt = at;
    failedAttempts = 0;
    firstFailureAt = null;
  }

  /**
   * A failed login. {@value #MAX_FAILURES} failures within {@link #FAILURE_WINDOW} lock the
   * account, each new lock twice as long as the one before ({@link #FIRST_LOCK} up to {@link
   * #LONGEST_LOCK}).
   */
  public void loginFailed(Instant at) {
    if (firstFailureAt == null || at.isAfter(firstFailureAt.plus(FAILURE_WINDOW))) {
      firstFailureAt = at;
      failedAttempts = 0;
    }
    failedAttempts++;
    if (failedAttempts >= MAX_FAILURES) {
      lockCount++;
      Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(lockCount - 1, 10));
      lockedUntil = at.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
      failedAttempts = 0;
      firstFailureAt = null;
    }
  }

  /** Not used for {@link #DORMANCY} (counted from the last login, or from creation if never). */
  public boolean isDormant(Instant at) {
    Instant lastUse = lastLoginAt != null ? lastLoginAt : createdAt;
    return lastUse.atZone(ZoneOffset.UTC).plus(DORMANCY).toInstant().isBefore(at);
  }

  /** The user chose a new password (already checked against the policy and hashed). */
  public void changePassword(String newHash, Instant at) {
    passwordHash = newHash;
    passwordChangedAt = at;
    mustChangePassword = false;
  }

  /** An administrator set a one-time password: the user must choose their own at the next login. */
  public void resetPassword(String temporaryHash, Instant at) {
    passwordHash = temporaryHash;
    passwordChangedAt = at;
    mustChangePassword = true;
    unlock();
  }

  /** An administrator lets a disabled account log in again; it is no longer dormant from now. */
  public void enable(Instant at) {
    enabled = true;
    disabledAt = null;
    disabledReason = null;
    lastLoginAt = at;
  }

  public void disable(DisabledReason reason, Instant at) {
    if (enabled) {
      enabled = false;
      disabledAt = at;
      disabledReason = reason;
    }
  }

  public boolean isLocked(Instant at) {
    return lockedUntil != null && at.isBefore(lockedUntil);
  }

  /** An administrator lifts the lock; the next lock starts short again. */
  public void unlock() {
    lockedUntil = null;
    lockCount = 0;
    failedAttempts = 0;
    firstFailureAt = null;
  }

  /** A copy: roles change only through {@link #changeRoles}. */
  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  /** The message key of the account's state, for administrators. */
  public String getStateKey() {
    if (enabled) {
      return "users.state.enabled";
    }
    return "users.state.disabled."
        + (disabledReason == null ? DisabledReason.BY_ADMIN : disabledReason).name();
  }

  public String getRoleNames() {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }

  public Instant getDisabledAt() {
    return disabledAt;
  }

  public DisabledReason getDisabledReason() {
    return disabledReason;
  }

  public Instant getSecondFactorEnrolledAt() {
    return totpEnrolledAt;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
