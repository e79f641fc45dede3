package eu.dsrportal.identity.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
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
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

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

  /** The client address of the last good login: its failures before then no longer count. */
  @Column(name = "last_login_address", length = 45)
  private String lastLoginAddress;

  /** Failed logins before this are forgotten (an administrator lifted a throttle). */
  @Column(name = "failures_cleared_at")
  private Instant failuresClearedAt;

  /**
   * Raised whenever what a login proved no longer holds (password, second factor, roles, enabled):
   * a session opened under an older value ends.
   */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  /** Until when the one-time password an administrator set may be used; null for the user's own. */
  @Column(name = "password_expires_at")
  private Instant passwordExpiresAt;

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

  /** The language of the mails sent to this user; null: the provider's staff language. */
  @Enumerated(EnumType.STRING)
  @Column(name = "mail_language", length = 2)
  private Language mailLanguage;

  /** Why an account no longer logs in. */
  public enum DisabledReason {
    DORMANT,
    /** Suspended by the provider's administrators: only they can enable it again. */
    BY_ADMIN,
    /** Disabled by an administrator of the user's customer. */
    BY_CUSTOMER
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
    if (!roles.equals(newRoles)) {
      endSessions();
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean isCustomerUser() {
    return customerId != null;
  }

  public boolean hasSecondFactor() {
    return totpSecret != null;
  }

  /**
   * Whether this user may not work without a second factor: one of their roles requires it, or
   * their customer does for its users. They enrol at their next login.
   */
  public boolean needsSecondFactorEnrolment(Set<Role> rolesRequiring, boolean customerRequires) {
    return !hasSecondFactor() && mustHaveSecondFactor(rolesRequiring, customerRequires);
  }

  public boolean mustHaveSecondFactor(Set<Role> rolesRequiring, boolean customerRequires) {
    return roles.stream().anyMatch(rolesRequiring::contains)
        || (isCustomerUser() && customerRequires);
  }

  /**
   * The user proved they hold the secret by typing its current code.
   *
   * @return false when the code does not match: nothing changes
   */
  public boolean enrolSecondFactor(String secret, String code, Instant at) {
    if (totpSecret != null) {
      // a second page (or a resent form) must not swap the factor without its current code
      throw new DomainRuleViolation("twofactor.error.alreadyEnrolled");
    }
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
    if (totpSecret == null) {
      throw new DomainRuleViolation("twofactor.error.notEnrolled");
    }
    endSessions();
    totpSecret = null;
    totpLastStep = 0;
    totpEnrolledAt = null;
  }

  public void loggedIn(Instant at, String address) {
    lastLoginAt = at;
    lastLoginAddress = address;
  }

  /**
   * From when the failed logins of one client address count against this account: not before the
   * last good login from that address, nor before an administrator cleared them.
   */
  public Instant failuresCountFrom(Instant windowStart, String address) {
    Instant from = windowStart;
    Instant goodLoginHere = Objects.equals(address, lastLoginAddress) ? lastLoginAt : null;
    for (Instant later : new Instant[] {goodLoginHere, failuresClearedAt}) {
      if (later != null && later.isAfter(from)) {
        from = later;
      }
    }
    return from;
  }

  /** An administrator lifts a throttle: earlier failures no longer count. */
  public void clearFailures(Instant at) {
    failuresClearedAt = at;
  }

  /** Every session opened before now ends at its next request. */
  public void endSessions() {
    sessionEpoch++;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
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
    passwordExpiresAt = null;
    endSessions();
  }

  /**
   * An administrator set a one-time password, usable for {@code validFor}: the user must choose
   * their own at the next login.
   */
  public void resetPassword(String temporaryHash, Instant at, Duration validFor) {
    passwordHash = temporaryHash;
    passwordChangedAt = at;
    mustChangePassword = true;
    passwordExpiresAt = at.plus(validFor);
    failuresClearedAt = at;
    endSessions();
  }

  /** A one-time password from an administrator that was not used in time. */
  public boolean isPasswordExpired(Instant at) {
    return passwordExpiresAt != null && !at.isBefore(passwordExpiresAt);
  }

  /** An administrator lets a disabled account log in again; it is no longer dormant from now. */
  public void enable(Instant at) {
    if (enabled) {
      // would count as a use and postpone dormancy
      throw new DomainRuleViolation("users.error.alreadyEnabled");
    }
    enabled = true;
    disabledAt = null;
    disabledReason = null;
    lastLoginAt = at;
  }

  /**
   * A customer's administrator lets their user log in again, unless the provider suspended the
   * account: that is the provider's administrators' to undo.
   */
  public void enableByCustomer(Instant at) {
    if (!enabled && disabledReason == DisabledReason.BY_ADMIN) {
      throw new DomainRuleViolation("users.error.providerSuspended");
    }
    enable(at);
  }

  /** Disables the account; nothing changes if it already is (the dormancy job may meet one). */
  public void disable(DisabledReason reason, Instant at) {
    if (enabled) {
      enabled = false;
      disabledAt = at;
      disabledReason = reason;
      endSessions();
    }
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

  /** The language the user chose for the mails sent to them; null until they choose. */
  public Language getMailLanguage() {
    return mailLanguage;
  }

  public void chooseMailLanguage(Language language) {
    this.mailLanguage = Objects.requireNonNull(language);
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

  /** The roles in their order of declaration (support, billing, administrator, customer …). */
  public List<Role> getSortedRoles() {
    return roles.stream().sorted().toList();
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

  public Instant getPasswordExpiresAt() {
    return passwordExpiresAt;
  }
}
