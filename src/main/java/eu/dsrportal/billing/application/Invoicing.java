package eu.dsrportal.billing.application;

import eu.dsrportal.assistance.application.BillableWork;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.billing.domain.BillingRun;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceLine;
import eu.dsrportal.billing.domain.InvoiceWork;
import eu.dsrportal.billing.domain.Pricing;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Billing runs, drafts, finalisation and credit notes, for billing staff (docs/billing.md). Work is
 * read and locked only through {@link BillableWork}; numbers come from {@link InvoiceNumbers}.
 */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class Invoicing {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject CustomerDirectory customers;
  @Inject BillableWork work;
  @Inject InvoiceNumbers numbers;
  @Inject InvoiceDocuments documents;
  @Inject InvoiceMails mails;

  /**
   * Starts a run for the month or quarter holding {@code anyDay}: one draft per customer billed per
   * that period with unbilled work up to its last day. A customer's earlier drafts are replaced;
   * work on a day without a contract makes a draft with that problem instead of failing the run.
   */
  public BillingRun start(BillingPeriod kind, LocalDate anyDay) {
    BillingRun run = new BillingRun(kind, anyDay, accounts.callerName(), time.now());
    if (run.getPeriodEnd().isAfter(time.today().plusYears(1))) {
      throw new DomainRuleViolation("billing.error.period");
    }
    em.persist(run);
    em.flush();
    for (Customer customer : customers.all()) {
      List<Contract> versions = customers.contracts(customer.getId());
      Optional<Contract> decisive =
          versions.stream().filter(c -> !c.getValidFrom().isAfter(run.getPeriodEnd())).findFirst();
      BillingPeriod period =
          decisive
              .or(() -> versions.stream().findFirst())
              .map(Contract::getBillingPeriod)
              .orElse(null);
      if (period != null && period != kind) {
        continue;
      }
      BillableWork.Work unbilled = work.unbilled(customer.getId(), run.getPeriodEnd());
      if (unbilled.isEmpty()) {
        continue;
      }
      Invoice draft =
          draft(
              run.getId(), customer, versions, run.getPeriodStart(), run.getPeriodEnd(), unbilled);
      if (draft == null) {
        continue;
      }
      discardDraftsOf(customer.getId());
      em.persist(draft);
    }
    em.flush();
    audit.granted(AuditAction.BILLING_RUN_STARTED, "BillingRun", run.getId());
    return run;
  }

  /** Makes the draft again from the work as it is now; the old draft goes. */
  public Long remake(long invoiceId, long version) {
    Invoice old = current(invoiceId, version);
    old.checkDraft();
    Customer customer = customers.find(old.getCustomerId());
    BillableWork.Work unbilled = work.unbilled(customer.getId(), old.getPeriodEnd());
    Invoice draft =
        draft(
            old.getRunId(),
            customer,
            customers.contracts(customer.getId()),
            old.getPeriodStart(),
            old.getPeriodEnd(),
            unbilled);
    em.remove(old);
    em.flush();
    if (draft == null) {
      audit.granted(AuditAction.INVOICE_DISCARDED, "Invoice", invoiceId);
      return null;
    }
    em.persist(draft);
    em.flush();
    audit.granted(AuditAction.INVOICE_REMADE, "Invoice", draft.getId());
    return draft.getId();
  }

  public void discard(long invoiceId, long version) {
    Invoice draft = current(invoiceId, version);
    draft.checkDraft();
    em.remove(draft);
    em.flush();
    audit.granted(AuditAction.INVOICE_DISCARDED, "Invoice", invoiceId);
  }

  /**
   * In one transaction: the work behind the draft locked (a draft older than a change of its work
   * is refused with {@code billing.error.workChanged}), the next number of the year, the parties as
   * they are today, the dates; the customer is mailed the invoice with its PDF and UBL.
   */
  public Invoice finalise(long invoiceId, long version) {
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null) {
      throw new NotFoundException("invoice");
    }
    if (invoice.getVersion() != version) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    invoice.checkFinalisable();
    Customer customer = customers.find(invoice.getCustomerId());
    if (!invoice.isCreditNote()) {
      lockWork(invoice);
    }
    LocalDate today = time.today();
    String number = numbers.next(today.getYear());
    invoice.finalise(
        number,
        today,
        documents.seller(),
        documents.buyer(customer),
        customer.getBuyerReference(),
        documents.iban(),
        documents.bic(),
        accounts.callerName(),
        time.now());
    em.flush();
    mails.finalised(invoice, customer, documents.document(invoice));
    audit.granted(
        invoice.isCreditNote() ? AuditAction.CREDIT_NOTE_ISSUED : AuditAction.INVOICE_FINALISED,
        "Invoice",
        invoiceId);
    return invoice;
  }

  /** A credit note of the chosen lines (all when none) of a final invoice, finalised at once. */
  public Invoice credit(long invoiceId, Collection<Long> lineIds, String reason) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null) {
      throw new NotFoundException("invoice");
    }
    Invoice note = invoice.credit(lineIds, reason, accounts.callerName(), time.now());
    em.persist(note);
    em.flush();
    return finalise(note.getId(), note.getVersion());
  }

  public List<BillingRun> runs() {
    return em.createQuery(
            "SELECT r FROM BillingRun r ORDER BY r.createdAt DESC, r.id DESC", BillingRun.class)
        .setMaxResults(12)
        .getResultList();
  }

  public BillingRun run(long runId) {
    return Optional.ofNullable(em.find(BillingRun.class, runId))
        .orElseThrow(() -> new NotFoundException("run"));
  }

  /** The drafts and the invoices finalised from a run. */
  public List<Invoice> invoicesOf(long runId) {
    return em.createQuery(
            "SELECT i FROM Invoice i WHERE i.runId = :runId ORDER BY i.status, i.customerId",
            Invoice.class)
        .setParameter("runId", runId)
        .getResultList();
  }

  /** Final invoices and credit notes, newest first. */
  public List<Invoice> latest(int max) {
    return em.createQuery(
            "SELECT i FROM Invoice i WHERE i.status = :final ORDER BY i.finalisedAt DESC, i.id DESC",
            Invoice.class)
        .setParameter("final", Invoice.Status.FINAL)
        .setMaxResults(max)
        .getResultList();
  }

  public Invoice invoice(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null) {
      throw new NotFoundException("invoice");
    }
    invoice.getLines().forEach(l -> l.getWork().size());
    audit.granted(AuditAction.INVOICE_VIEWED, "Invoice", invoiceId);
    return invoice;
  }

  /** The credit notes of an invoice, or the invoice a credit note credits. */
  public List<Invoice> related(Invoice invoice) {
    if (invoice.getCreditedInvoiceId() != null) {
      return List.of(em.find(Invoice.class, invoice.getCreditedInvoiceId()));
    }
    return em.createQuery(
            "SELECT i FROM Invoice i WHERE i.creditedInvoiceId = :id ORDER BY i.id", Invoice.class)
        .setParameter("id", invoice.getId())
        .getResultList();
  }

  public String customerName(long customerId) {
    return customers.find(customerId).getName();
  }

  /** Every customer's name by id, for lists of invoices. */
  public Map<Long, String> customerNames() {
    Map<Long, String> names = new HashMap<>();
    customers.all().forEach(c -> names.put(c.getId(), c.getName()));
    return names;
  }

  /**
   * The document of an invoice, for its page (the page's viewing is audited by {@link #invoice}).
   */
  public InvoiceDocument document(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null) {
      throw new NotFoundException("invoice");
    }
    return documents.document(invoice);
  }

  /** The document of an invoice for a download, audited as one. */
  public InvoiceDocument download(long invoiceId) {
    InvoiceDocument doc = document(invoiceId);
    audit.granted(AuditAction.INVOICE_DOWNLOADED, "Invoice", invoiceId);
    return doc;
  }

  /** An invoice without auditing a viewing (for downloads, audited as such). */
  public Invoice find(long invoiceId) {
    return Optional.ofNullable(em.find(Invoice.class, invoiceId))
        .orElseThrow(() -> new NotFoundException("invoice"));
  }

  private Invoice current(long invoiceId, long version) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null || invoice.getVersion() != version) {
      throw new DomainRuleViolation("action.error.unavailable");
    }
    return invoice;
  }

  private void discardDraftsOf(long customerId) {
    em.createQuery(
            "SELECT i FROM Invoice i WHERE i.customerId = :customerId AND i.status = :draft"
                + " AND i.type = :invoice",
            Invoice.class)
        .setParameter("customerId", customerId)
        .setParameter("draft", Invoice.Status.DRAFT)
        .setParameter("invoice", InvoiceDocument.Type.INVOICE)
        .getResultList()
        .forEach(em::remove);
    em.flush();
  }

  private Invoice draft(
      Long runId,
      Customer customer,
      List<Contract> versions,
      LocalDate start,
      LocalDate end,
      BillableWork.Work unbilled) {
    Pricing.Result priced = new Pricing(versions).price(unbilled, end, consumed(customer.getId()));
    if (!priced.hasProblem() && priced.lines().isEmpty()) {
      return null;
    }
    Contract terms =
        versions.stream()
            .filter(c -> !c.getValidFrom().isAfter(end))
            .findFirst()
            .or(() -> versions.stream().findFirst())
            .orElse(null);
    return Invoice.draft(
        runId,
        customer.getId(),
        start,
        end,
        new Invoice.Terms(
            terms == null ? "EUR" : terms.getCurrency(),
            customer.getLanguage(),
            terms == null ? 30 : terms.getPaymentTermDays()),
        priced,
        accounts.callerName(),
        time.now());
  }

  /** What the customer's final invoices consumed of each year's allowance. */
  Pricing.Consumed consumed(long customerId) {
    Map<Integer, Integer> minutes = new HashMap<>();
    Map<Integer, Set<Long>> requests = new HashMap<>();
    List<InvoiceWork> free =
        em.createQuery(
                "SELECT w FROM InvoiceWork w JOIN w.line l JOIN l.invoice i"
                    + " WHERE i.customerId = :customerId AND i.status = :final AND i.type = :invoice"
                    + " AND w.freeMinutes > 0",
                InvoiceWork.class)
            .setParameter("customerId", customerId)
            .setParameter("final", Invoice.Status.FINAL)
            .setParameter("invoice", InvoiceDocument.Type.INVOICE)
            .getResultList();
    for (InvoiceWork w : free) {
      int year = w.getDate().getYear();
      if (w.getFreeRequestId() != null) {
        requests.computeIfAbsent(year, y -> new HashSet<>()).add(w.getFreeRequestId());
      } else {
        minutes.merge(year, w.getFreeMinutes(), Integer::sum);
      }
    }
    return new Pricing.Consumed(minutes, requests);
  }

  private void lockWork(Invoice invoice) {
    List<BillableWork.Time> times = new ArrayList<>();
    List<BillableWork.Item> items = new ArrayList<>();
    Set<Long> fixed = new HashSet<>();
    Set<Long> seenTimes = new HashSet<>();
    for (InvoiceLine line : invoice.getLines()) {
      for (InvoiceWork w : line.getWork()) {
        switch (w.getType()) {
          case TIME -> {
            // an entry partly in the allowance is on two lines; locked once
            if (seenTimes.add(w.getWorkId())) {
              times.add(
                  new BillableWork.Time(
                      w.getWorkId(),
                      line.getTaskId(),
                      w.getDate(),
                      w.getMinutes(),
                      w.getDescription(),
                      null,
                      w.getWorkVersion()));
            }
          }
          case ITEM ->
              items.add(
                  new BillableWork.Item(
                      w.getWorkId(),
                      line.getTaskId(),
                      w.getDate(),
                      null,
                      w.getDescription(),
                      w.getAmount(),
                      w.getWorkVersion()));
          case TASK -> fixed.add(w.getWorkId());
        }
      }
    }
    work.lock(invoice.getId(), times, items, fixed);
  }
}
