package eu.dsrportal.routing.domain;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence that a request was passed to its customer (contract art. 9.2): who forwarded it
 * when, and when the customer acknowledged it. The customer's own answer period (GDPR art. 12(3),
 * one month) runs from the day it has the request.
 *
 * <p>A request may be forwarded more than once (the first customer was the wrong one), but only one
 * forwarding is active: an earlier one ends when staff withdraw it for a re-forward, or when the
 * customer returns it as "not ours". Ended forwardings stay, as the request's history; the customer
 * of an ended one no longer sees the request (the database holds one active forwarding per request
 * at most, see V17).
 */
@Entity
@Table(name = "forwarding")
@NamedQuery(
    name = Forwarding.OF_REQUEST,
    query =
        "SELECT f FROM Forwarding f WHERE f.requestId = :requestId ORDER BY f.forwardedAt, f.id")
@NamedQuery(
    name = Forwarding.ACTIVE_OF_REQUEST,
    query =
        "SELECT f FROM Forwarding f WHERE f.requestId = :requestId"
            + " AND f.withdrawnAt IS NULL AND f.returnedAt IS NULL")
@NamedQuery(
    name = Forwarding.OF_CUSTOMER_AND_REQUEST,
    query =
        "SELECT f FROM Forwarding f WHERE f.customerId = :customerId AND f.requestId = :requestId"
            + " AND f.withdrawnAt IS NULL AND f.returnedAt IS NULL")
@NamedQuery(
    name = Forwarding.OF_CUSTOMER_AND_REQUESTS,
    query =
        "SELECT f, r FROM Forwarding f, Request r WHERE r.id = f.requestId"
            + " AND f.customerId = :customerId AND r.id IN :requestIds"
            + " AND f.withdrawnAt IS NULL AND f.returnedAt IS NULL")
public class Forwarding {
  public static final String OF_CUSTOMER_AND_REQUESTS = "Forwarding.ofCustomerAndRequests";
  public static final String OF_REQUEST = "Forwarding.ofRequest";
  public static final String ACTIVE_OF_REQUEST = "Forwarding.activeOfRequest";
  public static final int RETURN_REASON_LENGTH = 1000;
  public static final int EXTENSION_REASON_LENGTH = 1000;
  public static final String OF_CUSTOMER_AND_REQUEST = "Forwarding.ofCustomerAndRequest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // other contexts' aggregates, by id: intake's request, the customer
  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(name = "forwarded_at", nullable = false, updatable = false)
  private Instant forwardedAt;

