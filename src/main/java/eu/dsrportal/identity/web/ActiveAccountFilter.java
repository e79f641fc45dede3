package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Ends the session of a user whose account was disabled (or whose roles changed) while logged in,
 * and keeps a user whose password was reset on the password page until they have chosen their own,
 * and an administrator without a second factor on the enrolment page until they have one.
 */
@WebFilter({"/staff/*", "/customer/*", "/admin/*", "/account/*"})
public class ActiveAccountFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String PASSWORD_PAGE = "/account/password.xhtml";
  private static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";

  @Inject Accounts accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() == null) {
      chain.doFilter(req, res);
      return;
    }
    Optional<UserAccount> account = accounts.byUsername(req.getUserPrincipal().getName());
    if (account.isEmpty() || !account.get().isEnabled() || rolesChanged(req, account.get())) {
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
    if (account.get().needsSecondFactorEnrolment()
        && !account.get().isMustChangePassword()
        && !SECOND_FACTOR_PAGE.equals(req.getServletPath())) {
      res.sendRedirect(req.getContextPath() + SECOND_FACTOR_PAGE);
      return;
    }
    chain.doFilter(req, res);
  }

  /** The session's roles are fixed at login; after an administrator changed them, log in again. */
  private static boolean rolesChanged(HttpServletRequest req, UserAccount account) {
    Set<Role> current = account.roles();
    return Arrays.stream(Role.values())
        .anyMatch(r -> req.isUserInRole(r.name()) != current.contains(r));
  }
}
