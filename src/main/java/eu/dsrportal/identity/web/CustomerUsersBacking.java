package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.CustomerUserAdministration;
import eu.dsrportal.identity.application.NewAccount;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;

/** A customer's administrator managing the users of their own customer. */
@Named
@RequestScoped
public class CustomerUsersBacking {

  @Inject CustomerUserAdministration administration;

  private List<UserAccount> users;
  private final NewAccount newAccount = new NewAccount();
  private boolean customerAdmin;
  private Boolean secondFactorRequired;

  public void create() {
    try {
      String temporary = administration.create(newAccount, customerAdmin);
      Messages.info("users.created", newAccount.getUsername().strip(), temporary);
      users = null;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
  }

  public void resetPassword(UserAccount user) {
    act(
        user,
        u ->
            Messages.info(
                "users.reset.done", u.getUsername(), administration.resetPassword(u.getId())));
  }

  public void disable(UserAccount user) {
    act(
        user,
        u -> {
          administration.disable(u.getId());
          Messages.info("users.disabled", u.getUsername());
        });
  }

  public void enable(UserAccount user) {
    act(
        user,
        u -> {
          administration.enable(u.getId());
          Messages.info("users.enabled", u.getUsername());
        });
  }

  public void toggleCustomerAdmin(UserAccount user) {
    act(
        user,
        u -> {
          administration.setCustomerAdmin(u.getId(), !isCustomerAdmin(u));
          Messages.info("user.roles.saved", u.getUsername());
        });
  }

  public boolean isCustomerAdmin(UserAccount user) {
    return user.roles().contains(Role.CUSTOMER_ADMIN);
  }

  private void act(UserAccount user, Consumer<UserAccount> action) {
    try {
      action.accept(user);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      PageSupport.notFound();
    }
    users = null;
  }

  public List<UserAccount> getUsers() {
    if (users == null) {
      users = administration.all();
    }
    return users;
  }

  /** Saves whether all the customer's users need a second factor. */
  public void saveLoginPolicy() {
    administration.requireSecondFactor(isSecondFactorRequired());
    Messages.info(
        secondFactorRequired
            ? "customerUsers.secondFactor.required"
            : "customerUsers.secondFactor.optional");
  }

  public boolean isSecondFactorRequired() {
    if (secondFactorRequired == null) {
      secondFactorRequired = administration.secondFactorRequired();
    }
    return secondFactorRequired;
  }

  public void setSecondFactorRequired(boolean secondFactorRequired) {
    this.secondFactorRequired = secondFactorRequired;
  }

  public NewAccount getNewAccount() {
    return newAccount;
  }

  public boolean isCustomerAdmin() {
    return customerAdmin;
  }

  public void setCustomerAdmin(boolean customerAdmin) {
    this.customerAdmin = customerAdmin;
  }
}
