package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.CustomerInvoices;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One of the customer's invoices: its lines and, behind each, the task, the instruction version and
 * the time entries; another customer's is not found.
 */
@Named
@ViewScoped
public class CustomerInvoiceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInvoices invoices;

  private Long id;
  private Invoice invoice;
  private Invoice credited;
  private transient InvoiceDocument document;

  public void load() {
    PageSupport.loadOrNotFound(
        id,
        () -> {
          invoice = invoices.find(id);
          credited = invoices.credited(invoice);
          document = invoices.document(id);
        });
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

  public Invoice getCredited() {
    return credited;
  }

  public InvoiceDocument getDocument() {
    if (document == null && invoice != null) {
      document = invoices.document(id);
    }
    return document;
  }
}
