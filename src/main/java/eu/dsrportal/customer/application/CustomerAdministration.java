package eu.dsrportal.customer.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;

/** Administrators adding customers and keeping their contact details right; all audited. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class CustomerAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;

  public long create(@Valid CustomerDetails details) {
    Customer customer =
        new Customer(
            details.getName().strip(),
            details.getPrivacyContactName().strip(),
            details.getPrivacyContactEmail().strip(),
            details.getPublicContact().strip(),
            details.getLanguage(),
            clock.instant());
    em.persist(customer);
    em.flush();
    audit.granted(AuditAction.CUSTOMER_CREATED, "Customer", customer.getId());
    return customer.getId();
  }

  public void update(long customerId, @Valid CustomerDetails details) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new NotFoundException("customer");
    }
    customer.changeDetails(
        details.getName().strip(),
        details.getPrivacyContactName().strip(),
        details.getPrivacyContactEmail().strip(),
        details.getPublicContact().strip(),
        details.getLanguage());
    audit.granted(AuditAction.CUSTOMER_CHANGED, "Customer", customerId);
  }
}
