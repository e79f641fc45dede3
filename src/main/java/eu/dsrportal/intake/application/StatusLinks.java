package eu.dsrportal.intake.application;

import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The subject's links, built in one place: the status page (in the first mail and the API's first
 * answer) and the confirmation page. The token is the subject's secret; only its hash is stored.
 */
@ApplicationScoped
public class StatusLinks {
  public static final String STATUS_PAGE = "/intake/status.xhtml";
  public static final String VERIFY_PAGE = "/intake/verify.xhtml";

  @Inject PortalSettings settings;

  public String status(String reference, String token) {
    return link(STATUS_PAGE, reference, token);
  }

  /**
   * The confirmation page's link; it carries the status token too, so that the page can link on to
   * the status page once the request is confirmed.
   */
  public String verify(String reference, String verificationToken, String statusToken) {
    return link(VERIFY_PAGE, reference, verificationToken) + "&status=" + statusToken;
  }

  private String link(String page, String reference, String token) {
    return settings.baseUrl() + page + "?ref=" + reference + "&token=" + token;
  }
}
