package eu.dsrportal.customer.application;

import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding customers and their contracts, for the staff who route and bill. */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN})
public class CustomerDirectory {

  /** Name, any alias or e-mail domain containing the text, or the enterprise number's digits. */
  private static final String MATCHES =
      " WHERE (:pattern = '%%' OR LOWER(c.name) LIKE :pattern"
          + " OR EXISTS (SELECT a1.id FROM Customer a1 JOIN a1.aliases a"
          + "   WHERE a1.id = c.id AND LOWER(a) LIKE :pattern)"
          + " OR EXISTS (SELECT d1.id FROM Customer d1 JOIN d1.emailDomains d"
          + "   WHERE d1.id = c.id AND LOWER(d) LIKE :pattern)"
          + " OR c.enterpriseNumber.digits LIKE :digits)";

  @PersistenceContext EntityManager em;

  /**
   * A page of the registry: customers matching the text (all for none), sorted; {@code first} is
   * the index of the first row.
   */
  public List<Customer> page(
      String text, CustomerOrder order, boolean ascending, int first, int pageSize) {
    CustomerOrder by = order == null ? CustomerOrder.NAME : order;
    String direction = ascending ? " ASC" : " DESC";
    TypedQuery<Customer> query =
        em.createQuery(
            "SELECT c FROM Customer c"
                + MATCHES
                + " ORDER BY "
                + by.path
                + direction
                + ", c.name"
                + direction
                + ", c.id",
            Customer.class);
    return matching(query, text)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long count(String text) {
    return matching(em.createQuery("SELECT COUNT(c) FROM Customer c" + MATCHES, Long.class), text)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> matching(TypedQuery<T> query, String text) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    String digits = needle.replaceAll("[^0-9]", "");
    return query
        .setParameter("pattern", "%" + escaped + "%")
        // fewer than 4 digits would find too much by accident
        .setParameter("digits", digits.length() < 4 ? "-" : "%" + digits + "%");
  }

  /** Every customer, by name. */
  public List<Customer> all() {
    return em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
        .getResultList();
  }

  /**
   * The customers not ended on that day, by name, with their aliases, e-mail domains and services
   * loaded (a few queries in all, not a few per customer): what suggestions are made from.
   */
  public List<Customer> active(LocalDate day) {
    List<Customer> customers =
        em.createQuery(
                "SELECT c FROM Customer c WHERE c.endedAt IS NULL OR c.endedAt > :day"
                    + " ORDER BY c.name",
                Customer.class)
            .setParameter("day", day)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.aliases")
            .setHint("eclipselink.batch", "c.emailDomains")
            .setHint("eclipselink.batch", "c.services")
            .getResultList();
    customers.forEach(
        c -> {
          c.getAliases();
          c.getEmailDomains();
          c.getServices();
        });
    return customers;
  }

  public Customer find(long id) {
    return Optional.ofNullable(em.find(Customer.class, id))
        .orElseThrow(() -> new NotFoundException("customer"));
  }

  public Optional<Customer> byExternalId(String externalId) {
    return em.createQuery("SELECT c FROM Customer c WHERE c.externalId = :id", Customer.class)
        .setParameter("id", externalId)
        .getResultStream()
        .findFirst();
  }

  /** The customer's contracts, latest first. */
  public List<Contract> contracts(long customerId) {
    return em.createQuery(
            "SELECT c FROM Contract c WHERE c.customer.id = :id ORDER BY c.validFrom DESC",
            Contract.class)
        .setParameter("id", customerId)
        .getResultList();
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
