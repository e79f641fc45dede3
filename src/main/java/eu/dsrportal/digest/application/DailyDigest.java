package eu.dsrportal.digest.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.digest.domain.CustomerDigest;
import eu.dsrportal.digest.domain.CustomerItem;
import eu.dsrportal.digest.domain.DigestSetting;
import eu.dsrportal.digest.domain.DueKind;
import eu.dsrportal.digest.domain.FailedMail;
import eu.dsrportal.digest.domain.RecipientKind;
import eu.dsrportal.digest.domain.StaffDigest;
import eu.dsrportal.digest.domain.StaffItem;
import eu.dsrportal.identity.application.StaffRecipients;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.OutboxMessage;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest (docs/digest.md): to each support user who has not switched it off, and to each
 * active customer's primary privacy contact unless its administrators switched it off. "Today" is
 * {@code now}'s day in the provider's zone (Europe/Brussels). Each digest is sent once a day per
 * recipient ({@link DigestSending}), so the job may run twice, or on two instances; a recipient
 * whose digest fails is logged and the others still get theirs.
 */
@Stateless
@PermitAll
public class DailyDigest {
  private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

  /** Failed mails read for the digest; the outbox page lists them all. */
  private static final int FAILED_READ = 1000;

  /**
   * How far back a request's receipt can be for its art. 12(3) deadline to fall from today on:
   * three months (extended), plus a margin for the days a holiday calendar adds.
   */
  private static final int DEADLINE_LOOKBACK_DAYS = 3 * 31 + 14;

  @PersistenceContext EntityManager em;
  @Inject DigestSending sending;
  @Inject ProviderTime providerTime;
  @Inject PortalSettings settings;
  @Inject StaffRecipients staff;

  /** How many digests a run queued, and how many could not be. */
  public record Result(int sent, int failed) {}

  /** Sends the day's digests that were not sent yet. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result run(Instant now) {
    ZoneId zone = providerTime.zone();
    LocalDate today = now.atZone(zone).toLocalDate();
    Map<DigestSetting.Key, DigestSetting> chosen = settings();
    int[] counts = new int[2];
    Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant();
    List<StaffItem> items = staffItems(dayEnd);
    List<FailedMail> failed = failedMails();
    for (UserAccount user : supportUsers()) {
      Optional<DigestSetting> setting =
          Optional.ofNullable(
              chosen.get(new DigestSetting.Key(RecipientKind.USER, user.getUsername())));
      if (setting.isPresent() && !setting.get().isEnabled()) {
        continue;
      }
      StaffDigest.Recipient recipient =
          new StaffDigest.Recipient(
              user.getUsername(), user.getDisplayName(), user.getEmail(), staff.languageOf(user));
      StaffDigest.compose(
              recipient,
              StaffDigest.select(user.getUsername(), items, failed, dayEnd),
              now,
              zone,
              settings.baseUrl())
          .ifPresent(
              mail -> send(RecipientKind.USER, user.getUsername(), today, mail, now, counts));
    }
    List<Customer> customers = activeCustomers(today);
    Map<Long, List<CustomerItem>> customerItems = customerItems(customers, today, zone);
    for (Customer customer : customers) {
      String key = String.valueOf(customer.getId());
      DigestSetting setting = chosen.get(new DigestSetting.Key(RecipientKind.CUSTOMER, key));
      if (setting != null && !setting.isEnabled()) {
        continue;
      }
      CustomerDigest.Recipient recipient =
          new CustomerDigest.Recipient(
              customer.getId(),
              customer.getPrivacyContactName(),
              customer.getPrivacyContactEmail(),
              customer.getLanguage());
      CustomerDigest.compose(
              recipient,
              CustomerDigest.select(customerItems.getOrDefault(customer.getId(), List.of()), today),
              now,
              zone,
              settings.baseUrl())
          .ifPresent(mail -> send(RecipientKind.CUSTOMER, key, today, mail, now, counts));
    }
    Result result = new Result(counts[0], counts[1]);
    LOG.info(() -> "Daily digest of " + today + ": " + result);
    return result;
  }

  private void send(
      RecipientKind kind, String key, LocalDate day, MailMessage mail, Instant now, int[] counts) {
    try {
      if (sending.sendOnce(kind, key, day, mail, now)) {
        counts[0]++;
      }
    } catch (RuntimeException e) {
      counts[1]++;
      // the key is a staff username or a customer id: no data subject's data
      LOG.log(Level.WARNING, "Daily digest to " + kind + " " + key + " not queued", e);
    }
  }

  private Map<DigestSetting.Key, DigestSetting> settings() {
    Map<DigestSetting.Key, DigestSetting> chosen = new HashMap<>();
    for (DigestSetting s :
        em.createQuery("SELECT s FROM DigestSetting s", DigestSetting.class).getResultList()) {
      chosen.put(new DigestSetting.Key(s.getRecipientKind(), s.getRecipientKey()), s);
    }
    return chosen;
  }

  /** Enabled provider staff with the SUPPORT role (administrators without it work no requests). */
  private List<UserAccount> supportUsers() {
    return em.createQuery(
            "SELECT DISTINCT u FROM UserAccount u JOIN u.roles role"
                + " WHERE u.enabled = TRUE AND u.customerId IS NULL AND role = :support"
                + " ORDER BY u.username",
            UserAccount.class)
        .setParameter("support", Role.SUPPORT)
        .getResultList();
  }

