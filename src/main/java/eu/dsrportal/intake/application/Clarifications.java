package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.Clarification;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.PlainText;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Staff ask the subject to clarify a request; the subject answers once on a public page opened by
 * the link in the mail ({@code /intake/clarify.xhtml}); the answer is kept with the request.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class Clarifications {
  public static final String PAGE = "/intake/clarify.xhtml";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Outbox outbox;
  @Inject PortalSettings settings;
  @Resource SessionContext context;

  /** What the subject sees on the answer page. */
  public record Question(String reference, String question, boolean answered) {}

  public List<Clarification> ofRequest(long requestId) {
    return em.createNamedQuery(Clarification.OF_REQUEST, Clarification.class)
        .setParameter("requestId", requestId)
        .getResultList();
  }

  /** Asks the subject, by mail in their language, with a link to answer. */
  public void ask(
      long requestId,
      @PlainText(multiline = true) @Size(max = Clarification.QUESTION_LENGTH) String question) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    String token = SecretToken.newToken();
    Clarification clarification =
        Clarification.ask(
            request,
            question,
            context.getCallerPrincipal().getName(),
            clock.instant(),
            SecretToken.hash(token));
    em.persist(clarification);
    String reference = request.getReference().value();
    outbox.enqueue(
        MailMessage.toSubjectOf(
            request.getId(),
            request.getSubjectEmail(),
            Texts.get(request.getLanguage(), "clarify.mail.subject", reference),
            Texts.get(
                request.getLanguage(),
                "clarify.mail.body",
                reference,
                clarification.getQuestion(),
                settings.baseUrl() + PAGE + "?ref=" + reference + "&token=" + token),
            "CLARIFICATION_ASKED"));
    audit.granted(AuditAction.CLARIFICATION_ASKED, "Request", requestId);
  }

  /** The question the link opens, if the link is right. */
  @PermitAll
  public Optional<Question> question(String reference, String token) {
    return find(reference, token)
        .map(c -> new Question(reference, c.getQuestion(), c.isAnswered()));
  }

  /** The subject's answer, once; a wrong link is refused as if nothing were there. */
  @PermitAll
  public void answer(
      String reference,
      String token,
      @PlainText(multiline = true) @Size(max = Clarification.ANSWER_LENGTH) String answer) {
    Clarification clarification =
        find(reference, token).orElseThrow(() -> new DomainRuleViolation("clarify.invalid"));
    clarification.answer(answer, clock.instant());
    audit.granted(AuditAction.CLARIFICATION_ANSWERED, "Request", clarification.getRequestId());
  }

  private Optional<Clarification> find(String reference, String token) {
    if (reference == null || token == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Clarification.BY_TOKEN_HASH, Clarification.class)
        .setParameter("hash", SecretToken.hash(token))
        .getResultStream()
        .findFirst()
        .filter(
            c -> reference.equals(em.find(Request.class, c.getRequestId()).getReference().value()));
  }
}
