package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.application.RequestSubmission.FromSubject;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.Request.Verification;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.RequestVerified;
import eu.dsrportal.intake.infrastructure.IntakeThrottle;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.ClientAddress;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.TransactionConflict;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Data subjects send requests (the form, the API) and confirm them with the mailed link. A
 * submission is idempotent: the same submission key (a double click, a client's retry) always
 * answers the request it created first, also when two arrive at once.
 */
@Stateless
@PermitAll
public class SubjectSubmissions {

  @Inject Clock clock;
  @Inject RequestRecords records;
  @Inject AuditLog audit;
  @Inject Event<RequestVerified> verified;
  @Inject PortalSettings settings;
  @Inject IntakeThrottle throttle;
  @Inject ClientAddress clientAddress;
  @Inject SubmissionGroups groups;
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /** A new request's reference, and the token of its status page (null for a repeat). */
  /** How often a submission is stored when deadlocks roll it back. */
  private static final int CONFLICT_ATTEMPTS = 3;

  public record Submitted(RequestReference reference, String statusToken) {}

  /** A submission on its way to be stored, with who sent it, from where. */
  public record Pending(
      RequestSubmission submission,
      Channel channel,
      String submissionKey,
      AuditLog.Caller caller) {}

  /**
   * Stores a request, or finds the one this submission key already created, and queues the mail to
   * its subject in the same transaction as the request.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submitted accept(RequestSubmission submission, Channel channel, String submissionKey) {
    if (!channel.needsVerification()) {
      throw new IllegalArgumentException("staff enter requests of channel " + channel);
    }
    // checked only when the key is new: a repeat is answered with its request whatever it carries
    // (a click whose form data was lost when an earlier click's redirect ended the view scope)
    return records.once(
        submissionKey,
        request -> new Submitted(request.getReference(), null),
        () -> {
          records.validate(submission, Default.class, FromSubject.class);
          return throttled(submission, channel, submissionKey);
        });
  }

  /**
   * As {@link #accept}, for a submission whose key was just made up at random (an API call without
   * an {@code Idempotency-Key}): no earlier request can hold it, so it is stored without looking
   * for one first. The database's unique key still holds.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submitted acceptWithFreshKey(
      RequestSubmission submission, Channel channel, String freshKey) {
    if (!channel.needsVerification()) {
      throw new IllegalArgumentException("staff enter requests of channel " + channel);
    }
    records.validate(submission, Default.class, FromSubject.class);
    return throttled(submission, channel, freshKey);
  }

  /**
   * Stores the submission if its client address's throttle lets it: the address's token is taken
   * before and outside the storing transaction; the e-mail address's in it ({@link #storeHere}).
   * When that one is refused, nothing is stored and the address's token is given back. Stored with
   * the submissions that arrive meanwhile, in one transaction ({@link SubmissionGroups}).
   */
  private Submitted throttled(RequestSubmission submission, Channel channel, String key) {
    String address = clientAddress.current();
    Optional<IntakeThrottle.AddressPass> pass = throttle.passAddress(address);
    if (pass.isEmpty()) {
      throw refused();
    }
    Pending pending =
        new Pending(
            submission,
            channel,
            key,
            new AuditLog.Caller(AuditLog.actorOf(context.getCallerPrincipal()), address));
    try {
      // a deadlock with another transaction (the mail sender's claim, say) rolled all of it back:
      // stored again, as InnoDB asks, rather than an error page for the subject
      return TransactionConflict.retried(
          CONFLICT_ATTEMPTS,
          () -> groups.store(pending, all -> self().storeAll(all), one -> self().store(one)));
    } catch (RateLimitExceeded e) {
      throttle.giveBack(pass.get());
      throw refused();
    }
  }

  private RateLimitExceeded refused() {
    audit.denied(AuditAction.REQUEST_SUBMITTED, "Request", null);
    return new RateLimitExceeded("intake.error.tooMany");
  }

  private SubjectSubmissions self() {
    return context.getBusinessObject(SubjectSubmissions.class);
  }

  /** As {@link #accept}, for callers that need only the reference. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RequestReference submit(
      RequestSubmission submission, Channel channel, String submissionKey) {
    return accept(submission, channel, submissionKey).reference();
  }

  /**
   * The new request in a transaction of its own, so that losing the key's race can be answered. The
   * caller has taken its client address's token; its e-mail address's is taken here, first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Submitted store(Pending pending) {
    return storeHere(pending);
  }

  /**
   * Several new requests in one transaction (a group commit, {@link SubmissionGroups}): all or none
   * of them is stored. If one of them is refused (its e-mail address's throttle, its key's race),
   * none is, and each is stored again alone ({@link #store}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Submitted> storeAll(List<Pending> pending) {
    List<Submitted> stored = new ArrayList<>(pending.size());
    for (Pending next : pending) {
      stored.add(storeHere(next));
      // written now and let go (they stay in the transaction): each flush then compares only the
      // entities of its own request, not all of the group's
      em.flush();
      em.clear();
    }
    return stored;
  }

  private Submitted storeHere(Pending pending) {
    RequestSubmission submission = pending.submission();
    if (!throttle.takeEmailHere(submission.getEmail())) {
      throw new RateLimitExceeded("intake.error.tooMany");
    }
    Instant now = clock.instant();
    Request request =
        new Request(
            records.nextReference(now),
            pending.submissionKey(),
            pending.channel(),
            RequestRecords.details(submission),
            now);
    String verificationToken = SecretToken.newToken();
    String statusToken = SecretToken.newToken();
    request.awaitVerification(
        SecretToken.hash(verificationToken),
        now.plus(Duration.ofHours(settings.getVerificationHours())),
        SecretToken.hash(statusToken));
    records.storeFor(
        pending.caller(),
        request,
        now,
        new RequestReceived(request, verificationToken, statusToken));
    return new Submitted(request.getReference(), statusToken);
  }

  /**
   * The subject confirms the request with the link from the mail (a POST from the page the link
   * opens). Unknown references, wrong and expired tokens are all just "invalid".
   */
  public Verification verify(String reference, String token) {
    Optional<Request> request = records.byReference(reference);
    Verification outcome =
        request.map(r -> r.verify(token, clock.instant())).orElse(Verification.INVALID);
    Long id = request.map(Request::getId).orElse(null);
    if (outcome == Verification.INVALID) {
      audit.denied(AuditAction.REQUEST_VERIFIED, "Request", id);
    } else if (outcome == Verification.VERIFIED) {
      verified.fire(new RequestVerified(id));
      audit.granted(AuditAction.REQUEST_VERIFIED, "Request", id);
    }
    return outcome;
  }
}
