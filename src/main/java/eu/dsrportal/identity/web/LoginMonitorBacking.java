package eu.dsrportal.identity.web;

import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.identity.application.LoginMonitor;
import eu.dsrportal.identity.application.LoginMonitor.Throttled;
import eu.dsrportal.identity.domain.FailedLogin;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The administrators' view of logins: sessions begun and ended, refused logins, accounts throttled
 * for an address, pages refused.
 */
@Named
@RequestScoped
public class LoginMonitorBacking {

  @Inject LoginMonitor monitor;
  @Inject AuditTrail trail;

  private List<Throttled> throttled;
  private List<FailedLogin> failures;
  private List<AuditEntry> sessions;

  public List<Throttled> getThrottled() {
    if (throttled == null) {
      throttled = monitor.throttled();
    }
    return throttled;
  }

  public List<FailedLogin> getFailures() {
    if (failures == null) {
      failures = monitor.recentFailures();
    }
    return failures;
  }

  public List<AuditEntry> getSessions() {
    if (sessions == null) {
      sessions = trail.recentSessions();
    }
    return sessions;
  }

  public void clearFailures(Throttled row) {
    monitor.clearFailures(row.accountId());
    throttled = null;
    Messages.info("security.unlocked", row.username());
  }
}
