package eu.dsrportal.identity.application;

import eu.dsrportal.shared.domain.PlainText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator fills in to create an account. The annotations give the form its messages;
 * {@code AccountCreation} checks again.
 */
public class NewAccount implements Serializable {
  private static final long serialVersionUID = 1L;

  private String username;
  @PlainText private String displayName;
  @PlainText private String email;
  private List<String> roles = new ArrayList<>();
  private Long customerId;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }
}
