package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who is logged in, for the layout's menu and the error pages' way home.
 *
 * <p>On an error page (an error dispatch) Payara still knows the user but answers {@code
 * isUserInRole} with false for every role, so the menu lost its links and "home" led a customer to
 * the public form; there the roles are read from the account instead.
 */
@Named("caller")
@RequestScoped
public class CallerBacking {
  @Inject Accounts accounts;

  private Set<Role> accountRoles;

  /**
   * Whether the user has the role. Pages name it as text ({@code caller.inRole('ADMIN')}), which EL
   * turns into the {@link Role} constant: a name that is not a role fails the page, not silently.
   */
  public boolean inRole(Role role) {
    // the current context's request: this bean may have been made while rendering a page that
    // failed, whose injected context is released by the time the error page asks
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (request.isUserInRole(role.name())) {
      return true;
    }
    if (request.getRemoteUser() == null || request.getDispatcherType() != DispatcherType.ERROR) {
      return false;
    }
    if (accountRoles == null) {
      accountRoles =
          accounts.byUsername(request.getRemoteUser()).map(UserAccount::roles).orElse(Set.of());
    }
    return accountRoles.contains(role);
  }

  /** The user's own start page, the one a login leads to; the public form for everyone else. */
  public String getHome() {
    if (inRole(Role.SUPPORT) || inRole(Role.ADMIN)) {
      return "/staff/inbox.xhtml";
    }
    if (inRole(Role.BILLING)) {
      return "/staff/billing/runs.xhtml";
    }
    if (inRole(Role.CUSTOMER)) {
      return "/customer/requests.xhtml";
    }
    return "/index.xhtml";
  }
}
