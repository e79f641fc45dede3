package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.CustomerInvoices;
import eu.dsrportal.billing.domain.Invoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer's invoices and credit notes, newest first, a page at a time. */
@Named
@ViewScoped
public class CustomerInvoicesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInvoices invoices;

  private int page;
  private List<Invoice> rows = List.of();
  private boolean more;

  public void load() {
    page = Math.max(0, page);
    List<Invoice> found = invoices.page(page);
    more = found.size() > CustomerInvoices.PAGE_SIZE;
    rows = more ? found.subList(0, CustomerInvoices.PAGE_SIZE) : found;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public List<Invoice> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }
}
