package eu.dsrportal.breach.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the register holds about a breach (Annex B: description, period, consequences, who reported
 * it, recovery; GDPR art. 33(3) asks the customer for the categories and numbers concerned, the
 * likely consequences, the measures and a contact point, so the notice gives them). Blank optional
 * texts are null.
 *
 * @param periodEnd null while it goes on or is not known yet
 * @param approxSubjects null when not known yet
 * @param approxRecords null when not known yet
 */
public record BreachDetails(
    String title,
    String description,
    Instant discoveredAt,
    LocalDate periodStart,
    LocalDate periodEnd,
    String dataCategories,
    String subjectCategories,
    Integer approxSubjects,
    Integer approxRecords,
    String consequences,
    String measures,
    String reportedBy,
    String contactPoint,
    String recovery,
    BreachStatus status) {

  /** A rule the details break: the field it concerns and the bundle key saying why. */
  public record Problem(String field, String messageKey) {}

  public BreachDetails {
    title = strip(title);
    description = strip(description);
    dataCategories = strip(dataCategories);
    subjectCategories = strip(subjectCategories);
    consequences = strip(consequences);
    measures = strip(measures);
    reportedBy = strip(reportedBy);
    contactPoint = strip(contactPoint);
    recovery = strip(recovery);
  }

  /**
   * What is wrong with these details for a breach affecting {@code customerIds}, at {@code now} in
   * the provider's {@code zone}: a breach is discovered no later than now and not before it began;
   * its period ends no earlier than it starts; it affects at least one customer. Empty when
   * nothing.
   */
  public List<Problem> problems(Set<Long> customerIds, Instant now, ZoneId zone) {
    List<Problem> problems = new ArrayList<>();
    if (discoveredAt != null && discoveredAt.isAfter(now)) {
      problems.add(new Problem("discoveredOn", "breach.error.discoveredInFuture"));
    }
    if (periodStart != null
        && discoveredAt != null
        && periodStart.isAfter(discoveredAt.atZone(zone).toLocalDate())) {
      problems.add(new Problem("periodStart", "breach.error.startAfterDiscovery"));
    }
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      problems.add(new Problem("periodEnd", "breach.error.endBeforeStart"));
    }
    if (customerIds == null || customerIds.isEmpty()) {
      problems.add(new Problem("customers", "breach.error.noCustomer"));
    }
    return problems;
  }

  /** Every required fact is there (the form checks them one by one; this guards the aggregate). */
  boolean complete() {
    return title != null
        && description != null
        && discoveredAt != null
        && periodStart != null
        && dataCategories != null
        && subjectCategories != null
        && consequences != null
        && measures != null
        && reportedBy != null
        && contactPoint != null
        && status != null;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
