package eu.dsrportal.billing.application;

import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The gap-free yearly sequence of invoice and credit note numbers ("2026-00001"). The year's row is
 * read FOR UPDATE in the finalising transaction, so concurrent finalisations take turns, and a
 * finalisation that rolls back gives its number back.
 */
@Stateless
@RolesAllowed({RoleNames.BILLING, RoleNames.ADMIN})
public class InvoiceNumbers {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next(int year) {
    em.createNativeQuery("INSERT IGNORE INTO invoice_number (year, last_number) VALUES (?, 0)")
        .setParameter(1, year)
        .executeUpdate();
    int last =
        ((Number)
                em.createNativeQuery(
                        "SELECT last_number FROM invoice_number WHERE year = ? FOR UPDATE")
                    .setParameter(1, year)
                    .getSingleResult())
            .intValue();
    int next = last + 1;
    em.createNativeQuery("UPDATE invoice_number SET last_number = ? WHERE year = ?")
        .setParameter(1, next)
        .setParameter(2, year)
        .executeUpdate();
    return format(year, next);
  }

  public static String format(int year, int number) {
    return String.format("%d-%05d", year, number);
  }
}
