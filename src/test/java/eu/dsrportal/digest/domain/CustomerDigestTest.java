package eu.dsrportal.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDigestTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
  private static final Instant NOW = TODAY.atTime(7, 0).atZone(BRUSSELS).toInstant();
  private static final String BASE = "https://portal.example";
  private static final CustomerDigest.Recipient CONTACT =
      new CustomerDigest.Recipient(9, "Petra", "privacy@customer.example", Language.FR);

  private static CustomerItem item(long id, int forwardedDaysAgo, boolean ack, LocalDate due) {
    return new CustomerItem(
        id,
        "DSR-2031-" + String.format("%06d", id),
        DataSubjectRight.ERASURE,
        NOW.minusSeconds(86_400L * forwardedDaysAgo),
        ack,
        due);
  }

  private final List<CustomerItem> items =
      List.of(
          item(1, 2, false, TODAY.plusDays(20)),
          item(2, 5, false, null),
          item(3, 9, true, TODAY.plusDays(3)),
          item(4, 9, true, TODAY.plusDays(8)),
          item(5, 9, true, TODAY.plusDays(7)),
          item(6, 9, true, TODAY),
          item(7, 9, true, TODAY.minusDays(1)));

  @Test
  void unacknowledgedRequestsAndDeadlinesOfTheNextSevenDaysGoIn() {
    CustomerDigest.Content content = CustomerDigest.select(items, TODAY);

    assertThat(content.awaitingAcknowledgement())
        .extracting(CustomerItem::requestId)
        .containsExactly(2L, 1L);
    assertThat(content.deadlines()).extracting(CustomerItem::requestId).containsExactly(6L, 3L, 5L);
  }

  @Test
  void theMailNamesReferencesKindsAndDatesInTheCustomersLanguageWithLinks() {
    MailMessage mail =
        CustomerDigest.compose(CONTACT, CustomerDigest.select(items, TODAY), NOW, BRUSSELS, BASE)
            .orElseThrow();

    assertThat(mail.recipient()).isEqualTo("privacy@customer.example");
    assertThat(mail.purpose()).isEqualTo(CustomerDigest.PURPOSE);
    assertThat(mail.subject()).contains("2 demandes à confirmer, 3 délais");
    assertThat(mail.body())
        .contains("Bonjour Petra,")
        .contains("DSR-2031-000002 · Faire effacer mes données · transmise le")
        .contains(
            "DSR-2031-000003 · Faire effacer mes données · répondre au plus tard le 13 mars 2031")
        .contains(BASE + "/customer/request.xhtml?id=3")
        .contains(BASE + "/customer/users.xhtml")
        .doesNotContain("DSR-2031-000004")
        .doesNotContain("DSR-2031-000007");
  }

  @Test
  void nothingAwaitingAndNoDeadlineSoonSendsNothing() {
    assertThat(
            CustomerDigest.compose(
                CONTACT,
                CustomerDigest.select(List.of(items.get(3), items.get(6)), TODAY),
                NOW,
                BRUSSELS,
                BASE))
        .isEmpty();
  }
}
