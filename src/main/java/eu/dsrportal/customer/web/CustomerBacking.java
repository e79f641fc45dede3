package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.CustomerAdministration;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.application.CustomerRegistration;
import eu.dsrportal.customer.application.CustomerRegistration.Contact;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.CustomerRole;
import eu.dsrportal.customer.domain.EnterpriseRegister;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrator registering a customer or changing it: the registry's fields, the privacy
 * contacts (one primary), aliases, e-mail domains and services (one per line), and a new contract
 * from a date. Everything is checked before anything is stored.
 */
@Named
@ViewScoped
public class CustomerBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CONTACT_PATH = Pattern.compile("contacts\\[(\\d+)]\\.(\\w+)");

  @Inject transient CustomerAdministration administration;
  @Inject transient CustomerDirectory directory;

  private Long id;
  private CustomerRegistration registration;
  private String aliases = "";
  private String emailDomains = "";
  private String services = "";
  private List<Contract> contracts = List.of();
  private LocalDate contractFrom;
  private BigDecimal hourlyRate;
  private BigDecimal vatRate;

  public void load() {
    if (id == null) {
      registration = new CustomerRegistration();
      registration.getContacts().add(new Contact(null, null, null, null, true));
      vatRate = new BigDecimal("21");
      return;
    }
    PageSupport.loadOrNotFound(
        id,
        () -> {
          registration = CustomerRegistration.of(directory.find(id));
          aliases = String.join("\n", registration.getAliases());
          emailDomains = String.join("\n", registration.getEmailDomains());
          services = String.join("\n", registration.getServices());
          contracts = directory.contracts(id);
        });
  }

  public void addContact() {
    registration.getContacts().add(new Contact(null, null, null, null, false));
  }

  public void removeContact(int index) {
    List<Contact> contacts = registration.getContacts();
    if (contacts.size() <= 1 || index < 0 || index >= contacts.size()) {
      return;
    }
    boolean wasPrimary = contacts.remove(index).isPrimary();
    if (wasPrimary) {
      contacts.get(0).setPrimary(true);
    }
  }

  public void makePrimary(int index) {
    List<Contact> contacts = registration.getContacts();
    for (int i = 0; i < contacts.size(); i++) {
      contacts.get(i).setPrimary(i == index);
    }
  }

  public String save() {
    registration.setAliases(lines(aliases));
    registration.setEmailDomains(lines(emailDomains));
    registration.setServices(lines(services));
    boolean valid = FormViolations.valid(registration, CustomerBacking::clientIdOf);
    if (!contractValid() || !valid) {
      return null;
    }
    String name = registration.getName().strip();
    boolean created = id == null;
    try {
      if (id == null) {
        id = administration.register(registration);
      } else {
        administration.update(id, registration);
      }
      if (contractFrom != null) {
        administration.addContract(id, contractFrom, hourlyRate, vatRate);
      }
    } catch (DomainRuleViolation e) {
      Messages.errorOn(fieldOf(e.messageKey()), e.messageKey());
      return null;
    }
    Messages.info(created ? "customers.created" : "customers.saved", name);
    Messages.keepForRedirect();
    return "/admin/customer?faces-redirect=true&id=" + id;
  }

  /** A new contract needs its date and both rates; a date already taken is refused up front. */
  private boolean contractValid() {
    boolean any = contractFrom != null || hourlyRate != null;
    if (!any) {
      return true;
    }
    boolean valid = true;
    if (contractFrom == null) {
      Messages.errorOn("customer:contractFrom", "contract.validFrom.required");
      valid = false;
    } else if (contracts.stream().anyMatch(c -> c.getValidFrom().equals(contractFrom))) {
      Messages.errorOn("customer:contractFrom", "contract.error.sameDay");
      valid = false;
    }
    if (hourlyRate == null) {
      Messages.errorOn("customer:hourlyRate", "contract.hourlyRate.required");
      valid = false;
    } else if (hourlyRate.signum() < 0 || hourlyRate.compareTo(new BigDecimal("100000")) > 0) {
      Messages.errorOn("customer:hourlyRate", "contract.rate.invalid");
      valid = false;
    }
    if (vatRate == null || vatRate.signum() < 0 || vatRate.compareTo(new BigDecimal("100")) > 0) {
      Messages.errorOn("customer:vatRate", "contract.vatRate.invalid");
      valid = false;
    }
    return valid;
  }

  private static String fieldOf(String messageKey) {
    if (messageKey.startsWith("customer.enterpriseNumber")) {
      return "customer:enterpriseNumber";
    }
    if (messageKey.startsWith("customer.name")) {
      return "customer:name";
    }
    if (messageKey.startsWith("customer.externalId")) {
      return "customer:externalId";
    }
    if (messageKey.startsWith("contract.")) {
      return "customer:contractFrom";
    }
    return null;
  }

  static String clientIdOf(String path) {
    Matcher contact = CONTACT_PATH.matcher(path);
    if (contact.matches()) {
      return "customer:contacts:" + contact.group(1) + ":" + contact.group(2);
    }
    if (path.startsWith("contacts") || path.equals("onePrimaryContact")) {
      return "customer:addContact";
    }
    if (path.equals("enterpriseNumberValid")) {
      return "customer:enterpriseNumber";
    }
    for (String list : List.of("aliases", "emailDomains", "services")) {
      if (path.startsWith(list)) {
        return "customer:" + list;
      }
    }
    return "customer:" + path;
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public boolean isEditing() {
    return id != null;
  }

  public EnterpriseRegister[] getRegisters() {
    return EnterpriseRegister.values();
  }

  public CustomerRole[] getRoles() {
    return CustomerRole.values();
  }

  public HolidayCalendar[] getCalendars() {
    return HolidayCalendar.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CustomerRegistration getRegistration() {
    return registration;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public String getEmailDomains() {
    return emailDomains;
  }

  public void setEmailDomains(String emailDomains) {
    this.emailDomains = emailDomains;
  }

  public String getServices() {
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }

  public List<Contract> getContracts() {
    return contracts;
  }

  public LocalDate getContractFrom() {
    return contractFrom;
  }

  public void setContractFrom(LocalDate contractFrom) {
    this.contractFrom = contractFrom;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(BigDecimal hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public void setVatRate(BigDecimal vatRate) {
    this.vatRate = vatRate;
  }
}
