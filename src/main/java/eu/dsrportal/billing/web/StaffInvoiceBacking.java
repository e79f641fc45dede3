package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.Invoicing;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One invoice or credit note for billing staff: a draft is reviewed, then finalised, remade or
 * discarded; a final invoice is downloaded and may be credited (whole or chosen lines).
 */
@Named
@ViewScoped
public class StaffInvoiceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Invoicing invoicing;

  private Long id;
  private Invoice invoice;
  private transient InvoiceDocument document;
  private String customerName;
  private List<Invoice> related = List.of();

  @PlainText(multiline = true)
  @Size(max = Invoice.REASON_LENGTH, message = "{request.tooLong}")
  private String reason;

  private List<String> creditLines = new ArrayList<>();

  public void load() {
    PageSupport.loadOrNotFound(id, this::refresh);
  }

  private void refresh() {
    invoice = invoicing.invoice(id);
    document = invoicing.document(id);
    customerName = invoicing.customerName(invoice.getCustomerId());
    related = invoicing.related(invoice);
  }

  public String finalise() {
    if (invoice == null || !invoice.isDraft()) {
      Messages.error("action.error.unavailable");
      return null;
    }
    try {
      Invoice done = invoicing.finalise(id, invoice.getVersion());
      Messages.info("billing.invoice.finalised", done.getNumber());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return null;
    } catch (RuntimeException e) {
      // another finalisation of the same work won the race
      Messages.error("billing.error.workChanged");
    }
    refresh();
    return null;
  }

  public String remake() {
    if (invoice == null || !invoice.isDraft()) {
      Messages.error("action.error.unavailable");
      return null;
    }
    try {
      Long remade = invoicing.remake(id, invoice.getVersion());
      Messages.keepForRedirect();
      if (remade == null) {
        Messages.info("billing.invoice.nothingLeft");
        return "/staff/billing/runs?faces-redirect=true";
      }
      Messages.info("billing.invoice.remade");
      return "/staff/billing/invoice?faces-redirect=true&id=" + remade;
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public String discard() {
    if (invoice == null || !invoice.isDraft()) {
      Messages.error("action.error.unavailable");
      return null;
    }
    try {
      Long runId = invoice.getRunId();
      invoicing.discard(id, invoice.getVersion());
      Messages.info("billing.invoice.discarded");
      Messages.keepForRedirect();
      return "/staff/billing/runs?faces-redirect=true" + (runId == null ? "" : "&run=" + runId);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public String credit() {
    if (invoice == null || invoice.isDraft() || invoice.isCreditNote()) {
      Messages.error("action.error.unavailable");
      return null;
    }
    if (reason == null || reason.isBlank()) {
      Messages.errorOn("creditForm:reason", "billing.error.reason");
      return null;
    }
    try {
      List<Long> lineIds = creditLines.stream().map(Long::valueOf).toList();
      Invoice note = invoicing.credit(id, lineIds, reason);
      Messages.info("billing.credit.issued", note.getNumber());
      Messages.keepForRedirect();
      return "/staff/billing/invoice?faces-redirect=true&id=" + note.getId();
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public InvoiceDocument getDocument() {
    if (document == null && invoice != null) {
      document = invoicing.document(id);
    }
    return document;
  }

  public String getCustomerName() {
    return customerName;
  }

  public List<Invoice> getRelated() {
    return related;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getCreditLines() {
    return creditLines;
  }

  public void setCreditLines(List<String> creditLines) {
    this.creditLines = creditLines;
  }
}
