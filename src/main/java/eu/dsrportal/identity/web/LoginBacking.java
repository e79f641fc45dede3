package eu.dsrportal.identity.web;

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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The login form; on success the user lands where they were going, or on their role's home. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  @NotBlank(message = "{login.username.required}")
  @Size(max = 100)
  private String username;

  @NotBlank(message = "{login.password.required}")
  @Size(max = 128)
  private String password;

  /** The protected page that was asked for; only a page of this portal, never another site. */
  @Pattern(regexp = CONTINUE_PATTERN)
  private String continueTo;

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
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId();
        boolean safe = continueTo != null && continueTo.matches(CONTINUE_PATTERN);
        external.redirect(external.getRequestContextPath() + (safe ? continueTo : home()));
      }
      default -> Messages.error("login.failed");
    }
  }

  public String logout() throws Exception {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login?faces-redirect=true";
  }

  public String home() {
    if (securityContext.isCallerInRole("SUPPORT") || securityContext.isCallerInRole("ADMIN")) {
      return "/staff/inbox.xhtml";
    }
    if (securityContext.isCallerInRole("BILLING")) {
      return "/staff/billing/statement.xhtml";
    }
    if (securityContext.isCallerInRole("CUSTOMER")) {
      return "/customer/requests.xhtml";
    }
    return "/index.xhtml";
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
