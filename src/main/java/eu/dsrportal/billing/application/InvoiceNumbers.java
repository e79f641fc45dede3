package eu.dsrportal.billing.application;

import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The gap-free yearly sequence of invoice and credit note numbers ("2026-00001"). The year's row is
 * locked by the finalising transaction's update, so concurrent finalisations take turns, and a
 * finalisation that rolls back gives its number back.
 */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class InvoiceNumbers {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next(int year) {
    // Locks only what it must, so that finalisations at the same moment never deadlock: the year's
    // row is looked for without a lock and, the first time a year needs a number, created in a
    // transaction of its own that commits at once; the number is then taken by one UPDATE, which
    // locks the row exclusively at once. (An INSERT IGNORE in this transaction, as before, took a
    // shared lock on the existing row, and two finalisations that then both wanted to update it
    // deadlocked.)
    boolean exists =
        !em.createNativeQuery("SELECT 1 FROM invoice_number WHERE year = ?")
            .setParameter(1, year)
            .getResultList()
            .isEmpty();
    if (!exists) {
      context.getBusinessObject(InvoiceNumbers.class).createYear(year);
    }
    em.createNativeQuery("UPDATE invoice_number SET last_number = last_number + 1 WHERE year = ?")
        .setParameter(1, year)
        .executeUpdate();
    int number =
        ((Number)
                em.createNativeQuery(
                        "SELECT last_number FROM invoice_number WHERE year = ? FOR UPDATE")
                    .setParameter(1, year)
                    .getSingleResult())
            .intValue();
    return format(year, number);
  }

  /** The year's row, numbered from zero, committed at once (nothing if it exists). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createYear(int year) {
    em.createNativeQuery("INSERT IGNORE INTO invoice_number (year, last_number) VALUES (?, 0)")
        .setParameter(1, year)
        .executeUpdate();
  }

  public static String format(int year, int number) {
    return String.format("%d-%05d", year, number);
  }
}
