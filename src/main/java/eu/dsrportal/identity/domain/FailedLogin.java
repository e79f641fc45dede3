package eu.dsrportal.identity.domain;

import eu.dsrportal.shared.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refused login, kept for administrators to watch (the username as typed, which may not exist;
 * invisible and direction-changing characters shown as U+FFFD, so the list reads as it is).
 */
@Entity
@Table(name = "failed_login")
public class FailedLogin {

  public enum Reason {
    /** Unknown user, wrong password or disabled account: the user is told the same for all. */
    INVALID,
    /** Refused by the lock of earlier versions (kept for old rows). */
    LOCKED,
    /** Too many attempts from this address, or too many failures on this account from it. */
    THROTTLED,
    /** A one-time password from an administrator used after it expired. */
    EXPIRED,
    /** The password was right, the one-time code was not. */
    WRONG_CODE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = UserAccount.USERNAME_LENGTH, updatable = false)
  private String username;

  @Column(nullable = false, length = 45, updatable = false)
  private String ip;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Reason reason;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private Instant attemptedAt;

  protected FailedLogin() {}

  public FailedLogin(String username, String ip, Reason reason, Instant attemptedAt) {
    this.username = fitted(username);
    this.ip = fittedAddress(ip);
    this.reason = reason;
    this.attemptedAt = attemptedAt;
  }

  /** The username as stored: as typed, cut to the column. */
  public static String fitted(String username) {
    String name = username == null ? "" : PlainText.Check.marked(username);
    return name.length() > UserAccount.USERNAME_LENGTH
        ? name.substring(0, UserAccount.USERNAME_LENGTH)
        : name;
  }

  /** The client address as stored. */
  public static String fittedAddress(String ip) {
    return ip == null ? "unknown" : ip.substring(0, Math.min(ip.length(), 45));
  }

  public String getUsername() {
    return username;
  }

  public String getIp() {
    return ip;
  }

  public Reason getReason() {
    return reason;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }
}
