package eu.dsrportal.assistance.application;

import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.StaffRecipients;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The tasks' mails, queued in the caller's transaction. The support team (every enabled SUPPORT
 * user, each in their own mail language) hears of a new instruction; the task's assignee, or the
 * team while nobody has it, of what the customer does on it; the customer (the user who gave the
 * instruction, else its primary privacy contact, in the customer's language) of what staff do.
 * Mails name the task and link to it; instructions and comments stay behind the login. A reason for
 * a refusal or cancellation is the provider's own text, quoted defanged all the same.
 */
@ApplicationScoped
public class TaskMails {

  /** What happened, for the mail's subject and first line (task.mail.event.*). */
  public enum Event {
    INSTRUCTED,
    INSTRUCTION_CHANGED,
    PROPOSAL_APPROVED,
    PROPOSAL_DECLINED,
    ESTIMATE_APPROVED,
    ESTIMATE_DECLINED,
    CUSTOMER_COMMENT,
    ACCEPTED,
    REFUSED,
    DONE,
    CANCELLED,
    PROPOSED,
    ESTIMATE_GIVEN,
    STAFF_COMMENT
  }

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject PortalSettings settings;
  @Inject StaffRecipients staff;

  /** A new instruction: the whole support team. */
  void toSupportTeam(AssistanceTask task, Customer customer, Event event) {
    for (StaffRecipients.Recipient member : staff.supportTeam()) {
      toStaffMember(member, task, customer, event);
    }
  }

  /** The task's assignee, or the whole support team while nobody has it. */
  void toStaff(AssistanceTask task, Customer customer, Event event) {
    Optional<StaffRecipients.Recipient> assignee =
        Optional.ofNullable(task.getAssignee())
            .flatMap(this::account)
            .filter(u -> u.isEnabled() && u.getCustomerId() == null)
            .map(staff::of);
    if (assignee.isPresent()) {
      toStaffMember(assignee.get(), task, customer, event);
    } else {
      toSupportTeam(task, customer, event);
    }
  }

  /** The customer's user who gave the instruction, else the customer's primary privacy contact. */
  void toCustomer(AssistanceTask task, Customer customer, Event event) {
    Language lang = customer.getLanguage();
    Optional<UserAccount> user =
        Optional.ofNullable(task.getInstructedBy())
            .flatMap(this::account)
            .filter(u -> u.isEnabled() && Long.valueOf(customer.getId()).equals(u.getCustomerId()));
    String address = user.map(UserAccount::getEmail).orElse(customer.getPrivacyContactEmail());
    String name = user.map(UserAccount::getDisplayName).orElse(customer.getPrivacyContactName());
    String sentence = Texts.get(lang, "task.mail.event." + event.name());
    String reason =
        task.getClosingReason() == null || !(event == Event.REFUSED || event == Event.CANCELLED)
            ? ""
            : Texts.get(lang, "task.mail.reason", QuotedText.defang(task.getClosingReason()));
    outbox.enqueue(
        new MailMessage(
            address,
            Texts.get(lang, "task.mail.customer.subject", reference(task), sentence),
            Texts.get(
                lang,
                "task.mail.customer.body",
                name,
                sentence,
                reference(task),
                Texts.get(lang, "assistance.kind." + task.getKind().name()),
                reason,
                link("/customer/task.xhtml", task)),
            "TASK_" + event.name() + "_CUSTOMER"));
  }

  private void toStaffMember(
      StaffRecipients.Recipient to, AssistanceTask task, Customer customer, Event event) {
    Language lang = to.language();
    String sentence = Texts.get(lang, "task.mail.event." + event.name());
    outbox.enqueue(
        new MailMessage(
            to.email(),
            Texts.get(
                lang, "task.mail.staff.subject", reference(task), customer.getName(), sentence),
            Texts.get(
                lang,
                "task.mail.staff.body",
                sentence,
                reference(task),
                customer.getName(),
                Texts.get(lang, "assistance.kind." + task.getKind().name()),
                link("/staff/task.xhtml", task)),
            "TASK_" + event.name() + "_STAFF"));
  }

  private Optional<UserAccount> account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private static String reference(AssistanceTask task) {
    return BillableWork.reference(task.getId());
  }

  private String link(String page, AssistanceTask task) {
    return settings.baseUrl() + page + "?id=" + task.getId();
  }
}
