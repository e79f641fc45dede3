package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The skeleton of a file download: only the roles named (checked here as well as by the URL's
 * security constraint; anyone else gets 404, as forbidden pages are shown everywhere), a parameter
 * that cannot be read is 400, what does not exist or is not the caller's is 404; the file is never
 * cached and always an attachment, never shown inline as a page of the portal. The roles are given
 * by the subclass, so this kernel class needs no knowledge of identity.
 */
public abstract class DownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final List<String> roles;

  protected DownloadServlet(String... roles) {
    this.roles = List.of(roles);
  }

  /** Writes the file, after {@link #attachment}; may throw the exceptions named in the class. */
  protected abstract void send(HttpServletRequest req, HttpServletResponse resp) throws IOException;

  @Override
  protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (roles.stream().noneMatch(req::isUserInRole)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      send(req, resp);
    } catch (InvalidParameter e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (NotFoundException | DomainRuleViolation e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** Sets the headers of a download named {@code fileName} (any characters; sent safely). */
  protected static void attachment(HttpServletResponse resp, String contentType, String fileName) {
    resp.setContentType(contentType);
    resp.setHeader("Content-Disposition", contentDisposition(fileName));
    resp.setHeader("Cache-Control", "no-store");
  }

  /** The id in the {@code id} parameter; a link that has none is no link of ours: not found. */
  protected static long idParameter(HttpServletRequest req, String what) {
    try {
      return Long.parseLong(req.getParameter("id"));
    } catch (RuntimeException e) {
      throw new NotFoundException(what);
    }
  }

  /** Sends a stored file as a download, and closes it. */
  protected static void file(
      HttpServletResponse resp, String mediaType, String fileName, long size, InputStream content)
      throws IOException {
    try (content) {
      attachment(resp, mediaType, fileName);
      resp.setContentLengthLong(size);
      content.transferTo(resp.getOutputStream());
    }
  }

  /** Starts a CSV download in the variant asked for, with its byte order mark if it has one. */
  protected static PrintWriter csv(HttpServletResponse resp, Csv csv, String baseName)
      throws IOException {
    attachment(resp, "text/csv", csv.fileName(baseName));
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = resp.getWriter();
    if (csv.hasByteOrderMark()) {
      out.write('\uFEFF');
    }
    return out;
  }

  /**
   * An ASCII name for old clients (anything else replaced, so nothing can break out of the header),
   * and the real name encoded (RFC 6266).
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A request parameter the download cannot read: answered 400. */
  protected static final class InvalidParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidParameter(Throwable cause) {
      super(cause);
    }
  }
}
