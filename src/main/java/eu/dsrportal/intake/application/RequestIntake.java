package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.Request.Verification;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.intake.infrastructure.IntakeThrottle;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.ClientAddress;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a request from any channel. The submission key makes a repeated submission (double click,
 * client retry) return the request it already created instead of creating a second one.
 */
@Stateless
@PermitAll
public class RequestIntake {
  static final int DUPLICATE_DAYS = 30;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject Event<RequestReceived> received;
  @Inject AuditLog audit;
  @Inject PortalSettings settings;
  @Inject IntakeThrottle throttle;
  @Inject ClientAddress clientAddress;

  public RequestReference submit(
      RequestSubmission submission, Channel channel, String submissionKey) {
    var violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    Optional<RequestReference> earlier = findBySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!throttle.tryAcquire(clientAddress.current(), submission.getEmail())) {
      audit.denied("REQUEST_SUBMITTED", "Request", null);
      throw new RateLimitExceeded("intake.error.tooMany");
    }
    Instant now = clock.instant();
    long number =
        ((Number) em.createNativeQuery("SELECT NEXTVAL(request_number_seq)").getSingleResult())
            .longValue();
    RequestReference reference =
        RequestReference.of(now.atZone(ProviderTime.ZONE).getYear(), number);
    Request request = new Request(reference, submissionKey, channel, details(submission), now);
    earlierLikeThis(request, now).ifPresent(request::markPossibleDuplicateOf);
    String verificationToken = null;
    String statusToken = null;
    if (channel.needsVerification()) {
      verificationToken = SecretToken.newToken();
      statusToken = SecretToken.newToken();
      request.awaitVerification(
          SecretToken.hash(verificationToken),
          now.plus(Duration.ofHours(settings.getVerificationHours())),
          SecretToken.hash(statusToken));
    }
    em.persist(request);
    em.flush();
    received.fire(new RequestReceived(request, verificationToken, statusToken));
    audit.granted("REQUEST_SUBMITTED", "Request", request.getId());
    return reference;
  }

  /**
   * The subject confirms the request with the link from the mail (a POST from the page the link
   * opens). Unknown references, wrong and expired tokens are all just "invalid".
   */
  public Verification verify(String reference, String token) {
    Optional<Request> request = byReference(reference);
    Verification outcome =
        request.map(r -> r.verify(token, clock.instant())).orElse(Verification.INVALID);
    Long id = request.map(Request::getId).orElse(null);
    if (outcome == Verification.INVALID) {
      audit.denied("REQUEST_VERIFIED", "Request", id);
    } else if (outcome == Verification.VERIFIED) {
      audit.granted("REQUEST_VERIFIED", "Request", id);
    }
    return outcome;
  }

  /**
   * An earlier request of the same subject address, to the same organisation, for the same right,
   * within {@value #DUPLICATE_DAYS} days: probably the same request sent twice. It is linked and
   * flagged for staff, never dropped. (Compared without regard to case: the columns' collation.)
   */
  private Optional<Request> earlierLikeThis(Request request, Instant now) {
    return em.createNamedQuery(Request.LIKE_THIS, Request.class)
        .setParameter("email", request.getSubjectEmail())
        .setParameter("organisation", request.getOrganisation())
        .setParameter("right", request.getRight())
        .setParameter("since", now.minus(Duration.ofDays(DUPLICATE_DAYS)))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The request with this reference, if the text is one. */
  public Optional<Request> byReference(String reference) {
    RequestReference parsed;
    try {
      parsed = RequestReference.parse(reference);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createNamedQuery(Request.BY_REFERENCE, Request.class)
        .setParameter("reference", parsed)
        .getResultStream()
        .findFirst();
  }

  public Optional<RequestReference> findBySubmissionKey(String submissionKey) {
    return em.createNamedQuery(Request.BY_SUBMISSION_KEY, Request.class)
        .setParameter("key", submissionKey)
        .getResultStream()
        .findFirst()
        .map(Request::getReference);
  }

  private static SubjectDetails details(RequestSubmission s) {
    return new SubjectDetails(
        s.getName().strip(),
        s.getEmail().strip(),
        s.getOrganisation().strip(),
        DataSubjectRight.valueOf(s.getRight()),
        s.getDescription().strip(),
        Language.fromTag(s.getLanguage()).orElse(Language.DEFAULT),
        optional(s.getService()),
        s.getRelation() == null ? null : SubjectRelation.valueOf(s.getRelation()),
        optional(s.getSubjectReference()));
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
