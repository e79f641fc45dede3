package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.AssistanceBilling;
import eu.dsrportal.billing.domain.Statement;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A customer's statement for a month, as a page; the CSV comes from {@link StatementCsvServlet}.
 */
@Named
@ViewScoped
public class StatementBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssistanceBilling billing;
  @Inject CustomerDirectory customers;
  @Inject ProviderTime time;

  private List<Customer> allCustomers;
  private Long customerId;
  private String month;
  private Statement statement;

  @PostConstruct
  void init() {
    allCustomers = customers.all();
    month = time.thisMonth().toString();
  }

  public void show() {
    statement = null;
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (RuntimeException e) {
      Messages.errorOn("statementForm:month", "billing.error.month");
      return;
    }
    if (customerId == null) {
      Messages.errorOn("statementForm:customer", "billing.error.customer");
      return;
    }
    try {
      statement = billing.statement(customerId, yearMonth);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("error.notFound");
    }
  }

  public List<Customer> getAllCustomers() {
    return allCustomers;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Statement getStatement() {
    return statement;
  }
}
