package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.Invoicing;
import eu.dsrportal.billing.domain.BillingRun;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.customer.domain.BillingPeriod;
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
import java.util.Map;

/**
 * Billing runs: start one for a month or quarter, review its drafts, finalise one or all. A draft
 * is opened on the invoice page to be reviewed, remade or discarded.
 */
@Named
@ViewScoped
public class BillingRunsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Invoicing invoicing;
  @Inject ProviderTime time;

  private BillingPeriod kind = BillingPeriod.MONTH;
  private String month;
  private Long runId;
  private BillingRun run;
  private List<Invoice> invoices = List.of();
  private List<BillingRun> runs;
  private List<Invoice> latest;
  private Map<Long, String> names;

  @PostConstruct
  void init() {
    month = time.thisMonth().minusMonths(1).toString();
  }

  public void load() {
    names = invoicing.customerNames();
    runs = invoicing.runs();
    latest = invoicing.latest(20);
    if (runId == null && !runs.isEmpty()) {
      runId = runs.get(0).getId();
    }
    run = null;
    invoices = List.of();
    if (runId != null) {
      try {
        run = invoicing.run(runId);
        invoices = invoicing.invoicesOf(runId);
      } catch (NotFoundException e) {
        runId = null;
      }
    }
  }

  public String start() {
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month == null ? "" : month.strip());
    } catch (RuntimeException e) {
      Messages.errorOn("runForm:month", "billing.error.month");
      return null;
    }
    try {
      BillingRun started = invoicing.start(kind, yearMonth.atDay(1));
      Messages.info("billing.run.started", started.getLabel());
      Messages.keepForRedirect();
      return "/staff/billing/runs?faces-redirect=true&run=" + started.getId();
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  /**
   * Finalises every draft of the run without a problem, each on its own; says which could not be.
   */
  public void finaliseAll() {
    load();
    int done = 0;
    int refused = 0;
    for (Invoice invoice : invoices) {
      if (!invoice.isDraft() || invoice.getProblem() != null) {
        continue;
      }
      try {
        invoicing.finalise(invoice.getId(), invoice.getVersion());
        done++;
      } catch (DomainRuleViolation e) {
        refused++;
        Messages.error(
            "billing.run.finaliseRefused",
            names.get(invoice.getCustomerId()),
            Messages.text(e.messageKey()));
      } catch (RuntimeException e) {
        refused++;
        Messages.error(
            "billing.run.finaliseRefused",
            names.get(invoice.getCustomerId()),
            Messages.text("billing.error.workChanged"));
      }
    }
    if (done > 0 || refused == 0) {
      Messages.info("billing.run.finalised", done);
    }
    load();
  }

  public boolean isAnyFinalisable() {
    return invoices.stream().anyMatch(i -> i.isDraft() && i.getProblem() == null);
  }

  public String name(long customerId) {
    return names == null ? "" : names.getOrDefault(customerId, "");
  }

  public BillingPeriod[] getKinds() {
    return BillingPeriod.values();
  }

  public BillingPeriod getKind() {
    return kind;
  }

  public void setKind(BillingPeriod kind) {
    this.kind = kind;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Long getRunId() {
    return runId;
  }

  public void setRunId(Long runId) {
    this.runId = runId;
  }

  public BillingRun getRun() {
    return run;
  }

  public List<Invoice> getInvoices() {
    return invoices;
  }

  public List<BillingRun> getRuns() {
    return runs;
  }

  public List<Invoice> getLatest() {
    return latest;
  }
}
