package eu.dsrportal.breach.application;

import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachStatus;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A breach as an administrator fills it in: the discovery as a date and a time of the provider's
 * zone, the affected customers by id.
 */
public class BreachForm implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_COUNT = 1_000_000_000;

  @NotBlank(message = "{breach.title.required}")
  @Size(max = Breach.TITLE_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String title;

  @NotBlank(message = "{breach.description.required}")
  @Size(max = Breach.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String description;

  @NotNull(message = "{breach.discoveredOn.required}")
  private LocalDate discoveredOn;

  @NotNull(message = "{breach.discoveredTime.required}")
  private LocalTime discoveredTime;

  @NotNull(message = "{breach.periodStart.required}")
  private LocalDate periodStart;

  private LocalDate periodEnd;

  @NotBlank(message = "{breach.dataCategories.required}")
  @Size(max = Breach.CATEGORIES_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String dataCategories;

  @NotBlank(message = "{breach.subjectCategories.required}")
  @Size(max = Breach.CATEGORIES_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String subjectCategories;

  @PositiveOrZero(message = "{breach.count.invalid}")
  @Max(value = MAX_COUNT, message = "{breach.count.invalid}")
  private Integer approxSubjects;

  @PositiveOrZero(message = "{breach.count.invalid}")
  @Max(value = MAX_COUNT, message = "{breach.count.invalid}")
  private Integer approxRecords;

  @NotBlank(message = "{breach.consequences.required}")
  @Size(max = Breach.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String consequences;

  @NotBlank(message = "{breach.measures.required}")
  @Size(max = Breach.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String measures;

  @NotBlank(message = "{breach.reportedBy.required}")
  @Size(max = Breach.NAME_LENGTH, message = "{request.tooLong}")
  @PlainText
  private String reportedBy;

  @NotBlank(message = "{breach.contactPoint.required}")
  @Size(max = Breach.CONTACT_POINT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String contactPoint;

  @Size(max = Breach.TEXT_LENGTH, message = "{request.tooLong}")
  @PlainText(multiline = true)
  private String recovery;

  @NotNull private BreachStatus status = BreachStatus.INVESTIGATING;

  private List<Long> customerIds = new ArrayList<>();

  /** The form of an existing entry. */
  public static BreachForm of(Breach breach, ZoneId zone) {
    BreachDetails d = breach.details();
    BreachForm form = new BreachForm();
    ZonedDateTime discovered = d.discoveredAt().atZone(zone);
    form.title = d.title();
    form.description = d.description();
    form.discoveredOn = discovered.toLocalDate();
    form.discoveredTime = discovered.toLocalTime().withSecond(0).withNano(0);
    form.periodStart = d.periodStart();
    form.periodEnd = d.periodEnd();
    form.dataCategories = d.dataCategories();
    form.subjectCategories = d.subjectCategories();
    form.approxSubjects = d.approxSubjects();
    form.approxRecords = d.approxRecords();
    form.consequences = d.consequences();
    form.measures = d.measures();
    form.reportedBy = d.reportedBy();
    form.contactPoint = d.contactPoint();
    form.recovery = d.recovery();
    form.status = d.status();
    form.customerIds = new ArrayList<>(breach.getCustomerIds());
    return form;
  }

  /** The facts, the discovery taken in {@code zone}. */
  public BreachDetails details(ZoneId zone) {
    return new BreachDetails(
        title,
        description,
        discoveredOn == null || discoveredTime == null
            ? null
            : discoveredOn.atTime(discoveredTime).atZone(zone).toInstant(),
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

  public Set<Long> customerSet() {
    return customerIds == null ? Set.of() : new LinkedHashSet<>(customerIds);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getDiscoveredOn() {
    return discoveredOn;
  }

  public void setDiscoveredOn(LocalDate discoveredOn) {
    this.discoveredOn = discoveredOn;
  }

  public LocalTime getDiscoveredTime() {
    return discoveredTime;
  }

  public void setDiscoveredTime(LocalTime discoveredTime) {
    this.discoveredTime = discoveredTime;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getDataCategories() {
    return dataCategories;
  }

  public void setDataCategories(String dataCategories) {
    this.dataCategories = dataCategories;
  }

  public String getSubjectCategories() {
    return subjectCategories;
  }

  public void setSubjectCategories(String subjectCategories) {
    this.subjectCategories = subjectCategories;
  }

  public Integer getApproxSubjects() {
    return approxSubjects;
  }

  public void setApproxSubjects(Integer approxSubjects) {
    this.approxSubjects = approxSubjects;
  }

  public Integer getApproxRecords() {
    return approxRecords;
  }

  public void setApproxRecords(Integer approxRecords) {
    this.approxRecords = approxRecords;
  }

  public String getConsequences() {
    return consequences;
  }

  public void setConsequences(String consequences) {
    this.consequences = consequences;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public void setReportedBy(String reportedBy) {
    this.reportedBy = reportedBy;
  }

  public String getContactPoint() {
    return contactPoint;
  }

  public void setContactPoint(String contactPoint) {
    this.contactPoint = contactPoint;
  }

  public String getRecovery() {
    return recovery;
  }

  public void setRecovery(String recovery) {
    this.recovery = recovery;
  }

  public BreachStatus getStatus() {
    return status;
  }

  public void setStatus(BreachStatus status) {
    this.status = status;
  }

  public List<Long> getCustomerIds() {
    return customerIds;
  }

  public void setCustomerIds(List<Long> customerIds) {
    this.customerIds = customerIds;
  }
}
