package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every way in shares: checking the submission once, numbering, storing with the
 * possible-duplicate link, the event the mails hang on, the audit entry; and finding a request by
 * its reference or by the submission key that created it. Runs in the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RequestRecords {
  static final int DUPLICATE_DAYS = 30;

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject Validator validator;
  @Inject Event<RequestReceived> received;
  @Inject AuditLog audit;

  /** Throws the violations of the submission (mapped to the form's fields or a 400 problem). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void validate(RequestSubmission submission, Class<?>... groups) {
    var violations = validator.validate(submission, groups);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  public RequestReference nextReference(Instant now) {
    long number =
        ((Number)
                em.createNativeQuery("SELECT NEXTVAL(request_number_seq)")
                    // a sequence: nothing held in the persistence context need be written first
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult())
            .longValue();
    return RequestReference.of(time.dateOf(now).getYear(), number);
  }

  /** Stores a new request and tells who listens (its mails) in the same transaction. */
  public void store(Request request, Instant now, RequestReceived event) {
    persist(request, now, event);
    audit.granted(AuditAction.REQUEST_SUBMITTED, "Request", request.getId());
  }

  /**
   * As {@link #store}, for a caller whose thread this need not be (intake's group commit): its
   * audit entry names that caller.
   */
  public void storeFor(
      AuditLog.Caller caller, Request request, Instant now, RequestReceived event) {
    persist(request, now, event);
    audit.grantedFor(caller, AuditAction.REQUEST_SUBMITTED, "Request", request.getId());
  }

  private void persist(Request request, Instant now, RequestReceived event) {
    earlierLikeThis(request, now).ifPresent(request::markPossibleDuplicateOf);
    em.persist(request);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (submissionKeyTaken(e)) {
        throw new SubmissionKeyTaken();
      }
      throw e;
    }
    received.fire(event);
  }

  /**
   * An earlier request of the same subject address, to the same organisation, for the same right,
   * within {@value #DUPLICATE_DAYS} days: probably the same request sent twice. It is linked and
   * flagged for staff, never dropped. (Compared without regard to case: the columns' collation.)
   */
  private Optional<Request> earlierLikeThis(Request request, Instant now) {
    if (request.getSubjectEmail() == null) {
      return Optional.empty();
    }
    // Only the id, and no setMaxResults: with a row limit EclipseLink writes the SQL anew at every
    // call. The rows are few (one address, organisation and right; the intake throttle), so the
    // first of them is read and the link is made to a reference, without loading the request.
    return em
        .createNamedQuery(Request.LIKE_THIS, Long.class)
        // earlier requests are written when stored (the flush below): this one's mails and audit
        // entries, and a group commit's earlier ones, need not be before this read
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("email", request.getSubjectEmail())
        .setParameter("organisation", request.getOrganisation())
        .setParameter("right", request.getRight())
        .setParameter("since", now.minus(Duration.ofDays(DUPLICATE_DAYS)))
        .getResultList()
        .stream()
        .findFirst()
        .map(id -> em.getReference(Request.class, id));
  }

  /** Whether the database refused the insert for the submission key's unique constraint. */
  static boolean submissionKeyTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException
          && t.getMessage() != null
          && t.getMessage().contains("uq_request_submission")) {
        return true;
      }
    }
    return false;
  }

  /** The request with this reference, if the text is one. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Request> byReference(String reference) {
    return RequestReference.tryParse(reference)
        .flatMap(
            parsed ->
                em.createNamedQuery(Request.BY_REFERENCE, Request.class)
                    .setParameter("reference", parsed)
                    .getResultStream()
                    .findFirst());
  }

  /** The request a submission key created, if it did. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Request> bySubmissionKey(String submissionKey) {
    return em.createNamedQuery(Request.BY_SUBMISSION_KEY, Request.class)
        .setParameter("key", submissionKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * A submission key's request, once: what the key already created, or else what {@code store}
   * creates (in a transaction of its own). When two submissions with one key race, the database's
   * unique key refuses the second, and its answer is the first one's request.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public <T> T once(String submissionKey, Function<Request, T> answer, Supplier<T> store) {
    Optional<T> earlier = bySubmissionKey(submissionKey).map(answer);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return store.get();
    } catch (SubmissionKeyTaken | EJBException lostTheRace) {
      return bySubmissionKey(submissionKey).map(answer).orElseThrow(() -> lostTheRace);
    }
  }

  static SubjectDetails details(RequestSubmission s) {
    return new SubjectDetails(
        s.getName().strip(),
        optional(s.getEmail()),
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
