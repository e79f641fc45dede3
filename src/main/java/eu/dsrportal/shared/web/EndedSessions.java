package eu.dsrportal.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Whether a request comes from someone whose session ended: it timed out, or the instance that held
 * it is gone (another instance behind the proxy knows nothing of it). The browser still sends the
 * old session cookie, which no longer names a valid session. A postback of such a session is sent
 * on to its page by {@link PortalExceptionHandler}, which marks the new session, so that the login
 * page can say why it is asked for, and that nothing typed on the page was kept.
 */
public final class EndedSessions {
  static final String MARK = "portal.sessionEnded";

  private EndedSessions() {}

  /** Marks the session of a request whose old session was lost (before a redirect). */
  static void markIfLost(HttpServletRequest request) {
    if (lost(request)) {
      request.getSession(true).setAttribute(MARK, Boolean.TRUE);
    }
  }

  /** Whether this request's session ended (once: the mark is removed). */
  public static boolean ended(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    boolean marked = session != null && session.getAttribute(MARK) != null;
    if (marked) {
      session.removeAttribute(MARK);
    }
    return marked || lost(request);
  }

  /** Removes the browser's session cookie (after a logout), so the next page is not "ended". */
  public static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
    String name = request.getServletContext().getSessionCookieConfig().getName();
    Cookie cookie = new Cookie(name == null ? "JSESSIONID" : name, "");
    String path = request.getContextPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setMaxAge(0);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }

  private static boolean lost(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
