package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.routing.domain.AnswerPeriodExtended;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The subject is told, in their language, that the customer extended its answer period (GDPR art.
 * 12(3): "the controller shall inform the data subject of any such extension ..., together with the
 * reasons for the delay"): the new date and the customer's reason. Observed synchronously, so the
 * mail is queued in the extension's transaction. Only to a confirmed address (or one staff
 * entered), as the closing mail: an unverified request's address may be a stranger's. The reason is
 * the customer's own text, so it is quoted defanged ({@link QuotedText}).
 */
@ApplicationScoped
public class ExtensionMails {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  void onExtended(@Observes AnswerPeriodExtended event) {
    Request request = em.find(Request.class, event.requestId());
    if (request == null
        || request.getOrigin() != RequestOrigin.DATA_SUBJECT
        || request.getSubjectEmail() == null
        || request.getVerificationExpiresAt() != null && request.getVerifiedAt() == null) {
      return;
    }
    Forwarding forwarding =
        em.createNamedQuery(Forwarding.ACTIVE_OF_REQUEST, Forwarding.class)
            .setParameter("requestId", request.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    Customer customer = em.find(Customer.class, event.customerId());
    if (forwarding == null || customer == null) {
      return;
    }
    Language lang = request.getLanguage();
    String reference = request.getReference().value();
    outbox.enqueue(
        MailMessage.toSubjectOf(
            request.getId(),
            request.getSubjectEmail(),
            Texts.get(lang, "deadline.mail.extended.subject", reference),
            Texts.get(
                lang,
                "deadline.mail.extended.body",
                QuotedText.defang(request.getSubjectName()),
                customer.getName(),
                reference,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(lang.locale())
                    .format(event.due()),
                QuotedText.defang(forwarding.getExtensionReason()),
                customer.getPublicContact()),
            "ANSWER_PERIOD_EXTENDED_SUBJECT"));
  }
}
