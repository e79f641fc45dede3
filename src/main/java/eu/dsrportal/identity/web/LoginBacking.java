package eu.dsrportal.identity.web;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.infrastructure.OneTimeCodeCredential;
import eu.dsrportal.identity.infrastructure.PendingSecondFactor;
import eu.dsrportal.shared.web.EndedSessions;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;

/**
 * The login form, and for users with a second factor its second step (the one-time code); on
 * success the user lands where they were going, or on their role's home.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject PendingSecondFactor pending;
  @Inject Clock clock;
  @Inject AuditLog audit;

  @NotBlank(message = "{login.username.required}")
  @Size(max = 100)
  private String username;

  @NotBlank(message = "{login.password.required}")
  @Size(max = 128)
  private String password;

  /** The one-time code of the second step, for users with a second factor. */
  @Size(max = 20)
  private String code;

  /** The protected page that was asked for; only a page of this portal, never another site. */
  @Pattern(regexp = CONTINUE_PATTERN)
  private String continueTo;

  private static final String CODE_PAGE = "/login-code.xhtml";
  private static final String SOTERIA_DIALOG_OPEN =
      "org.glassfish.soteria.caller_initiated_authentication";

  private static final String CONTINUE_PATTERN =
      "/(staff|customer|admin)/[A-Za-z0-9/_-]+\\.xhtml(\\?[A-Za-z0-9=&_.-]{0,200})?";

  @PostConstruct
  void rememberWhereTheUserWasGoing() {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (uri != null) {
      Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
      String path = uri.toString().substring(request.getContextPath().length());
      String target = query == null ? path : path + "?" + query;
      continueTo = target.matches(CONTINUE_PATTERN) ? target : null;
    }
  }

  public void login() throws IOException {
    AuthenticationStatus status =
        authenticate(new UsernamePasswordCredential(username, new Password(password)));
    if (status == AuthenticationStatus.SEND_FAILURE && pending.awaitsCode(clock.instant())) {
      pending.setContinueTo(continueTo);
      external.redirect(external.getRequestContextPath() + CODE_PAGE);
      return;
    }
    land(status, continueTo, "login.failed");
  }

  /** The second step: the code from the authenticator app. */
  public void verifyCode() throws IOException {
    if (!pending.awaitsCode(clock.instant())) {
      Messages.error("login.code.expired");
      Messages.keepForRedirect();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
      return;
    }
    String target = pending.getContinueTo();
    AuthenticationStatus status = authenticate(new OneTimeCodeCredential(code));
    if (status != AuthenticationStatus.SUCCESS && !pending.awaitsCode(clock.instant())) {
      // locked by too many wrong codes: start again from the password
      Messages.error("login.failed");
      Messages.keepForRedirect();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
      return;
    }
    land(status, target, "login.code.failed");
  }

  /**
   * A protected page asked for while this session's login waits for its one-time code: on to the
   * code page (and afterwards to that page), not an empty login form.
   */
  public void continuePendingLogin() throws IOException {
    if (continueTo != null && pending.awaitsCode(clock.instant())) {
      pending.setContinueTo(continueTo);
      external.redirect(external.getRequestContextPath() + CODE_PAGE);
    }
  }

  /**
   * The login page after a session ended (timed out, or its instance lost): says so, and that what
   * was typed on the page before was not kept.
   */
  public void noticeEndedSession() {
    if (!faces.isPostback() && EndedSessions.ended((HttpServletRequest) external.getRequest())) {
      Messages.info("cluster.session.ended");
    }
  }

  /** The code page without a login waiting for its code goes back to the login page. */
  public void requirePendingLogin() throws IOException {
    if (!pending.awaitsCode(clock.instant())) {
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
  }

  private AuthenticationStatus authenticate(Credential credential) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    if (status != AuthenticationStatus.SUCCESS && request.getSession(false) != null) {
      // Soteria keeps a refused login's dialog open in the session until a login succeeds, and
      // then answers every protected page with an empty 200 instead of the login page
      request.getSession(false).removeAttribute(SOTERIA_DIALOG_OPEN);
    }
    return status;
  }

  private void land(AuthenticationStatus status, String target, String failureKey)
      throws IOException {
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        boolean safe = target != null && target.matches(CONTINUE_PATTERN);
        external.redirect(external.getRequestContextPath() + (safe ? target : home()));
      }
      default -> Messages.error(failureKey);
    }
  }

  public String logout() throws Exception {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getRemoteUser() != null) {
      audit.grantedAs(request.getRemoteUser(), AuditAction.LOGGED_OUT, "UserAccount", null);
    }
    request.logout();
    external.invalidateSession();
    // the old session cookie goes too: a deliberate logout is not a session that ended
    EndedSessions.forgetCookie(request, (HttpServletResponse) external.getResponse());
    return "/login?faces-redirect=true";
  }

  public String home() {
    if (securityContext.isCallerInRole(Role.SUPPORT.name())
        || securityContext.isCallerInRole(Role.ADMIN.name())) {
      return "/staff/inbox.xhtml";
    }
    if (securityContext.isCallerInRole(Role.BILLING.name())) {
      return "/staff/billing/runs.xhtml";
    }
    if (securityContext.isCallerInRole(Role.CUSTOMER.name())) {
      return "/customer/requests.xhtml";
    }
    return "/index.xhtml";
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
