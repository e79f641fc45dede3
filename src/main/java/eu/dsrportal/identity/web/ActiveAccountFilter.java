package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.Accounts;
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

/** Ends the session of a user whose account was disabled while logged in. */
@WebFilter({"/staff/*", "/customer/*", "/admin/*"})
public class ActiveAccountFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null
        && !accounts
            .byUsername(req.getUserPrincipal().getName())
            .map(UserAccount::isEnabled)
            .orElse(false)) {
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      req.logout();
      res.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    chain.doFilter(req, res);
  }
}
