package eu.dsrportal.digest.domain;

import eu.dsrportal.shared.domain.DataSubjectRight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request the customer has (its active forwarding, not closed), as its digest lists it: by
 * reference and kind only, never the subject's name.
 *
 * @param answerDue its art. 12(3) deadline; null where none applies (authority, third party)
 */
public record CustomerItem(
    long requestId,
    String reference,
    DataSubjectRight right,
    Instant forwardedAt,
    boolean acknowledged,
    LocalDate answerDue) {

  public CustomerItem {
    Objects.requireNonNull(reference);
    Objects.requireNonNull(right);
    Objects.requireNonNull(forwardedAt);
  }
}
