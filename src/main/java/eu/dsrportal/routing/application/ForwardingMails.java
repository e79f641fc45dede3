package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.routing.domain.RequestForwarded;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The mails of a forward: to the customer's privacy contact in the customer's language, and to the
 * subject in theirs. Observed synchronously, so they are queued in the forwarding's transaction.
 * What the subject typed is quoted defanged ({@link QuotedText}), so that no mail client makes a
 * link of it in a mail from us; the subject's e-mail address is given as it is, for the answer.
 */
@ApplicationScoped
public class ForwardingMails {

  @Inject Outbox outbox;
  @Inject PortalSettings settings;

  void onForwarded(@Observes RequestForwarded event) {
    Request request = event.request();
    Customer customer = event.customer();
    Language customerLang = customer.getLanguage();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(
                customerLang, "mail.forwarded.customer.subject", request.getReference().value()),
            Texts.get(
                customerLang,
                "mail.forwarded.customer.body",
                customer.getPrivacyContactName(),
                request.getReference().value(),
                right(customerLang, request),
                QuotedText.defang(request.getSubjectName()),
                Objects.requireNonNullElse(request.getSubjectEmail(), "—"),
                QuotedText.defang(request.getDescription()),
                settings.baseUrl() + "/customer/request.xhtml?id=" + request.getId()),
            "REQUEST_FORWARDED_CUSTOMER"));
    if (request.getSubjectEmail() == null) {
      return;
    }
    Language subjectLang = request.getLanguage();
    outbox.enqueue(
        new MailMessage(
            request.getSubjectEmail(),
            Texts.get(
                subjectLang, "mail.forwarded.subject.subject", request.getReference().value()),
            Texts.get(
                subjectLang,
                "mail.forwarded.subject.body",
                QuotedText.defang(request.getSubjectName()),
                request.getReference().value(),
                customer.getName(),
                customer.getPublicContact()),
            "REQUEST_FORWARDED_SUBJECT"));
  }

  private static String right(Language lang, Request request) {
    return Texts.get(lang, "right." + request.getRight().name());
  }
}