  /**
   * Open requests whose next deadline of our own clock falls before the end of today (read from
   * request_deadline, kept by the clock), with their assignee if any.
   */
  private List<StaffItem> staffItems(Instant dayEnd) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT r.id, r.reference, r.data_subject_right, d.next_due_kind, d.next_due_at,"
                    + " a.assignee FROM request_deadline d JOIN request r ON r.id = d.request_id"
                    + " LEFT JOIN request_assignment a ON a.request_id = r.id"
                    + " WHERE d.next_due_at IS NOT NULL AND d.next_due_at < ?1"
                    + " AND r.status NOT IN ('UNVERIFIED', 'CLOSED')")
            .setParameter(1, LocalDateTime.ofInstant(dayEnd, ZoneOffset.UTC))
            .getResultList();
    List<StaffItem> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      Optional<DueKind> kind = DueKind.of((String) c[3]);
      Optional<DataSubjectRight> right = right((String) c[2]);
      if (kind.isEmpty() || right.isEmpty()) {
        continue;
      }
      items.add(
          new StaffItem(
              ((Number) c[0]).longValue(),
              (String) c[1],
              right.get(),
              kind.get(),
              utc(c[4]),
              (String) c[5]));
    }
    return items;
  }

  private List<FailedMail> failedMails() {
    return em
        .createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.status = :failed ORDER BY m.createdAt DESC",
            OutboxMessage.class)
        .setParameter("failed", OutboxMessage.Status.FAILED)
        .setMaxResults(FAILED_READ)
        .getResultList()
        .stream()
        .map(m -> new FailedMail(m.getId(), m.getPurpose(), m.getCreatedAt()))
        .toList();
  }

  /** Customers not ended today that have a primary privacy contact to write to. */
  private List<Customer> activeCustomers(LocalDate today) {
    return em
        .createQuery(
            "SELECT c FROM Customer c WHERE c.endedAt IS NULL OR c.endedAt > :day ORDER BY c.id",
            Customer.class)
        .setParameter("day", today)
        // their contacts in one query, not one per customer (as CustomerDirectory reads them)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.contacts")
        .getResultList()
        .stream()
        .filter(c -> c.getContacts().stream().anyMatch(p -> p.isPrimary()))
        .toList();
  }

  /**
   * Each customer's open requests (active forwarding, not closed) that may go in its digest: those
   * not acknowledged, and those received recently enough for their deadline to be ahead.
   */
  private Map<Long, List<CustomerItem>> customerItems(
      List<Customer> customers, LocalDate today, ZoneId zone) {
    Map<Long, Customer> byId = new HashMap<>();
    customers.forEach(c -> byId.put(c.getId(), c));
    Map<Long, List<CustomerItem>> items = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT f, r FROM Forwarding f, Request r WHERE r.id = f.requestId"
                    + " AND f.withdrawnAt IS NULL AND f.returnedAt IS NULL"
                    + " AND r.status <> :closed"
                    + " AND (f.acknowledgedAt IS NULL OR r.receivedAt >= :since)",
                Object[].class)
            .setParameter("closed", RequestStatus.CLOSED)
            .setParameter(
                "since", today.minusDays(DEADLINE_LOOKBACK_DAYS).atStartOfDay(zone).toInstant())
            .getResultList();
    for (Object[] row : rows) {
      Forwarding forwarding = (Forwarding) row[0];
      Request request = (Request) row[1];
      Customer customer = byId.get(forwarding.getCustomerId());
      if (customer == null) {
        continue;
      }
      LocalDate due =
          AnswerDeadline.of(request, forwarding, customer.getHolidayCalendar(), zone)
              .map(AnswerDeadline::due)
              .orElse(null);
      items
          .computeIfAbsent(customer.getId(), id -> new ArrayList<>())
          .add(
              new CustomerItem(
                  request.getId(),
                  request.getReference().value(),
                  request.getRight(),
                  forwarding.getForwardedAt(),
                  forwarding.isAcknowledged(),
                  due));
    }
    return items;
  }

  private static Optional<DataSubjectRight> right(String stored) {
    try {
      return Optional.of(DataSubjectRight.valueOf(stored));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Instant utc(Object value) {
    LocalDateTime local =
        value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    return local.toInstant(ZoneOffset.UTC);
  }
}
