package eu.dsrportal.customer.application;

import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding customers and their contracts, for the staff who route and bill. */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN})
public class CustomerDirectory {

  private static final int MAX_RESULTS = 20;

  @PersistenceContext EntityManager em;

  /** Customers whose name contains the text, by name; all (first page) for an empty text. */
  public List<Customer> search(String text) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return em.createNamedQuery(Customer.SEARCH, Customer.class)
        .setParameter("pattern", "%" + escaped + "%")
        .setMaxResults(MAX_RESULTS)
        .getResultList();
  }

  public List<Customer> all() {
    return em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
        .getResultList();
  }

  public Customer find(long id) {
    return Optional.ofNullable(em.find(Customer.class, id))
        .orElseThrow(() -> new NotFoundException("customer"));
  }

  public Optional<Contract> contractInForce(long customerId, LocalDate day) {
    return em.createNamedQuery(Contract.IN_FORCE, Contract.class)
        .setParameter("customerId", customerId)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
