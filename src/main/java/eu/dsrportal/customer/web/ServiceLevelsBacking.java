package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.ServiceLevelAdministration;
import eu.dsrportal.customer.domain.CustomerServiceLevel;
import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A customer's service levels on the administrator's customer page
 * (WEB-INF/includes/service-levels.xhtml): each field empty for the default, which the page shows.
 */
@Named
@ViewScoped
public class ServiceLevelsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceLevelAdministration administration;

  private Long customerId;
  private ServiceLevels defaults;
  private Integer forwardSla;
  private ForwardSlaUnit forwardSlaUnit = ForwardSlaUnit.WORKING_DAYS;
  private Integer acknowledgeDays;
  private Integer escalateAfterDays;
  private Integer remindEveryDays;

  /**
   * Reads the customer's values once per view (the page's id). The defaults also for a customer not
   * yet saved: the page builds this form before it knows whether it shows it.
   */
  public ServiceLevels defaultsFor(Long id) {
    if (defaults == null) {
      defaults = administration.defaults();
    }
    if (id != null && !id.equals(customerId)) {
      customerId = id;
      administration.own(id).ifPresent(this::show);
    }
    return defaults;
  }

  private void show(CustomerServiceLevel own) {
    forwardSla = own.getForwardSla();
    forwardSlaUnit =
        own.getForwardSlaUnit() == null ? ForwardSlaUnit.WORKING_DAYS : own.getForwardSlaUnit();
    acknowledgeDays = own.getAcknowledgeDays();
    escalateAfterDays = own.getEscalateAfterDays();
    remindEveryDays = own.getRemindEveryDays();
  }

  public void save() {
    if (customerId == null) {
      Messages.error("action.error.unavailable");
      return;
    }
    try {
      administration.set(
          customerId,
          forwardSla,
          forwardSlaUnit,
          acknowledgeDays,
          escalateAfterDays,
          remindEveryDays);
      Messages.info("clock.settings.saved");
    } catch (DomainRuleViolation e) {
      Messages.errorOn(
          e.messageKey().equals("clock.error.forwardSla")
              ? "serviceLevels:forwardSla"
              : "serviceLevels:acknowledgeDays",
          e.messageKey());
    }
  }

  public ForwardSlaUnit[] getUnits() {
    return ForwardSlaUnit.values();
  }

  public Integer getForwardSla() {
    return forwardSla;
  }

  public void setForwardSla(Integer forwardSla) {
    this.forwardSla = forwardSla;
  }

  public ForwardSlaUnit getForwardSlaUnit() {
    return forwardSlaUnit;
  }

  public void setForwardSlaUnit(ForwardSlaUnit forwardSlaUnit) {
    this.forwardSlaUnit = forwardSlaUnit;
  }

  public Integer getAcknowledgeDays() {
    return acknowledgeDays;
  }

  public void setAcknowledgeDays(Integer acknowledgeDays) {
    this.acknowledgeDays = acknowledgeDays;
  }

  public Integer getEscalateAfterDays() {
    return escalateAfterDays;
  }

  public void setEscalateAfterDays(Integer escalateAfterDays) {
    this.escalateAfterDays = escalateAfterDays;
  }

  public Integer getRemindEveryDays() {
    return remindEveryDays;
  }

  public void setRemindEveryDays(Integer remindEveryDays) {
    this.remindEveryDays = remindEveryDays;
  }
}
