package eu.dsrportal.customer.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A company whose data the provider processes, as controller or as processor. Its primary privacy
 * contact receives forwarded requests; its public contact is what a data subject may be told
 * (contract art. 6.5). Its aliases, e-mail domains and services are how a request's wording finds
 * it. An ended customer keeps its history but is neither suggested nor forwarded to.
 */
@Entity
@Table(name = "customer")
public class Customer {
  public static final int NAME_LENGTH = 200;
  public static final int EMAIL_LENGTH = 254;
  public static final int PUBLIC_CONTACT_LENGTH = 500;
  public static final int EXTERNAL_ID_LENGTH = 100;
  public static final int LEGAL_FORM_LENGTH = 30;
  public static final int DOMAIN_LENGTH = 253;
  public static final int VAT_NUMBER_LENGTH = 20;
  public static final int PEPPOL_ID_LENGTH = 60;
  public static final int BUYER_REFERENCE_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "external_id", length = EXTERNAL_ID_LENGTH, unique = true)
  private String externalId;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "legal_form", length = LEGAL_FORM_LENGTH)
  private String legalForm;

  @Embedded private EnterpriseNumber enterpriseNumber;

  @Embedded private Address address;

  @Column(name = "public_contact", nullable = false, length = PUBLIC_CONTACT_LENGTH)
  private String publicContact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CustomerRole role = CustomerRole.CONTROLLER;

  @Enumerated(EnumType.STRING)
  @Column(name = "holiday_calendar", nullable = false, length = 2)
  private HolidayCalendar holidayCalendar = HolidayCalendar.BE;

  /** The buyer's VAT number as invoiced, e.g. BE0123456749 or NL123456789B01. */
  @Column(name = "vat_number", length = VAT_NUMBER_LENGTH)
  private String vatNumber;

  /** Where invoices are mailed; the primary privacy contact when not set. */
  @Column(name = "billing_email", length = EMAIL_LENGTH)
  private String billingEmail;

  /** Peppol participant id "scheme:id", e.g. 0208:0123456749. */
  @Column(name = "peppol_id", length = PEPPOL_ID_LENGTH)
  private String peppolId;

  /** What the customer's accounting wants quoted on every invoice (BT-10), e.g. a PO number. */
  @Column(name = "buyer_reference", length = BUYER_REFERENCE_LENGTH)
  private String buyerReference;

  @Column(name = "ended_at")
  private LocalDate endedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<PrivacyContact> contacts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_alias", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "alias", length = NAME_LENGTH)
  private List<String> aliases = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_email_domain", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "domain", length = DOMAIN_LENGTH)
  private List<String> emailDomains = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_service", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "service", length = NAME_LENGTH)
  private List<String> services = new ArrayList<>();

  protected Customer() {}

  public Customer(String name, String publicContact, Language language, Instant createdAt) {
    rename(name, publicContact, language);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A customer with one privacy contact, its primary one. */
  public Customer(
      String name,
      String privacyContactName,
      String privacyContactEmail,
      String publicContact,
      Language language,
      Instant createdAt) {
    this(name, publicContact, language, createdAt);
    replaceContacts(
        List.of(new PrivacyContact(privacyContactName, privacyContactEmail, null, null, true)));
  }

  /** New name, public contact or language; mails already queued keep what they were queued with. */
  public void rename(String name, String publicContact, Language language) {
    this.name = Objects.requireNonNull(name).strip();
    this.publicContact = Objects.requireNonNull(publicContact).strip();
    this.language = Objects.requireNonNull(language);
  }

  /** Legal form, enterprise number (optional), address, role and holiday calendar. */
  public void describe(
      String legalForm,
      EnterpriseNumber enterpriseNumber,
      Address address,
      CustomerRole role,
      HolidayCalendar holidayCalendar) {
    this.legalForm = legalForm == null || legalForm.isBlank() ? null : legalForm.strip();
    this.enterpriseNumber = enterpriseNumber;
    this.address = address;
    this.role = Objects.requireNonNull(role);
    this.holidayCalendar = Objects.requireNonNull(holidayCalendar);
  }

  /**
   * What invoices need beyond the registry: VAT number, billing e-mail, Peppol id and buyer
   * reference (each optional; checked by the caller).
   */
  public void describeBilling(
      String vatNumber, String billingEmail, String peppolId, String buyerReference) {
    this.vatNumber = blankToNull(vatNumber);
    this.billingEmail = blankToNull(billingEmail);
    this.peppolId = blankToNull(peppolId);
    this.buyerReference = blankToNull(buyerReference);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The CRM's id for this customer; once given, it stays (the CRM updates by it). */
  public void identifyExternally(String externalId) {
    String id = externalId == null || externalId.isBlank() ? null : externalId.strip();
    if (this.externalId != null && !this.externalId.equals(id)) {
      throw new DomainRuleViolation("customer.externalId.fixed");
    }
    this.externalId = id;
  }

  /** The privacy contacts, at least one, exactly one of them primary. */
  public void replaceContacts(List<PrivacyContact> newContacts) {
    if (newContacts.isEmpty()) {
      throw new DomainRuleViolation("customer.contacts.required");
    }
    if (newContacts.stream().filter(PrivacyContact::isPrimary).count() != 1) {
      throw new DomainRuleViolation("customer.contacts.onePrimary");
    }
    contacts.clear();
    contacts.addAll(newContacts);
  }

  public void replaceAliases(List<String> newAliases) {
    replace(aliases, newAliases, false);
  }

  /** E-mail domains such as shopacme.example (lower case; a leading "@" is dropped). */
  public void replaceEmailDomains(List<String> newDomains) {
    replace(
        emailDomains,
        newDomains.stream().map(d -> d.strip().replaceFirst("^@", "")).toList(),
        true);
  }

  public void replaceServices(List<String> newServices) {
    replace(services, newServices, false);
  }

  /** Stripped, blanks dropped, and duplicates (ignoring case) once, as the database compares. */
  private static void replace(List<String> target, List<String> values, boolean lowerCase) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        continue;
      }
      String v = lowerCase ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
      unique.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
    }
    target.clear();
    target.addAll(unique.values());
  }

  /** The relationship ends on that day: from then on no suggestion, no forward. */
  public void end(LocalDate day) {
    this.endedAt = Objects.requireNonNull(day);
  }

  public void reactivate() {
    this.endedAt = null;
  }

  public boolean isEndedOn(LocalDate day) {
    return endedAt != null && !day.isBefore(endedAt);
  }

  /** Refuses a forward to a customer whose relationship has ended by that day. */
  public void checkForwardable(LocalDate day) {
    if (isEndedOn(day)) {
      throw new DomainRuleViolation("customer.error.ended");
    }
  }

  public Long getId() {
    return id;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getName() {
    return name;
  }

  public String getLegalForm() {
    return legalForm;
  }

  /** The enterprise number, or null when not known. */
  public EnterpriseNumber getEnterpriseNumber() {
    return enterpriseNumber;
  }

  /** The address, or null when not known. */
  public Address getAddress() {
    return address;
  }

  public CustomerRole getRole() {
    return role;
  }

  public HolidayCalendar getHolidayCalendar() {
    return holidayCalendar;
  }

  public LocalDate getEndedAt() {
    return endedAt;
  }

  public List<PrivacyContact> getContacts() {
    return List.copyOf(contacts);
  }

  public PrivacyContact getPrimaryContact() {
    return contacts.stream()
        .filter(PrivacyContact::isPrimary)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("customer without a primary contact"));
  }

  /** The primary privacy contact's name. */
  public String getPrivacyContactName() {
    return getPrimaryContact().getName();
  }

  /** The primary privacy contact's e-mail: where forwarded requests go. */
  public String getPrivacyContactEmail() {
    return getPrimaryContact().getEmail();
  }

  public List<String> getAliases() {
    return List.copyOf(aliases);
  }

  public List<String> getEmailDomains() {
    return List.copyOf(emailDomains);
  }

  public List<String> getServices() {
    return List.copyOf(services);
  }

  public String getPublicContact() {
    return publicContact;
  }

  public Language getLanguage() {
    return language;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public String getBillingEmail() {
    return billingEmail;
  }

  /** Where invoices go: the billing e-mail, else the primary privacy contact's. */
  public String invoiceEmail() {
    return billingEmail != null ? billingEmail : getPrivacyContactEmail();
  }

  public String getPeppolId() {
    return peppolId;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
