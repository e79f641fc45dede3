package eu.dsrportal.testing;

import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.identity.domain.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Direct access to the test database, for arranging accounts and checking what was stored. */
public final class TestDatabase {
  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.db.url"), "root", "dev");
  }

  /** An account with the given roles (comma-separated) and, for a customer's user, its customer. */
  public static void createUser(String username, String password, String roles, Long customerId)
      throws SQLException {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO user_account (username, display_name, email, password_hash,"
                    + " customer_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)");
        PreparedStatement role =
            c.prepareStatement(
                "INSERT INTO user_account_role (user_account_id, role)"
                    + " SELECT id, ? FROM user_account WHERE username = ?")) {
      s.setString(1, username);
      s.setString(2, "Test " + username);
      s.setString(3, username + "@example.org");
      s.setString(4, new PasswordHasher(10_000).hash(password.toCharArray()));
      if (customerId == null) {
        s.setNull(5, Types.BIGINT);
      } else {
        s.setLong(5, customerId);
      }
      s.setTimestamp(6, Timestamp.from(Instant.now()));
      s.executeUpdate();
      for (String name : roles.split(",")) {
        role.setString(1, name.strip());
        role.setString(2, username);
        role.executeUpdate();
      }
    }
  }

  /**
   * An administrator of the test's own, enrolled with a second factor the tests' authenticator app
   * knows: the portal takes each code once, so classes that log in as administrators often would
   * otherwise wait for the next 30-second step of the one demo administrator.
   */
  public static String createAdministrator(String prefix, String password) throws SQLException {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    createUser(username, password, "ADMIN", null);
    String secret = OneTimeCodes.newSecret();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE user_account SET totp_secret = ?, totp_enrolled_at = ? WHERE username = ?")) {
      s.setString(1, secret);
      s.setTimestamp(2, Timestamp.from(Instant.now()));
      s.setString(3, username);
      s.executeUpdate();
    }
    AuthenticatorApp.enrolled(username, secret);
    return username;
  }

  /** The user's roles, comma-separated in alphabetical order. */
  public static Optional<String> roles(String username) throws SQLException {
    return query(
        "SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_account_role r"
            + " JOIN user_account u ON u.id = r.user_account_id WHERE u.username = ?",
        username);
  }

  /** The first column of the first row, if there is one. */
  public static Optional<String> query(String sql, Object... parameters) throws SQLException {
    return query(PortalConfig.STANDARD, sql, parameters);
  }

  /** As {@link #query(String, Object...)}, in the database of that configuration's portal. */
  public static Optional<String> query(PortalConfig config, String sql, Object... parameters)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(config.dbUrl(), "root", "dev");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (var rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Changes rows of the tests' database; returns how many. */
  public static int update(String sql, Object... parameters) throws SQLException {
    return update(PortalConfig.STANDARD, sql, parameters);
  }

  /** As {@link #update(String, Object...)}, in the database of that configuration's portal. */
  public static int update(PortalConfig config, String sql, Object... parameters)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(config.dbUrl(), "root", "dev");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }

  /**
   * Marks a request as confirmed by its subject, for tests about what comes after (the subject's
   * own confirmation by the mailed link is JourneyIT's).
   */
  public static void markVerified(String reference) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE request SET status = 'RECEIVED', verified_at = UTC_TIMESTAMP(6)"
                    + " WHERE reference = ? AND status = 'UNVERIFIED'")) {
      s.setString(1, reference);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no unverified request " + reference);
      }
    }
  }

  /**
   * Closes a request as answered, {@code daysAgo} days ago, as if support staff had done so then.
   */
  public static void closeDaysAgo(String reference, int daysAgo) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE request SET status = 'CLOSED', close_reason = 'ANSWERED',"
                    + " closed_by = 'support', closed_at = UTC_TIMESTAMP(6) - INTERVAL ? DAY"
                    + " WHERE reference = ?")) {
      s.setInt(1, daysAgo);
      s.setString(2, reference);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no request " + reference);
      }
    }
  }
}
