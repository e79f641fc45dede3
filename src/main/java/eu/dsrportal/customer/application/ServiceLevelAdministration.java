package eu.dsrportal.customer.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.CustomerServiceLevel;
import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import eu.dsrportal.customer.domain.ServiceLevelsChanged;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service levels the provider keeps towards each customer (our own clock,
 * docs/service-clock.md): the configured defaults, and what administrators set per customer. A
 * change is audited, and the customer's open requests are counted again in the same transaction.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class ServiceLevelAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Event<ServiceLevelsChanged> changed;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "clock.forward-sla")
  int forwardSla;

  @Inject
  @ConfigProperty(name = "clock.forward-sla-unit")
  String forwardSlaUnit;

  @Inject
  @ConfigProperty(name = "clock.acknowledge-days")
  int acknowledgeDays;

  @Inject
  @ConfigProperty(name = "clock.escalate-after-days")
  int escalateAfterDays;

  @Inject
  @ConfigProperty(name = "clock.remind-every-days")
  int remindEveryDays;

  /** The configured defaults (a bad configuration fails here, loudly, not silently). */
  @PermitAll
  public ServiceLevels defaults() {
    return new ServiceLevels(
        forwardSla,
        ForwardSlaUnit.valueOf(forwardSlaUnit.strip()),
        acknowledgeDays,
        escalateAfterDays,
        remindEveryDays);
  }

  /** The levels that apply to the customer: its own where set, the defaults for the rest. */
  @PermitAll
  public ServiceLevels of(long customerId) {
    ServiceLevels defaults = defaults();
    return own(customerId).map(own -> own.over(defaults)).orElse(defaults);
  }

  /** The customer's own values (each null: the default), if any were ever set. */
  public Optional<CustomerServiceLevel> own(long customerId) {
    return Optional.ofNullable(em.find(CustomerServiceLevel.class, customerId));
  }

  /**
   * Sets the customer's own values (null: the default); out-of-range values are a {@code
   * DomainRuleViolation} ({@code clock.error.*}) and nothing is stored.
   */
  public void set(
      long customerId,
      Integer forwardSla,
      ForwardSlaUnit unit,
      Integer acknowledgeDays,
      Integer escalateAfterDays,
      Integer remindEveryDays) {
    if (em.find(Customer.class, customerId) == null) {
      throw new NotFoundException("customer");
    }
    CustomerServiceLevel level = own(customerId).orElse(null);
    boolean created = level == null;
    if (created) {
      level = new CustomerServiceLevel(customerId);
    }
    level.set(
        forwardSla,
        unit,
        acknowledgeDays,
        escalateAfterDays,
        remindEveryDays,
        defaults(),
        context.getCallerPrincipal().getName(),
        clock.instant());
    if (created) {
      em.persist(level);
    }
    em.flush();
    changed.fire(new ServiceLevelsChanged(customerId));
    audit.granted(AuditAction.SERVICE_LEVELS_CHANGED, "Customer", customerId);
  }
}
