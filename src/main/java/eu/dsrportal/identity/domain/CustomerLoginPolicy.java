package eu.dsrportal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a customer wants its users to log in: whether they all need a second factor. */
@Entity
@Table(name = "customer_login_policy")
public class CustomerLoginPolicy {

  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "second_factor_required", nullable = false)
  private boolean secondFactorRequired;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = UserAccount.USERNAME_LENGTH)
  private String changedBy;

  protected CustomerLoginPolicy() {}

  public CustomerLoginPolicy(long customerId) {
    this.customerId = customerId;
  }

  public void requireSecondFactor(boolean required, String by, Instant at) {
    secondFactorRequired = required;
    changedBy = by;
    changedAt = at;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public boolean isSecondFactorRequired() {
    return secondFactorRequired;
  }
}
