package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.SecretToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A question support staff put to the subject about a request (which account, which shop), and the
 * subject's answer, kept with the request. The subject answers once, through a link mailed to the
 * request's address; only the link token's hash is kept.
 */
@Entity
@Table(name = "clarification")
@NamedQuery(
    name = Clarification.OF_REQUEST,
    query = "SELECT c FROM Clarification c WHERE c.requestId = :requestId ORDER BY c.askedAt, c.id")
@NamedQuery(
    name = Clarification.BY_TOKEN_HASH,
    query = "SELECT c FROM Clarification c WHERE c.tokenHash = :hash")
public class Clarification {
  public static final String OF_REQUEST = "Clarification.ofRequest";
  public static final String BY_TOKEN_HASH = "Clarification.byTokenHash";
  public static final int QUESTION_LENGTH = 2000;
  public static final int ANSWER_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(nullable = false, length = QUESTION_LENGTH, updatable = false)
  private String question;

  @Column(name = "asked_by", nullable = false, length = 100, updatable = false)
  private String askedBy;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "token_hash", nullable = false, length = SecretToken.HASH_LENGTH)
  private String tokenHash;

  @Column(length = ANSWER_LENGTH)
  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private long version;

  protected Clarification() {}

  private Clarification(long requestId, String question, String by, Instant at, String tokenHash) {
    this.requestId = requestId;
    this.question = question;
    this.askedBy = by;
    this.askedAt = at;
    this.tokenHash = tokenHash;
  }

  /**
   * Staff ask the subject of an open request whose address is known and confirmed (never a
   * stranger's address: an unverified request's may be).
   */
  public static Clarification ask(
      Request request, String question, String by, Instant at, String tokenHash) {
    if (request.isClosed()) {
      throw new DomainRuleViolation("request.error.closed");
    }
    if (request.getSubjectEmail() == null || request.getStatus() == RequestStatus.UNVERIFIED) {
      throw new DomainRuleViolation("clarify.error.noAddress");
    }
    if (question == null || question.isBlank()) {
      throw new DomainRuleViolation("clarify.question.required");
    }
    return new Clarification(
        request.getId(),
        question.strip(),
        Objects.requireNonNull(by),
        Objects.requireNonNull(at),
        Objects.requireNonNull(tokenHash));
  }

  /** The subject's answer; once. */
  public void answer(String text, Instant at) {
    if (answeredAt != null) {
      throw new DomainRuleViolation("clarify.error.answered");
    }
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation("clarify.answer.required");
    }
    this.answer = text.strip();
    this.answeredAt = Objects.requireNonNull(at);
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public String getQuestion() {
    return question;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