  @Column(name = "forwarded_by", nullable = false, length = 100, updatable = false)
  private String forwardedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "returned_by", length = 100)
  private String returnedBy;

  @Column(name = "return_reason", length = RETURN_REASON_LENGTH)
  private String returnReason;

  @Column(name = "extended_at")
  private Instant extendedAt;

  @Column(name = "extended_by", length = 100)
  private String extendedBy;

  @Column(name = "extension_reason", length = EXTENSION_REASON_LENGTH)
  private String extensionReason;

  @Version private long version;

  protected Forwarding() {}

  private Forwarding(long requestId, long customerId, String by, Instant at) {
    this.requestId = requestId;
    this.customerId = customerId;
    this.forwardedBy = by;
    this.forwardedAt = at;
  }

  /**
   * Forwards the request to the customer, if intake lets it go ({@link Request#checkForwardable}).
   * {@code active}: the request's active forwarding so far, if any; it is withdrawn here (a
   * re-forward: the first customer was the wrong one), never to the same customer again.
   */
  public static Forwarding forward(
      Request request, Customer customer, String by, Instant at, Optional<Forwarding> active) {
    Objects.requireNonNull(customer);
    Objects.requireNonNull(by);
    Objects.requireNonNull(at);
    request.checkForwardable();
    if (active.isPresent()) {
      if (Objects.equals(active.get().customerId, customer.getId())) {
        throw new DomainRuleViolation("lifecycle.error.sameCustomer");
      }
      active.get().withdraw(by, at);
    }
    return new Forwarding(request.getId(), customer.getId(), by, at);
  }

  /**
   * Staff take the request back from this customer (it went to the wrong one, or the provider
   * itself is the controller); the customer loses access.
   */
  public void withdraw(String by, Instant at) {
    checkActive();
    this.withdrawnBy = Objects.requireNonNull(by);
    this.withdrawnAt = Objects.requireNonNull(at);
  }

  /**
   * The customer answers "not ours", with its reason: the request goes back to the provider's inbox
   * to be routed again; not once it is closed (then there is nothing left to route).
   */
  public void giveBack(Request request, String by, String reason, Instant at) {
    if (!Objects.equals(request.getId(), requestId)) {
      throw new IllegalArgumentException("not the request forwarded");
    }
    checkActive();
    if (request.isClosed()) {
      throw new DomainRuleViolation("request.error.closed");
    }
    if (reason == null || reason.isBlank()) {
      throw new DomainRuleViolation("lifecycle.notOurs.required");
    }
    this.returnedBy = Objects.requireNonNull(by);
    this.returnedAt = Objects.requireNonNull(at);
    this.returnReason = reason.strip();
  }

  private void checkActive() {
    if (!isActive()) {
      throw new DomainRuleViolation("lifecycle.error.ended");
    }
  }

  /** Neither withdrawn by staff nor returned by the customer: the customer has the request. */
  public boolean isActive() {
    return withdrawnAt == null && returnedAt == null;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public String getReturnReason() {
    return returnReason;
  }

  /**
   * The customer confirms it has the request ({@code request}: the one forwarded, as it is now);
   * once, and not after the request was closed.
   */
  public void acknowledge(Request request, String by, Instant at) {
    if (!Objects.equals(request.getId(), requestId)) {
      throw new IllegalArgumentException("not the request forwarded");
    }
    checkActive();
    if (acknowledgedAt != null) {
      throw new DomainRuleViolation("request.error.alreadyAcknowledged");
    }
    if (request.isClosed()) {
      throw new DomainRuleViolation("request.error.closed");
    }
    this.acknowledgedBy = Objects.requireNonNull(by);
    this.acknowledgedAt = Objects.requireNonNull(at);
  }

  /**
   * The customer extends its answer period (GDPR art. 12(3), second sentence: by two further
   * months, where necessary given the complexity and number of requests), with the reason it gives
   * the subject; once, only while the first month runs ({@link AnswerDeadline#extendOn}), only on a
   * data subject's own request (an authority's demand or a third party's request has no such
   * period), and not once the request is closed. Returns the extended deadline.
   */
  public AnswerDeadline extendAnswerPeriod(
      Request request,
      AnswerDeadline current,
      LocalDate today,
      String by,
      String reason,
      Instant at) {
    if (!Objects.equals(request.getId(), requestId)) {
      throw new IllegalArgumentException("not the request forwarded");
    }
    checkActive();
    if (request.isClosed()) {
      throw new DomainRuleViolation("request.error.closed");
    }
    if (reason == null || reason.isBlank()) {
      throw new DomainRuleViolation("deadline.extension.reasonRequired");
    }
    if (reason.strip().length() > EXTENSION_REASON_LENGTH) {
      throw new DomainRuleViolation("deadline.extension.reasonTooLong");
    }
    AnswerDeadline extended = current.extendOn(today);
    this.extendedBy = Objects.requireNonNull(by);
    this.extendedAt = Objects.requireNonNull(at);
    this.extensionReason = reason.strip();
    return extended;
  }

  /** Whether the customer extended its answer period on this forwarding. */
  public boolean isExtended() {
    return extendedAt != null;
  }

  public Instant getExtendedAt() {
    return extendedAt;
  }

  public String getExtendedBy() {
    return extendedBy;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public String getForwardedBy() {
    return forwardedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }
}
