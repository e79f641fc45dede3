package eu.dsrportal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

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
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
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
    if (roles.isEmpty() || roles.contains(Role.CUSTOMER)) {
      throw new IllegalArgumentException("staff need staff roles");
    }
    return new UserAccount(username, displayName, email, passwordHash, roles, null, createdAt);
  }

  public static UserAccount ofCustomer(
      String username,
      String displayName,
      String email,
      String passwordHash,
      long customerId,
      Instant createdAt) {
    return new UserAccount(
        username,
        displayName,
        email,
        passwordHash,
        EnumSet.of(Role.CUSTOMER),
        customerId,
        createdAt);
  }

  public void loggedIn(Instant at) {
    lastLoginAt = at;
  }

  public Set<Role> roles() {
    return Arrays.stream(roles.split(","))
        .filter(s -> !s.isBlank())
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
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
}
