package eu.dsrportal.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.dsrportal.mail.application.MailFailure;
import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.DeliveryFailure;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.testing.SmtpSink;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The transport against a real SMTP conversation on loopback (the test's own small server). */
class MailDeliveryTest {
  private static final Instant QUEUED = Instant.parse("2026-12-04T10:00:00Z");

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static MailTransport transport(int port, int timeoutSeconds) {
    MailTransport transport = new MailTransport();
    transport.host = Optional.of("127.0.0.1");
    transport.port = port;
    transport.user = Optional.empty();
    transport.password = Optional.empty();
    transport.startTls = false;
    transport.from = "DSR Portal <no-reply@dsr-portal.example>";
    transport.timeoutSeconds = timeoutSeconds;
    transport.devCatcher = new DevMailCatcher();
    transport.init();
    return transport;
  }

  private static ClaimedMail mail(long id, String to) {
    return new ClaimedMail(
        id, QUEUED, 0, new MailMessage(to, "Mail " + id, "Body", "REQUEST_RECEIVED"), List.of());
  }

  @Test
  void aBatchGoesOverOneConnectionEachMailWithTheMessageIdOfItsOutboxRow() throws Exception {
    int port = freePort();
    try (SmtpSink sink = SmtpSink.start(port);
        MailTransport.Connection connection = transport(port, 5).open()) {
      for (long id = 1; id <= 20; id++) {
        connection.send(mail(id, "person" + id + "@example.org"));
      }
      connection.send(mail(1, "person1@example.org")); // a retry after a crash

      assertThat(sink.received()).hasSize(21);
      assertThat(sink.connections()).isEqualTo(1);
      assertThat(sink.received().get(0).messageId())
          .isEqualTo("<outbox.1." + QUEUED.toEpochMilli() + "@dsr-portal.example>")
          .isEqualTo(sink.received().get(20).messageId());
    }
  }

  @Test
  void aRefusedRecipientIsPermanentAndTheConnectionGoesOnWithTheNextMail() throws Exception {
    int port = freePort();
    try (SmtpSink sink = new SmtpSink(port, "refused", 0, null);
        MailTransport.Connection connection = transport(port, 5).open()) {
      Throwable refusal = catchThrowable(() -> connection.send(mail(1, "refused@example.org")));
      connection.send(mail(2, "fine@example.org"));

      assertThat(MailFailure.classify(refusal)).isEqualTo(DeliveryFailure.PERMANENT);
      assertThat(MailFailure.describe(refusal)).startsWith("SMTP reply 550").doesNotContain("@");
      assertThat(sink.received()).extracting(SmtpSink.Received::subject).containsExactly("Mail 2");
    }
  }

  @Test
  void aServerThatAcceptsButNeverAnswersIsLeftAfterTheTimeout() throws Exception {
    int port = freePort();
    try (SmtpSink sink = new SmtpSink(port, null, 1, null)) {
      long start = System.nanoTime();
      Throwable failure = catchThrowable(() -> transport(port, 1).open());
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(MailFailure.classify(failure)).isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE);
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      // the next connection is answered: other mail goes on
      try (MailTransport.Connection connection = transport(port, 1).open()) {
        connection.send(mail(3, "next@example.org"));
      }
      assertThat(sink.received()).hasSize(1);
    }
  }

  @Test
  void noServerListeningMeansTheServerIsUnavailable() throws Exception {
    int port = freePort();
    assertThatThrownBy(() -> transport(port, 1).open())
        .satisfies(
            e -> assertThat(MailFailure.classify(e)).isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE));
  }
}
