package eu.dsrportal.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person at the customer who handles data subject requests. The primary one receives forwarded
 * requests.
 */
@Embeddable
public class PrivacyContact implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int PHONE_LENGTH = 40;
  public static final int ROLE_LENGTH = 100;

  @Column(name = "name", nullable = false, length = Customer.NAME_LENGTH)
  private String name;

  @Column(name = "email", nullable = false, length = Customer.EMAIL_LENGTH)
  private String email;

  @Column(name = "phone", length = PHONE_LENGTH)
  private String phone;

  @Column(name = "role", length = ROLE_LENGTH)
  private String role;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  protected PrivacyContact() {}

  public PrivacyContact(String name, String email, String phone, String role, boolean primary) {
    this.name = Objects.requireNonNull(name).strip();
    this.email = Objects.requireNonNull(email).strip();
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    this.role = role == null || role.isBlank() ? null : role.strip();
    this.primary = primary;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getRole() {
    return role;
  }

  public boolean isPrimary() {
    return primary;
  }
}
