package eu.dsrportal.intake.application;

import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestClosed;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The subject's mail when a request arrives, in the language they used. Observed synchronously, so
 * the mail is queued in the transaction of the intake. It goes to an address nobody has confirmed
 * yet, so it holds only fixed text, the reference, the kind of request and the links: no name or
 * organisation as typed (issue 9: the form must not relay a stranger's text from our domain).
 */
@ApplicationScoped
public class IntakeMails {

  @Inject Outbox outbox;
  @Inject StatusLinks links;

  void onReceived(@Observes RequestReceived event) {
    Request request = event.request();
    if (request.getSubjectEmail() == null) {
      return; // entered by staff from a letter or call without an e-mail address
    }
    Language lang = request.getLanguage();
    String reference = request.getReference().value();
    // The address is not confirmed yet (or was typed by staff): the mail quotes nothing the
    // submitter typed, so the form cannot send someone else a message of the submitter's making.
    String body =
        event.verificationToken() == null
            ? Texts.get(lang, "mail.received.body", reference, right(lang, request))
            : Texts.get(
                lang,
                "mail.received.verify.body",
                reference,
                right(lang, request),
                // the confirmation page links on to the status page, so it carries that token too
                links.verify(reference, event.verificationToken(), event.statusToken()),
                links.status(reference, event.statusToken()),
                Duration.between(request.getReceivedAt(), request.getVerificationExpiresAt())
                    .toHours());
    outbox.enqueue(
        MailMessage.toSubjectOf(
            request.getId(),
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

  /**
   * The subject's mail when staff close the request, saying why, for every reason but spam (junk is
   * not answered). None to an address never confirmed: an unverified request's address may be a
   * stranger's. Only fixed text and the reference, as for the arrival mail.
   */
  void onClosed(@Observes RequestClosed event) {
    Request request = event.request();
    CloseReason reason = request.getCloseReason();
    if (reason == CloseReason.SPAM
        || request.getSubjectEmail() == null
        || request.getVerificationExpiresAt() != null && request.getVerifiedAt() == null) {
      return;
    }
    Language lang = request.getLanguage();
    String reference = request.getReference().value();
    outbox.enqueue(
        MailMessage.toSubjectOf(
            request.getId(),
            request.getSubjectEmail(),
            Texts.get(lang, "lifecycle.mail.closed.subject", reference),
            Texts.get(
                lang,
                "lifecycle.mail.closed.body",
                reference,
                Texts.get(lang, "lifecycle.mail.closed." + reason.name())),
            "REQUEST_CLOSED_" + reason.name()));
  }

  private static String right(Language lang, Request request) {
    return Texts.get(lang, "right." + request.getRight().name());
  }
}
