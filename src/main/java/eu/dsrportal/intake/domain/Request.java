package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.SecretToken;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A data subject's request as it reached the provider. Its status moves forward: unverified (until
 * the subject confirms the e-mail address, for requests they sent themselves), received, forwarded
 * to the responsible customer, acknowledged by that customer; and back to received when routing
 * ends a forwarding (a re-forward, or the customer's "not ours"). Closing keeps the status it had,
 * so that reopening restores it without asking routing.
 */
@Entity
@Table(name = "request")
@NamedQuery(
    name = Request.BY_SUBMISSION_KEY,
    query = "SELECT r FROM Request r WHERE r.submissionKey = :key")
@NamedQuery(
    name = Request.BY_REFERENCE,
    query = "SELECT r FROM Request r WHERE r.reference = :reference")
@NamedQuery(
    name = Request.LIKE_THIS,
    query =
        "SELECT r.id FROM Request r WHERE r.subjectEmail = :email"
            + " AND r.organisation = :organisation AND r.right = :right"
            + " AND r.receivedAt >= :since ORDER BY r.receivedAt DESC, r.id DESC")
public class Request {
  public static final String BY_SUBMISSION_KEY = "Request.bySubmissionKey";
  public static final String BY_REFERENCE = "Request.byReference";
  public static final String LIKE_THIS = "Request.likeThis";
  public static final int NAME_LENGTH = 200;
  public static final int EMAIL_LENGTH = 254;
  public static final int ORGANISATION_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int SERVICE_LENGTH = 200;
  public static final int REFERENCE_AT_ORGANISATION_LENGTH = 100;
  public static final int SUBMISSION_KEY_LENGTH = 64;
  public static final int RETURN_REASON_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = RequestReference.LENGTH, updatable = false)
  private RequestReference reference;

  @Column(
      name = "submission_key",
      nullable = false,
      length = SUBMISSION_KEY_LENGTH,
      updatable = false)
  private String submissionKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Column(name = "subject_name", nullable = false, length = NAME_LENGTH)
  private String subjectName;

  /** None for a request entered by staff from a letter or call without one. */
  @Column(name = "subject_email", length = EMAIL_LENGTH)
  private String subjectEmail;

  @Column(nullable = false, length = ORGANISATION_LENGTH)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_subject_right", nullable = false, length = 30)
  private DataSubjectRight right;

  @Column(nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "verification_token_hash", length = SecretToken.HASH_LENGTH)
  private String verificationTokenHash;

  @Column(name = "verification_expires_at")
  private Instant verificationExpiresAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "status_token_hash", length = SecretToken.HASH_LENGTH)
  private String statusTokenHash;

  @Column(name = "service_used", length = SERVICE_LENGTH)
  private String serviceUsed;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_relation", length = 20)
  private SubjectRelation relation;

  @Column(name = "reference_at_organisation", length = REFERENCE_AT_ORGANISATION_LENGTH)
  private String referenceAtOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestOrigin origin = RequestOrigin.DATA_SUBJECT;

  /** Empty (no authority, not forbidden) unless the request is a demand of an authority. */
  @Embedded private AuthorityDemand authorityDemand = new AuthorityDemand();

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason", length = 30)
  private CloseReason closeReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  /** What the status was when the request was closed: what reopening returns to. */
  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_close", length = 20)
  private RequestStatus statusBeforeClose;

  /** The customer answered "not ours": back in the inbox, to be routed again (until forwarded). */
  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "return_reason", length = RETURN_REASON_LENGTH)
  private String returnReason;

  /** Who entered it, for requests staff entered from another channel. */
  @Column(name = "entered_by", length = 100)
  private String enteredBy;

  /** An earlier request that looks the same (same address, organisation and right, 30 days). */
  // lazy: the inbox lists requests without their duplicates (one query, not one per row)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private Request possibleDuplicateOf;

  @Version private long version;

  protected Request() {}

  public Request(
      RequestReference reference,
      String submissionKey,
      Channel channel,
      SubjectDetails details,
      Instant receivedAt) {
    this.reference = Objects.requireNonNull(reference);
    this.submissionKey = Objects.requireNonNull(submissionKey);
    this.channel = Objects.requireNonNull(channel);
    this.subjectName = details.name();
    this.subjectEmail = details.email();
    this.organisation = details.organisation();
    this.right = details.right();
    this.description = details.description();
    this.language = details.language();
    this.serviceUsed = details.serviceUsed();
    this.relation = details.relation();
    this.referenceAtOrganisation = details.referenceAtOrganisation();
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.status = RequestStatus.RECEIVED;
  }

  /** A request of a third party (art. 6.3), not of the data subject. */
  public void fromThirdParty() {
    origin = RequestOrigin.THIRD_PARTY;
    authorityDemand = new AuthorityDemand();
  }

  /** A demand of an authority (art. 6.2). */
  public void fromAuthority(AuthorityDemand demand) {
    origin = RequestOrigin.AUTHORITY;
    authorityDemand = demand;
  }

  /** The law forbids telling the customer about this authority demand: it is never forwarded. */
  public boolean isNotificationForbidden() {
    return authorityDemand != null && authorityDemand.isNotificationForbidden();
  }

  public RequestOrigin getOrigin() {
    return origin;
  }

  public AuthorityDemand getAuthorityDemand() {
    return authorityDemand;
  }

  public void enteredBy(String username) {
    enteredBy = username;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public void markPossibleDuplicateOf(Request earlier) {
    possibleDuplicateOf = earlier;
  }

  public Request getPossibleDuplicateOf() {
    return possibleDuplicateOf;
  }

  /** How a verification link fared. */
  public enum Verification {
    VERIFIED,
    ALREADY_VERIFIED,
    INVALID
  }

  /**
   * The subject must confirm the e-mail address with the link sent there before the request enters
   * the inbox; only the tokens' hashes are kept.
   */
  public void awaitVerification(String verificationHash, Instant expiresAt, String statusHash) {
    status = RequestStatus.UNVERIFIED;
    verificationTokenHash = Objects.requireNonNull(verificationHash);
    verificationExpiresAt = Objects.requireNonNull(expiresAt);
    statusTokenHash = Objects.requireNonNull(statusHash);
  }

  /** The subject opened the link and confirmed; the link works once, until it expires. */
  public Verification verify(String token, Instant at) {
    if (status != RequestStatus.UNVERIFIED) {
      // a second click on the used link changes nothing; it only says so
      return verifiedAt != null && SecretToken.matches(token, verificationTokenHash)
          ? Verification.ALREADY_VERIFIED
          : Verification.INVALID;
    }
    if (!SecretToken.matches(token, verificationTokenHash) || !at.isBefore(verificationExpiresAt)) {
      return Verification.INVALID;
    }
    status = RequestStatus.RECEIVED;
    verifiedAt = at;
    return Verification.VERIFIED;
  }

  /** Whether the token is this request's status token (from the subject's mail). */
  public boolean statusTokenMatches(String token) {
    return SecretToken.matches(token, statusTokenHash);
  }

  /** Support staff close the request, for a reason the subject will see; only once. */
  public void close(CloseReason reason, String by, Instant at) {
    if (status == RequestStatus.CLOSED) {
      throw new DomainRuleViolation("request.error.closed");
    }
    statusBeforeClose = status;
    status = RequestStatus.CLOSED;
    closeReason = Objects.requireNonNull(reason);
    closedBy = Objects.requireNonNull(by);
    closedAt = Objects.requireNonNull(at);
  }

  /**
   * Support staff reopen a closed request (closed by mistake, or the subject came back): it returns
   * to the status it had, which routing kept up to date meanwhile ({@link #followRoutingEnded}).
   */
  public void reopen() {
    if (status != RequestStatus.CLOSED) {
      throw new DomainRuleViolation("lifecycle.error.notClosed");
    }
    status = statusBeforeClose == null ? RequestStatus.RECEIVED : statusBeforeClose;
    statusBeforeClose = null;
    closeReason = null;
    closedBy = null;
    closedAt = null;
  }

  /** Whether the status was forwarded or acknowledged when the request was closed (or is now). */
  public boolean isWithCustomer() {
    RequestStatus current = status == RequestStatus.CLOSED ? statusBeforeClose : status;
    return current == RequestStatus.FORWARDED || current == RequestStatus.ACKNOWLEDGED;
  }

  /**
   * Routing ended the active forwarding ({@link RoutingEnded}): staff withdrew it, or the customer
   * gave it back with {@code returnReason} (then the request is flagged for staff to route again).
   * The request is back to received; a closed one stays closed and would reopen as received.
   */
  public void followRoutingEnded(String customerReason, Instant at) {
    if (status == RequestStatus.CLOSED) {
      statusBeforeClose = RequestStatus.RECEIVED;
    } else if (status == RequestStatus.FORWARDED || status == RequestStatus.ACKNOWLEDGED) {
      status = RequestStatus.RECEIVED;
    } else {
      throw new IllegalStateException("a request " + status + " has no forwarding to end");
    }
    if (customerReason != null) {
      returnedAt = Objects.requireNonNull(at);
      returnReason = customerReason;
    }
  }

  /** The customer said "not ours" and the request has not been forwarded again since. */
  public boolean isReturned() {
    return returnedAt != null;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public String getReturnReason() {
    return returnReason;
  }

  /**
   * Whether the subject's status link has expired: it works while the request is open and for
   * {@code afterClose} after it was closed (issue 9: a link in an old mailbox should not show the
   * request for ever).
   */
  public boolean statusLinkExpired(Instant now, Duration afterClose) {
    return closedAt != null && now.isAfter(closedAt.plus(afterClose));
  }

  public CloseReason getCloseReason() {
    return closeReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  /**
   * Whether intake lets the request go to a customer: confirmed, not closed, and not an authority
   * demand the customer may not hear of. Routing asks before it forwards; the forwarding itself is
   * routing's fact.
   */
  public void checkForwardable() {
    if (status == RequestStatus.CLOSED) {
      throw new DomainRuleViolation("request.error.closed");
    }
    if (isNotificationForbidden()) {
      throw new DomainRuleViolation("request.error.notificationForbidden");
    }
    if (status == RequestStatus.UNVERIFIED) {
      throw new DomainRuleViolation("request.error.unverified");
    }
  }

  public boolean isClosed() {
    return status == RequestStatus.CLOSED;
  }

  /**
   * The public status follows routing's progress: the forwarding and its acknowledgement are
   * routing's facts (kept on its Forwarding), told to intake by a {@link RoutingProgressed} event
   * and only ever set here, for the inbox, the status page and the lists. It only moves forward.
   */
  public void followRouting(RequestStatus reached) {
    if (status == RequestStatus.CLOSED) {
      return; // closed stays closed; the subject sees why
    }
    boolean forward =
        (reached == RequestStatus.FORWARDED && status == RequestStatus.RECEIVED)
            || (reached == RequestStatus.ACKNOWLEDGED
                && (status == RequestStatus.RECEIVED || status == RequestStatus.FORWARDED));
    if (!forward) {
      throw new IllegalStateException("a request " + status + " cannot become " + reached);
    }
    status = reached;
    if (reached == RequestStatus.FORWARDED) {
      returnedAt = null; // routed again: no longer flagged
      returnReason = null;
    }
  }

  public Long getId() {
    return id;
  }

  public RequestReference getReference() {
    return reference;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public String getSubjectEmail() {
    return subjectEmail;
  }

  public String getOrganisation() {
    return organisation;
  }

  public DataSubjectRight getRight() {
    return right;
  }

  public String getDescription() {
    return description;
  }

  public Language getLanguage() {
    return language;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getServiceUsed() {
    return serviceUsed;
  }

  public SubjectRelation getRelation() {
    return relation;
  }

  public String getReferenceAtOrganisation() {
    return referenceAtOrganisation;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getVerificationExpiresAt() {
    return verificationExpiresAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
