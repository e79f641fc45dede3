package eu.dsrportal.retention.application;

import static eu.dsrportal.retention.application.Sql.utc;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.retention.domain.DeletionCertificate;
import eu.dsrportal.retention.domain.DeletionCertificate.Count;
import eu.dsrportal.retention.infrastructure.CustomerExport;
import eu.dsrportal.retention.infrastructure.DeletionCertificatePdf;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.infrastructure.DataSourceConfiguration;
import eu.dsrportal.shared.infrastructure.FileStore;
import eu.dsrportal.shared.infrastructure.Texts;
import eu.dsrportal.shared.infrastructure.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * End of service (contract art. 14, annex 2C 2.2g): an ended customer's data is exported (a ZIP of
 * JSON and files), then deleted, with a deletion certificate. What the provider must keep by law
 * stays and the certificate says so: the invoices and credit notes (with the customer's name,
 * address and VAT number they carry, and the contract terms behind them), and the audit trail,
 * which names objects by id only. The customer's user accounts are disabled and emptied, never
 * deleted, so their names are never given to anyone else.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class EndOfService {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject FileStore files;
  @Resource SessionContext context;
  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "billing.seller.name")
  String provider;

  /** The customers whose service ended (today or before), with where their end of service is. */
  public List<EndedCustomer> endedCustomers() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name, c.ended_at, e.exported_at, e.exported_by, e.deleted_at,"
                    + " e.deleted_by FROM customer c"
                    + " LEFT JOIN end_of_service e ON e.customer_id = c.id"
                    + " WHERE c.ended_at IS NOT NULL AND c.ended_at <= ? ORDER BY c.ended_at, c.name")
            .setParameter(1, today())
            .getResultList();
    List<EndedCustomer> ended = new ArrayList<>();
    for (Object[] r : rows) {
      ended.add(
          new EndedCustomer(
              Sql.number(r[0]),
              (String) r[1],
              date(r[2]),
              Sql.instant(r[3]),
              (String) r[4],
              Sql.instant(r[5]),
              (String) r[6]));
    }
    return ended;
  }

  /** What deleting would remove and keep now. */
  public Inventory inventory(long customerId) {
    ended(customerId);
    return inventory(CustomerScope.of(em, customerId));
  }

  /**
   * Streams the customer's export into {@code out} and records it; the deletion is possible only
   * afterwards.
   */
  public void export(long customerId, OutputStream out) throws IOException {
    EndedCustomer customer = ended(customerId);
    if (customer.deletedAt() != null) {
      throw new DomainRuleViolation("retention.error.alreadyDeleted");
    }
    CustomerScope scope = CustomerScope.of(em, customerId);
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      List<Long> me = List.of(customerId);
      CustomerExport export =
          new CustomerExport(
              connection,
              out,
              key -> {
                try {
                  return files.open(key);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      export
          .table("customer", "id IN (:ids)", me)
          .table("customer_contact", "customer_id IN (:ids)", me)
          .table("customer_alias", "customer_id IN (:ids)", me)
          .table("customer_email_domain", "customer_id IN (:ids)", me)
          .table("customer_service", "customer_id IN (:ids)", me)
          .table("customer_login_policy", "customer_id IN (:ids)", me)
          .table("customer_service_level", "customer_id IN (:ids)", me)
          .table("retention_override", "customer_id IN (:ids)", me)
          .table("contract", "id IN (:ids)", scope.contracts())
          .table("contract_fixed_price", "contract_id IN (:ids)", scope.contracts())
          .table("user_account", "id IN (:ids)", scope.users())
          .table("user_account_role", "user_account_id IN (:ids)", scope.users())
          .table("request", "id IN (:ids)", scope.requests())
          .table("forwarding", "request_id IN (:ids)", scope.requests())
          .table("clarification", "request_id IN (:ids)", scope.requests())
          .table("request_note", "request_id IN (:ids)", scope.requests())
          .table("request_deadline", "request_id IN (:ids)", scope.requests())
          .table("request_attachment", "request_id IN (:ids)", scope.requests())
          .table("assistance_task", "id IN (:ids)", scope.tasks())
          .table("assistance_instruction", "task_id IN (:ids)", scope.tasks())
          .table("assistance_comment", "task_id IN (:ids)", scope.tasks())
          .table("time_entry", "task_id IN (:ids)", scope.tasks())
          .table("assistance_item", "task_id IN (:ids)", scope.tasks())
          .table("work_history", "task_id IN (:ids)", scope.tasks())
          .table("task_file", "task_id IN (:ids)", scope.tasks())
          .table("inquiry", "id IN (:ids)", scope.inquiries())
          .table("inquiry_event", "inquiry_id IN (:ids)", scope.inquiries())
          .table("inquiry_file", "inquiry_id IN (:ids)", scope.inquiries())
          .table("breach_customer", "customer_id IN (:ids)", me)
          .table("breach_notice", "customer_id IN (:ids)", me)
          .table("invoice", "id IN (:ids)", scope.invoices())
          .table("invoice_line", "invoice_id IN (:ids)", scope.invoices())
          .files("request_attachment", "request_id IN (:ids)", scope.requests())
          .files("task_file", "task_id IN (:ids)", scope.tasks())
          .files("inquiry_file", "inquiry_id IN (:ids)", scope.inquiries());
      export.finish(customer.name(), now.toString());
    } catch (SQLException e) {
      throw new IOException("cannot read the customer's data", e);
    }
    em.createNativeQuery(
            "INSERT INTO end_of_service (customer_id, customer_name, exported_at, exported_by)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE exported_at = VALUES(exported_at),"
                + " exported_by = VALUES(exported_by)")
        .setParameter(1, customerId)
        .setParameter(2, customer.name())
        .setParameter(3, utc(now))
        .setParameter(4, caller())
        .executeUpdate();
    audit.granted(AuditAction.CUSTOMER_DATA_EXPORTED, "Customer", customerId);
  }

  /**
   * Deletes the ended customer's data (after its export, and with its name typed as confirmation)
   * and returns the deletion certificate; the stored files go once the transaction committed.
   */
  public byte[] delete(long customerId, String typedName) {
    EndedCustomer customer = ended(customerId);
    if (customer.deletedAt() != null) {
      throw new DomainRuleViolation("retention.error.alreadyDeleted");
    }
    if (customer.exportedAt() == null) {
      throw new DomainRuleViolation("retention.error.notExported");
    }
    if (typedName == null || !typedName.strip().equals(customer.name())) {
      throw new DomainRuleViolation("retention.error.confirmName");
    }
    CustomerScope scope = CustomerScope.of(em, customerId);
    Inventory inventory = inventory(scope);
    List<String> keys = new ArrayList<>();
    keys.addAll(
        Sql.strings(
            em,
            "SELECT storage_key FROM request_attachment WHERE request_id IN (:ids)",
            scope.requests()));
    keys.addAll(
        Sql.strings(
            em, "SELECT storage_key FROM task_file WHERE task_id IN (:ids)", scope.tasks()));
    keys.addAll(
        Sql.strings(
            em,
            "SELECT storage_key FROM inquiry_file WHERE inquiry_id IN (:ids)",
            scope.inquiries()));
    deleteRows(scope);
    Instant now = clock.instant();
    DeletionCertificate certificate =
        new DeletionCertificate(
            provider,
            customer.name(),
            customerId,
            customer.endedOn(),
            customer.exportedAt(),
            customer.exportedBy(),
            now,
            caller(),
            inventory.removed(),
            inventory.kept());
    Language language = languageOf(customerId);
    byte[] pdf =
        DeletionCertificatePdf.render(
            certificate,
            ResourceBundle.getBundle(Texts.BUNDLE, language.locale()),
            language.locale());
    StringBuilder summary = new StringBuilder();
    inventory
        .removed()
        .forEach(c -> summary.append(c.key()).append('=').append(c.count()).append('\n'));
    em.createNativeQuery(
            "UPDATE end_of_service SET deleted_at = ?, deleted_by = ?, summary = ?, certificate = ?"
                + " WHERE customer_id = ?")
        .setParameter(1, utc(now))
        .setParameter(2, caller())
        .setParameter(3, summary.toString())
        .setParameter(4, pdf)
        .setParameter(5, customerId)
        .executeUpdate();
    audit.granted(AuditAction.CUSTOMER_DATA_DELETED, "Customer", customerId);
    TransactionEnd.whenCommitted(transactions, () -> keys.forEach(files::delete));
    return pdf;
  }

  /** The stored deletion certificate of a customer. */
  public byte[] certificate(long customerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT certificate FROM end_of_service WHERE customer_id = ? AND certificate IS NOT NULL")
            .setParameter(1, customerId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("certificate");
    }
    audit.granted(AuditAction.DELETION_CERTIFICATE_VIEWED, "Customer", customerId);
    return (byte[]) rows.get(0);
  }

  private void deleteRows(CustomerScope scope) {
    long id = scope.customerId();
    Instant now = clock.instant();
    // the mails to its requests' subjects lose body and address; the mails to its contacts and
    // users lose their bodies (which may quote subjects) and keep the address, the evidence that
    // the customer was told
    SubjectTraces.forgetMailsToSubjects(em, scope.requests(), now);
    String itsPeople =
        "(SELECT email FROM customer_contact WHERE customer_id IN (:ids)"
            + " UNION SELECT email FROM user_account WHERE customer_id IN (:ids))";
    Sql.update(
        em,
        "DELETE a FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id"
            + " WHERE m.status <> 'PENDING' AND m.body_cleared_at IS NULL AND m.recipient IN "
            + itsPeople,
        List.of(id));
    Sql.update(
        em,
        "UPDATE outbox_message SET body = '', body_cleared_at = ? WHERE status <> 'PENDING'"
            + " AND body_cleared_at IS NULL AND recipient IN "
            + itsPeople,
        List.of(id),
        utc(now));
    List<Long> tasks = scope.tasks();
    for (String table :
        List.of(
            "assistance_instruction",
            "assistance_comment",
            "time_entry",
            "assistance_item",
            "work_history",
            "task_file")) {
      Sql.update(em, "DELETE FROM " + table + " WHERE task_id IN (:ids)", tasks);
    }
    Sql.update(em, "DELETE FROM assistance_task WHERE id IN (:ids)", tasks);
    List<Long> requests = scope.requests();
    Sql.update(
        em, "UPDATE assistance_task SET request_id = NULL WHERE request_id IN (:ids)", requests);
    for (String table :
        List.of(
            "request_attachment",
            "clarification",
            "forwarding",
            "request_note",
            "request_assignment",
            "request_deadline",
            "request_reminder")) {
      Sql.update(em, "DELETE FROM " + table + " WHERE request_id IN (:ids)", requests);
    }
    Sql.update(em, "DELETE FROM request WHERE id IN (:ids)", requests);
    List<Long> me = List.of(id);
    // the customer's part in other customers' requests (a forward it returned as not its own)
    Sql.update(em, "DELETE FROM forwarding WHERE customer_id IN (:ids)", me);
    for (String table : List.of("inquiry_event", "inquiry_file")) {
      Sql.update(em, "DELETE FROM " + table + " WHERE inquiry_id IN (:ids)", scope.inquiries());
    }
    Sql.update(em, "DELETE FROM inquiry WHERE id IN (:ids)", scope.inquiries());
    for (String table :
        List.of(
            "breach_notice",
            "breach_customer",
            "customer_alias",
            "customer_email_domain",
            "customer_service",
            "customer_login_policy",
            "customer_service_level",
            "retention_override")) {
      Sql.update(em, "DELETE FROM " + table + " WHERE customer_id IN (:ids)", me);
    }
    Sql.update(
        em, "DELETE FROM customer_contact WHERE is_primary = FALSE AND customer_id IN (:ids)", me);
    // the customer record stays, as its invoices name it; the person behind its contact does not
    Sql.update(
        em,
        "UPDATE customer_contact SET name = ?, email = 'removed@invalid.example', phone = NULL,"
            + " role = NULL WHERE customer_id IN (:ids)",
        me,
        RetentionWork.ANONYMISED);
    Sql.update(em, "UPDATE customer SET public_contact = '' WHERE id IN (:ids)", me);
    em.createNativeQuery(
            "DELETE FROM digest_setting WHERE recipient_kind = 'CUSTOMER' AND recipient_key = ?")
        .setParameter(1, String.valueOf(id))
        .executeUpdate();
    Sql.update(em, "DELETE FROM api_token WHERE user_account_id IN (:ids)", scope.users());
    Sql.update(
        em,
        "UPDATE user_account SET enabled = FALSE, disabled_at = COALESCE(disabled_at, ?),"
            + " disabled_reason = 'BY_ADMIN', display_name = ?,"
            + " email = CONCAT('removed-', id, '@invalid.example'), password_hash = '!',"
            + " totp_secret = NULL, totp_enrolled_at = NULL, last_login_address = NULL,"
            + " session_epoch = session_epoch + 1 WHERE id IN (:ids)",
        scope.users(),
        utc(clock.instant()),
        RetentionWork.ANONYMISED);
  }

  private Inventory inventory(CustomerScope scope) {
    List<Long> me = List.of(scope.customerId());
    List<Count> removed = new ArrayList<>();
    removed.add(new Count("retention.kind.requests", scope.requests().size()));
    removed.add(
        new Count(
            "retention.kind.requestFiles",
            Sql.count(
                em,
                "SELECT COUNT(*) FROM request_attachment WHERE request_id IN (:ids)",
                scope.requests())));
    removed.add(new Count("retention.kind.tasks", scope.tasks().size()));
    removed.add(
        new Count(
            "retention.kind.workLines",
            Sql.count(em, "SELECT COUNT(*) FROM time_entry WHERE task_id IN (:ids)", scope.tasks())
                + Sql.count(
                    em,
                    "SELECT COUNT(*) FROM assistance_item WHERE task_id IN (:ids)",
                    scope.tasks())));
    removed.add(
        new Count(
            "retention.kind.taskFiles",
            Sql.count(
                em, "SELECT COUNT(*) FROM task_file WHERE task_id IN (:ids)", scope.tasks())));
    removed.add(new Count("retention.kind.inquiries", scope.inquiries().size()));
    removed.add(
        new Count(
            "retention.kind.inquiryFiles",
            Sql.count(
                em,
                "SELECT COUNT(*) FROM inquiry_file WHERE inquiry_id IN (:ids)",
                scope.inquiries())));
    removed.add(
        new Count(
            "retention.kind.breachNotices",
            Sql.count(em, "SELECT COUNT(*) FROM breach_notice WHERE customer_id IN (:ids)", me)));
    removed.add(
        new Count(
            "retention.kind.contacts",
            Sql.count(
                em, "SELECT COUNT(*) FROM customer_contact WHERE customer_id IN (:ids)", me)));
    removed.add(new Count("retention.kind.users", scope.users().size()));
    List<Count> kept = new ArrayList<>();
    kept.add(new Count("retention.kind.invoices", scope.invoices().size()));
    kept.add(new Count("retention.kind.contracts", scope.contracts().size()));
    kept.add(new Count("retention.kind.customerRecord", 1));
    return new Inventory(removed, kept);
  }

  private EndedCustomer ended(long customerId) {
    EndedCustomer customer =
        endedCustomers().stream()
            .filter(c -> c.customerId() == customerId)
            .findFirst()
            .orElse(null);
    if (customer == null) {
      boolean exists =
          !em.createNativeQuery("SELECT id FROM customer WHERE id = ?")
              .setParameter(1, customerId)
              .getResultList()
              .isEmpty();
      if (!exists) {
        throw new NotFoundException("customer");
      }
      throw new DomainRuleViolation("retention.error.notEnded");
    }
    return customer;
  }

  private Language languageOf(long customerId) {
    String code =
        (String)
            em.createNativeQuery("SELECT language FROM customer WHERE id = ?")
                .setParameter(1, customerId)
                .getSingleResult();
    try {
      return Language.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ProviderTime.DEFAULT_ZONE);
  }

  private static LocalDate date(Object column) {
    return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  /** An ended customer and how far its end of service went. */
  public record EndedCustomer(
      long customerId,
      String name,
      LocalDate endedOn,
      Instant exportedAt,
      String exportedBy,
      Instant deletedAt,
      String deletedBy)
      implements Serializable {}

  /** Counts by kind (bundle keys): what deleting removes, what it keeps. */
  public record Inventory(List<Count> removed, List<Count> kept) implements Serializable {}
}
