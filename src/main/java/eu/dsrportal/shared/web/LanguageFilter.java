package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers the language a user picks with a {@code ?lang=} link in a cookie, and tells the page
 * which language was chosen (the link's, else the cookie's).
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CHOSEN = LanguageFilter.class.getName() + ".chosen";

  /** Secure like the session cookie: always in production, else when the request is over TLS. */
  @Inject
  @ConfigProperty(name = "http.secure-cookies")
  boolean secureCookies;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<Language> picked = Language.fromTag(req.getParameter("lang"));
    if (picked.isPresent()) {
      Cookie cookie = new Cookie(UserLocale.COOKIE, picked.get().tag());
      cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
      cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
      cookie.setHttpOnly(true);
      cookie.setSecure(secureCookies || req.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      res.addCookie(cookie);
    }
    Optional<Language> chosen = picked.or(() -> UserLocale.chosen(req));
    chosen.ifPresent(l -> req.setAttribute(CHOSEN, l));
    chain.doFilter(req, res);
  }
}
