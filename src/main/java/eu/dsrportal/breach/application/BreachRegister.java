package eu.dsrportal.breach.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachDetails.Problem;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators keeping the breach register (Annex B): recording a breach, changing it as the
 * investigation goes on (each change a new revision), and reading the register; all changes
 * audited. Rules on the facts are checked here and in {@link BreachDetails}; a broken one is a
 * {@link DomainRuleViolation} naming its bundle key.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class BreachRegister {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProviderTime time;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Validator validator;

  /** The register, by discovery, newest first or oldest first. */
  public List<BreachRow> list(boolean newestFirst) {
    String order = newestFirst ? "DESC" : "ASC";
    List<Breach> breaches =
        em.createQuery(
                "SELECT b FROM Breach b ORDER BY b.discoveredAt " + order + ", b.id " + order,
                Breach.class)
            // the customers of all in one query, not one per breach (an eager collection)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "b.customerIds")
            .getResultList();
    Map<Long, Long> notices = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT n.breachId, COUNT(n) FROM BreachNotice n GROUP BY n.breachId",
                Object[].class)
            .getResultList()) {
      notices.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, String> names =
        customerNames(breaches.stream().flatMap(b -> b.getCustomerIds().stream()).toList());
    return breaches.stream()
        .map(
            b ->
                new BreachRow(
                    b.getId(),
                    b.getTitle(),
                    b.getDiscoveredAt(),
                    b.getStatus(),
                    b.getCustomerIds().stream()
                        .map(names::get)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .collect(Collectors.joining(", ")),
                    notices.getOrDefault(b.getId(), 0L)))
        .toList();
  }

  public Breach find(long id) {
    Breach breach = em.find(Breach.class, id);
    if (breach == null) {
      throw new NotFoundException("breach");
    }
    return breach;
  }

  /** Records a breach; returns its id. */
  public long record(BreachForm form) {
    BreachDetails details = checked(form);
    Breach breach = new Breach(details, form.customerSet(), accounts.callerName(), clock.instant());
    em.persist(breach);
    em.flush();
    audit.granted(AuditAction.BREACH_RECORDED, "Breach", breach.getId());
    return breach.getId();
  }

  /**
   * Changes a breach as seen at {@code seenRevision}; refused when it changed meanwhile. Notices
   * already sent keep their text.
   */
  public void revise(long id, int seenRevision, BreachForm form) {
    BreachDetails details = checked(form);
    Breach breach = find(id);
    breach.revise(
        seenRevision, details, form.customerSet(), accounts.callerName(), clock.instant());
    em.flush();
    audit.granted(AuditAction.BREACH_CHANGED, "Breach", id);
  }

  /** The names of customers by id (every customer, ended ones too: a breach may concern them). */
  public Map<Long, String> customerNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
        .setParameter("ids", Set.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(Customer::getId, Customer::getName));
  }

  /** Every customer, by name: those a breach may affect. */
  public List<Customer> customers() {
    return em.createQuery("SELECT c FROM Customer c ORDER BY c.name, c.id", Customer.class)
        .getResultList();
  }

  /**
   * The form's facts, checked: its constraints (validated here, not by constraints on the
   * parameters, on which Payara's OpenAPI scan fails) and the rules of {@link BreachDetails}.
   */
  private BreachDetails checked(BreachForm form) {
    if (form == null) {
      throw new DomainRuleViolation("breach.error.incomplete");
    }
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    BreachDetails details = form.details(time.zone());
    List<Problem> problems = details.problems(form.customerSet(), clock.instant(), time.zone());
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems.get(0).messageKey());
    }
    if (!customerNames(form.customerSet()).keySet().containsAll(form.customerSet())) {
      throw new NotFoundException("customer");
    }
    return details;
  }
}
