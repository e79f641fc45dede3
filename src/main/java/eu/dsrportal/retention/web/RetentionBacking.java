package eu.dsrportal.retention.web;

import eu.dsrportal.retention.application.EndOfService;
import eu.dsrportal.retention.application.EndOfService.EndedCustomer;
import eu.dsrportal.retention.application.EndOfService.Inventory;
import eu.dsrportal.retention.application.RetentionAdministration;
import eu.dsrportal.retention.application.RetentionAdministration.CustomerPeriod;
import eu.dsrportal.retention.domain.RetentionPolicy;
import eu.dsrportal.retention.domain.RetentionRun;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /admin/retention.xhtml: the retention settings, each customer's own period, what the daily runs
 * removed, and the end of service of ended customers (export, then delete after a confirmation in
 * which the administrator types the customer's name).
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RetentionAdministration administration;
  @Inject transient EndOfService endOfService;

  private RetentionPolicy policy;
  private List<RetentionRun> runs;
  private List<CustomerPeriod> periods;
  private List<EndedCustomer> ended;
  private Long periodCustomer;
  private Integer periodMonths;
  private EndedCustomer confirming;
  private Inventory inventory;
  private String typedName;

  public void load() {
    policy = administration.policy();
    runs = administration.runs();
    periods = administration.periods();
    ended = endOfService.endedCustomers();
  }

  public void savePeriod() {
    if (periodCustomer == null) {
      Messages.errorOn("period:customer", "retention.period.chooseCustomer");
      return;
    }
    try {
      administration.setPeriod(periodCustomer, periodMonths);
      Messages.info(periodMonths == null ? "retention.period.reset" : "retention.period.saved");
      periodCustomer = null;
      periodMonths = null;
      load();
    } catch (DomainRuleViolation e) {
      Messages.errorOn("period:months", e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
  }

  /** The confirmation step: what deleting this customer's data removes and keeps. */
  public void askDelete(EndedCustomer customer) {
    try {
      inventory = endOfService.inventory(customer.customerId());
      confirming = customer;
      typedName = null;
    } catch (DomainRuleViolation | NotFoundException e) {
      Messages.error("action.error.unavailable");
      load();
    }
  }

  public void delete() {
    if (confirming == null) {
      return;
    }
    try {
      endOfService.delete(confirming.customerId(), typedName);
      Messages.info("retention.eos.deletedDone", confirming.name());
      confirming = null;
      inventory = null;
      load();
    } catch (DomainRuleViolation e) {
      if ("retention.error.confirmName".equals(e.messageKey())) {
        Messages.errorOn("confirm:typedName", e.messageKey());
      } else {
        Messages.error(e.messageKey());
        confirming = null;
        load();
      }
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      confirming = null;
      load();
    }
  }

  public void cancel() {
    confirming = null;
    inventory = null;
    typedName = null;
  }

  public RetentionPolicy getPolicy() {
    return policy;
  }

  public List<RetentionRun> getRuns() {
    return runs;
  }

  public List<CustomerPeriod> getPeriods() {
    return periods;
  }

  public List<CustomerPeriod> getOwnPeriods() {
    return periods.stream().filter(p -> p.months() != null).toList();
  }

  public List<EndedCustomer> getEnded() {
    return ended;
  }

  public Long getPeriodCustomer() {
    return periodCustomer;
  }

  public void setPeriodCustomer(Long periodCustomer) {
    this.periodCustomer = periodCustomer;
  }

  public Integer getPeriodMonths() {
    return periodMonths;
  }

  public void setPeriodMonths(Integer periodMonths) {
    this.periodMonths = periodMonths;
  }

  public EndedCustomer getConfirming() {
    return confirming;
  }

  public Inventory getInventory() {
    return inventory;
  }

  public String getTypedName() {
    return typedName;
  }

  public void setTypedName(String typedName) {
    this.typedName = typedName;
  }

  public int getMinMonths() {
    return RetentionPolicy.MIN_MONTHS;
  }

  public int getMaxMonths() {
    return RetentionPolicy.MAX_MONTHS;
  }
}
