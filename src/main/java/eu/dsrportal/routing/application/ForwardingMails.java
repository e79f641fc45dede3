package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.routing.domain.ForwardingWithdrawn;
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
 * subject in theirs (a third party is referred to the customer instead; an authority's demand mails
 * nobody but the customer). Also the customer's mails when a request is taken back from it or
 * closed. Observed synchronously, so they are queued in the forwarding's transaction. What the
 * subject typed is quoted defanged ({@link QuotedText}), so that no mail client makes a link of it
 * in a mail from us; the subject's e-mail address is given as it is, for the answer.
 */
@ApplicationScoped
public class ForwardingMails {

  @Inject Outbox outbox;
  @Inject PortalSettings settings;

  void onForwarded(@Observes RequestForwarded event) {
    Request request = event.request();
    Customer customer = event.customer();
    Language customerLang = customer.getLanguage();
    String reference = request.getReference().value();
    String link = requestLink(request);
    RequestOrigin origin = request.getOrigin();
    String body =
        switch (origin) {
          // an authority's demand (art. 6.2): the demand and its copy are in the portal, behind
          // the login, never attached to a mail
          case AUTHORITY ->
              Texts.get(
                  customerLang,
                  "lifecycle.mail.forwarded.authority.body",
                  customer.getPrivacyContactName(),
                  reference,
                  QuotedText.defang(request.getAuthorityDemand().getAuthority()),
                  QuotedText.defang(request.getAuthorityDemand().getLegalBasis()),
                  link);
          // a third party's request (art. 6.3) is worded as one; the same facts otherwise
          case THIRD_PARTY, DATA_SUBJECT ->
              Texts.get(
                  customerLang,
                  origin == RequestOrigin.THIRD_PARTY
                      ? "lifecycle.mail.forwarded.thirdParty.body"
                      : "mail.forwarded.customer.body",
                  customer.getPrivacyContactName(),
                  reference,
                  right(customerLang, request),
                  QuotedText.defang(request.getSubjectName()),
                  Objects.requireNonNullElse(request.getSubjectEmail(), "—"),
                  QuotedText.defang(request.getDescription()),
                  link);
        };
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(
                customerLang,
                origin == RequestOrigin.DATA_SUBJECT
                    ? "mail.forwarded.customer.subject"
                    : "lifecycle.mail.forwarded." + originKey(origin) + ".subject",
                reference),
            body,
            origin == RequestOrigin.DATA_SUBJECT
                ? "REQUEST_FORWARDED_CUSTOMER"
                : "REQUEST_FORWARDED_CUSTOMER_" + origin.name()));
    // an authority's demand: the address on it may be the data subject's, who must not learn of
    // it from us; the authority deals with the customer
    if (request.getSubjectEmail() == null || origin == RequestOrigin.AUTHORITY) {
      return;
    }
    Language subjectLang = request.getLanguage();
    if (origin == RequestOrigin.THIRD_PARTY) {
      // a third party asked (art. 6.3): it is referred to the customer, and not addressed as the
      // data subject
      outbox.enqueue(
          MailMessage.toSubjectOf(
              request.getId(),
              request.getSubjectEmail(),
              Texts.get(subjectLang, "lifecycle.mail.forwarded.requester.subject", reference),
              Texts.get(
                  subjectLang,
                  "lifecycle.mail.forwarded.requester.body",
                  reference,
                  customer.getName(),
                  customer.getPublicContact()),
              "REQUEST_FORWARDED_THIRD_PARTY"));
      return;
    }
    outbox.enqueue(
        MailMessage.toSubjectOf(
            request.getId(),
            request.getSubjectEmail(),
            Texts.get(subjectLang, "mail.forwarded.subject.subject", reference),
            Texts.get(
                subjectLang,
                "mail.forwarded.subject.body",
                QuotedText.defang(request.getSubjectName()),
                reference,
                customer.getName(),
                customer.getPublicContact()),
            "REQUEST_FORWARDED_SUBJECT"));
  }

  /**
   * The customer that had a request taken back is told, in its language, to delete what it
   * received: it was sent there by mistake. The mail names only the reference.
   */
  void onWithdrawn(@Observes ForwardingWithdrawn event) {
    Customer customer = event.customer();
    Language lang = customer.getLanguage();
    String reference = event.request().getReference().value();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(lang, "lifecycle.mail.withdrawn.subject", reference),
            Texts.get(
                lang, "lifecycle.mail.withdrawn.body", customer.getPrivacyContactName(), reference),
            "FORWARDING_WITHDRAWN_CUSTOMER"));
  }

  /** The customer that has a request is told that staff closed it, and why. */
  void closed(Request request, Customer customer) {
    Language lang = customer.getLanguage();
    String reference = request.getReference().value();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(lang, "lifecycle.mail.closedCustomer.subject", reference),
            Texts.get(
                lang,
                "lifecycle.mail.closedCustomer.body",
                customer.getPrivacyContactName(),
                reference,
                Texts.get(lang, "closeReason." + request.getCloseReason().name()),
                requestLink(request)),
            "REQUEST_CLOSED_CUSTOMER"));
  }

  /** The customer of a forwarded request that was closed is told it has the request again. */
  void reopened(Request request, Customer customer) {
    Language lang = customer.getLanguage();
    String reference = request.getReference().value();
    outbox.enqueue(
        new MailMessage(
            customer.getPrivacyContactEmail(),
            Texts.get(lang, "lifecycle.mail.reopenedCustomer.subject", reference),
            Texts.get(
                lang,
                "lifecycle.mail.reopenedCustomer.body",
                customer.getPrivacyContactName(),
                reference,
                requestLink(request)),
            "REQUEST_REOPENED_CUSTOMER"));
  }

  private String requestLink(Request request) {
    return settings.baseUrl() + "/customer/request.xhtml?id=" + request.getId();
  }

  private static String originKey(RequestOrigin origin) {
    return origin == RequestOrigin.AUTHORITY ? "authority" : "thirdParty";
  }

  private static String right(Language lang, Request request) {
    return Texts.get(lang, "right." + request.getRight().name());
  }
}
