package eu.dsrportal.retention.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.retention.domain.RetentionPolicy;
import eu.dsrportal.retention.domain.RetentionRun;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The retention page's use cases: the settings, the customers' own periods, the runs. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class RetentionAdministration {
  @PersistenceContext EntityManager em;
  @Inject RetentionSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Resource SessionContext context;

  public RetentionPolicy policy() {
    return settings.policy();
  }

  /** The last 100 runs, newest first. */
  public List<RetentionRun> runs() {
    return RetentionQueries.runs(em, "ORDER BY run_day DESC LIMIT 100");
  }

  /** Every customer with its own period (null: the default), by name. */
  public List<CustomerPeriod> periods() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name, o.months FROM customer c"
                    + " LEFT JOIN retention_override o ON o.customer_id = c.id ORDER BY c.name")
            .getResultList();
    List<CustomerPeriod> periods = new ArrayList<>();
    for (Object[] r : rows) {
      periods.add(
          new CustomerPeriod(
              Sql.number(r[0]), (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue()));
    }
    return periods;
  }

  /** Sets a customer's own period in months, or back to the default with {@code null}. */
  public void setPeriod(long customerId, Integer months) {
    if (months != null
        && (months < RetentionPolicy.MIN_MONTHS || months > RetentionPolicy.MAX_MONTHS)) {
      throw new DomainRuleViolation("retention.error.months");
    }
    if (periods().stream().noneMatch(p -> p.customerId() == customerId)) {
      throw new NotFoundException("customer");
    }
    if (months == null) {
      em.createNativeQuery("DELETE FROM retention_override WHERE customer_id = ?")
          .setParameter(1, customerId)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "INSERT INTO retention_override (customer_id, months, changed_by, changed_at)"
                  + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE months = VALUES(months),"
                  + " changed_by = VALUES(changed_by), changed_at = VALUES(changed_at)")
          .setParameter(1, customerId)
          .setParameter(2, months)
          .setParameter(3, context.getCallerPrincipal().getName())
          .setParameter(4, Sql.utc(clock.instant()))
          .executeUpdate();
    }
    audit.granted(AuditAction.RETENTION_PERIOD_CHANGED, "Customer", customerId);
  }

  /** A customer and its own retention period in months (null: the default). */
  public record CustomerPeriod(long customerId, String name, Integer months)
      implements Serializable {}
}
