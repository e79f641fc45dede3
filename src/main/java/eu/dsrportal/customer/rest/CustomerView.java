package eu.dsrportal.customer.rest;

import eu.dsrportal.customer.application.CustomerRegistration;
import eu.dsrportal.customer.domain.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer as the registry holds it: the fields of a PUT body, with the portal's id (the id to
 * forward requests to) and when it was created.
 */
@Schema(name = "Customer")
public record CustomerView(
    long id,
    String externalId,
    String name,
    String legalForm,
    String enterpriseRegister,
    String enterpriseNumber,
    String street,
    String postalCode,
    String city,
    String country,
    String publicContact,
    String language,
    String role,
    String holidayCalendar,
    LocalDate endedAt,
    List<CustomerRegistration.Contact> contacts,
    List<String> aliases,
    List<String> emailDomains,
    List<String> services,
    Instant createdAt) {

  static CustomerView of(Customer customer) {
    CustomerRegistration r = CustomerRegistration.of(customer);
    return new CustomerView(
        customer.getId(),
        r.getExternalId(),
        r.getName(),
        r.getLegalForm(),
        r.getEnterpriseRegister() == null ? null : r.getEnterpriseRegister().name(),
        r.getEnterpriseNumber(),
        r.getStreet(),
        r.getPostalCode(),
        r.getCity(),
        r.getCountry(),
        r.getPublicContact(),
        r.getLanguage() == null ? null : r.getLanguage().name(),
        r.getRole() == null ? null : r.getRole().name(),
        r.getHolidayCalendar() == null ? null : r.getHolidayCalendar().name(),
        r.getEndedAt(),
        r.getContacts(),
        r.getAliases(),
        r.getEmailDomains(),
        r.getServices(),
        customer.getCreatedAt());
  }
}
