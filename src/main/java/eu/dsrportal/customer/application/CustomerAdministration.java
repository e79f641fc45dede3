package eu.dsrportal.customer.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.EnterpriseNumber;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Administrators (and the provider's CRM) keeping the customer registry: registering customers,
 * changing them, adding contracts; all audited. Names, enterprise numbers and external ids are
 * unique: a clash is a rule violation, never a database error.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class CustomerAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Resource SessionContext context;

  public static final BigDecimal MAX_HOURLY_RATE = new BigDecimal("100000");
  public static final BigDecimal MAX_VAT_RATE = new BigDecimal("100");

  /** The outcome of a save by external id: the customer, and whether it was new. */
  public record Saved(long customerId, boolean created) {}

  public long register(@NotNull @Valid CustomerRegistration registration) {
    Customer customer =
        new Customer(
            registration.getName(),
            registration.getPublicContact(),
            registration.getLanguage(),
            clock.instant());
    apply(customer, registration);
    em.persist(customer);
    em.flush();
    audit.granted(AuditAction.CUSTOMER_CREATED, "Customer", customer.getId());
    return customer.getId();
  }

  public void update(long customerId, @NotNull @Valid CustomerRegistration registration) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new NotFoundException("customer");
    }
    customer.rename(
        registration.getName(), registration.getPublicContact(), registration.getLanguage());
    apply(customer, registration);
    em.flush();
    audit.granted(AuditAction.CUSTOMER_CHANGED, "Customer", customerId);
  }

  /**
   * Creates or updates the customer the CRM knows by {@code externalId} (the registration's own
   * external id is ignored: the path's wins).
   */
  public Saved saveByExternalId(
      @NotNull String externalId, @NotNull @Valid CustomerRegistration registration) {
    if (!externalId.matches(CustomerRegistration.EXTERNAL_ID_PATTERN)
        || externalId.length() > Customer.EXTERNAL_ID_LENGTH) {
      throw new DomainRuleViolation("customer.externalId.invalid");
    }
    registration.setExternalId(externalId);
    Optional<Customer> existing = byExternalId(externalId);
    if (existing.isPresent()) {
      update(existing.get().getId(), registration);
      return new Saved(existing.get().getId(), false);
    }
    return new Saved(register(registration), true);
  }

  /**
   * A contract from {@code validFrom} on: hourly rate 0 to 100000 EUR, VAT rate 0 to 100 %; one per
   * start day; the other terms as the schema's defaults (all of them: {@link
   * ContractAdministration#addVersion}). (Checked here, not by constraints on the parameters:
   * Payara's OpenAPI scan fails on {@code @DecimalMax} there.)
   */
  public long addContract(
      long customerId, LocalDate validFrom, BigDecimal hourlyRate, BigDecimal vatRate) {
    if (validFrom == null) {
      throw new DomainRuleViolation("contract.validFrom.required");
    }
    if (hourlyRate == null
        || hourlyRate.signum() < 0
        || hourlyRate.compareTo(MAX_HOURLY_RATE) > 0) {
      throw new DomainRuleViolation("contract.rate.invalid");
    }
    if (vatRate == null || vatRate.signum() < 0 || vatRate.compareTo(MAX_VAT_RATE) > 0) {
      throw new DomainRuleViolation("contract.vatRate.invalid");
    }
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new NotFoundException("customer");
    }
    boolean taken =
        em.createQuery(
                    "SELECT COUNT(c) FROM Contract c WHERE c.customer.id = :id AND c.validFrom = :day",
                    Long.class)
                .setParameter("id", customerId)
                .setParameter("day", validFrom)
                .getSingleResult()
            > 0;
    if (taken) {
      throw new DomainRuleViolation("contract.error.sameDay");
    }
    Contract contract =
        new Contract(
            customer,
            validFrom,
            hourlyRate,
            vatRate,
            Contract.Terms.defaults(),
            context.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(contract);
    em.flush();
    audit.granted(AuditAction.CUSTOMER_CHANGED, "Customer", customerId);
    return contract.getId();
  }

  private void apply(Customer customer, CustomerRegistration r) {
    EnterpriseNumber number = r.enterpriseNumberValue();
    checkUnique(customer, r, number);
    customer.identifyExternally(r.getExternalId());
    customer.describe(
        r.getLegalForm(), number, r.addressValue(), r.getRole(), r.getHolidayCalendar());
    customer.replaceContacts(r.contactsValue());
    customer.replaceAliases(r.getAliases());
    customer.replaceEmailDomains(r.getEmailDomains());
    customer.replaceServices(r.getServices());
    if (r.getEndedAt() == null) {
      customer.reactivate();
    } else {
      customer.end(r.getEndedAt());
    }
  }

  private void checkUnique(Customer customer, CustomerRegistration r, EnterpriseNumber number) {
    Long self = customer.getId() == null ? -1L : customer.getId();
    if (clash("LOWER(c.name) = LOWER(:v)", r.getName().strip(), self)) {
      throw new DomainRuleViolation("customer.name.taken");
    }
    if (r.getExternalId() != null && clash("c.externalId = :v", r.getExternalId(), self)) {
      throw new DomainRuleViolation("customer.externalId.taken");
    }
    if (number != null
        && em.createQuery(
                    "SELECT COUNT(c) FROM Customer c WHERE c.enterpriseNumber.digits = :v"
                        + " AND c.enterpriseNumber.register = :register AND c.id <> :self",
                    Long.class)
                .setParameter("v", number.digits())
                .setParameter("register", number.register())
                .setParameter("self", self)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult()
            > 0) {
      throw new DomainRuleViolation("customer.enterpriseNumber.taken");
    }
  }

  private boolean clash(String condition, String value, long self) {
    return em.createQuery(
                "SELECT COUNT(c) FROM Customer c WHERE " + condition + " AND c.id <> :self",
                Long.class)
            .setParameter("v", value)
            .setParameter("self", self)
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult()
        > 0;
  }

  private Optional<Customer> byExternalId(String externalId) {
    return em.createQuery("SELECT c FROM Customer c WHERE c.externalId = :id", Customer.class)
        .setParameter("id", externalId)
        .getResultStream()
        .findFirst();
  }
}
