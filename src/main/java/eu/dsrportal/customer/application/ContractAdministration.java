package eu.dsrportal.customer.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.PeppolId;
import eu.dsrportal.customer.domain.VatNumber;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contract versions of each customer and what an invoice needs of it (docs/contracts.md), kept
 * by administrators and billing staff; every change audited. A version is never changed: a new
 * price is a new version from a date on, and a version not yet in force may be taken back.
 */
@Stateless
@RolesAllowed({RoleNames.ADMIN, RoleNames.BILLING})
public class ContractAdministration {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Resource SessionContext context;

  /**
   * A customer with the version in force today (none yet: null) and the next one, if any. (A class
   * with getters, not a record: pages read it through EL.)
   */
  public static final class Overview {
    private final long customerId;
    private final String customerName;
    private final boolean active;
    private final Contract inForce;
    private final Contract next;

    public Overview(
        long customerId, String customerName, boolean active, Contract inForce, Contract next) {
      this.customerId = customerId;
      this.customerName = customerName;
      this.active = active;
      this.inForce = inForce;
      this.next = next;
    }

    public long getCustomerId() {
      return customerId;
    }

    public String getCustomerName() {
      return customerName;
    }

    public boolean isActive() {
      return active;
    }

    public Contract getInForce() {
      return inForce;
    }

    public Contract getNext() {
      return next;
    }
  }

