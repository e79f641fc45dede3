package eu.dsrportal.testing;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectDetails;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import java.lang.reflect.Field;
import java.time.Instant;

/** Aggregates for unit tests, as they are right after intake and customer creation. */
public final class Fixtures {
  private Fixtures() {}

  /** A request as stored (id 1). */
  public static Request request(DataSubjectRight right, Instant receivedAt) {
    return stored(
        new Request(
            RequestReference.of(2026, 1),
            "key",
            Channel.WEB_FORM,
            new SubjectDetails(
                "Jan", "jan@example.org", "Acme", right, "my data", Language.NL, null, null, null),
            receivedAt),
        1L);
  }

  /** A customer as stored (id 7). */
  public static Customer customer(Instant createdAt) {
    return stored(
        new Customer(
            "Acme", "Anna", "privacy@acme.example", "Acme, Antwerpen", Language.NL, createdAt),
        7L);
  }

  /** Another customer as stored, with its own id and name. */
  public static Customer customer(Instant createdAt, long id, String name) {
    return stored(
        new Customer(name, "Dana", "dpo@other.example", name, Language.FR, createdAt), id);
  }

  /** Gives an entity the id the database would (its generated {@code id} field). */
  private static <T> T stored(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
