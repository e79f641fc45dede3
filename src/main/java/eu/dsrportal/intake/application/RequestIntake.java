package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a request from any channel. The submission key makes a repeated submission (double click,
 * client retry) return the request it already created instead of creating a second one.
 */
@Stateless
@PermitAll
public class RequestIntake {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject Event<RequestReceived> received;
  @Inject AuditLog audit;

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
    Instant now = clock.instant();
    long number =
        ((Number) em.createNativeQuery("SELECT NEXTVAL(request_number_seq)").getSingleResult())
            .longValue();
    RequestReference reference =
        RequestReference.of(now.atZone(ProviderTime.ZONE).getYear(), number);
    Request request = new Request(reference, submissionKey, channel, details(submission), now);
    em.persist(request);
    em.flush();
    received.fire(new RequestReceived(request));
    audit.granted("REQUEST_SUBMITTED", "Request", request.getId());
    return reference;
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
        Language.fromTag(s.getLanguage()).orElse(Language.DEFAULT));
  }
}
