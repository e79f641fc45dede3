package eu.dsrportal.mail.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.routing.domain.RequestForwarded;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns request events into mails, in the language of whoever reads them: the data subject in the
 * language they used, the customer in its own. Observed synchronously, so the mails are queued in
 * the transaction of the action.
 */
@ApplicationScoped
public class RequestMails {

  @Inject Outbox outbox;
  @Inject PortalSettings settings;

  void onReceived(@Observes RequestReceived event) {
    Request request = event.request();
    if (request.getSubjectEmail() == null) {
      return; // entered by staff from a letter or call without an e-mail address
    }
    Language lang = request.getLanguage();
    String reference = request.getReference().value();
    String body =
        event.verificationToken() == null
            ? Texts.get(
                lang,
                "mail.received.body",
                request.getSubjectName(),
                reference,
                right(lang, request),
                request.getOrganisation())
            : Texts.get(
                lang,
                "mail.received.verify.body",
                request.getSubjectName(),
                reference,
                right(lang, request),
                request.getOrganisation(),
                link("/intake/verify.xhtml", reference, event.verificationToken()),
                link("/intake/status.xhtml", reference, event.statusToken()),
                Duration.between(request.getReceivedAt(), request.getVerificationExpiresAt())
                    .toHours());
    outbox.enqueue(
        new MailMessage(
            request.getSubjectEmail(),
            Texts.get(
                lang,
                event.verificationToken() == null
                    ? "mail.received.subject"
                    : "mail.received.verify.subject",
                reference),
            body,
            "REQUEST_RECEIVED"));
  }

  private String link(String page, String reference, String token) {
    return settings.baseUrl() + page + "?ref=" + reference + "&token=" + token;
  }

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
                request.getSubjectName(),
                Objects.requireNonNullElse(request.getSubjectEmail(), "—"),
                request.getDescription(),
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
                request.getSubjectName(),
                request.getReference().value(),
                customer.getName(),
                customer.getPublicContact()),
            "REQUEST_FORWARDED_SUBJECT"));
  }

  private static String right(Language lang, Request request) {
    return Texts.get(lang, "right." + request.getRight().name());
  }
}
