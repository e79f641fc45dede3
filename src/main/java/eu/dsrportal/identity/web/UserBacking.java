package eu.dsrportal.identity.web;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.identity.application.SecondFactors;
import eu.dsrportal.identity.application.UserAdministration;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One account, for administrators: its roles, and removing a lost second factor. */
@Named
@ViewScoped
public class UserBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient UserAdministration administration;
  @Inject transient SecondFactors secondFactors;
  @Inject transient CustomerDirectory customers;

  private Long id;
  private UserAccount account;
  private List<String> roles = new ArrayList<>();

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  private void refresh() {
    account = administration.find(id);
    roles = account.roles().stream().map(Role::name).collect(Collectors.toList());
  }

  /** The roles this kind of account may hold: staff roles, or a customer's. */
  public List<Role> getAvailableRoles() {
    return Arrays.stream(Role.values())
        .filter(r -> r.isCustomerRole() == account.isCustomerUser())
        .toList();
  }

  public void saveRoles() {
    try {
      administration.changeRoles(id, roles.stream().map(Role::valueOf).collect(Collectors.toSet()));
      Messages.info("user.roles.saved", account.getUsername());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  public void resetSecondFactor() {
    try {
      secondFactors.resetByAdmin(id);
      Messages.info("user.secondFactor.reset", account.getUsername());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    }
    refresh();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UserAccount getAccount() {
    return account;
  }

  /** The name of the customer whose user this is; for provider staff the page's "none". */
  public String getCustomerName() {
    return account == null || account.getCustomerId() == null
        ? Messages.text("users.customer.none")
        : customers.find(account.getCustomerId()).getName();
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }
}
