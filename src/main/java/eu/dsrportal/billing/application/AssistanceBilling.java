package eu.dsrportal.billing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.billing.domain.Statement;
import eu.dsrportal.billing.domain.StatementLine;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;

/** Monthly statements of assistance per customer, for billing staff. */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class AssistanceBilling {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject CustomerDirectory customers;

  /**
   * The time logged in the month on the customer's tasks, one line per task, priced at the contract
   * in force on the month's last day.
   */
  public Statement statement(long customerId, YearMonth month) {
    Customer customer = customers.find(customerId);
    Contract contract =
        customers
            .contractInForce(customerId, month.atEndOfMonth())
            .orElseThrow(() -> new DomainRuleViolation("billing.error.noContract"));
    List<Object[]> rows =
        em.createQuery(
                "SELECT t.id, r.reference, t.title, SUM(e.minutes) FROM TimeEntry e JOIN e.task t,"
                    + " Request r WHERE r.id = t.requestId AND t.customerId = :customerId"
                    + " AND e.workDate BETWEEN :from AND :to"
                    + " GROUP BY t.id, r.reference, t.title ORDER BY t.id",
                Object[].class)
            .setParameter("customerId", customerId)
            .setParameter("from", month.atDay(1))
            .setParameter("to", month.atEndOfMonth())
            .getResultList();
    List<StatementLine> lines =
        rows.stream()
            .map(
                row ->
                    new StatementLine(
                        ((Number) row[0]).longValue(),
                        String.valueOf(row[1]),
                        (String) row[2],
                        ((Number) row[3]).intValue(),
                        contract.getHourlyRate()))
            .toList();
    audit.granted(AuditAction.STATEMENT_VIEWED, "Customer", customerId);
    return new Statement(
        customer.getName(), month, contract.getHourlyRate(), contract.getVatRate(), lines);
  }
}
