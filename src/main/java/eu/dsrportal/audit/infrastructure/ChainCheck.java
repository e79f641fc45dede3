package eu.dsrportal.audit.infrastructure;

import eu.dsrportal.audit.domain.ChainKey;
import eu.dsrportal.audit.domain.ChainWalk;
import eu.dsrportal.audit.domain.SealedEntry;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Verifies the audit hash chain of a database, outside the portal: {@code ops/restore-drill.sh}
 * runs it against the restored copy, with the WAR's classes and its MariaDB driver on the class
 * path. The key is {@code AUDIT_CHAIN_KEY} from the environment, as the portal reads it; without
 * it, the built-in development key. Prints one line; exit code 0 when intact, 1 when broken, 2 on
 * error.
 *
 * <pre>
 * java -cp 'WEB-INF/classes:WEB-INF/lib/*' eu.dsrportal.audit.infrastructure.ChainCheck \
 *     jdbc:mariadb://127.0.0.1:3306/copy user   # password in DB_PASSWORD
 * </pre>
 *
 * <p>Times are read as the portal reads them, in the JVM's time zone: run it in the portal's (UTC
 * in the container image).
 */
public final class ChainCheck {
  private static final int FETCH = 1_000;

  private ChainCheck() {}

  /** What the check found: the walk's result, the unsealed entries, and which key was used. */
  public record Report(ChainWalk.Result result, long unsealed, boolean developmentKey) {
    public String line() {
      String key = developmentKey ? " (built-in development key)" : "";
      ChainWalk.Result r = result;
      if (r.intact()) {
        return "audit chain intact: "
            + r.checked()
            + " entries sealed, head matches, "
            + unsealed
            + " not yet sealed"
            + key;
      }
      return "audit chain BROKEN: "
          + switch (r.broken()) {
            case CHANGED -> "entry " + r.entryId() + " (seq " + r.seq() + ") changed";
            case MISSING -> "entry with seq " + r.seq() + " missing";
            case HEAD -> "head row names seq " + r.seq() + ", not the last entry";
          }
          + " after "
          + r.checked()
          + " good entries"
          + key;
    }
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ChainCheck <jdbc-url> <user>   (password in DB_PASSWORD)");
      System.exit(2);
    }
    try {
      String secret = System.getenv("AUDIT_CHAIN_KEY");
      boolean development = secret == null || secret.isBlank();
      ChainKey key = ChainKey.of(development ? developmentKey() : secret);
      String password = System.getenv().getOrDefault("DB_PASSWORD", "");
      try (Connection db = DriverManager.getConnection(args[0], args[1], password)) {
        Report report = check(db, key, development);
        System.out.println(report.line());
        System.exit(report.result().intact() ? 0 : 1);
      }
    } catch (SQLException | IOException | RuntimeException e) {
      System.out.println("audit chain not checked: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Walks the whole chain of the database in one read-only transaction. */
  public static Report check(Connection db, ChainKey key, boolean developmentKey)
      throws SQLException {
    db.setReadOnly(true);
    db.setAutoCommit(false);
    try {
      long headSeq;
      String headHash;
      long hmacFromSeq;
      try (Statement s = db.createStatement();
          ResultSet head =
              s.executeQuery(
                  "SELECT last_seq, last_hash, hmac_from_seq FROM audit_chain_head WHERE id = 1")) {
        if (!head.next()) {
          throw new SQLException("no audit_chain_head row");
        }
        headSeq = head.getLong(1);
        headHash = head.getString(2);
        hmacFromSeq = head.getLong(3);
      }
      ChainWalk walk = new ChainWalk(key, hmacFromSeq);
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT id, chain_seq, occurred_at, actor, action, object_type, object_id, outcome,"
                  + " client_ip, previous_hash, entry_hash FROM audit_entry"
                  + " WHERE chain_seq IS NOT NULL ORDER BY chain_seq")) {
        s.setFetchSize(FETCH);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()
              && walk.next(
                  new SealedEntry(
                      rows.getLong(1),
                      rows.getLong(2),
                      rows.getTimestamp(3).toInstant(),
                      rows.getString(4),
                      rows.getString(5),
                      rows.getString(6),
                      rows.getString(7),
                      rows.getString(8),
                      rows.getString(9),
                      rows.getString(10),
                      rows.getString(11)))) {
            // each entry is checked by walk.next
          }
        }
      }
      long unsealed;
      try (Statement s = db.createStatement();
          ResultSet count =
              s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL")) {
        count.next();
        unsealed = count.getLong(1);
      }
      return new Report(walk.end(headSeq, headHash), unsealed, developmentKey);
    } finally {
      db.rollback();
    }
  }

  /** The built-in development key, from the configuration defaults on the class path. */
  public static String developmentKey() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        ChainCheck.class
            .getClassLoader()
            .getResourceAsStream("META-INF/microprofile-config.properties")) {
      if (in == null) {
        throw new IOException("no AUDIT_CHAIN_KEY and no built-in configuration found");
      }
      defaults.load(in);
    }
    return defaults.getProperty("audit.chain-key");
  }
}
