package eu.dsrportal.identity.web;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.application.SecondFactorPolicy;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.infrastructure.LoginSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a session whose login no longer holds: the account was disabled, its password, second factor
 * or roles changed since (see {@link LoginSession}), or the session is older than {@code
 * session.absolute-hours}. Keeps a user whose password was reset on the password page until they
 * have chosen their own, and a user who needs a second factor (by role, or by their customer's
 * choice) on the enrolment page until they have one.
 */
@WebFilter({"/staff/*", "/customer/*", "/admin/*", "/account/*"})
public class ActiveAccountFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String PASSWORD_PAGE = "/account/password.xhtml";
  private static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";

  @Inject Accounts accounts;
  @Inject LoginSession loginSession;
  @Inject SecondFactorPolicy secondFactors;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "session.absolute-hours")
  int absoluteHours;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() == null) {
      chain.doFilter(req, res);
      return;
    }
    String username = req.getUserPrincipal().getName();
    Optional<UserAccount> account = accounts.byUsername(username);
    if (account.isEmpty()
        || !account.get().isEnabled()
        || !loginSession.holdsFor(account.get(), clock.instant(), Duration.ofHours(absoluteHours))
        || rolesChanged(req, account.get())) {
      audit.grantedAs(
          username,
          AuditAction.SESSION_ENDED,
          "UserAccount",
          account.map(UserAccount::getId).orElse(null));
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      req.logout();
      res.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (account.get().isMustChangePassword() && !PASSWORD_PAGE.equals(req.getServletPath())) {
      res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
      return;
    }
    if (!account.get().isMustChangePassword()
        && !SECOND_FACTOR_PAGE.equals(req.getServletPath())
        && secondFactors.needsEnrolment(account.get())) {
      res.sendRedirect(req.getContextPath() + SECOND_FACTOR_PAGE);
      return;
    }
    chain.doFilter(req, res);
  }

  /** The session's roles are fixed at login; after they changed, log in again. */
  private static boolean rolesChanged(HttpServletRequest req, UserAccount account) {
    Set<Role> current = account.roles();
    return Arrays.stream(Role.values())
        .anyMatch(r -> req.isUserInRole(r.name()) != current.contains(r));
  }
}
