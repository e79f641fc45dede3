package eu.dsrportal.routing.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.PrivacyContact;
import eu.dsrportal.identity.application.StaffRecipients;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.routing.domain.Assignment;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.routing.domain.ReminderKind;
import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the reminder job ({@link ServiceClockReminders}) sends about one request, in a transaction
 * of its own: a notice to staff when it was not forwarded in time; a reminder to the customer's
 * primary privacy contact when the acknowledgement is late (and again every interval); an
 * escalation to staff and the customer's secondary contact. Each is claimed first by a row in
 * {@code request_reminder} under a unique key, and only the transaction that inserted the row sends
 * it: running twice, or on two instances at once, never sends twice. Mails name the reference and
 * the link, never the subject's personal data.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderSending {

  @PersistenceContext EntityManager em;
  @Inject DeadlineKeeper keeper;
  @Inject Outbox outbox;
  @Inject AuditLog audit;
  @Inject ProviderTime time;
  @Inject PortalSettings settings;

  @Inject StaffRecipients staffRecipients;

  @Inject
  @ConfigProperty(name = "clock.staff-notice-window-days")
  int staffNoticeWindowDays;

  /** Sends what is due about the request at {@code now} and not sent yet; returns how many. */
  public int remind(long requestId, Instant now) {
    Request request = em.find(Request.class, requestId);
    if (request == null || request.isClosed()) {
      return 0;
    }
    Optional<Forwarding> active =
        em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
            .setParameter("requestId", requestId)
            .getResultStream()
            .findFirst();
    if (active.isEmpty()) {
      return forwardingOverdue(request, now);
    }
    Forwarding forwarding = active.get();
    if (forwarding.isAcknowledged()) {
      return 0;
    }
    Customer customer = em.find(Customer.class, forwarding.getCustomerId());
    ServiceClock clock = keeper.clockFor(customer.getId());
    int sent = 0;
    int sequence = clock.reminderDueBy(forwarding.getForwardedAt(), now);
    if (sequence > 0) {
      sent += remindCustomer(request, forwarding, customer, clock, sequence, now);
    }
    Instant escalation = clock.escalationDue(forwarding.getForwardedAt());
    if (!now.isBefore(escalation)) {
      sent += escalate(request, forwarding, customer, clock, escalation, now);
    }
    return sent;
  }

  private int forwardingOverdue(Request request, Instant now) {
    ServiceClock clock = keeper.clockFor(deadlineCustomer(request.getId()));
    Instant due = clock.forwardingDue(DeadlineKeeper.startOf(request));
    if (!now.isAfter(due)) {
      return 0; // a deadline runs to its end: breached only after it
    }
    if (now.isAfter(due.plus(Duration.ofDays(staffNoticeWindowDays)))) {
      // breached long before the job first saw it (a backlog from before the clock, a restore):
      // the overdue filter and the digest show it; a mail per old request to everyone would not
      // help
      return 0;
    }
    List<UserAccount> staff = staffFor(request.getId());
    if (!claim(request.getId(), 0, ReminderKind.FORWARD_OVERDUE, 1, due, now, usernames(staff))) {
      return 0;
    }
    String reference = request.getReference().value();
    for (UserAccount user : staff) {
      Language lang = staffRecipients.languageOf(user);
      outbox.enqueue(
          new MailMessage(
              user.getEmail(),
              Texts.get(lang, "clock.mail.forwardOverdue.subject", reference),
              Texts.get(
                  lang,
                  "clock.mail.forwardOverdue.body",
                  user.getDisplayName(),
                  reference,
                  format(DeadlineKeeper.startOf(request), lang),
                  format(due, lang),
                  staffLink(request)),
              "FORWARDING_OVERDUE_STAFF"));
    }
    audit.grantedAs("system", AuditAction.FORWARDING_OVERDUE_NOTIFIED, "Request", request.getId());
    return 1;
  }

  private int remindCustomer(
      Request request,
      Forwarding forwarding,
      Customer customer,
      ServiceClock clock,
      int sequence,
      Instant now) {
    Instant due = clock.reminderDue(forwarding.getForwardedAt(), sequence);
    String to = customer.getPrivacyContactEmail();
    if (!claim(
        request.getId(), forwarding.getId(), ReminderKind.REMINDER, sequence, due, now, to)) {
      return 0;
    }
    Language lang = customer.getLanguage();
    String reference = request.getReference().value();
    outbox.enqueue(
        new MailMessage(
            to,
            Texts.get(lang, "clock.mail.reminder.subject", reference),
            Texts.get(
                lang,
                "clock.mail.reminder.body",
                customer.getPrivacyContactName(),
                reference,
                format(forwarding.getForwardedAt(), lang),
                format(clock.acknowledgementDue(forwarding.getForwardedAt()), lang),
                customerLink(request)),
            "ACKNOWLEDGEMENT_REMINDER"));
    audit.grantedAs("system", AuditAction.ACKNOWLEDGEMENT_REMINDED, "Request", request.getId());
    return 1;
  }

  private int escalate(
      Request request,
      Forwarding forwarding,
      Customer customer,
      ServiceClock clock,
      Instant due,
      Instant now) {
    List<UserAccount> staff = staffFor(request.getId());
    Optional<PrivacyContact> secondary =
        customer.getContacts().stream().filter(c -> !c.isPrimary()).findFirst();
    List<String> recipients =
        new ArrayList<>(staff.stream().map(UserAccount::getUsername).toList());
    secondary.ifPresent(c -> recipients.add(c.getEmail()));
    if (!claim(
        request.getId(),
        forwarding.getId(),
        ReminderKind.ESCALATION,
        1,
        due,
        now,
        String.join(", ", recipients))) {
      return 0;
    }
    String reference = request.getReference().value();
    Instant ackDue = clock.acknowledgementDue(forwarding.getForwardedAt());
    for (UserAccount user : staff) {
      Language staffLang = staffRecipients.languageOf(user);
      outbox.enqueue(
          new MailMessage(
              user.getEmail(),
              Texts.get(staffLang, "clock.mail.escalation.staff.subject", reference),
              Texts.get(
                  staffLang,
                  "clock.mail.escalation.staff.body",
                  user.getDisplayName(),
                  reference,
                  customer.getName(),
                  format(forwarding.getForwardedAt(), staffLang),
                  format(ackDue, staffLang),
                  staffLink(request)),
              "ACKNOWLEDGEMENT_ESCALATION_STAFF"));
    }
    secondary.ifPresent(
        contact -> {
          Language lang = customer.getLanguage();
          outbox.enqueue(
              new MailMessage(
                  contact.getEmail(),
                  Texts.get(lang, "clock.mail.escalation.contact.subject", reference),
                  Texts.get(
                      lang,
                      "clock.mail.escalation.contact.body",
                      contact.getName(),
                      customer.getName(),
                      reference,
                      format(forwarding.getForwardedAt(), lang),
                      format(ackDue, lang),
                      customer.getPrivacyContactName(),
                      customerLink(request)),
                  "ACKNOWLEDGEMENT_ESCALATION_CUSTOMER"));
        });
    audit.grantedAs("system", AuditAction.ACKNOWLEDGEMENT_ESCALATED, "Request", request.getId());
    return 1;
  }

  /**
   * Inserts the row that says this notice was sent; false when it already was (the unique key: a
   * run before, or another instance now, which this insert waits for).
   */
  private boolean claim(
      long requestId,
      long forwardingId,
      ReminderKind kind,
      int sequence,
      Instant due,
      Instant now,
      String recipients) {
    String to = recipients.length() > 1000 ? recipients.substring(0, 1000) : recipients;
    return em.createNativeQuery(
                "INSERT IGNORE INTO request_reminder"
                    + " (request_id, forwarding_id, kind, sequence, due_at, sent_at, recipients)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .setParameter(1, requestId)
            .setParameter(2, forwardingId)
            .setParameter(3, kind.name())
            .setParameter(4, sequence)
            .setParameter(5, utc(due))
            .setParameter(6, utc(now))
            .setParameter(7, to)
            .executeUpdate()
        == 1;
  }

  /**
   * Who among staff is told: the colleague the request is assigned to, if it is (and their account
   * works); otherwise every support user.
   */
  private List<UserAccount> staffFor(long requestId) {
    Assignment assignment = em.find(Assignment.class, requestId);
    List<UserAccount> team =
        em
            .createQuery(
                "SELECT DISTINCT u FROM UserAccount u JOIN u.roles role WHERE u.enabled = TRUE"
                    + " AND u.customerId IS NULL AND role = :support ORDER BY u.username",
                UserAccount.class)
            .setParameter("support", Role.SUPPORT)
            .getResultList()
            .stream()
            .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
            .toList();
    if (assignment != null) {
      List<UserAccount> assignee =
          em.createQuery(
                  "SELECT u FROM UserAccount u WHERE u.username = :username AND u.enabled = TRUE",
                  UserAccount.class)
              .setParameter("username", assignment.getAssignee())
              .getResultStream()
              .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
              .toList();
      if (!assignee.isEmpty()) {
        return assignee;
      }
    }
    return team;
  }

  /** The customer whose levels the request's stored deadline follows (null: the defaults). */
  private Long deadlineCustomer(long requestId) {
    // a list, not a stream's first: the one value may be null
    List<Long> customer =
        em.createQuery(
                "SELECT d.customerId FROM RequestDeadline d WHERE d.requestId = :id", Long.class)
            .setParameter("id", requestId)
            .getResultList();
    return customer.isEmpty() ? null : customer.get(0);
  }

  private static String usernames(List<UserAccount> staff) {
    return String.join(", ", staff.stream().map(UserAccount::getUsername).toList());
  }

  private String format(Instant instant, Language lang) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(lang.locale())
        .withZone(time.zone())
        .format(instant);
  }

  private String customerLink(Request request) {
    return settings.baseUrl() + "/customer/request.xhtml?id=" + request.getId();
  }

  private String staffLink(Request request) {
    return settings.baseUrl() + "/staff/request.xhtml?id=" + request.getId();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
