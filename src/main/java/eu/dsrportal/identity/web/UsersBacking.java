package eu.dsrportal.identity.web;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.NewAccount;
import eu.dsrportal.identity.application.PasswordChanges;
import eu.dsrportal.identity.application.UserAdministration;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators' accounts page: create an account, reset a password, disable, enable. */
@Named
@RequestScoped
public class UsersBacking {

  @Inject UserAdministration administration;
  @Inject PasswordChanges passwords;

  @Inject CustomerDirectory customers;

  private List<UserAccount> users;
  private final NewAccount newAccount = new NewAccount();
  private List<Customer> allCustomers;
  private Map<Long, String> customerNames;

  public void create() {
    try {
      String temporary = administration.create(newAccount);
      Messages.info("users.created", newAccount.getUsername().strip(), temporary);
      users = null;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<Customer> getCustomers() {
    if (allCustomers == null) {
      allCustomers = customers.all();
    }
    return allCustomers;
  }

  /** The name of the customer whose user the account is; for provider staff the page's "none". */
  public String customerOf(UserAccount user) {
    if (user.getCustomerId() == null) {
      return Messages.text("users.customer.none");
    }
    if (customerNames == null) {
      customerNames =
          getCustomers().stream().collect(Collectors.toMap(Customer::getId, Customer::getName));
    }
    return customerNames.getOrDefault(user.getCustomerId(), "");
  }

  public NewAccount getNewAccount() {
    return newAccount;
  }

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
    try {
      administration.disable(user.getId());
      Messages.info("users.disabled", user.getUsername());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    users = null;
  }

  public void enable(UserAccount user) {
    try {
      administration.enable(user.getId());
      Messages.info("users.enabled", user.getUsername());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    users = null;
  }
}
