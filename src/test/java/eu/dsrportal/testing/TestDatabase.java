package eu.dsrportal.testing;

import eu.dsrportal.identity.domain.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

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
                "INSERT INTO user_account (username, display_name, email, password_hash, roles,"
                    + " customer_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)")) {
      s.setString(1, username);
      s.setString(2, "Test " + username);
      s.setString(3, username + "@example.org");
      s.setString(4, new PasswordHasher(10_000).hash(password.toCharArray()));
      s.setString(5, roles);
      if (customerId == null) {
        s.setNull(6, Types.BIGINT);
      } else {
        s.setLong(6, customerId);
      }
      s.setTimestamp(7, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  /** The first column of the first row, if there is one. */
  public static Optional<String> query(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (var rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
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
}
