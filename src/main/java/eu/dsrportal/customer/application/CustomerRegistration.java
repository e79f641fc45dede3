package eu.dsrportal.customer.application;

import eu.dsrportal.customer.domain.Address;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.CustomerRole;
import eu.dsrportal.customer.domain.EnterpriseNumber;
import eu.dsrportal.customer.domain.EnterpriseRegister;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.PrivacyContact;
import eu.dsrportal.shared.domain.EmailAddress;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the registry holds about a customer, as an administrator fills it in or the CRM sends
 * it (a JSON body: public no-arg constructor, getters and setters). Contracts are added apart
 * ({@link CustomerAdministration#addContract}).
 */
public class CustomerRegistration implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String DOMAIN_PATTERN = "@?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";
  public static final String EXTERNAL_ID_PATTERN = "[A-Za-z0-9._:-]+";
  public static final int MAX_ENTRIES = 50;

  @Size(max = Customer.EXTERNAL_ID_LENGTH, message = "{request.tooLong}")
  @Pattern(regexp = EXTERNAL_ID_PATTERN, message = "{customer.externalId.invalid}")
  private String externalId;

  @NotBlank(message = "{customer.name.required}")
  @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String name;

  @Size(max = Customer.LEGAL_FORM_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String legalForm;

  /** KBO or KVK; required with an enterprise number. */
  private EnterpriseRegister enterpriseRegister;

  @Size(max = EnterpriseNumber.TYPED_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String enterpriseNumber;

  @Size(max = Address.STREET_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String street;

  @Size(max = Address.POSTAL_CODE_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String postalCode;

  @Size(max = Address.CITY_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String city;

  @Pattern(regexp = "[A-Za-z]{2}", message = "{customer.country.invalid}")
  private String country;

  @NotBlank(message = "{customer.publicContact.required}")
  @Size(max = Customer.PUBLIC_CONTACT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String publicContact;

  @NotNull(message = "{customer.language.required}")
  private Language language = Language.NL;

  @NotNull(message = "{customer.role.required}")
  private CustomerRole role = CustomerRole.CONTROLLER;

  @NotNull(message = "{customer.calendar.required}")
  private HolidayCalendar holidayCalendar = HolidayCalendar.BE;

  /** The day the relationship ends (or ended); none while active. */
  private LocalDate endedAt;

  @NotEmpty(message = "{customer.contacts.required}")
  @Size(max = MAX_ENTRIES, message = "{customer.tooMany}")
  @Valid
  private List<Contact> contacts = new ArrayList<>();

  @Size(max = MAX_ENTRIES, message = "{customer.tooMany}")
  private List<
          @NotBlank(message = "{customer.alias.blank}")
          @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}") @PlainText String>
      aliases = new ArrayList<>();

  @Size(max = MAX_ENTRIES, message = "{customer.tooMany}")
  private List<
          @NotBlank(message = "{customer.domain.invalid}")
          @Size(max = Customer.DOMAIN_LENGTH, message = "{request.tooLong}")
          @Pattern(regexp = DOMAIN_PATTERN, message = "{customer.domain.invalid}") String>
      emailDomains = new ArrayList<>();

  @Size(max = MAX_ENTRIES, message = "{customer.tooMany}")
  private List<
          @NotBlank(message = "{customer.service.blank}")
          @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}") @PlainText String>
      services = new ArrayList<>();

  /** One privacy contact. */
  public static class Contact implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{customer.contactName.required}")
    @Size(max = Customer.NAME_LENGTH, message = "{request.tooLong}")
    @PlainText
    private String name;

    @NotBlank(message = "{request.email.required}")
    @Size(max = Customer.EMAIL_LENGTH, message = "{request.tooLong}")
    @Pattern(regexp = EmailAddress.PATTERN, message = "{request.email.invalid}")
    @PlainText
    private String email;

    @Size(max = PrivacyContact.PHONE_LENGTH, message = "{request.tooLong}")
    @Pattern(regexp = "[0-9+()./ -]*", message = "{customer.phone.invalid}")
    private String phone;

    @Size(max = PrivacyContact.ROLE_LENGTH, message = "{request.tooLong}")
    @PlainText
    private String role;

    private boolean primary;

    public Contact() {}

    public Contact(String name, String email, String phone, String role, boolean primary) {
      this.name = name;
      this.email = email;
      this.phone = phone;
      this.role = role;
      this.primary = primary;
    }

    static Contact of(PrivacyContact contact) {
      return new Contact(
          contact.getName(),
          contact.getEmail(),
          contact.getPhone(),
          contact.getRole(),
          contact.isPrimary());
    }

    PrivacyContact toDomain() {
      return new PrivacyContact(name, email, phone, role, primary);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public boolean isPrimary() {
      return primary;
    }

    public void setPrimary(boolean primary) {
      this.primary = primary;
    }
  }

  /** What the registry holds for the customer now, to change it. */
  public static CustomerRegistration of(Customer customer) {
    CustomerRegistration r = new CustomerRegistration();
    r.externalId = customer.getExternalId();
    r.name = customer.getName();
    r.legalForm = customer.getLegalForm();
    EnterpriseNumber number = customer.getEnterpriseNumber();
    if (number != null && number.register() != null) {
      r.enterpriseRegister = number.register();
      r.enterpriseNumber = number.formatted();
    }
    Address address = customer.getAddress();
    if (address != null) {
      r.street = address.getStreet();
      r.postalCode = address.getPostalCode();
      r.city = address.getCity();
      r.country = address.getCountry();
    }
    r.publicContact = customer.getPublicContact();
    r.language = customer.getLanguage();
    r.role = customer.getRole();
    r.holidayCalendar = customer.getHolidayCalendar();
    r.endedAt = customer.getEndedAt();
    r.contacts = new ArrayList<>(customer.getContacts().stream().map(Contact::of).toList());
    r.aliases = new ArrayList<>(customer.getAliases());
    r.emailDomains = new ArrayList<>(customer.getEmailDomains());
    r.services = new ArrayList<>(customer.getServices());
    return r;
  }

  @AssertTrue(message = "{customer.contacts.onePrimary}")
  @JsonbTransient
  public boolean isOnePrimaryContact() {
    return contacts == null
        || contacts.isEmpty()
        || contacts.stream().filter(c -> c != null && c.isPrimary()).count() == 1;
  }

  @AssertTrue(message = "{customer.enterpriseNumber.invalid}")
  @JsonbTransient
  public boolean isEnterpriseNumberValid() {
    if (enterpriseNumber == null || enterpriseNumber.isBlank()) {
      return true;
    }
    return EnterpriseNumber.isValid(enterpriseRegister, enterpriseNumber);
  }

  /** The enterprise number as the domain holds it; null when none was given. */
  EnterpriseNumber enterpriseNumberValue() {
    return enterpriseNumber == null || enterpriseNumber.isBlank()
        ? null
        : EnterpriseNumber.of(enterpriseRegister, enterpriseNumber);
  }

  Address addressValue() {
    Address address = new Address(street, postalCode, city, country);
    return address.oneLine().isEmpty() ? null : address;
  }

  List<PrivacyContact> contactsValue() {
    return contacts.stream().map(Contact::toDomain).toList();
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(String legalForm) {
    this.legalForm = legalForm;
  }

  public EnterpriseRegister getEnterpriseRegister() {
    return enterpriseRegister;
  }

  public void setEnterpriseRegister(EnterpriseRegister enterpriseRegister) {
    this.enterpriseRegister = enterpriseRegister;
  }

  public String getEnterpriseNumber() {
    return enterpriseNumber;
  }

  public void setEnterpriseNumber(String enterpriseNumber) {
    this.enterpriseNumber = enterpriseNumber;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null || country.isBlank() ? null : country.strip();
  }

  public String getPublicContact() {
    return publicContact;
  }

  public void setPublicContact(String publicContact) {
    this.publicContact = publicContact;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public CustomerRole getRole() {
    return role;
  }

  public void setRole(CustomerRole role) {
    this.role = role;
  }

  public HolidayCalendar getHolidayCalendar() {
    return holidayCalendar;
  }

  public void setHolidayCalendar(HolidayCalendar holidayCalendar) {
    this.holidayCalendar = holidayCalendar;
  }

  public LocalDate getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(LocalDate endedAt) {
    this.endedAt = endedAt;
  }

  public List<Contact> getContacts() {
    return contacts;
  }

  public void setContacts(List<Contact> contacts) {
    this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
  }

  public List<String> getAliases() {
    return aliases;
  }

  public void setAliases(List<String> aliases) {
    this.aliases = aliases == null ? new ArrayList<>() : new ArrayList<>(aliases);
  }

  public List<String> getEmailDomains() {
    return emailDomains;
  }

  public void setEmailDomains(List<String> emailDomains) {
    this.emailDomains = emailDomains == null ? new ArrayList<>() : new ArrayList<>(emailDomains);
  }

  public List<String> getServices() {
    return services;
  }

  public void setServices(List<String> services) {
    this.services = services == null ? new ArrayList<>() : new ArrayList<>(services);
  }
}
