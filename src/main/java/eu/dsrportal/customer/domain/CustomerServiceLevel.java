package eu.dsrportal.customer.domain;

import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's own service levels, where they differ from the configured defaults: each null value
 * means "the default", so that a change of the defaults reaches every customer that never chose.
 */
@Entity
@Table(name = "customer_service_level")
public class CustomerServiceLevel {

  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "forward_sla")
  private Integer forwardSla;

  @Enumerated(EnumType.STRING)
  @Column(name = "forward_sla_unit", length = 20)
  private ForwardSlaUnit forwardSlaUnit;

  @Column(name = "acknowledge_days")
  private Integer acknowledgeDays;

  @Column(name = "escalate_after_days")
  private Integer escalateAfterDays;

  @Column(name = "remind_every_days")
  private Integer remindEveryDays;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected CustomerServiceLevel() {}

  public CustomerServiceLevel(long customerId) {
    this.customerId = customerId;
  }

  /**
   * Sets the customer's own values (null: the default), checked as a whole against the defaults
   * they complete.
   */
  public void set(
      Integer forwardSla,
      ForwardSlaUnit forwardSlaUnit,
      Integer acknowledgeDays,
      Integer escalateAfterDays,
      Integer remindEveryDays,
      ServiceLevels defaults,
      String by,
      Instant at) {
    this.forwardSla = forwardSla;
    this.forwardSlaUnit = forwardSla == null ? null : forwardSlaUnit;
    this.acknowledgeDays = acknowledgeDays;
    this.escalateAfterDays = escalateAfterDays;
    this.remindEveryDays = remindEveryDays;
    over(defaults); // throws when a value is out of range
    this.updatedBy = Objects.requireNonNull(by);
    this.updatedAt = Objects.requireNonNull(at);
  }

  /** The levels that apply: the customer's own values, the defaults for the rest. */
  public ServiceLevels over(ServiceLevels defaults) {
    boolean ownSla = forwardSla != null;
    return new ServiceLevels(
        ownSla ? forwardSla : defaults.forwardSla(),
        ownSla && forwardSlaUnit != null ? forwardSlaUnit : defaults.forwardSlaUnit(),
        acknowledgeDays != null ? acknowledgeDays : defaults.acknowledgeDays(),
        escalateAfterDays != null ? escalateAfterDays : defaults.escalateAfterDays(),
        remindEveryDays != null ? remindEveryDays : defaults.remindEveryDays());
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Integer getForwardSla() {
    return forwardSla;
  }

  public ForwardSlaUnit getForwardSlaUnit() {
    return forwardSlaUnit;
  }

  public Integer getAcknowledgeDays() {
    return acknowledgeDays;
  }

  public Integer getEscalateAfterDays() {
    return escalateAfterDays;
  }

  public Integer getRemindEveryDays() {
    return remindEveryDays;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
