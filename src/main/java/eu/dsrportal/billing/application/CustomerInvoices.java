package eu.dsrportal.billing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A customer user's invoices and credit notes: only final ones of the caller's customer; another
 * customer's (or a draft) is "not found", like one that does not exist, and audited as refused. The
 * work behind each line is read from the invoice's own copy, not from the assistance context.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerInvoices {
  public static final int PAGE_SIZE = 20;

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject InvoiceDocuments documents;

  /** A page of the customer's final invoices and credit notes, newest first. */
  public List<Invoice> page(int page) {
    long customerId = callerCustomer();
    List<Invoice> invoices =
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.customerId = :customerId AND i.status = :final"
                    + " ORDER BY i.issueDate DESC, i.id DESC",
                Invoice.class)
            .setParameter("customerId", customerId)
            .setParameter("final", Invoice.Status.FINAL)
            .setFirstResult(Math.max(0, page) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE + 1)
            .getResultList();
    audit.granted(AuditAction.INVOICE_VIEWED, "Customer", customerId);
    return invoices;
  }

  public Invoice find(long invoiceId) {
    Invoice invoice = own(invoiceId, AuditAction.INVOICE_VIEWED);
    invoice.getLines().forEach(l -> l.getWork().size());
    audit.granted(AuditAction.INVOICE_VIEWED, "Invoice", invoiceId);
    return invoice;
  }

  /** The invoice a credit note credits, if the caller's. */
  public Invoice credited(Invoice invoice) {
    return invoice.getCreditedInvoiceId() == null
        ? null
        : em.find(Invoice.class, invoice.getCreditedInvoiceId());
  }

  public InvoiceDocument document(long invoiceId) {
    Invoice invoice = own(invoiceId, AuditAction.INVOICE_DOWNLOADED);
    audit.granted(AuditAction.INVOICE_DOWNLOADED, "Invoice", invoiceId);
    return documents.document(invoice);
  }

  public byte[] pdf(InvoiceDocument doc, long invoiceId) {
    return documents.pdf(doc, em.find(Invoice.class, invoiceId).getLanguage());
  }

  public byte[] ubl(InvoiceDocument doc) {
    return documents.ubl(doc);
  }

  private Invoice own(long invoiceId, AuditAction action) {
    long customerId = callerCustomer();
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null
        || invoice.getCustomerId() != customerId
        || invoice.getStatus() != Invoice.Status.FINAL) {
      audit.denied(action, "Invoice", invoiceId);
      throw new NotFoundException("invoice");
    }
    return invoice;
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
