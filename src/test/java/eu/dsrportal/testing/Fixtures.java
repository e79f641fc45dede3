package eu.dsrportal.testing;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;

/** Aggregates for unit tests, as they are right after intake and customer creation. */
public final class Fixtures {
  private Fixtures() {}

  public static Request request(DataSubjectRight right, Instant receivedAt) {
    return new Request(
        RequestReference.of(2026, 1),
        "key",
        Channel.WEB_FORM,
        new SubjectDetails(
            "Jan", "jan@example.org", "Acme", right, "my data", Language.NL, null, null, null),
        receivedAt);
  }

  public static Customer customer(Instant createdAt) {
    return new Customer(
        "Acme", "Anna", "privacy@acme.example", "Acme, Antwerpen", Language.NL, createdAt);
  }
}
