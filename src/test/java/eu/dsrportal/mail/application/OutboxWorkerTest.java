package eu.dsrportal.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.mail.application.MailFailureTest.Refused;
import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.DeliveryFailure;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.mail.domain.RetryPolicy;
import jakarta.mail.MessagingException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  /** An outbox in memory: hands out the queued batches in order, and keeps what was recorded. */
  static final class Store implements OutboxWorker.Store {
    final Deque<List<ClaimedMail>> batches = new ArrayDeque<>();
    final List<Long> sent = new ArrayList<>();
    final List<OutboxWorker.Failed> failed = new ArrayList<>();
    int records;

    @Override
    public List<ClaimedMail> claim(String token, Instant now, Duration lease, int max) {
      return batches.isEmpty() ? List.of() : batches.poll();
    }

    @Override
    public void record(
        String token,
        Collection<Long> sent,
        List<OutboxWorker.Failed> failed,
        Instant now,
        RetryPolicy policy) {
      this.sent.addAll(sent);
      this.failed.addAll(failed);
      records++;
    }
  }

  /** An SMTP server that answers each recipient as told (default: accepted). */
  static final class Server implements OutboxWorker.Connector {
    final Map<String, Exception> answers;
    int opened;
    int closed;
    final List<String> received = new ArrayList<>();

    /** The recipient whose mail the instance dies sending (null: it does not). */
    String diesAt;

    Server(Map<String, Exception> answers) {
      this.answers = answers;
    }

    @Override
    public OutboxWorker.Connection open() {
      opened++;
      return new OutboxWorker.Connection() {
        @Override
        public void send(ClaimedMail mail) throws Exception {
          if (mail.mail().recipient().equals(diesAt)) {
            throw new Error("the instance is killed"); // no catch of the worker's sees it
          }
          Exception answer = answers.get(mail.mail().recipient());
          if (answer != null) {
            throw answer;
          }
          received.add(mail.mail().recipient());
        }

        @Override
        public void close() {
          closed++;
        }
      };
    }
  }

  private static ClaimedMail mail(long id, String to) {
    return new ClaimedMail(id, NOW, 0, new MailMessage(to, "s", "b", "TEST"), List.of());
  }

  private OutboxWorker worker(Store store, OutboxWorker.Connector server, int batchSize) {
    return new OutboxWorker(
        store,
        server,
        clock,
        new RetryPolicy(5, Duration.ofSeconds(10)),
        Duration.ofMinutes(5),
        batchSize);
  }

  @Test
  void batchesGoOutOverOneConnectionUntilNothingIsDue() {
    Store store = new Store();
    store.batches.add(List.of(mail(1, "a@x.example"), mail(2, "b@x.example")));
    store.batches.add(List.of(mail(3, "c@x.example")));
    Server server = new Server(Map.of());
    int[] full = {0};

    OutboxWorker.End end = worker(store, server, 2).run(() -> true, () -> full[0]++);

    assertThat(end).isEqualTo(OutboxWorker.End.NOTHING_DUE);
    assertThat(store.sent).containsExactly(1L, 2L, 3L);
    assertThat(server.opened).isEqualTo(1);
    assertThat(server.closed).isEqualTo(1);
    assertThat(full[0]).as("a full batch asks for another worker").isEqualTo(1);
  }

  @Test
  void eachMailIsRecordedAsSentSoACrashResendsAtMostTheOneBeingSent() {
    Store store = new Store();
    List<ClaimedMail> batch = new ArrayList<>();
    for (long id = 1; id <= 25; id++) {
      batch.add(mail(id, "p" + id + "@x.example"));
    }
    store.batches.add(batch);
    Server server = new Server(Map.of());
    server.diesAt = "p13@x.example";

    assertThatThrownBy(() -> worker(store, server, 50).run(() -> true, () -> {}))
        .isInstanceOf(Error.class);

    // what the server accepted is recorded as sent; after the claim ends, only mail 13 (never
    // accepted here; at worst accepted just before the kill) goes out again
    assertThat(server.received).hasSize(12);
    assertThat(store.sent)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
  }

  @Test
  void aPermanentRefusalIsRecordedAndTheRestOfTheBatchStillGoes() {
    Store store = new Store();
    store.batches.add(
        List.of(mail(1, "gone@x.example"), mail(2, "later@x.example"), mail(3, "ok@x.example")));
    Server server =
        new Server(
            Map.of(
                "gone@x.example",
                new MessagingException("Invalid Addresses", new Refused(550)),
                "later@x.example",
                new Refused(451)));

    worker(store, server, 50).run(() -> true, () -> {});

    assertThat(store.sent).containsExactly(3L);
    assertThat(store.failed)
        .extracting(f -> f.mail().id(), OutboxWorker.Failed::failure)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, DeliveryFailure.PERMANENT),
            org.assertj.core.groups.Tuple.tuple(2L, DeliveryFailure.TRANSIENT));
  }

  @Test
  void aServerThatStopsAnsweringReleasesTheRestOfTheBatchAndStopsTheWorker() {
    Store store = new Store();
    store.batches.add(
        List.of(mail(1, "a@x.example"), mail(2, "hang@x.example"), mail(3, "c@x.example")));
    store.batches.add(List.of(mail(4, "d@x.example")));
    Server server =
        new Server(
            Map.of(
                "hang@x.example",
                new MessagingException("Read timed out", new SocketTimeoutException())));

    OutboxWorker.End end = worker(store, server, 50).run(() -> true, () -> {});

    assertThat(end).isEqualTo(OutboxWorker.End.SERVER_UNAVAILABLE);
    assertThat(store.sent).containsExactly(1L);
    assertThat(store.failed)
        .extracting(f -> f.mail().id(), OutboxWorker.Failed::failure)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, DeliveryFailure.SERVER_UNAVAILABLE),
            org.assertj.core.groups.Tuple.tuple(3L, DeliveryFailure.SERVER_UNAVAILABLE));
    assertThat(store.batches).as("the next batch waits for the server").hasSize(1);
    assertThat(server.closed).isEqualTo(1);
  }

  @Test
  void noServerAtAllReleasesTheClaimedBatch() {
    Store store = new Store();
    store.batches.add(List.of(mail(1, "a@x.example")));
    OutboxWorker.Connector down =
        () -> {
          throw new MessagingException("refused", new java.net.ConnectException());
        };

    OutboxWorker.End end = worker(store, down, 50).run(() -> true, () -> {});

    assertThat(end).isEqualTo(OutboxWorker.End.SERVER_UNAVAILABLE);
    assertThat(store.failed)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.failure()).isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE);
              assertThat(f.error()).startsWith("SMTP server unavailable").doesNotContain("@");
            });
  }
}
