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
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence that a request was passed to its customer (contract art. 9.2): who forwarded it
 * when, and when the customer acknowledged it. The customer's own answer period (GDPR art. 12(3),
 * one month) runs from the day it has the request.
 */
@Entity
@Table(name = "forwarding")
@NamedQuery(
    name = Forwarding.OF_REQUEST,
    query = "SELECT f FROM Forwarding f WHERE f.requestId = :requestId")
@NamedQuery(
    name = Forwarding.OF_CUSTOMER,
    query =
        "SELECT f, r FROM Forwarding f, Request r WHERE r.id = f.requestId"
            + " AND f.customerId = :customerId ORDER BY f.forwardedAt DESC")
@NamedQuery(
    name = Forwarding.OF_CUSTOMER_AND_REQUEST,
    query =
        "SELECT f FROM Forwarding f WHERE f.customerId = :customerId AND f.requestId = :requestId")
// TODO(issue 10, re-forwarding in V17): the active forwarding only, as in KeysetSearch
@NamedQuery(
    name = Forwarding.OF_CUSTOMER_AND_REQUESTS,
    query =
        "SELECT f, r FROM Forwarding f, Request r WHERE r.id = f.requestId"
            + " AND f.customerId = :customerId AND r.id IN :requestIds")
public class Forwarding {
  public static final String OF_CUSTOMER_AND_REQUESTS = "Forwarding.ofCustomerAndRequests";
  public static final String OF_REQUEST = "Forwarding.ofRequest";
  public static final String OF_CUSTOMER = "Forwarding.ofCustomer";
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

  @Version private long version;

  protected Forwarding() {}

  private Forwarding(long requestId, long customerId, String by, Instant at) {
    this.requestId = requestId;
    this.customerId = customerId;
    this.forwardedBy = by;
    this.forwardedAt = at;
  }

  /**
   * Forwards the request to the customer, if intake lets it go ({@link Request#checkForwardable})
   * and it has not been forwarded before ({@code earlier}: the request's forwarding so far).
   */
  public static Forwarding forward(
      Request request, Customer customer, String by, Instant at, Optional<Forwarding> earlier) {
    Objects.requireNonNull(customer);
    Objects.requireNonNull(by);
    Objects.requireNonNull(at);
    request.checkForwardable();
    if (earlier.isPresent()) {
      throw new DomainRuleViolation("request.error.alreadyForwarded");
    }
    return new Forwarding(request.getId(), customer.getId(), by, at);
  }

  /**
   * The customer confirms it has the request ({@code request}: the one forwarded, as it is now);
   * once, and not after the request was closed.
   */
  public void acknowledge(Request request, String by, Instant at) {
    if (!Objects.equals(request.getId(), requestId)) {
      throw new IllegalArgumentException("not the request forwarded");
    }
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
   * The last day of the customer's answer period: one calendar month after the day it received the
   * request, in the provider's time zone. Extensions and holidays come with the deadline issue.
   */
  public LocalDate answerDueDate(ZoneId providerZone) {
    return forwardedAt.atZone(providerZone).toLocalDate().plusMonths(1);
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
