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
    Language lang = request.getLanguage();
    outbox.enqueue(
        new MailMessage(
            request.getSubjectEmail(),
            Texts.get(lang, "mail.received.subject", request.getReference().value()),
            Texts.get(
                lang,
                "mail.received.body",
                request.getSubjectName(),
                request.getReference().value(),
                right(lang, request),
                request.getOrganisation()),
            "REQUEST_RECEIVED"));
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
                request.getSubjectEmail(),
                request.getDescription(),
                settings.baseUrl() + "/customer/request.xhtml?id=" + request.getId()),
            "REQUEST_FORWARDED_CUSTOMER"));
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
