package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.ContractAdministration;
import eu.dsrportal.customer.application.ContractVersionForm;
import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.PeppolId;
import eu.dsrportal.customer.domain.VatNumber;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Formats;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One customer's contract versions (the one in force today marked), a form for a new version from a
 * date on, prefilled from the one in force, and the customer's billing details (docs/contracts.md).
 */
@Named
@ViewScoped
public class ContractBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where a service's refusal is shown. */
  private static final Map<String, String> FIELD_OF =
      Map.of(
          "contract.error.sameDay", "version:validFrom",
          "contracts.error.past", "version:validFrom",
          "contracts.error.reverseCharge", "version:vatRegime",
          "customer.vatNumber.invalid", "billing:vatNumber",
          "customer.vatNumber.reverseCharge", "billing:vatNumber",
          "customer.billingEmail.invalid", "billing:billingEmail",
          "customer.peppolId.invalid", "billing:peppolId",
          "customer.buyerReference.invalid", "billing:buyerReference");

  @Inject transient ContractAdministration contracts;
  @Inject transient ProviderTime time;
  @Inject transient Formats fmt;

  private Long customerId;
  private Customer customer;
  private List<Contract> versions = List.of();
  private Contract inForce;
  private ContractVersionForm form;
  private String vatNumber;
  private String billingEmail;
  private String peppolId;
  private String buyerReference;

  public void load() {
    PageSupport.loadOrNotFound(
        customerId,
        () -> {
          reload();
          form = inForce != null ? ContractVersionForm.from(inForce) : new ContractVersionForm();
          vatNumber = customer.getVatNumber();
          billingEmail = customer.getBillingEmail();
          peppolId = customer.getPeppolId();
          buyerReference = customer.getBuyerReference();
        });
  }

  private void reload() {
    customer = contracts.customer(customerId);
    versions = contracts.versions(customerId);
    inForce = ContractAdministration.inForce(versions, time.today()).orElse(null);
  }

  public String addVersion() {
    List<ContractVersionForm.Violation> violations = form.check();
    if (!violations.isEmpty()) {
      violations.forEach(v -> Messages.errorOn(clientIdOf(v.field()), v.messageKey()));
      return null;
    }
    try {
      contracts.addVersion(customerId, form);
    } catch (DomainRuleViolation e) {
      refused(e);
      return null;
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return null;
    }
    // the date as the page writes dates: in the page's language with its region (en-GB, nl-BE …)
    Messages.info("contracts.added", fmt.date(form.getValidFrom()));
    return stay();
  }

  public String delete(long contractId) {
    try {
      contracts.deleteVersion(customerId, contractId);
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return null;
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return null;
    }
    Messages.info("contracts.deleted");
    return stay();
  }

  public String saveBilling() {
    boolean valid = true;
    if (present(vatNumber) && !VatNumber.isValid(vatNumber)) {
      Messages.errorOn("billing:vatNumber", "customer.vatNumber.invalid");
      valid = false;
    }
    if (present(billingEmail) && !EmailAddress.isValid(billingEmail.strip())) {
      Messages.errorOn("billing:billingEmail", "customer.billingEmail.invalid");
      valid = false;
    }
    if (present(peppolId) && !PeppolId.isValid(peppolId)) {
      Messages.errorOn("billing:peppolId", "customer.peppolId.invalid");
      valid = false;
    }
    if (!valid) {
      return null;
    }
    try {
      contracts.saveBilling(customerId, vatNumber, billingEmail, peppolId, buyerReference);
    } catch (DomainRuleViolation e) {
      refused(e);
      return null;
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return null;
    }
    Messages.info("contracts.billing.saved");
    return stay();
  }

  private void refused(DomainRuleViolation e) {
    String field = FIELD_OF.get(e.messageKey());
    if (field == null) {
      Messages.error(e.messageKey());
    } else {
      Messages.errorOn(field, e.messageKey());
    }
  }

  private String stay() {
    Messages.keepForRedirect();
    return "/staff/billing/contract?faces-redirect=true&customer=" + customerId;
  }

  /** The form's field names as client ids; a fixed price is a row of the prices' repeat. */
  private String clientIdOf(String field) {
    if (field.startsWith("fixedPrice.")) {
      String kind = field.substring("fixedPrice.".length());
      List<ContractVersionForm.FixedPrice> rows = form.getFixedPrices();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).getKind().name().equals(kind)) {
          return "version:prices:" + i + ":price";
        }
      }
    }
    return "version:" + field;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  public boolean isInForce(Contract contract) {
    return inForce != null && inForce.getId().equals(contract.getId());
  }

  public boolean isFuture(Contract contract) {
    return contract.getValidFrom().isAfter(time.today());
  }

  /** The free allowance of a version as people say it: "2 h, 5 requests", or "none". */
  public String allowanceOf(Contract contract) {
    return Messages.text(
        "contracts.allowance.value",
        ContractVersionForm.hours(contract.getAllowanceMinutes()),
        contract.getAllowanceRequests());
  }

  /** A version's fixed prices, "audit and information: 450.00, ..."; or that all is by time. */
  public String fixedPricesOf(Contract contract) {
    if (contract.getFixedPrices().isEmpty()) {
      return Messages.text("contracts.fixedPrices.none");
    }
    return new TreeMap<>(contract.getFixedPrices())
        .entrySet().stream()
            .map(
                e ->
                    Messages.text("contracts.kind." + e.getKey().name())
                        + ": "
                        + e.getValue().toPlainString())
            .collect(Collectors.joining(", "));
  }

  /** The Peppol id the enterprise number gives, to suggest while none is set. */
  public String getSuggestedPeppolId() {
    return customer == null
        ? null
        : PeppolId.suggested(customer.getEnterpriseNumber()).orElse(null);
  }

  public boolean isReverseChargeAllowed() {
    return customer != null && ContractAdministration.reverseChargeAllowed(customer);
  }

  public LocalDate getToday() {
    return time.today();
  }

  public VatRegime[] getVatRegimes() {
    return VatRegime.values();
  }

  public BillingPeriod[] getBillingPeriods() {
    return BillingPeriod.values();
  }

  public Contract getInForce() {
    return inForce;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Customer getCustomer() {
    return customer;
  }

  public List<Contract> getVersions() {
    return versions;
  }

  public ContractVersionForm getForm() {
    return form;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }

  public String getBillingEmail() {
    return billingEmail;
  }

  public void setBillingEmail(String billingEmail) {
    this.billingEmail = billingEmail;
  }

  public String getPeppolId() {
    return peppolId;
  }

  public void setPeppolId(String peppolId) {
    this.peppolId = peppolId;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public void setBuyerReference(String buyerReference) {
    this.buyerReference = buyerReference;
  }
}