  /** Every customer, by name, with its version in force today. */
  public List<Overview> overview() {
    LocalDate today = time.today();
    List<Customer> customers =
        em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class).getResultList();
    Map<Long, List<Contract>> contracts =
        em
            .createQuery("SELECT c FROM Contract c ORDER BY c.validFrom", Contract.class)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(c -> c.getCustomer().getId()));
    List<Overview> rows = new ArrayList<>();
    for (Customer customer : customers) {
      List<Contract> versions = contracts.getOrDefault(customer.getId(), List.of());
      rows.add(
          new Overview(
              customer.getId(),
              customer.getName(),
              !customer.isEndedOn(today),
              inForce(versions, today).orElse(null),
              versions.stream()
                  .filter(c -> c.getValidFrom().isAfter(today))
                  .findFirst()
                  .orElse(null)));
    }
    return rows;
  }

  /** The customer, for its name and billing details; {@link NotFoundException} if none. */
  public Customer customer(long customerId) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new NotFoundException("customer");
    }
    return customer;
  }

  /** The customer's versions, latest start first. */
  public List<Contract> versions(long customerId) {
    customer(customerId);
    return em.createQuery(
            "SELECT c FROM Contract c WHERE c.customer.id = :id ORDER BY c.validFrom DESC",
            Contract.class)
        .setParameter("id", customerId)
        .getResultList();
  }

  /** The version in force on a day: the latest that started on or before it. */
  public static Optional<Contract> inForce(List<Contract> versions, LocalDate day) {
    return versions.stream()
        .filter(c -> !c.getValidFrom().isAfter(day))
        .max(Comparator.comparing(Contract::getValidFrom));
  }

  /**
   * Adds a version from {@code form.validFrom} on. Refused (rule violations): a field out of
   * bounds; a day on which a version starts already; a day before today when the customer has a
   * version already (work done since was priced by that one); reverse charge without a VAT number
   * of another EU member state than Belgium.
   */
  public long addVersion(long customerId, ContractVersionForm form) {
    List<ContractVersionForm.Violation> violations = form.check();
    if (!violations.isEmpty()) {
      throw new DomainRuleViolation(violations.get(0).messageKey());
    }
    Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new NotFoundException("customer");
    }
    List<Contract> versions = versions(customerId);
    if (versions.stream().anyMatch(c -> c.getValidFrom().equals(form.getValidFrom()))) {
      throw new DomainRuleViolation("contract.error.sameDay");
    }
    if (!versions.isEmpty() && form.getValidFrom().isBefore(time.today())) {
      throw new DomainRuleViolation("contracts.error.past");
    }
    if (form.getVatRegime() == VatRegime.REVERSE_CHARGE && !reverseChargeAllowed(customer)) {
      throw new DomainRuleViolation("contracts.error.reverseCharge");
    }
    Contract contract =
        new Contract(
            customer,
            form.getValidFrom(),
            form.getHourlyRate(),
            form.getVatRate(),
            form.terms(),
            context.getCallerPrincipal().getName(),
            time.now());
    em.persist(contract);
    em.flush();
    audit.granted(AuditAction.CONTRACT_VERSION_ADDED, "Contract", contract.getId());
    return contract.getId();
  }

  /** Whether the customer's VAT number allows reverse charge: one of another member state. */
  public static boolean reverseChargeAllowed(Customer customer) {
    return VatNumber.parse(customer.getVatNumber())
        .map(VatNumber::allowsReverseCharge)
        .orElse(false);
  }

  /**
   * Takes back a version that is not in force yet (it starts after today); one in force, or in
   * force once, stays for the work it priced ({@code contracts.error.inForce}).
   */
  public void deleteVersion(long customerId, long contractId) {
    Contract contract = em.find(Contract.class, contractId);
    if (contract == null || !contract.getCustomer().getId().equals(customerId)) {
      throw new NotFoundException("contract");
    }
    if (!contract.getValidFrom().isAfter(time.today())) {
      throw new DomainRuleViolation("contracts.error.inForce");
    }
    em.remove(contract);
    em.flush();
    audit.granted(AuditAction.CONTRACT_VERSION_DELETED, "Contract", contractId);
  }

  /**
   * The customer's billing details; each optional. The VAT number is kept normalised
   * (BE0123456749), the Peppol id without spaces. Refused: a VAT number or Peppol id not
   * well-formed, an e-mail address not one, a buyer reference longer than 100 characters or not
   * plain text; and a VAT number that no longer allows the reverse charge a version from today on
   * uses.
   */
  public void saveBilling(
      long customerId,
      String vatNumber,
      String billingEmail,
      String peppolId,
      String buyerReference) {
    Customer customer = customer(customerId);
    String vat = null;
    if (present(vatNumber)) {
      vat =
          VatNumber.parse(vatNumber)
              .map(VatNumber::value)
              .orElseThrow(() -> new DomainRuleViolation("customer.vatNumber.invalid"));
    }
    if (present(billingEmail)
        && (billingEmail.strip().length() > 254 || !EmailAddress.isValid(billingEmail.strip()))) {
      throw new DomainRuleViolation("customer.billingEmail.invalid");
    }
    String peppol = null;
    if (present(peppolId)) {
      peppol =
          PeppolId.parse(peppolId)
              .orElseThrow(() -> new DomainRuleViolation("customer.peppolId.invalid"));
    }
    if (present(buyerReference)
        && (buyerReference.strip().length() > 100
            || !PlainText.Check.isPlain(buyerReference.strip(), false))) {
      throw new DomainRuleViolation("customer.buyerReference.invalid");
    }
    LocalDate today = time.today();
    List<Contract> versions = versions(customerId);
    Optional<Contract> current = inForce(versions, today);
    boolean reverseChargeNowOrLater =
        versions.stream()
            .filter(c -> c.getValidFrom().isAfter(today) || current.equals(Optional.of(c)))
            .anyMatch(c -> c.getVatRegime() == VatRegime.REVERSE_CHARGE);
    if (reverseChargeNowOrLater
        && !VatNumber.parse(vat).map(VatNumber::allowsReverseCharge).orElse(false)) {
      throw new DomainRuleViolation("customer.vatNumber.reverseCharge");
    }
    customer.describeBilling(
        vat,
        present(billingEmail) ? billingEmail.strip() : null,
        peppol,
        present(buyerReference) ? buyerReference.strip() : null);
    em.flush();
    audit.granted(AuditAction.CUSTOMER_BILLING_CHANGED, "Customer", customerId);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
