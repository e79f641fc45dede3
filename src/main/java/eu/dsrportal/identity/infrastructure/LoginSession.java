package eu.dsrportal.identity.infrastructure;

import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What a session's login proved, and when: the session ends when the account changed since (a new
 * password, a removed second factor, other roles, disabled) or when it is older than the absolute
 * lifetime, however active it was.
 */
@SessionScoped
public class LoginSession implements Serializable {
  private static final long serialVersionUID = 1L;

  private String username;
  private int sessionEpoch;
  private Instant loggedInAt;

  void begin(UserAccount account, Instant at) {
    username = account.getUsername();
    sessionEpoch = account.getSessionEpoch();
    loggedInAt = at;
  }

  /** Whether this session may go on for the account, at {@code now}. */
  public boolean holdsFor(UserAccount account, Instant now, Duration lifetime) {
    return loggedInAt != null
        && account.getUsername().equals(username)
        && account.getSessionEpoch() == sessionEpoch
        && now.isBefore(loggedInAt.plus(lifetime));
  }

  /**
   * The user changed their own password or second factor in this session: the other sessions end,
   * this one goes on.
   */
  public void keepAfterOwnChange(UserAccount changed) {
    if (changed.getUsername().equals(username)) {
      sessionEpoch = changed.getSessionEpoch();
    }
  }

  public Instant getLoggedInAt() {
    return loggedInAt;
  }
}
