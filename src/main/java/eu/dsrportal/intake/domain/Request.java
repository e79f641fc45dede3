package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A data subject's request as it reached the provider. Its status only moves forward: received,
 * forwarded to the responsible customer, acknowledged by that customer.
 */
@Entity
@Table(name = "request")
@NamedQuery(
    name = Request.BY_SUBMISSION_KEY,
    query = "SELECT r FROM Request r WHERE r.submissionKey = :key")
public class Request {
  public static final String BY_SUBMISSION_KEY = "Request.bySubmissionKey";
  public static final int NAME_LENGTH = 200;
  public static final int EMAIL_LENGTH = 254;
  public static final int ORGANISATION_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int SUBMISSION_KEY_LENGTH = 64;

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

  @Column(name = "subject_email", nullable = false, length = EMAIL_LENGTH)
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
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.status = RequestStatus.RECEIVED;
  }

  /** Called when the request has been forwarded to its customer; only once. */
  public void markForwarded() {
    if (status != RequestStatus.RECEIVED) {
      throw new DomainRuleViolation("request.error.alreadyForwarded");
    }
    status = RequestStatus.FORWARDED;
  }

  /** Called when the customer confirms it has the request; only after forwarding, only once. */
  public void markAcknowledged() {
    if (status != RequestStatus.FORWARDED) {
      throw new DomainRuleViolation(
          status == RequestStatus.ACKNOWLEDGED
              ? "request.error.alreadyAcknowledged"
              : "request.error.notForwarded");
    }
    status = RequestStatus.ACKNOWLEDGED;
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

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
