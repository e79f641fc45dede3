package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.PasswordChanges;
import eu.dsrportal.identity.application.UserAdministration;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Administrators' list of accounts: reset a password, disable, enable. */
@Named
@RequestScoped
public class UsersBacking {

  @Inject UserAdministration administration;
  @Inject PasswordChanges passwords;

  private List<UserAccount> users;

  public List<UserAccount> getUsers() {
    if (users == null) {
      users = administration.all();
    }
    return users;
  }

  public void resetPassword(UserAccount user) {
    String temporary = passwords.resetByAdmin(user.getId());
    Messages.info("users.reset.done", user.getUsername(), temporary);
    users = null;
  }

  public void disable(UserAccount user) {
    administration.disable(user.getId());
    Messages.info("users.disabled", user.getUsername());
    users = null;
  }

  public void enable(UserAccount user) {
    administration.enable(user.getId());
    Messages.info("users.enabled", user.getUsername());
    users = null;
  }
}
