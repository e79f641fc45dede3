package eu.dsrportal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Forms larger than any form of the portal can be are answered 413 with a page that says so, before
 * anything reads them: the server would otherwise drop their fields silently and show the form
 * again as if nothing had been sent. File uploads (staff) may be larger, up to their own limit.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PostSizeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The largest form: every field at its limit, with room to spare. */
  static final long MAX_FORM_BYTES = 1024 * 1024;

  /** The largest upload form: the attachment limit (10 MB) and the form's fields. */
  static final long MAX_UPLOAD_BYTES = 21 * 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(req.getMethod())) {
      String type = req.getContentType();
      boolean upload = type != null && type.startsWith("multipart/");
      long length = req.getContentLengthLong();
      if (length > (upload ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES)) {
        res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
