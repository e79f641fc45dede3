package eu.dsrportal.inquiry.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.StaffRecipients;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.ReminderRule;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The inquiries' mails, queued in the caller's transaction: a new inquiry and each reminder to
 * every enabled SUPPORT user of the provider (each in their own mail language), an extension and
 * the answer to the customer's primary privacy contact in the customer's language. Mails name the
 * inquiry and link to it; the question and the answer stay behind the login. The extension's reason
 * is the provider's own text, quoted defanged all the same.
 */
@ApplicationScoped
public class InquiryMails {

  @Inject Outbox outbox;
  @Inject PortalSettings settings;
  @Inject StaffRecipients staff;

  void registered(Inquiry inquiry, Customer customer) {
    toSupportTeam(
        inquiry,
        customer,
        "inquiry.mail.registered.subject",
        "inquiry.mail.registered.body",
        "INQUIRY_REGISTERED_SUPPORT");
  }

  void reminded(Inquiry inquiry, Customer customer, ReminderRule.Kind kind) {
    String key = kind == ReminderRule.Kind.OVERDUE ? "overdue" : "dueSoon";
    toSupportTeam(
        inquiry,
        customer,
        "inquiry.mail." + key + ".subject",
        "inquiry.mail." + key + ".body",
        "INQUIRY_REMINDER_" + kind.name());
  }

  void extended(Inquiry inquiry, Customer customer) {
    Language lang = customer.getLanguage();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(lang, "inquiry.mail.extended.subject", inquiry.getNumber()),
            Texts.get(
                lang,
                "inquiry.mail.extended.body",
                customer.getPrivacyContactName(),
                inquiry.getNumber(),
                kind(lang, inquiry),
                date(lang, inquiry.getDueOn()),
                QuotedText.defang(inquiry.getExtensionReason()),
                link("/customer/inquiry.xhtml", inquiry)),
            "INQUIRY_EXTENDED_CUSTOMER"));
  }

  void answered(Inquiry inquiry, Customer customer) {
    Language lang = customer.getLanguage();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(lang, "inquiry.mail.answered.subject", inquiry.getNumber()),
            Texts.get(
                lang,
                "inquiry.mail.answered.body",
                customer.getPrivacyContactName(),
                inquiry.getNumber(),
                kind(lang, inquiry),
                link("/customer/inquiry.xhtml", inquiry)),
            "INQUIRY_ANSWERED_CUSTOMER"));
  }

  private void toSupportTeam(
      Inquiry inquiry, Customer customer, String subjectKey, String bodyKey, String purpose) {
    for (StaffRecipients.Recipient member : staff.supportTeam()) {
      Language lang = member.language();
      outbox.enqueue(
          new MailMessage(
              member.email(),
              Texts.get(lang, subjectKey, inquiry.getNumber(), customer.getName()),
              Texts.get(
                  lang,
                  bodyKey,
                  inquiry.getNumber(),
                  customer.getName(),
                  kind(lang, inquiry),
                  date(lang, inquiry.getDueOn()),
                  link("/staff/inquiry.xhtml", inquiry)),
              purpose));
    }
  }

  private static String kind(Language lang, Inquiry inquiry) {
    return Texts.get(lang, "inquiry.kind." + inquiry.getKind().name());
  }

  private static String date(Language lang, LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(lang.locale())
        .format(date);
  }

  private String link(String page, Inquiry inquiry) {
    return settings.baseUrl() + page + "?id=" + inquiry.getId();
  }
}
