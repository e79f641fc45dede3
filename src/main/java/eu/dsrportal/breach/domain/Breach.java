package eu.dsrportal.breach.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An entry of the breach register (contract art. 13, Annex B). Administrators keep it up to date
 * while the investigation goes on: every change raises the revision, so that a notice can say which
 * state of the facts it told, and a customer gets a new notice only for a new revision. The notices
 * themselves keep their text ({@link BreachNotice}); changing the entry changes no notice.
 */
@Entity
@Table(name = "breach")
public class Breach {
  public static final int TITLE_LENGTH = 200;
  public static final int TEXT_LENGTH = 4000;
  public static final int CATEGORIES_LENGTH = 1000;
  public static final int NAME_LENGTH = 200;
  public static final int CONTACT_POINT_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String description;

  @Column(name = "discovered_at", nullable = false)
  private Instant discoveredAt;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "data_categories", nullable = false, length = CATEGORIES_LENGTH)
  private String dataCategories;

  @Column(name = "subject_categories", nullable = false, length = CATEGORIES_LENGTH)
  private String subjectCategories;

  @Column(name = "approx_subjects")
  private Integer approxSubjects;

  @Column(name = "approx_records")
  private Integer approxRecords;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String consequences;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String measures;

  @Column(name = "reported_by", nullable = false, length = NAME_LENGTH)
  private String reportedBy;

  @Column(name = "contact_point", nullable = false, length = CONTACT_POINT_LENGTH)
  private String contactPoint;

  @Column(length = TEXT_LENGTH)
  private String recovery;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BreachStatus status;

  @Column(nullable = false)
  private int revision;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  // customers by id: the customer context's aggregate is not part of this one
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "breach_customer", joinColumns = @JoinColumn(name = "breach_id"))
  @Column(name = "customer_id")
  private Set<Long> customerIds = new LinkedHashSet<>();

  protected Breach() {}

  public Breach(BreachDetails details, Set<Long> customers, String by, Instant at) {
    this.recordedAt = Objects.requireNonNull(at);
    this.recordedBy = Objects.requireNonNull(by);
    apply(details, customers, by, at);
    this.revision = 1;
  }

  /**
   * New facts, made on the page of revision {@code seenRevision}: refused when someone changed the
   * entry since, so that nobody overwrites what they have not seen.
   */
  public void revise(
      int seenRevision, BreachDetails details, Set<Long> customers, String by, Instant at) {
    checkRevision(seenRevision);
    apply(details, customers, by, at);
    revision++;
  }

  /** Refuses an action decided on an older state of the entry. */
  public void checkRevision(int seenRevision) {
    if (seenRevision != revision) {
      throw new DomainRuleViolation("breach.error.changedMeanwhile");
    }
  }

  public boolean affects(long customerId) {
    return customerIds.contains(customerId);
  }

  private void apply(BreachDetails details, Set<Long> customers, String by, Instant at) {
    if (!details.complete() || customers == null || customers.isEmpty()) {
      throw new DomainRuleViolation("breach.error.incomplete");
    }
    this.title = details.title();
    this.description = details.description();
    this.discoveredAt = details.discoveredAt();
    this.periodStart = details.periodStart();
    this.periodEnd = details.periodEnd();
    this.dataCategories = details.dataCategories();
    this.subjectCategories = details.subjectCategories();
    this.approxSubjects = details.approxSubjects();
    this.approxRecords = details.approxRecords();
    this.consequences = details.consequences();
    this.measures = details.measures();
    this.reportedBy = details.reportedBy();
    this.contactPoint = details.contactPoint();
    this.recovery = details.recovery();
    this.status = details.status();
    this.customerIds.clear();
    this.customerIds.addAll(customers);
    this.changedAt = at;
    this.changedBy = by;
  }

  public BreachDetails details() {
    return new BreachDetails(
        title,
        description,
        discoveredAt,
        periodStart,
        periodEnd,
        dataCategories,
        subjectCategories,
        approxSubjects,
        approxRecords,
        consequences,
        measures,
        reportedBy,
        contactPoint,
        recovery,
        status);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Instant getDiscoveredAt() {
    return discoveredAt;
  }

  public BreachStatus getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Set<Long> getCustomerIds() {
    return Set.copyOf(customerIds);
  }
}
