package eu.dsrportal.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailPriorityTest {

  @Test
  void forwardsRemindersAndEscalationsGoFirst() {
    assertThat(MailPriority.of("REQUEST_FORWARDED_CUSTOMER")).isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("REQUEST_FORWARDED_CUSTOMER_STAFF_ENTRY"))
        .isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("FORWARDING_WITHDRAWN_CUSTOMER")).isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("ACKNOWLEDGEMENT_REMINDER")).isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("ACKNOWLEDGEMENT_ESCALATION_STAFF")).isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("FORWARDING_OVERDUE_STAFF")).isEqualTo(MailPriority.URGENT);
    assertThat(MailPriority.of("BREACH_NOTICE")).isEqualTo(MailPriority.URGENT);
  }

  @Test
  void confirmationsDigestsAndInvoicesAreBulk() {
    assertThat(MailPriority.of("REQUEST_RECEIVED")).isEqualTo(MailPriority.BULK);
    assertThat(MailPriority.of("DAILY_DIGEST_CUSTOMER")).isEqualTo(MailPriority.BULK);
    assertThat(MailPriority.of("invoice")).isEqualTo(MailPriority.BULK);
  }

  @Test
  void everythingElseIsNormalAndTheOrderIsUrgentNormalBulk() {
    assertThat(MailPriority.of("CLARIFICATION_ASKED")).isEqualTo(MailPriority.NORMAL);
    assertThat(MailPriority.of("REQUEST_CLOSED_CUSTOMER")).isEqualTo(MailPriority.NORMAL);
    assertThat(MailPriority.URGENT.rank()).isLessThan(MailPriority.NORMAL.rank());
    assertThat(MailPriority.NORMAL.rank()).isLessThan(MailPriority.BULK.rank());
  }

  @Test
  void aQueuedMailCarriesItsPriorityAndAStableMessageId() {
    Instant created = Instant.parse("2026-12-04T10:00:00.123Z");
    OutboxMessage forward =
        new OutboxMessage(
            new MailMessage("a@example.org", "s", "b", "REQUEST_FORWARDED_CUSTOMER"), created);
    assertThat(forward.getPriority()).isEqualTo(MailPriority.URGENT);
    ClaimedMail claimed = new ClaimedMail(42, created, 0, forward.toMail(), java.util.List.of());
    assertThat(claimed.messageId("dsr-portal.example"))
        .isEqualTo("<outbox.42." + created.toEpochMilli() + "@dsr-portal.example>")
        .isEqualTo(claimed.messageId("dsr-portal.example"));
  }
}
