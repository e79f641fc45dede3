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
import java.util.Optional;

/** Finding customers and their contracts, for the staff who route and bill. */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN})
public class CustomerDirectory {

  /**
   * Ids of the customers whose name, any alias or e-mail domain contains the text, or whose
   * enterprise number contains its digits; SQL, as JPQL cannot compare an element collection's
   * values with LIKE. The columns' collation ignores case and accents.
   */
  private static final String MATCHING_IDS =
      "SELECT c.id FROM customer c WHERE ? = '%%' OR c.name LIKE ?"
          + " OR EXISTS (SELECT 1 FROM customer_alias a WHERE a.customer_id = c.id AND a.alias LIKE ?)"
          + " OR EXISTS (SELECT 1 FROM customer_email_domain d"
          + "   WHERE d.customer_id = c.id AND d.domain LIKE ?)"
          + " OR c.enterprise_number LIKE ?";

  /**
   * EclipseLink's batch reading: a list's customers get their collections in one query each (the
   * contacts are eager, and every list shows the primary one), not one query per customer.
   */
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  private static final String BATCH = "eclipselink.batch";

  @PersistenceContext EntityManager em;

  /**
   * A page of the registry: customers matching the text (all for none), sorted; {@code first} is
   * the index of the first row. The registry is small (hundreds): the matching ids are read whole.
   */
  public List<Customer> page(
      String text, CustomerOrder order, boolean ascending, int first, int pageSize) {
    List<Long> ids = matchingIds(text);
    if (ids.isEmpty()) {
      return List.of();
    }
    CustomerOrder by = order == null ? CustomerOrder.NAME : order;
    String direction = ascending ? " ASC" : " DESC";
    return em.createQuery(
            "SELECT c FROM Customer c WHERE c.id IN :ids ORDER BY "
                + by.path
                + direction
                + ", c.name"
                + direction
                + ", c.id",
            Customer.class)
        .setParameter("ids", ids)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(pageSize)
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "c.contacts")
        .setHint(BATCH, "c.aliases")
        .getResultList();
  }

  public long count(String text) {
    return matchingIds(text).size();
  }

  private List<Long> matchingIds(String text) {
    String needle = text == null ? "" : text.strip();
    String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    String digits = needle.replaceAll("[^0-9]", "");
    String pattern = "%" + escaped + "%";
    List<?> rows =
        em.createNativeQuery(MATCHING_IDS)
            .setParameter(1, pattern)
            .setParameter(2, pattern)
            .setParameter(3, pattern)
            .setParameter(4, pattern)
            // fewer than 4 digits would find too much by accident
            .setParameter(5, digits.length() < 4 ? "-" : "%" + digits + "%")
            .getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** Every customer, by name. */
  public List<Customer> all() {
    return em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "c.contacts")
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
            .setHint(BATCH_TYPE, "IN")
            .setHint(BATCH, "c.contacts")
            .setHint(BATCH, "c.aliases")
            .setHint(BATCH, "c.emailDomains")
            .setHint(BATCH, "c.services")
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
