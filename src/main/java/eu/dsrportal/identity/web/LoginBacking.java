package eu.dsrportal.identity.web;

import eu.dsrportal.shared.web.Messages;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
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
        external.redirect(external.getRequestContextPath() + home());
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
