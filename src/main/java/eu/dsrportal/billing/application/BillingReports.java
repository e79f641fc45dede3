package eu.dsrportal.billing.application;

import eu.dsrportal.assistance.application.BillableWork;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hours per customer and kind of assistance for a period (by work date): billed on final invoices,
 * included in the allowance, and not billed yet; and the amounts billed and credited (credit notes
 * by their issue date); for billing staff's reports page.
 */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class BillingReports {

  @PersistenceContext EntityManager em;
  @Inject CustomerDirectory customers;
  @Inject BillableWork work;
  @Inject AuditLog audit;

  /** One row: minutes billed, included free and not billed yet, and the amount billed. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String customer;
    private final AssistanceKind kind;
    private int billedMinutes;
    private int freeMinutes;
    private int unbilledMinutes;
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);
    private BigDecimal credited = BigDecimal.ZERO.setScale(2);

    Row(String customer, AssistanceKind kind) {
      this.customer = customer;
      this.kind = kind;
    }

    public String getCustomer() {
      return customer;
    }

    public AssistanceKind getKind() {
      return kind;
    }

    public BigDecimal getBilledHours() {
      return hours(billedMinutes);
    }

    public BigDecimal getFreeHours() {
      return hours(freeMinutes);
    }

    public BigDecimal getUnbilledHours() {
      return hours(unbilledMinutes);
    }

    public BigDecimal getAmount() {
      return amount;
    }

    /** Credit notes issued in the period on lines of this kind (their hours stay billed). */
    public BigDecimal getCredited() {
      return credited;
    }

    public int getTotalMinutes() {
      return billedMinutes + freeMinutes + unbilledMinutes;
    }

    public int getBilledMinutes() {
      return billedMinutes;
    }

    public int getFreeMinutes() {
      return freeMinutes;
    }

    public int getUnbilledMinutes() {
      return unbilledMinutes;
    }

    private static BigDecimal hours(int minutes) {
      return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
  }

  public List<Row> hours(LocalDate from, LocalDate to) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    List<Customer> all = customers.all();
    all.forEach(c -> names.put(c.getId(), c.getName()));
    List<Object[]> billed =
        em.createQuery(
                "SELECT i.customerId, l.kind, w.billedMinutes, w.freeMinutes, w.amount, w.type"
                    + " FROM InvoiceWork w JOIN w.line l JOIN l.invoice i"
                    + " WHERE i.status = :final AND i.type = :invoice"
                    + " AND w.date BETWEEN :from AND :to",
                Object[].class)
            .setParameter("final", Invoice.Status.FINAL)
            .setParameter("invoice", InvoiceDocument.Type.INVOICE)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (Object[] b : billed) {
      Row row = row(rows, names.get((Long) b[0]), (AssistanceKind) b[1]);
      int billedMinutes = (Integer) b[2];
      int free = (Integer) b[3];
      if (free > 0) {
        row.freeMinutes += free;
      } else {
        row.billedMinutes += billedMinutes;
      }
      row.amount = row.amount.add((BigDecimal) b[4]);
    }
    List<Object[]> credits =
        em.createQuery(
                "SELECT i.customerId, l.kind, l.netAmount FROM InvoiceLine l JOIN l.invoice i"
                    + " WHERE i.status = :final AND i.type = :creditNote"
                    + " AND i.issueDate BETWEEN :from AND :to",
                Object[].class)
            .setParameter("final", Invoice.Status.FINAL)
            .setParameter("creditNote", InvoiceDocument.Type.CREDIT_NOTE)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (Object[] c : credits) {
      Row row = row(rows, names.get((Long) c[0]), (AssistanceKind) c[1]);
      row.credited = row.credited.add((BigDecimal) c[2]);
    }
    for (BillableWork.UnbilledTime open : work.unbilledTime(from, to)) {
      row(rows, names.get(open.customerId()), open.kind()).unbilledMinutes += (int) open.minutes();
    }
    audit.granted(AuditAction.BILLING_REPORT_VIEWED, "Report", from + ".." + to);
    List<Row> result = new ArrayList<>(rows.values());
    result.sort(
        Comparator.comparing(Row::getCustomer, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.getKind() == null ? "" : r.getKind().name()));
    return result;
  }

  private static Row row(Map<String, Row> rows, String customer, AssistanceKind kind) {
    return rows.computeIfAbsent(customer + "|" + kind, k -> new Row(customer, kind));
  }
}
