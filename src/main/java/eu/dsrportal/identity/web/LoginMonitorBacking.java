package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.LoginMonitor;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' view of refused logins and locked accounts. */
@Named
@RequestScoped
public class LoginMonitorBacking {

  @Inject LoginMonitor monitor;

  private List<UserAccount> locked;
  private List<FailedLogin> failures;

  public List<UserAccount> getLocked() {
    if (locked == null) {
      locked = monitor.lockedAccounts();
    }
    return locked;
  }

  public List<FailedLogin> getFailures() {
    if (failures == null) {
      failures = monitor.recentFailures();
    }
    return failures;
  }

  public void unlock(UserAccount account) {
    monitor.unlock(account.getId());
    locked = null;
    Messages.info("security.unlocked", account.getUsername());
  }
}
