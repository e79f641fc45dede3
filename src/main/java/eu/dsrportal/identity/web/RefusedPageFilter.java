package eu.dsrportal.identity.web;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records in the audit trail every page the URL rules refused (a customer opening an
 * administrator's page): the error page for 403 is being shown; who asked for which path, from
 * where.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final int PATH_LENGTH = 40; // the width of audit_entry.object_id

  @Inject AuditLog audit;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (status instanceof Integer code && code == HttpServletResponse.SC_FORBIDDEN) {
      Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String path = uri == null ? "" : uri.toString();
      audit.deniedAs(
          req.getRemoteUser(),
          AuditAction.PAGE_REFUSED,
          "Page",
          path.length() > PATH_LENGTH ? path.substring(0, PATH_LENGTH) : path);
    }
    chain.doFilter(req, res);
  }
}
