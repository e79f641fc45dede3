package eu.dsrportal.identity.infrastructure;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login whose password was right and whose one-time code is still to come. The caller holds no
 * role until the code is checked too; the wait lasts {@link #VALIDITY} at most.
 */
@SessionScoped
public class PendingSecondFactor implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Duration VALIDITY = Duration.ofMinutes(5);

  private String username;
  private Instant since;
  private String continueTo;

  void begin(String username, Instant at) {
    this.username = username;
    this.since = at;
    this.continueTo = null;
  }

  public void clear() {
    username = null;
    since = null;
  }

  /** The user whose code is awaited, while the wait has not expired. */
  public Optional<String> username(Instant now) {
    if (username == null || now.isAfter(since.plus(VALIDITY))) {
      return Optional.empty();
    }
    return Optional.of(username);
  }

  public boolean awaitsCode(Instant now) {
    return username(now).isPresent();
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
