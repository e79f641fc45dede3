package eu.dsrportal.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private OutboxMessage message() {
    return new OutboxMessage(new MailMessage("a@example.org", "s", "b", "TEST"), NOW);
  }

  @Test
  void failedAttemptsBackOffThenGiveUp() {
    OutboxMessage m = message();
    m.attemptFailed("refused", NOW, 3);
    assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    m.attemptFailed("refused", NOW, 3);
    assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    m.attemptFailed("refused", NOW, 3);
    assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
    assertThat(m.getLastError()).isEqualTo("refused");
  }

  @Test
  void aFailedMessageCanBeRetriedAndThenSent() {
    OutboxMessage m = message();
    m.attemptFailed("x".repeat(5000), NOW, 1);
    assertThat(m.getLastError()).hasSize(OutboxMessage.ERROR_LENGTH);
    m.retry(NOW.plusSeconds(5));
    assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    m.sent(NOW.plusSeconds(6));
    assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    assertThat(m.getSentAt()).isEqualTo(NOW.plusSeconds(6));
  }
}
