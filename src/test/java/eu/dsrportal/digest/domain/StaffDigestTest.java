package eu.dsrportal.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffDigestTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
  private static final Instant NOW = TODAY.atTime(7, 0).atZone(BRUSSELS).toInstant();
  private static final Instant DAY_END = TODAY.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
  private static final String BASE = "https://portal.example";

  private static StaffItem item(long id, String dueAt, DueKind kind, String assignee) {
    return new StaffItem(
        id,
        "DSR-2031-" + String.format("%06d", id),
        DataSubjectRight.ACCESS,
        kind,
        LocalDateTime.parse(dueAt).atZone(BRUSSELS).toInstant(),
        assignee);
  }

  private final List<StaffItem> items =
      List.of(
          item(1, "2031-03-07T10:00", DueKind.ACKNOWLEDGE, "anna"),
          item(2, "2031-03-10T16:00", DueKind.ANSWER, "anna"),
          item(3, "2031-03-11T09:00", DueKind.FORWARD, "anna"),
          item(4, "2031-03-09T12:00", DueKind.FORWARD, "bert"),
          item(5, "2031-03-10T06:30", DueKind.FORWARD, null),
          item(6, "2031-03-10T23:59", DueKind.ACKNOWLEDGE, "anna"));

  @Test
  void aUserGetsTheirOwnAndTheUnassignedItemsDueUpToTheEndOfTodayInBrussels() {
    StaffDigest.Content content = StaffDigest.select("anna", items, List.of(), DAY_END);

    assertThat(content.assigned()).extracting(StaffItem::requestId).containsExactly(1L, 2L, 6L);
    assertThat(content.unassigned()).extracting(StaffItem::requestId).containsExactly(5L);
  }

  @Test
  void anotherUsersItemsStayOutOfTheirDigest() {
    StaffDigest.Content content = StaffDigest.select("bert", items, List.of(), DAY_END);

    assertThat(content.assigned()).extracting(StaffItem::requestId).containsExactly(4L);
    assertThat(content.unassigned()).extracting(StaffItem::requestId).containsExactly(5L);
  }

  @Test
  void theMailListsEachLineWithWhatIsDueWhetherOverdueAndTheLinkInTheUsersLanguage() {
    MailMessage mail =
        StaffDigest.compose(
                new StaffDigest.Recipient("anna", "Anna", "anna@provider.example", Language.EN),
                StaffDigest.select(
                    "anna",
                    items,
                    List.of(new FailedMail(77, "REQUEST_FORWARDED_CUSTOMER", NOW)),
                    DAY_END),
                NOW,
                BRUSSELS,
                BASE)
            .orElseThrow();

    assertThat(mail.recipient()).isEqualTo("anna@provider.example");
    assertThat(mail.purpose()).isEqualTo(StaffDigest.PURPOSE);
    assertThat(mail.subject()).contains("10 March 2031").contains("4 requests due, 1 failed");
    assertThat(mail.body())
        .contains("Hello Anna,")
        .contains("DSR-2031-000001 · Access my data · customer's acknowledgement · OVERDUE since")
        .contains(
            "DSR-2031-000002 · Access my data · customer's answer · due today, 10 Mar 2031, 16:00")
        .contains(BASE + "/staff/request.xhtml?id=2")
        .contains("DSR-2031-000005 · Access my data · forward to the customer · OVERDUE")
        .contains("- Request forwarded, to the customer, queued 10 Mar 2031")
        .doesNotContain("REQUEST_FORWARDED_CUSTOMER")
        .contains(BASE + "/staff/outbox.xhtml")
        .contains(BASE + "/account/digest.xhtml")
        .doesNotContain("DSR-2031-000003")
        .doesNotContain("DSR-2031-000004");
    assertThat(mail.body().indexOf("DSR-2031-000001"))
        .isLessThan(mail.body().indexOf("DSR-2031-000002"))
        .isLessThan(mail.body().indexOf("DSR-2031-000005"));
  }

  @Test
  void nothingDueAndNoFailedMailSendsNothing() {
    assertThat(
            StaffDigest.compose(
                new StaffDigest.Recipient("carl", "Carl", "carl@provider.example", Language.NL),
                StaffDigest.select("carl", List.of(items.get(2)), List.of(), DAY_END),
                NOW,
                BRUSSELS,
                BASE))
        .isEmpty();
  }

  @Test
  void failedMailsAloneAreWorthADigestAndAreCountedBeyondTheListedOnes() {
    List<FailedMail> failed =
        java.util.stream.LongStream.rangeClosed(1, 25)
            .mapToObj(i -> new FailedMail(i, "P" + i, NOW.minusSeconds(i)))
            .toList();

    MailMessage mail =
        StaffDigest.compose(
                new StaffDigest.Recipient("carl", "Carl", "carl@provider.example", Language.NL),
                StaffDigest.select("carl", List.of(), failed, DAY_END),
                NOW,
                BRUSSELS,
                BASE)
            .orElseThrow();

    assertThat(mail.body()).contains("Hallo Carl,").contains("(25)").contains("en nog 5");
    assertThat(mail.body()).doesNotContain("P21,").contains("P20,");
  }

  @Test
  void aLongListOfUnassignedRequestsIsCutWithACountAndTheInbox() {
    List<StaffItem> many =
        java.util.stream.LongStream.rangeClosed(1, 60)
            .mapToObj(i -> item(i, "2031-03-09T12:00", DueKind.FORWARD, null))
            .toList();

    MailMessage mail =
        StaffDigest.compose(
                new StaffDigest.Recipient("carl", "Carl", "carl@provider.example", Language.EN),
                StaffDigest.select("carl", many, List.of(), DAY_END),
                NOW,
                BRUSSELS,
                BASE)
            .orElseThrow();

    assertThat(mail.subject()).contains("60 requests due");
    assertThat(mail.body())
        .contains("(60)")
        .contains("DSR-2031-000050")
        .doesNotContain("DSR-2031-000051")
        .contains("and 10 more")
        .contains(BASE + "/staff/inbox.xhtml");
  }
}
