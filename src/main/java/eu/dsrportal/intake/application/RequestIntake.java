package eu.dsrportal.intake.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.intake.application.RequestSubmission.FromSubject;
import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.AttachmentType;
import eu.dsrportal.intake.domain.AuthorityDemand;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.Request.Verification;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.intake.infrastructure.AttachmentStore;
import eu.dsrportal.intake.infrastructure.IntakeThrottle;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.ClientAddress;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
  @Resource SessionContext context;
  @Inject AttachmentStore attachmentStore;

  @Inject
  @ConfigProperty(name = "attachments.max-bytes", defaultValue = "10485760")
  long maxAttachmentBytes;

  /** A new request's reference, and the token of its status page (null for a repeat). */
  public record Submitted(RequestReference reference, String statusToken) {}

  public RequestReference submit(
      RequestSubmission submission, Channel channel, String submissionKey) {
    return accept(submission, channel, submissionKey).reference();
  }

  /**
   * Stores a request (or finds the one this submission key already created) and queues the mail to
   * its subject, in one transaction.
   */
  public Submitted accept(RequestSubmission submission, Channel channel, String submissionKey) {
    if (!channel.needsVerification()) {
      throw new IllegalArgumentException("staff enter requests of channel " + channel);
    }
    validate(submission, Default.class, FromSubject.class);
    Optional<RequestReference> earlier = findBySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      return new Submitted(earlier.get(), null);
    }
    if (!throttle.tryAcquire(clientAddress.current(), submission.getEmail())) {
      audit.denied(AuditAction.REQUEST_SUBMITTED, "Request", null);
      throw new RateLimitExceeded("intake.error.tooMany");
    }
    Instant now = clock.instant();
    Request request =
        new Request(nextReference(now), submissionKey, channel, details(submission), now);
    String verificationToken = SecretToken.newToken();
    String statusToken = SecretToken.newToken();
    request.awaitVerification(
        SecretToken.hash(verificationToken),
        now.plus(Duration.ofHours(settings.getVerificationHours())),
        SecretToken.hash(statusToken));
    store(request, now, new RequestReceived(request, verificationToken, statusToken));
    return new Submitted(request.getReference(), statusToken);
  }

  /**
   * Staff enter a request that reached the provider by e-mail, letter or phone, with the day it was
   * received: it may lie in the past (up to a year) and is where the deadlines start. The request
   * is not verified by mail; an e-mail address is optional.
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public RequestReference enter(
      RequestSubmission submission, Channel channel, LocalDate receivedOn, String submissionKey) {
    return enter(
        submission, channel, receivedOn, submissionKey, RequestOrigin.DATA_SUBJECT, null, null);
  }

  /**
   * As {@link #enter(RequestSubmission, Channel, LocalDate, String)}, for a request of a third
   * party (contract art. 6.3) or a demand of an authority (art. 6.2, with what the demand states),
   * with a file if there is one (the scanned letter, the copy of the demand): PDF, PNG or JPEG by
   * content, at most {@code attachments.max-bytes}. A file refused stores nothing at all.
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
  public RequestReference enter(
      RequestSubmission submission,
      Channel channel,
      LocalDate receivedOn,
      String submissionKey,
      RequestOrigin origin,
      AuthorityDemand demand,
      Upload upload) {
    if (channel.needsVerification()) {
      throw new IllegalArgumentException("subjects send requests of channel " + channel);
    }
    validate(submission, Default.class);
    Optional<RequestReference> earlier = findBySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    LocalDate today = now.atZone(ProviderTime.ZONE).toLocalDate();
    if (receivedOn == null
        || receivedOn.isAfter(today)
        || receivedOn.isBefore(today.minusYears(1))) {
      throw new DomainRuleViolation("entry.error.receivedOn");
    }
    Optional<AttachmentType> fileType = Optional.empty();
    if (upload != null) {
      if (upload.content().length > maxAttachmentBytes) {
        throw new DomainRuleViolation("entry.error.fileSize");
      }
      fileType = AttachmentType.of(upload.content());
      if (fileType.isEmpty()) {
        throw new DomainRuleViolation("entry.error.fileType");
      }
    }
    Instant receivedAt =
        receivedOn.equals(today) ? now : receivedOn.atStartOfDay(ProviderTime.ZONE).toInstant();
    Request request =
        new Request(nextReference(now), submissionKey, channel, details(submission), receivedAt);
    request.enteredBy(context.getCallerPrincipal().getName());
    switch (origin) {
      case THIRD_PARTY -> request.fromThirdParty();
      case AUTHORITY -> {
        if (demand == null) {
          throw new DomainRuleViolation("entry.error.authority");
        }
        request.fromAuthority(demand);
      }
      case DATA_SUBJECT -> {}
    }
    store(request, now, new RequestReceived(request, null, null));
    if (upload != null) {
      em.persist(
          new Attachment(
              request,
              upload.fileName(),
              fileType.orElseThrow(),
              upload.content().length,
              attachmentStore.store(upload.content()),
              SecretToken.sha256Hex(upload.content()),
              request.getEnteredBy(),
              now));
    }
    return request.getReference();
  }

  private void validate(RequestSubmission submission, Class<?>... groups) {
    var violations = validator.validate(submission, groups);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  private RequestReference nextReference(Instant now) {
    long number =
        ((Number) em.createNativeQuery("SELECT NEXTVAL(request_number_seq)").getSingleResult())
            .longValue();
    return RequestReference.of(now.atZone(ProviderTime.ZONE).getYear(), number);
  }

  private void store(Request request, Instant now, RequestReceived event) {
    earlierLikeThis(request, now).ifPresent(request::markPossibleDuplicateOf);
    em.persist(request);
    em.flush();
    received.fire(event);
    audit.granted(AuditAction.REQUEST_SUBMITTED, "Request", request.getId());
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
      audit.denied(AuditAction.REQUEST_VERIFIED, "Request", id);
    } else if (outcome == Verification.VERIFIED) {
      audit.granted(AuditAction.REQUEST_VERIFIED, "Request", id);
    }
    return outcome;
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
