package eu.dsrportal.shared.web;

import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Dev-only pages do not exist when dev mode is off. */
@WebFilter("/staff/dev/*")
public class DevPagesFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject PortalSettings settings;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!settings.isDevMode()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(req, res);
  }
}
